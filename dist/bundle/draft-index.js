import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/lexicon/funding.ts
var GOVERNMENT_FUNDS = [
  "\u8D22\u653F",
  "\u8CA1\u653F",
  // 省财政资助, 市财政资金
  "\u56FD\u62E8",
  "\u570B\u64A5",
  // 国拨经费 (national programmes)
  "\u4E2D\u592E",
  // 中央财政经费
  "\u7701\u62E8",
  "\u5E02\u62E8",
  "\u533A\u62E8",
  // 省拨经费
  "\u8D44\u52A9",
  "\u8CC7\u52A9",
  // 资助经费 (what the call gives)
  "\u8865\u52A9",
  "\u88DC\u52A9",
  // 补助资金
  "\u4E13\u9879\u7ECF\u8D39",
  "\u4E13\u9879\u8D44\u91D1",
  // 专项经费 of a 专项
  "\u62E8\u6B3E"
  // 财政拨款
];
var REQUESTED_FUNDS = ["\u7533\u8BF7\u7ECF\u8D39", "\u7533\u8BF7\u8D44\u91D1", "\u7533\u8BF7\u91D1\u989D", "\u7701\u7EA7", "\u699C\u5355\u8D44\u91D1", "\u699C\u5355\u91D1\u989D", "\u699C\u5355\u7ECF\u8D39", "\u63ED\u699C\u8D44\u91D1", "\u63ED\u699C\u7ECF\u8D39"];
var CAP_SUBJECTS = ["\u652F\u6301\u8D44\u91D1", "\u8D22\u653F\u7ECF\u8D39", "\u8D22\u653F\u8D44\u91D1", "\u8D22\u653F\u652F\u6301", "\u8D22\u653F\u8865\u52A9", "\u8865\u8D34", "\u8D44\u91D1\u989D\u5EA6", "\u7533\u8BF7\u7ECF\u8D39", "\u7533\u8BF7\u91D1\u989D"];
var SELF_FUNDS = [
  "\u81EA\u7B79",
  "\u81EA\u7C4C",
  // 自筹经费
  "\u914D\u5957",
  // 配套经费
  "\u5339\u914D",
  // 匹配资金
  "\u5355\u4F4D\u51FA\u8D44",
  "\u4F01\u4E1A\u51FA\u8D44",
  // 单位出资 in 其他经费
  "\u5176\u4ED6\u7ECF\u8D39",
  "\u5176\u5B83\u7ECF\u8D39",
  "\u5176\u4ED6\u8D44\u91D1",
  "\u5176\u5B83\u8D44\u91D1",
  "\u5176\u4ED6\u6765\u6E90",
  // 其他来源经费 (national guides)
  "\u793E\u4F1A\u8D44\u91D1",
  "\u94F6\u884C\u8D37\u6B3E"
  // listed under 自筹 in drafts
];
var BUDGET_TOTALS = [
  "\u603B\u9884\u7B97",
  "\u603B\u6295\u5165",
  "\u603B\u7ECF\u8D39",
  "\u603B\u6295\u8D44",
  "\u7E3D\u6295\u8CC7",
  "\u603B\u989D",
  "\u603B\u6210\u672C",
  "\u7814\u53D1\u6295\u5165",
  "\u7814\u53D1\u7ECF\u8D39",
  "\u7814\u53D1\u603B\u6295\u5165"
  // 不超过研发投入的30%
];
var DRAFT_BUDGET_TOTALS = [
  ...BUDGET_TOTALS,
  "\u7ECF\u8D39\u603B\u989D",
  "\u9884\u7B97\u603B\u989D",
  "\u8D44\u91D1\u603B\u989D",
  "\u9879\u76EE\u603B\u989D",
  "\u5408\u8BA1",
  "\u603B\u8BA1",
  "\u5171\u8BA1",
  "\u7ECF\u8D39\u9884\u7B97",
  "\u9879\u76EE\u7ECF\u8D39"
];

// src/lexicon/labels.ts
var ISSUER_LABELS = ["\u53D1\u699C\u5355\u4F4D", "\u9700\u6C42\u5355\u4F4D", "\u53D1\u699C\u4F01\u4E1A"];
var NOTICE_LABELS = [
  ["area-goal", ["\u672C\u4E13\u9879\u76EE\u6807", "\u4E13\u9879\u76EE\u6807", "\u9886\u57DF\u76EE\u6807", "\u672C\u9886\u57DF\u76EE\u6807", "\u4E13\u9898\u76EE\u6807"]],
  ["kpi", ["\u9884\u671F\u6210\u679C\u53CA\u8003\u6838\u6307\u6807", "\u4E3B\u8981\u8003\u6838\u6307\u6807", "\u8003\u6838\u6307\u6807", "\u4E3B\u8981\u6280\u672F\u6307\u6807", "\u6280\u672F\u6307\u6807", "\u4E3B\u8981\u6307\u6807", "\u7EE9\u6548\u6307\u6807", "\u8003\u6838\u76EE\u6807", "\u9A8C\u6536\u6307\u6807", "\u9884\u671F\u6307\u6807"]],
  ["content", ["\u4E3B\u8981\u7814\u7A76\u5185\u5BB9", "\u7814\u7A76\u5185\u5BB9", "\u7814\u53D1\u5185\u5BB9", "\u5EFA\u8BBE\u5185\u5BB9", "\u4E3B\u8981\u5185\u5BB9", "\u4EFB\u52A1\u5185\u5BB9", "\u653B\u5173\u5185\u5BB9", "\u7814\u7A76\u4EFB\u52A1"]],
  ["goal", ["\u9700\u6C42\u76EE\u6807", "\u7814\u7A76\u76EE\u6807", "\u5EFA\u8BBE\u76EE\u6807", "\u4EFB\u52A1\u76EE\u6807", "\u76EE\u6807\u4EFB\u52A1", "\u9884\u671F\u76EE\u6807", "\u9879\u76EE\u76EE\u6807", "\u653B\u5173\u76EE\u6807", "\u9700\u6C42\u63CF\u8FF0", "\u4EFB\u52A1\u63CF\u8FF0", "\u6280\u672F\u9700\u6C42", "\u699C\u5355\u4EFB\u52A1", "\u9884\u671F\u6210\u679C"]],
  ["keywords", ["\u5173\u952E\u8BCD", "\u5173\u952E\u5B57", "\u95DC\u9375\u8A5E", "\u95DC\u9375\u5B57"]],
  ["notes", ["\u5176\u4ED6\u8981\u6C42", "\u5176\u5B83\u8981\u6C42", "\u6709\u5173\u8BF4\u660E", "\u76F8\u5173\u8BF4\u660E", "\u5907\u6CE8", "\u7533\u62A5\u8BF4\u660E", "\u7533\u62A5\u8981\u6C42", "\u7533\u62A5\u6761\u4EF6", "\u5176\u4ED6\u8BF4\u660E", "\u63ED\u699C\u8981\u6C42", ...ISSUER_LABELS]],
  ["projects", ["\u62DF\u652F\u6301\u9879\u76EE\u6570", "\u652F\u6301\u9879\u76EE\u6570", "\u62DF\u652F\u6301\u9879\u76EE", "\u62DF\u7ACB\u9879\u6570"]],
  ["funding", ["\u699C\u5355\u91D1\u989D", "\u652F\u6301\u7ECF\u8D39", "\u8D44\u52A9\u7ECF\u8D39", "\u62DF\u652F\u6301\u7ECF\u8D39", "\u8D44\u52A9\u5F3A\u5EA6", "\u652F\u6301\u5F3A\u5EA6", "\u652F\u6301\u989D\u5EA6", "\u8D44\u52A9\u989D\u5EA6", "\u7ECF\u8D39\u989D\u5EA6", "\u652F\u6301\u91D1\u989D", "\u8D44\u52A9\u91D1\u989D", "\u7ECF\u8D39\u652F\u6301", "\u8D22\u653F\u8D44\u52A9", "\u8D22\u653F\u652F\u6301", "\u8D22\u653F\u8865\u52A9", "\u8D44\u52A9\u4E0A\u9650"]],
  // what runs (实施, 执行, 揭榜, 攻关 …) and how it is measured (期限, 周期, 年限): 揭榜期限, 攻关周期, 研发年限
  // (执行期（年） | 2: a column headed by the period alone)
  ["duration", ["\u9879\u76EE\u6267\u884C\u671F", ...["\u5B9E\u65BD", "\u6267\u884C", "\u7814\u7A76", "\u9879\u76EE", "\u8D44\u52A9", "\u63ED\u699C", "\u653B\u5173", "\u7814\u53D1", "\u5EFA\u8BBE"].flatMap((w) => [`${w}\u671F\u9650`, `${w}\u5468\u671F`, `${w}\u5E74\u9650`, `${w}\u671F`])]],
  ["mode", ["\u7EC4\u7EC7\u65B9\u5F0F", "\u652F\u6301\u65B9\u5F0F"]]
];
var DIRECTION_REFERRERS = "(?:\u7533\u62A5\u7684?|\u62DF\u7533\u62A5|\u6240\u5C5E|\u5BF9\u5E94|\u63ED\u699C|\u91CD\u70B9\u653B\u5173|\u653B\u5173)";
var DIRECTION_ID_SUFFIX = "(?:\u7F16\u53F7|\u4EE3\u7801|\u5E8F\u53F7)(?:[\u53CA\u4E0E\u548C]\u540D\u79F0)?|\u540D\u79F0\u53CA\u7F16\u53F7";
var DIRECTION_REFERENCE = [
  `${DIRECTION_REFERRERS}?(?:\u6307\u5357\u65B9\u5411|\u699C\u5355\u65B9\u5411|\u699C\u5355)(?:${DIRECTION_ID_SUFFIX})?`,
  `${DIRECTION_REFERRERS}(?:\u65B9\u5411|\u4E13\u9898|\u4EFB\u52A1)(?:${DIRECTION_ID_SUFFIX})?`,
  `(?:\u65B9\u5411|\u4E13\u9898|\u4EFB\u52A1|\u6307\u5357)(?:${DIRECTION_ID_SUFFIX})`,
  `${DIRECTION_REFERRERS}\u9886\u57DF`,
  "\u63ED\u699C\u9879\u76EE",
  // the area and the direction in one field: 申报领域及方向：四、战略新材料专项 —— 4003 …
  "(?:\u7533\u62A5|\u6240\u5C5E)?(?:\u9886\u57DF|\u4E13\u9879)[\u53CA\u4E0E]\u65B9\u5411"
].map((part) => `(?:${part})`).join("|");
var AREA_REFERENCE = /(?:专题|领域)(?:编号|代码|序号)?$/;
var DIRECTION_TITLE_LABELS = ["\u6307\u5357\u65B9\u5411\u540D\u79F0", "\u7533\u62A5\u65B9\u5411\u540D\u79F0", "\u65B9\u5411\u540D\u79F0", "\u699C\u5355\u540D\u79F0", "\u6240\u5C5E\u4E13\u9898\u540D\u79F0"];
function labelsOf(kind) {
  return NOTICE_LABELS.find(([k]) => k === kind)?.[1] ?? [];
}
var ONE_LINE_LABELS = /* @__PURE__ */ new Set([
  ...ISSUER_LABELS,
  ...["funding", "duration", "projects", "mode"].flatMap((k) => labelsOf(k))
]);
var DURATION_SUBJECTS = [
  ...labelsOf("duration"),
  "\u5B9E\u65BD\u671F",
  "\u6267\u884C\u671F",
  "\u7814\u7A76\u5468\u671F",
  "\u9879\u76EE\u5468\u671F",
  "\u9879\u76EE\u671F\u9650",
  "\u5EFA\u8BBE\u671F",
  "\u5EFA\u8BBE\u5468\u671F",
  "\u8D44\u52A9\u671F\u9650",
  "\u8D44\u52A9\u671F",
  "\u653B\u5173\u671F",
  "\u653B\u5173\u5468\u671F",
  "\u7814\u53D1\u5468\u671F",
  "\u7814\u53D1\u671F",
  "\u9879\u76EE\u5B9E\u65BD\u671F",
  "\u603B\u671F\u9650"
  // 总期限不得超过3年
];
var NOTES_LABELS = labelsOf("notes");
var COLON_ONLY_LABELS = ["\u7533\u62A5\u8981\u6C42", "\u7533\u62A5\u6761\u4EF6", "\u5176\u4ED6\u8BF4\u660E"];
var DRAFT_FIELDS = {
  title: ["\u7533\u62A5\u9879\u76EE\u540D\u79F0", "\u9879\u76EE\u540D\u79F0", "\u8BFE\u9898\u540D\u79F0", "\u9879\u76EE\u9898\u76EE", "\u9879\u76EE\u4E2D\u6587\u540D\u79F0"],
  kpi: [
    "\u8003\u6838\u6307\u6807",
    "\u6280\u672F\u6307\u6807",
    "\u7ECF\u6D4E\u6307\u6807",
    "\u7EE9\u6548\u6307\u6807",
    "\u4E3B\u8981\u6307\u6807",
    "\u9884\u671F\u6307\u6807",
    "\u6307\u6807\u8981\u6C42",
    "\u9884\u671F\u76EE\u6807",
    "\u9879\u76EE\u76EE\u6807",
    "\u8003\u6838\u76EE\u6807",
    "\u6210\u679C\u6307\u6807",
    "\u76EE\u6807\u4E0E\u6307\u6807",
    "\u6027\u80FD\u6307\u6807",
    "\u4E3B\u8981\u76EE\u6807"
  ],
  content: ["\u7814\u7A76\u5185\u5BB9", "\u4E3B\u8981\u7814\u7A76\u5185\u5BB9", "\u6280\u672F\u8DEF\u7EBF", "\u8FDB\u5EA6\u5B89\u6392", "\u5E74\u5EA6\u8BA1\u5212", "\u98CE\u9669\u5206\u6790", "\u7EC4\u7EC7\u5B9E\u65BD"],
  period: ["\u6267\u884C\u671F\u9650", "\u5B9E\u65BD\u671F\u9650"],
  budget: ["\u7ECF\u8D39\u9884\u7B97", "\u7ECF\u8D39", "\u9884\u7B97"],
  units: ["\u53C2\u4E0E\u5355\u4F4D", "\u5408\u4F5C\u5355\u4F4D", "\u627F\u62C5\u5355\u4F4D", "\u7275\u5934\u5355\u4F4D"],
  // 申请人 is the PI in NSFC-style forms; 揭榜团队负责人 in 揭榜挂帅 ones
  pi: ["\u9879\u76EE\u8D1F\u8D23\u4EBA", "\u9879\u76EE\u4E3B\u6301\u4EBA", "\u8BFE\u9898\u8D1F\u8D23\u4EBA", "\u9996\u5E2D\u79D1\u5B66\u5BB6", "\u8D1F\u8D23\u4EBA\u59D3\u540D", "\u63ED\u699C\u56E2\u961F\u8D1F\u8D23\u4EBA", "\u56E2\u961F\u8D1F\u8D23\u4EBA", "\u7533\u8BF7\u4EBA", "\u8D1F\u8D23\u4EBA"]
};
function draftFieldsExcept(...except) {
  return Object.entries(DRAFT_FIELDS).flatMap(([k, words]) => except.includes(k) ? [] : [...words]);
}
var BACKGROUND_CUES = ["\u6CE8\uFF1A", "\u6CE8:", "\u76EE\u524D", "\u73B0\u6709", "\u5F53\u524D", "\u73B0\u9636\u6BB5", "\u56FD\u5185\u5916", "\u56FD\u9645\u4E0A", "\u56FD\u5916", "\u56FD\u5185\u73B0\u6709", "\u73B0\u72B6", "\u80CC\u666F"];
var KPI_CATEGORY_HEADERS = ["\u7C7B\u522B", "\u7C7B\u578B", "\u5206\u7C7B", "\u6307\u6807\u7C7B\u522B", "\u6307\u6807\u7C7B\u578B", "\u5BF9\u8C61", "\u90E8\u4EF6", "\u5B50\u7CFB\u7EDF", "\u5C42\u7EA7", "\u4E00\u7EA7\u6307\u6807"];
var KPI_METRIC_HEADERS = ["\u6307\u6807\u540D\u79F0", "\u6307\u6807\u9879", "\u6307\u6807\u5185\u5BB9", "\u6307\u6807", "\u53C2\u6570\u540D\u79F0", "\u53C2\u6570", "\u8003\u6838\u5185\u5BB9", "\u540D\u79F0", "\u8003\u6838\u6307\u6807", "\u6280\u672F\u6307\u6807", "\u4E3B\u8981\u6307\u6807", "\u6027\u80FD\u6307\u6807"];
var DIRECTION_TABLE_HEADERS = {
  number: ["\u5E8F\u53F7", "\u7F16\u53F7", "\u699C\u5355\u7F16\u53F7", "\u9879\u76EE\u7F16\u53F7", "\u65B9\u5411\u7F16\u53F7", "No.", "No"],
  name: ["\u9879\u76EE\u540D\u79F0", "\u65B9\u5411\u540D\u79F0", "\u699C\u5355\u540D\u79F0", "\u9700\u6C42\u540D\u79F0", "\u4EFB\u52A1\u540D\u79F0", "\u8BFE\u9898\u540D\u79F0", "\u6307\u5357\u65B9\u5411", "\u653B\u5173\u65B9\u5411", "\u7814\u7A76\u65B9\u5411", "\u6280\u672F\u9700\u6C42\u540D\u79F0", "\u540D\u79F0", "\u9879\u76EE"],
  // a column before the name that groups the rows (领域 | 序号 | 方向名称 …), its cell merged down over its rows
  area: ["\u9886\u57DF", "\u6240\u5C5E\u9886\u57DF", "\u6280\u672F\u9886\u57DF", "\u4EA7\u4E1A\u9886\u57DF", "\u4E13\u9898", "\u4E13\u9879", "\u7C7B\u522B", "\u65B9\u5411\u7C7B\u522B"]
};
var ADMIN_SECTIONS = {
  endings: [
    "\u8981\u6C42",
    "\u6761\u4EF6",
    "\u7A0B\u5E8F",
    "\u6D41\u7A0B",
    "\u987B\u77E5",
    "\u4E8B\u9879",
    "\u6750\u6599",
    "\u65F6\u95F4",
    "\u65F6\u95F4\u5B89\u6392",
    "\u65E5\u7A0B",
    "\u529E\u6CD5",
    "\u63AA\u65BD",
    "\u7EAA\u5F8B",
    "\u8054\u7CFB\u65B9\u5F0F",
    "\u8054\u7CFB\u4EBA",
    "\u54A8\u8BE2\u65B9\u5F0F",
    "\u53D7\u7406\u65B9\u5F0F",
    "\u7533\u62A5\u65B9\u5F0F",
    "\u63D0\u4EA4\u65B9\u5F0F",
    "\u62A5\u9001\u65B9\u5F0F",
    "\u65B9\u5F0F\u4E0E\u65F6\u95F4",
    "\u65B9\u5F0F\u548C\u65F6\u95F4",
    "\u8D44\u683C",
    "\u8BF4\u660E",
    "\u9644\u5219",
    "\u627F\u8BFA",
    "\u516C\u793A",
    "\u4F9D\u636E",
    "\u539F\u5219",
    "\u5F3A\u5EA6",
    "\u65B9\u5F0F"
  ],
  starts: [
    "\u7533\u62A5",
    "\u7533\u8BF7",
    "\u63A8\u8350",
    "\u8BC4\u5BA1",
    "\u7EC4\u7EC7\u5B9E\u65BD",
    "\u7EC4\u7EC7\u7BA1\u7406",
    "\u7ECF\u8D39",
    "\u8D44\u91D1",
    "\u8D44\u52A9\u65B9\u5F0F",
    ...labelsOf("mode"),
    "\u8054\u7CFB",
    "\u9644\u4EF6",
    "\u5176\u4ED6",
    "\u5176\u5B83",
    "\u6709\u5173",
    "\u6CE8\u610F",
    "\u5DE5\u4F5C\u8981\u6C42",
    "\u4FDD\u969C"
  ]
};

// src/lexicon/units.ts
var MONEY_UNITS = [
  "\u767E\u4E07\u5143",
  "\u5343\u4E07\u5143",
  "\u4E07\u7F8E\u5143",
  "\u4EBF\u7F8E\u5143",
  "\u4E07\u5143",
  "\u4EBF\u5143",
  "\u5343\u5143",
  "\u7F8E\u5143",
  "\u5143",
  "\u842C\u5143",
  "\u5104\u5143",
  "\u767E\u842C\u5143",
  "\u5343\u842C\u5143",
  "\u842C\u7F8E\u5143"
];
var COUNT_CLASSIFIERS = [
  "\u4E2A\u767E\u5206\u70B9",
  "\u767E\u5206\u70B9",
  "\u4EBA\u6B21",
  "\u8282\u70B9",
  "\u4E2A",
  "\u9879",
  "\u4EF6",
  "\u5BB6",
  "\u79CD",
  "\u7C7B",
  "\u5957",
  "\u6B3E",
  "\u53F0",
  "\u6761",
  "\u4EFD",
  "\u7BC7",
  "\u90E8",
  "\u9897",
  "\u4F8B",
  "\u4F4D",
  "\u7EF4",
  "\u5361",
  "\u500D",
  "\u6B21",
  "\u8DEF",
  "\u6240",
  "\u540D",
  "\u4EBA",
  "\u6237",
  "\u5EA7",
  "\u5904",
  "\u5F20",
  "\u672C",
  "\u6279",
  "\u8F6E",
  "\u7247",
  "\u5757",
  "\u6839",
  "\u53EA",
  "\u682A",
  "\u652F",
  "\u7EC4",
  "\u95E8",
  "\u9996",
  "\u573A",
  "\u671F",
  "\u5411",
  "\u5E27",
  "\u5B57",
  "\u518C",
  "\u5C4A",
  "\u5E8A",
  "\u8F86",
  "\u5242",
  "\u8258",
  "\u67B6",
  "\u68F5",
  "\u5934",
  "\u76D2",
  "\u74F6",
  "\u7C92",
  "\u679A",
  "\u680B",
  "\u95F4",
  "\u5B54",
  "\u53E3",
  "\u7AD9",
  "\u6BB5",
  "\u96C6",
  "\u901A\u9053",
  "\u7EBF\u7A0B",
  "\u6838",
  "\u5C42",
  "\u9053",
  "\u884C",
  "\u5E27/\u79D2",
  "\u62F7\u8D1D",
  "\u83CC\u843D",
  "\u53F0\u5957",
  // 1万台套: one 台 with its 套 of accessories
  "\u53C2\u6570",
  // 130亿参数 (of a model)
  "\u7F51\u683C",
  // 1000万网格 (of a simulation)
  "\u8F74",
  // 联动轴数≥5轴
  "\u4E2A\u6CE2\u957F",
  "\u6CE2\u957F",
  // 8个波长
  "\u6570\u5B57\u901A\u9053",
  // 64数字通道
  "\u50CF\u7D20",
  // 100万像素
  "\u6761\u8F68\u8FF9",
  // 10万条轨迹
  // traditional forms (繁体), for notices read before conversion
  "\u9805",
  "\u500B",
  "\u7A2E",
  "\u985E",
  "\u81FA",
  "\u689D",
  "\u9846",
  "\u7DAD",
  "\u7BC0\u9EDE",
  "\u7D44",
  "\u5F35",
  "\u8F2A",
  "\u584A",
  "\u5834",
  "\u500B\u767E\u5206\u9EDE",
  "\u767E\u5206\u9EDE"
];
var SI_BASES = {
  \u6B27\u59C6: "\u03A9",
  \u74E6: "W",
  \u74E6\u65F6: "Wh",
  \u4F0F: "V",
  \u4F0F\u7279: "V",
  \u5B89: "A",
  \u5B89\u57F9: "A",
  \u5B89\u65F6: "Ah",
  \u8D6B\u5179: "Hz",
  \u8D6B: "Hz",
  \u7126\u8033: "J",
  \u7126: "J",
  \u5E15: "Pa",
  \u5E15\u65AF\u5361: "Pa",
  \u6CD5\u62C9: "F",
  \u897F\u95E8\u5B50: "S",
  \u7279\u65AF\u62C9: "T",
  \u514B: "g",
  \u5347: "L",
  \u7C73: "m",
  \u79D2: "s"
};
var SI_PREFIXES = { \u592A: "T", \u5409: "G", \u5146: "M", \u5343: "k", \u6BEB: "m", \u5FAE: "\u03BC", \u7EB3: "n", \u76AE: "p" };
var SI_PREFIXED = Object.fromEntries(
  Object.entries(SI_PREFIXES).flatMap(([p, ps]) => [...Object.entries(SI_BASES), ["\u6B27", "\u03A9"]].map(([b, bs]) => [p + b, ps + bs]))
);
var MEASURE_WORDS = {
  ...SI_PREFIXED,
  ...SI_BASES,
  \u5C0F\u65F6: "h",
  \u5C0F\u6642: "h",
  \u5206\u949F: "min",
  \u5206\u9418: "min",
  \u79D2\u949F: "s",
  \u79D2: "s",
  \u6BEB\u79D2: "ms",
  \u5FAE\u79D2: "\u03BCs",
  \u7EB3\u79D2: "ns",
  \u5929: "",
  \u5468: "",
  \u4E2A\u6708: "",
  \u500B\u6708: "",
  \u6708: "",
  \u5E74: "",
  \u65E5: "",
  \u7C73: "m",
  \u5343\u7C73: "km",
  \u516C\u91CC: "km",
  \u516C\u88E1: "km",
  \u5398\u7C73: "cm",
  \u91D0\u7C73: "cm",
  \u6BEB\u7C73: "mm",
  \u5FAE\u7C73: "\u03BCm",
  \u7EB3\u7C73: "nm",
  \u7D0D\u7C73: "nm",
  \u5E73\u65B9\u7C73: "m2",
  \u5E73\u65B9\u5398\u7C73: "cm2",
  \u5E73\u65B9\u6BEB\u7C73: "mm2",
  \u5E73\u65B9\u516C\u91CC: "km2",
  \u5E73\u65B9\u5343\u7C73: "km2",
  \u7ACB\u65B9\u7C73: "m3",
  \u514B: "g",
  \u5343\u514B: "kg",
  \u516C\u65A4: "kg",
  \u6BEB\u514B: "mg",
  \u5FAE\u514B: "\u03BCg",
  \u7EB3\u514B: "ng",
  \u76AE\u514B: "pg",
  \u5428: "t",
  \u5678: "t",
  \u4E07\u5428: "10^4t",
  \u6BEB\u5347: "mL",
  \u5FAE\u5347: "\u03BCL",
  \u7EB3\u5347: "nL",
  \u74E6: "W",
  \u5343\u74E6: "kW",
  \u5146\u74E6: "MW",
  \u5409\u74E6: "GW",
  \u74E6\u65F6: "Wh",
  \u5343\u74E6\u65F6: "kWh",
  \u5EA6\u7535: "kWh",
  \u74E6\u6BCF\u5E73\u65B9\u7C73: "W/m2",
  \u4F0F: "V",
  \u4F0F\u7279: "V",
  \u5343\u4F0F: "kV",
  \u5B89: "A",
  \u5B89\u57F9: "A",
  \u6BEB\u5B89\u65F6: "mAh",
  \u5B89\u65F6: "Ah",
  \u8D6B\u5179: "Hz",
  \u5B57\u8282: "B",
  \u6BD4\u7279: "bit",
  \u6B27\u59C6: "\u03A9",
  \u7126\u8033: "J",
  \u5343\u7126: "kJ",
  \u5146\u7126: "MJ",
  \u5146\u5E15: "MPa",
  \u5343\u5E15: "kPa",
  \u5E15: "Pa",
  \u5206\u8D1D: "dB",
  \u7535\u5B50\u4F0F\u7279: "eV",
  \u6444\u6C0F\u5EA6: "\xB0C",
  \u5EA6: "",
  \u89D2\u79D2: "\u2033",
  \u5F27\u79D2: "\u2033",
  \u89D2\u5206: "\u2032",
  \u5F27\u5206: "\u2032",
  \u4EA9: "",
  \u516C\u9877: "",
  \u6D41\u660E: "lm",
  \u52D2\u514B\u65AF: "lx",
  // units spelled out in words: 吉赫兹 = GHz, 吉比特每秒 = Gbps, 像素每英寸 = PPI, 尼特 = cd/m²
  \u5343\u8D6B\u5179: "kHz",
  \u5146\u8D6B\u5179: "MHz",
  \u5409\u8D6B\u5179: "GHz",
  \u592A\u8D6B\u5179: "THz",
  \u5343\u8D6B: "kHz",
  \u5146\u8D6B: "MHz",
  \u5409\u8D6B: "GHz",
  \u6BD4\u7279\u6BCF\u79D2: "bps",
  \u5343\u6BD4\u7279\u6BCF\u79D2: "Kbps",
  \u5146\u6BD4\u7279\u6BCF\u79D2: "Mbps",
  \u5409\u6BD4\u7279\u6BCF\u79D2: "Gbps",
  \u592A\u6BD4\u7279\u6BCF\u79D2: "Tbps",
  \u5343\u5B57\u8282: "KB",
  \u5146\u5B57\u8282: "MB",
  \u5409\u5B57\u8282: "GB",
  \u592A\u5B57\u8282: "TB",
  \u6BEB\u74E6: "mW",
  \u5FAE\u74E6: "\u03BCW",
  \u7EB3\u74E6: "nW",
  \u6BEB\u4F0F: "mV",
  \u5FAE\u4F0F: "\u03BCV",
  \u6BEB\u5B89: "mA",
  \u5FAE\u5B89: "\u03BCA",
  \u50CF\u7D20\u6BCF\u82F1\u5BF8: "PPI",
  \u5C3C\u7279: "cd/m2",
  \u574E\u5FB7\u62C9\u6BCF\u5E73\u65B9\u7C73: "cd/m2"
};
var COMPOUND_UNITS = {
  "%FS/\u2103": "%FS/\xB0C",
  "%FS/\xB0C": "%FS/\xB0C",
  "%FS/\u5E74": "%FS/\u5E74",
  "%FS/a": "%FS/a",
  "%FS": "%FS",
  "%RH": "%RH",
  "%LEL": "%LEL",
  "\xB0/\u221Ah": "\xB0/\u221Ah",
  "\xB0/h": "\xB0/h",
  "\xB0/s": "\xB0/s",
  "\xB0/min": "\xB0/min",
  "\u03BCGal/\u221AHz": "\u03BCGal/\u221AHz",
  "\u03BCg/\u221AHz": "\u03BCg/\u221AHz",
  "nT/\u221AHz": "nT/\u221AHz",
  "pT/\u221AHz": "pT/\u221AHz",
  "Mrad(Si)": "Mrad(Si)",
  "krad(Si)": "krad(Si)",
  "rad(Si)": "rad(Si)",
  "Gy/(L\xB7min)": "Gy/(L\xB7min)",
  "L/(m2\xB7h)": "L/(m2\xB7h)",
  "L/(m\xB2\xB7h)": "L/(m2\xB7h)",
  "L/(m^2\xB7h)": "L/(m2\xB7h)",
  "LMH": "L/(m2\xB7h)",
  "\u03BC\u03B5": "\u03BC\u03B5",
  "m\u03A9\xB7cm2": "m\u03A9\xB7cm2",
  "m\u03A9\xB7cm\xB2": "m\u03A9\xB7cm2",
  "mohm\xB7cm2": "m\u03A9\xB7cm2",
  "ohmcm2": "\u03A9\xB7cm2",
  "\u03A9\xB7cm2": "\u03A9\xB7cm2",
  "\u03A9\xB7cm\xB2": "\u03A9\xB7cm2",
  "\\text{\u5C3C\u7279}": "nit",
  "\\text{\u5409\u8D6B\u5179}": "GHz",
  "\\text{\u5146\u8D6B\u5179}": "MHz",
  "\\text{\u6BEB\u79D2}": "ms"
};
var SMALLER_IS_BETTER = ["\u8BEF\u5DEE", "\u504F\u5DEE", "\u566A\u58F0", "\u566A\u97F3", "\u6F02\u79FB", "\u5EF6\u8FDF", "\u65F6\u5EF6", "\u635F\u8017", "\u529F\u8017", "\u80FD\u8017", "\u6296\u52A8", "\u6F0F\u7387", "\u8870\u51CF"];
var SMALLER_IS_BETTER_IN_UNITS = ["\u7CBE\u5EA6", "\u5206\u8FA8\u7387"];

// src/lexicon/parties.ts
var PARTNER_UNITS = [
  "\u53C2\u4E0E\u5355\u4F4D",
  "\u53C2\u52A0\u5355\u4F4D",
  "\u5408\u4F5C\u5355\u4F4D",
  "\u627F\u62C5\u5355\u4F4D",
  "\u8054\u5408\u5355\u4F4D",
  "\u8054\u5408\u653B\u5173\u5355\u4F4D",
  "\u53C2\u7814\u5355\u4F4D",
  "\u8BFE\u9898\u627F\u62C5\u5355\u4F4D",
  "\u8054\u5408\u63ED\u699C\u5355\u4F4D",
  "\u5171\u540C\u63ED\u699C\u5355\u4F4D",
  "\u8054\u5408\u7533\u62A5\u5355\u4F4D",
  "\u8054\u5408\u7533\u8BF7\u5355\u4F4D",
  "\u6210\u5458\u5355\u4F4D"
  // 联合体成员单位不超过3家
];
var DOMESTIC_MARKERS = ["\u4E2D\u56FD", "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD", "\u4E2D\u56FD\u5927\u9646", "China", "CN", "PRC", "P.R. China", "P.R.China", "\u56FD\u5185", "\u5883\u5185"];
var ORGANISATION_TYPES = [
  ["enterprise", ["\u6709\u9650\u8D23\u4EFB\u516C\u53F8", "\u80A1\u4EFD\u6709\u9650\u516C\u53F8", "\u6709\u9650\u516C\u53F8", "\u80A1\u4EFD\u516C\u53F8", "\u516C\u53F8", "\u96C6\u56E2", "\u4F01\u4E1A", "\u5382", "Inc.", "Inc", "Ltd.", "Ltd", "GmbH", "Corp.", "Corp", "Co."]],
  ["university", ["\u5927\u5B66", "\u5B66\u9662", "\u9AD8\u6821", "\u5B66\u6821", "University", "College"]],
  ["institute", ["\u7814\u7A76\u6240", "\u7814\u7A76\u9662", "\u79D1\u5B66\u9662", "\u9662\u6240", "\u79D1\u7814\u9662\u6240", "\u7814\u7A76\u4E2D\u5FC3", "\u5B9E\u9A8C\u5BA4", "Institute", "Laboratory", "Academy"]],
  ["hospital", ["\u533B\u9662", "\u533B\u7597\u673A\u6784", "\u536B\u751F\u9662", "Hospital"]]
];
var LEAD_UNIT_LABELS = [
  "\u63ED\u699C\u5355\u4F4D",
  "\u63ED\u699C\u6302\u5E05\u5355\u4F4D",
  "\u9879\u76EE\u7275\u5934\u5355\u4F4D",
  "\u7275\u5934\u7533\u62A5\u5355\u4F4D",
  "\u7275\u5934\u5355\u4F4D",
  "\u7B2C\u4E00\u627F\u62C5\u5355\u4F4D",
  "\u9879\u76EE\u627F\u62C5\u5355\u4F4D",
  "\u627F\u62C5\u5355\u4F4D",
  "\u9879\u76EE\u7533\u62A5\u5355\u4F4D",
  "\u7533\u62A5\u5355\u4F4D",
  "\u4F9D\u6258\u5355\u4F4D"
];
var PARTICIPANT_UNIT_LABELS = [
  ...PARTNER_UNITS.filter((w) => !LEAD_UNIT_LABELS.includes(w)),
  "\u5171\u540C\u7533\u62A5\u5355\u4F4D",
  "\u534F\u4F5C\u5355\u4F4D",
  "\u5408\u4F5C\u4F19\u4F34",
  "\u5408\u4F5C\u65B9",
  "\u5408\u4F5C\u673A\u6784"
];

// src/lexicon/index.ts
var escape = (x) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function alternation(words) {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|")})`;
}

// src/core/mapped-text.ts
var MappedText = class _MappedText {
  constructor(text, origin) {
    this.text = text;
    this.origin = origin;
  }
  text;
  origin;
  /** Identity map over a freshly decoded text. */
  static fromRaw(text) {
    const origin = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = i;
    return new _MappedText(text, origin);
  }
  /** Raw offset of normalized offset `i` (clamped to the text). */
  rawOffset(i) {
    return this.origin[Math.max(0, Math.min(i, this.text.length))];
  }
  /** Substitute single characters (same length), e.g. full-width → ASCII, Kangxi radical → ideograph. */
  mapChars(table) {
    let out = "";
    let changed = false;
    for (let i = 0; i < this.text.length; i++) {
      const c = this.text[i];
      const r = table(c);
      if (r !== void 0 && r.length === 1 && r !== c) {
        out += r;
        changed = true;
      } else out += c;
    }
    return changed ? new _MappedText(out, this.origin) : this;
  }
};
var LineIndex = class {
  starts = [0];
  constructor(raw) {
    for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  /** 1-based line of a raw offset. */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column (UTF-16 units) of a raw offset. */
  columnOf(offset) {
    return offset - this.starts[this.lineOf(offset) - 1] + 1;
  }
  get lineCount() {
    return this.starts.length;
  }
};

// src/core/doc.ts
var Doc = class {
  constructor(path, raw, text, display, pageStarts) {
    this.path = path;
    this.raw = raw;
    this.text = text;
    this.display = display;
    this.pageStarts = pageStarts;
    this.lines = new LineIndex(raw);
  }
  path;
  raw;
  text;
  display;
  pageStarts;
  lines;
  /** What the stages doubt about the document, each at its place (vfile's messages): the model's `warnings`. */
  warnings = [];
  lineTable = null;
  /** 1-based raw line of a normalized offset. */
  lineAt(offset) {
    let table = this.lineTable;
    if (!table) {
      const { raw } = this;
      const origin = this.text.origin;
      const n = this.text.text.length;
      table = this.lineTable = new Int32Array(n + 1);
      let line = 1;
      let reached = 0;
      let newline = raw.indexOf("\n");
      for (let i = 0; i <= n; i++) {
        const at = origin[i];
        if (at > reached) {
          reached = at;
          while (newline !== -1 && newline < reached) {
            line++;
            newline = raw.indexOf("\n", newline + 1);
          }
        }
        table[i] = line;
      }
    }
    return table[Math.max(0, Math.min(offset, table.length - 1))];
  }
  /** Page (1-based) of a normalized offset, for paged sources. */
  pageAt(offset) {
    if (!this.pageStarts?.length) return void 0;
    const raw = this.text.rawOffset(offset);
    let page = 0;
    while (page + 1 < this.pageStarts.length && this.pageStarts[page + 1] <= raw) page++;
    return page + 1;
  }
  /** Span of the normalized range [start, end). */
  spanOf(start, end) {
    const startLine = this.lineAt(start);
    const endLine = Math.max(startLine, this.lineAt(Math.max(start, end - 1)));
    const page = this.pageAt(start);
    return page === void 0 ? { startLine, endLine } : { startLine, endLine, page };
  }
  /** Record a doubt of a stage about the normalized range [start, end) (or the whole document). */
  warn(code, message, data, range) {
    const w = { code, message, ...Object.keys(data).length ? { data } : {}, ...range ? { span: this.spanOf(range.start, range.end) } : {} };
    this.warnings.push(w);
    return w;
  }
};

// src/ingest/index.ts
import { GuideError as GuideError3 } from "./core-errors.js";

// src/core/read-input.ts
import { extname, resolve } from "node:path";
import { GuideError } from "./core-errors.js";
var DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
var LEGACY_OFFICE = /* @__PURE__ */ new Set([".doc", ".wps", ".wpt", ".dot", ".et", ".xls", ".ppt", ".dps"]);
var FORMAT_OF_EXTENSION = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".pdf": "pdf",
  ".docx": "docx",
  ".html": "html",
  ".htm": "html"
};
function formatOfPath(path) {
  return FORMAT_OF_EXTENSION[extname(path).toLowerCase()] ?? null;
}

// src/normalize/encoding.ts
import { GuideError as GuideError2 } from "./core-errors.js";
var JUNK_SHARE = 0.05;
var SNIFF_BYTES = 64 * 1024;
function decodeText(bytes, path) {
  if (bytes.length === 0) throw new GuideError2("empty-file", path);
  const { text: decoded, encoding } = decodeBytes(bytes, path);
  const text = decoded.replace(/\r\n?/g, "\n");
  if (!/[^\s\uFEFF]/.test(text)) throw new GuideError2("empty-file", path);
  if (looksBinary(text)) throw new GuideError2("binary-file", path);
  return { text, encoding };
}
function decodeBytes(bytes, path) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 255 && bytes[1] === 254)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (bytes.indexOf(0) !== -1) throw new GuideError2("binary-file", path);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const mixed = mixedUtf8Lines(bytes);
    if (mixed) throw new GuideError2("bad-encoding", path, { detail: mixed });
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
function mixedUtf8Lines(bytes) {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let utf8Bytes = 0;
  let otherBytes = 0;
  let firstUtf8 = 0;
  let firstOther = 0;
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    line++;
    let high = 0;
    for (let i = start; i < end; i++) if (bytes[i] >= 128) high++;
    if (high > 0) {
      let valid = true;
      try {
        utf8.decode(bytes.subarray(start, end));
      } catch {
        valid = false;
      }
      if (valid) {
        utf8Bytes += high;
        firstUtf8 ||= line;
      } else {
        otherBytes += high;
        firstOther ||= line;
      }
    }
    start = end + 1;
  }
  if (utf8Bytes < 48 || utf8Bytes < (utf8Bytes + otherBytes) * 0.05) return void 0;
  return `mixed encodings: line ${firstUtf8} is UTF-8, line ${firstOther} is not`;
}
function sniffUtf16(bytes) {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2) return void 0;
  const nul = bytes.indexOf(0);
  if (nul === -1 || nul >= n) return void 0;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.1 && even <= odd * 0.02) return "utf-16le";
  if (even >= pairs * 0.1 && odd <= even * 0.02) return "utf-16be";
  return void 0;
}
var JUNK = /[\x00-\x08\x0d-\x1f\x7f\ufffd]/g;
function looksBinary(text) {
  const n = Math.min(text.length, SNIFF_BYTES);
  const junk = (n < text.length ? text.slice(0, n) : text).match(JUNK)?.length ?? 0;
  return junk > n * JUNK_SHARE;
}

// src/ingest/txt.ts
function ingestTxt(bytes, path, format) {
  const { text, encoding } = decodeText(bytes, path);
  return { format, text, encoding };
}

// src/ingest/index.ts
async function ingest(bytes, path, options = {}) {
  const format = options.format ?? formatOfPath(path);
  if (bytes.length === 0) throw new GuideError3("empty-file", path);
  switch (format) {
    case "txt":
    case "md":
      return ingestTxt(bytes, path, format);
    case "pdf": {
      const { ingestPdf } = await import("./ingest-pdf.js");
      return ingestPdf(bytes, path, { timeoutMs: options.pdfTimeoutMs });
    }
    case "docx": {
      const { ingestDocx } = await import("./ingest-docx.js");
      return ingestDocx(bytes, path);
    }
    case "html": {
      const { ingestHtml } = await import("./ingest-html.js");
      return ingestHtml(bytes, path);
    }
  }
  const ext = /\.[A-Za-z0-9]+$/.exec(path)?.[0].toLowerCase() ?? "";
  throw new GuideError3("unsupported-type", path, { ext, kind: LEGACY_OFFICE.has(ext) ? "legacy-office" : "other" });
}

// src/normalize/builder.ts
var MappedTextBuilder = class {
  constructor(source) {
    this.source = source;
    this.origin = new Int32Array(source.text.length + 16);
  }
  source;
  parts = [];
  origin;
  n = 0;
  /** Copy source characters [from, to) with their own origins. */
  copy(from, to) {
    if (to <= from) return;
    this.parts.push(this.source.text.slice(from, to));
    this.reserve(to - from);
    this.origin.set(this.source.origin.subarray(from, to), this.n);
    this.n += to - from;
  }
  /** Emit `text` whose characters all come from source offset `at`. */
  emit(text, at) {
    if (!text) return;
    this.parts.push(text);
    this.reserve(text.length);
    this.origin.fill(this.source.origin[at], this.n, this.n + text.length);
    this.n += text.length;
  }
  /** The finished text; the end entry maps to the source's end. */
  build() {
    this.reserve(1);
    this.origin[this.n] = this.source.origin[this.source.text.length];
    return new MappedText(this.parts.join(""), this.origin.slice(0, this.n + 1));
  }
  reserve(k) {
    if (this.n + k + 1 <= this.origin.length) return;
    const grown = new Int32Array(Math.max(this.origin.length * 2, this.n + k + 1));
    grown.set(this.origin.subarray(0, this.n));
    this.origin = grown;
  }
};
function lineSpans(text) {
  const lines = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}
function replaceMapped(t, re, replacer) {
  re.lastIndex = 0;
  let b;
  let last = 0;
  for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const rep = replacer(m);
    if (rep === m[0]) continue;
    b ??= new MappedTextBuilder(t);
    b.copy(last, m.index);
    if (rep.length === m[0].length) {
      for (let k = 0; k < rep.length; k++) b.emit(rep[k], m.index + k);
    } else b.emit(rep, m.index);
    last = m.index + m[0].length;
  }
  if (!b) return t;
  b.copy(last, t.text.length);
  return b.build();
}
function substituteChars(t, re, replacer) {
  re.lastIndex = 0;
  if (!re.test(t.text)) return t;
  const text = t.text.replace(re, (ch) => {
    const r = replacer(ch);
    return r.length === ch.length ? r : ch;
  });
  return text === t.text ? t : new MappedText(text, t.origin);
}
function dropLines(t, drop) {
  const lines = t.text.split("\n");
  let b;
  let pos = 0;
  let keptFrom = 0;
  for (let i = 0; i < lines.length; i++) {
    const end = pos + lines[i].length;
    const next = i < lines.length - 1 ? end + 1 : end;
    if (drop(lines[i], i, lines)) {
      b ??= new MappedTextBuilder(t);
      b.copy(keptFrom, pos);
      keptFrom = next;
    }
    pos = next;
  }
  if (!b) return t;
  b.copy(keptFrom, t.text.length);
  return b.build();
}

// src/normalize/debris.ts
var PINYIN_DEBRIS = /(?<=[\u3400-\u9fff\uf900-\ufaff])\((?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,6}\)/g;
var MAX_DEBRIS_LINE = 80;
var DEBRIS_LINES = [
  /^[-•·]?\s*(举报|舉報|收藏|分享|分享到[:：]?.*|打印本页|打印本頁|关闭窗口|關閉窗口|【打印】\s*【关闭】|返回顶部|返回頂部)$/,
  /^[-•·]?\s*(文档评论|文檔評論|评论|評論)\s*[(（]\d+[)）]$/,
  /^[-•·]?\s*(原创力文档|原創力文檔|道客巴巴|豆丁网|百度文库|人人文库|金锄头文库|淘豆网)$/,
  /^-\s*\d+$/,
  /^-?\s*约\s*[\d.]+\s*(千字|万字|字|页|頁)$/,
  /^-?\s*約\s*[\d.]+\s*(千字|萬字|字|頁)$/,
  /^-?\s*\d{4}-\d{1,2}-\d{1,2}\s*(发布于|發布於|發佈於|上传于|上傳於)\s*\S{1,10}$/,
  /^(首页|首頁|当前位置|當前位置|您的位置|您现在的位置)[:：]?\s*\S*(\s*>\s*\S+)+.*$/,
  /^(首页|首頁)(\s+\S{1,6}){1,8}$/,
  /^(最近更新|热门推荐|熱門推薦|相关文档|相關文檔|相关阅读|相關閱讀|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|热门文章|熱門文章)$/,
  /^(上一篇|下一篇)[:：].*$/,
  /^[关關][于於](本站|我[们們])(\s+\S{2,8}){2,}$/,
  /^(Copyright|COPYRIGHT|版权所有|版權所有)\b.*$|^Copyright\s*©.*$|^©\s*\d{4}.*$/,
  /^.*(ICP[备備证證]|公网安备|公網安備).*\d+.*号?.*$/,
  /^[联聯][系繫]我[们們]\s*[:：].*$/,
  /^(扫一扫|掃一掃|扫描二维码|掃描二維碼).{0,20}$/,
  /^(字号|字號|字体|字體)[:：]?\s*[大中小](\s*[大中小]){2}$/,
  /^(浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數)[:：]\s*\d+$/
];
var DEBRIS_LINE = new RegExp(DEBRIS_LINES.map((re) => `(?:${re.source})`).join("|"));
function isDebrisLine(line) {
  if (!line || line.length > MAX_DEBRIS_LINE * 2) return false;
  const s = (line.includes("(") ? line.replace(PINYIN_DEBRIS, "") : line).trim();
  if (!s || s.length > MAX_DEBRIS_LINE) return false;
  return DEBRIS_LINE.test(s);
}
function removeDebrisLines(t) {
  return dropLines(t, isDebrisLine);
}
function removePinyinDebris(t) {
  return replaceMapped(t, PINYIN_DEBRIS, () => "");
}

// src/normalize/wraps.ts
var CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;
var LETTER = /[A-Za-z\u00c0-\u024f]/;
var CLAUSE_PUNCT = /[,;:!?]/;
var UNIT_TAIL = /\d[A-Za-zΩμµ°·/^%-]*$/;
function wrapSeparator(before, after) {
  const a = lastChar(before.trimEnd());
  const b = firstChar(after.trimStart());
  if (!a || !b) return "";
  if (CJK.test(a) || CJK.test(b)) return "";
  if (CLAUSE_PUNCT.test(a) && LETTER.test(b)) return " ";
  if (LETTER.test(a) && LETTER.test(b) && !UNIT_TAIL.test(before.trimEnd())) return " ";
  return "";
}
function lastChar(s) {
  if (!s) return "";
  const c = s.charCodeAt(s.length - 1);
  return c >= 56320 && c <= 57343 && s.length > 1 ? s.slice(-2) : s.slice(-1);
}
function firstChar(s) {
  const cp = s.codePointAt(0);
  return cp === void 0 ? "" : String.fromCodePoint(cp);
}

// src/normalize/furniture.ts
var D = "[0-9\uFF10-\uFF19]";
var PAGE_NUMBER = new RegExp(
  [
    `^[\u2014\u2013\uFF0D\\-\xB7\u2022]+\\s*${D}{1,4}\\s*[\u2014\u2013\uFF0D\\-\xB7\u2022]+$`,
    `^\u7B2C\\s*${D}{1,4}\\s*\u9875(\\s*[,\uFF0C/\uFF0F]?\\s*\u5171\\s*${D}{1,4}\\s*\u9875)?$`,
    `^\u5171\\s*${D}{1,4}\\s*\u9875\\s*\u7B2C\\s*${D}{1,4}\\s*\u9875$`,
    `^[Pp]age\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$`
  ].join("|")
);
var PAGE_OF = new RegExp(`^(${D}{1,4})\\s*[/\uFF0F]\\s*(${D}{1,4})$`);
var BARE_NUMBER = new RegExp(`^${D}{1,4}$`);
var MAX_HEADER = 30;
var SINGLE_CJK = /^[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]$/;
function toAscii(s) {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 65248)));
}
function isBlank(line) {
  return line === void 0 || /^[\s\f]*$/.test(line);
}
function pageNumberAt(lines, i) {
  const s = lines[i].replace(/\f/g, "").trim();
  if (!s) return false;
  if (PAGE_NUMBER.test(s)) return true;
  const of = PAGE_OF.exec(s);
  if (of) return toAscii(of[1]) <= toAscii(of[2]) && toAscii(of[1]) > 0;
  return BARE_NUMBER.test(s) && (isBlank(lines[i - 1]) || isBlank(lines[i + 1]));
}
function nearestText(lines, i, step) {
  let pageBreak = false;
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    if (lines[j].includes("\f")) pageBreak = true;
    if (!isBlank(lines[j])) return { index: j, pageBreak };
  }
  return { index: -1, pageBreak: true };
}
function removePageFurniture(t) {
  const lines = t.text.split("\n");
  const short = lines.map((line) => line.length <= MAX_HEADER + 8 && line.trim() !== "");
  const page = lines.map((_, i) => short[i] && pageNumberAt(lines, i));
  if (!page.includes(true) && !t.text.includes("\f")) return t;
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < lines.length; i++)
    if (short[i] && !page[i]) {
      const s = lines[i].replace(/\f/g, "").trim();
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  const byText = /* @__PURE__ */ new Map();
  const beside = lines.map((line, i) => {
    if (!short[i] || page[i]) return false;
    const s = line.replace(/\f/g, "").trim();
    if (!s || s.length > MAX_HEADER || (counts.get(s) ?? 0) < 3) return false;
    const before = nearestText(lines, i, -1);
    const after = nearestText(lines, i, 1);
    const near = line.includes("\f") || before.pageBreak || after.pageBreak || before.index >= 0 && page[before.index] || after.index >= 0 && page[after.index];
    const e = byText.get(s) ?? { total: 0, beside: 0 };
    e.total++;
    if (near) e.beside++;
    byText.set(s, e);
    return near;
  });
  const header = (s) => {
    const e = byText.get(s);
    return !!e && e.total >= 3 && e.beside >= Math.max(2, e.total / 2);
  };
  const drop = lines.map((line, i) => page[i] || beside[i] && header(line.replace(/\f/g, "").trim()));
  if (!drop.includes(true)) return t;
  const b = new MappedTextBuilder(t);
  let pos = 0;
  let kept = 0;
  for (let i = 0; i < lines.length; i++) {
    const next = pos + lines[i].length + (i < lines.length - 1 ? 1 : 0);
    if (drop[i]) {
      b.copy(kept, pos);
      const ff = lines[i].indexOf("\f");
      if (ff !== -1) b.copy(pos + ff, pos + ff + 1);
      kept = next;
    }
    pos = next;
  }
  b.copy(kept, t.text.length);
  return b.build();
}
function joinLetterSpacing(t) {
  const src = t.text;
  let b;
  let last = 0;
  let pos = 0;
  for (const line of src.split("\n")) {
    const end = pos + line.length;
    const tokens = line.trim().split(/ +/);
    if (tokens.length >= 4) {
      const single = tokens.filter((tok) => SINGLE_CJK.test(tok)).length;
      if (single >= 3 && single >= tokens.length * 0.6) {
        b ??= new MappedTextBuilder(t);
        for (let i = pos; i < end; i++) {
          if (src[i] !== " ") continue;
          let j = i;
          while (j < end && src[j] === " ") j++;
          const inside = i > pos && j < end;
          if (inside && wrapSeparator(src.slice(pos, i), src.slice(j, end)) === " ") {
            i = j - 1;
            continue;
          }
          b.copy(last, i);
          last = j;
          i = j - 1;
        }
      }
    }
    pos = end + 1;
  }
  if (!b) return t;
  b.copy(last, src.length);
  return b.build();
}

// src/normalize/kangxi.ts
var LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]|[\u{2f800}-\u{2fa1f}]/gu;
var SUPPLEMENT = {
  "\u2E81": "\u5382",
  "\u2E87": "\u51E0",
  "\u2E8A": "\u535C",
  "\u2E8C": "\u5C0F",
  "\u2E8E": "\u5140",
  "\u2E90": "\u5C22",
  "\u2E92": "\u5DF3",
  "\u2E93": "\u5E7A",
  "\u2E96": "\u5FC4",
  "\u2E97": "\u5FC3",
  "\u2E98": "\u624C",
  "\u2E99": "\u6535",
  "\u2E9B": "\u65E1",
  "\u2E9C": "\u65E5",
  "\u2E9D": "\u6708",
  "\u2E9E": "\u6B7A",
  "\u2E9F": "\u6BCD",
  "\u2EA0": "\u6C11",
  "\u2EA1": "\u6C35",
  "\u2EA2": "\u6C3A",
  "\u2EA3": "\u706C",
  "\u2EA4": "\u722B",
  "\u2EA6": "\u4E2C",
  "\u2EA7": "\u725B",
  "\u2EA8": "\u72AD",
  "\u2EA9": "\u738B",
  "\u2EAA": "\u758B",
  "\u2EAB": "\u7F52",
  "\u2EAC": "\u793A",
  "\u2EAD": "\u793B",
  "\u2EAE": "\u7AF9",
  "\u2EAF": "\u7CF9",
  "\u2EB0": "\u7E9F",
  "\u2EB1": "\u7F53",
  "\u2EB2": "\u7F52",
  "\u2EB3": "\u7F51",
  "\u2EB6": "\u7F8A",
  "\u2EB7": "\u7F8A",
  "\u2EB9": "\u8002",
  "\u2EBA": "\u807F",
  "\u2EBB": "\u807F",
  "\u2EBC": "\u8089",
  "\u2EBD": "\u81FC",
  "\u2EBE": "\u8279",
  "\u2EBF": "\u8279",
  "\u2EC0": "\u8279",
  "\u2EC1": "\u864E",
  "\u2EC2": "\u8864",
  "\u2EC3": "\u897E",
  "\u2EC4": "\u897F",
  "\u2EC5": "\u89C1",
  "\u2EC6": "\u89D2",
  "\u2EC7": "\u89D2",
  "\u2EC8": "\u8BA0",
  "\u2EC9": "\u8D1D",
  "\u2ECA": "\u8DB3",
  "\u2ECB": "\u8F66",
  "\u2ECC": "\u8FB6",
  "\u2ECD": "\u8FB6",
  "\u2ECE": "\u8FB6",
  "\u2ECF": "\u961D",
  "\u2ED0": "\u9485",
  "\u2ED1": "\u9577",
  "\u2ED2": "\u9578",
  "\u2ED3": "\u957F",
  "\u2ED4": "\u95E8",
  "\u2ED6": "\u961D",
  "\u2ED7": "\u96E8",
  "\u2ED8": "\u9752",
  "\u2ED9": "\u97E6",
  "\u2EDA": "\u9875",
  "\u2EDB": "\u98CE",
  "\u2EDC": "\u98DE",
  "\u2EDD": "\u98DF",
  "\u2EDE": "\u98DF",
  "\u2EDF": "\u98DF",
  "\u2EE0": "\u9963",
  "\u2EE1": "\u9996",
  "\u2EE2": "\u9A6C",
  "\u2EE3": "\u9AA8",
  "\u2EE4": "\u9B3C",
  "\u2EE5": "\u9C7C",
  "\u2EE6": "\u9E1F",
  "\u2EE7": "\u5364",
  "\u2EE8": "\u9EA6",
  "\u2EE9": "\u9EC4",
  "\u2EEA": "\u9EFE",
  "\u2EEB": "\u6589",
  "\u2EEC": "\u9F50",
  "\u2EED": "\u6B6F",
  "\u2EEE": "\u9F7F",
  "\u2EEF": "\u7ADC",
  "\u2EF0": "\u9F99",
  "\u2EF1": "\u9F9C",
  "\u2EF2": "\u4E80",
  "\u2EF3": "\u9F9F"
};
function replaceKangxiRadicals(t) {
  return replaceMapped(t, LOOKALIKE, (m) => SUPPLEMENT[m[0]] ?? m[0].normalize("NFKC"));
}

// src/normalize/latex.ts
var SYMBOLS = {
  geq: "\u2265",
  geqslant: "\u2265",
  ge: "\u2265",
  leq: "\u2264",
  leqslant: "\u2264",
  le: "\u2264",
  gt: ">",
  lt: "<",
  neq: "\u2260",
  ne: "\u2260",
  approx: "\u2248",
  sim: "~",
  simeq: "\u2243",
  equiv: "\u2261",
  ll: "\u226A",
  gg: "\u226B",
  propto: "\u221D",
  times: "\xD7",
  cdot: "\xB7",
  div: "\xF7",
  pm: "\xB1",
  mp: "\u2213",
  circ: "\xB0",
  degree: "\xB0",
  prime: "\u2032",
  infty: "\u221E",
  varnothing: "\u2205",
  emptyset: "\u2205",
  partial: "\u2202",
  nabla: "\u2207",
  rightarrow: "\u2192",
  to: "\u2192",
  leftarrow: "\u2190",
  Rightarrow: "\u21D2",
  leftrightarrow: "\u2194",
  ldots: "\u2026",
  dots: "\u2026",
  cdots: "\u22EF",
  alpha: "\u03B1",
  beta: "\u03B2",
  gamma: "\u03B3",
  delta: "\u03B4",
  epsilon: "\u03B5",
  varepsilon: "\u03B5",
  zeta: "\u03B6",
  eta: "\u03B7",
  theta: "\u03B8",
  kappa: "\u03BA",
  lambda: "\u03BB",
  mu: "\u03BC",
  nu: "\u03BD",
  xi: "\u03BE",
  pi: "\u03C0",
  rho: "\u03C1",
  sigma: "\u03C3",
  tau: "\u03C4",
  phi: "\u03C6",
  varphi: "\u03C6",
  chi: "\u03C7",
  psi: "\u03C8",
  omega: "\u03C9",
  Gamma: "\u0393",
  Delta: "\u0394",
  Theta: "\u0398",
  Lambda: "\u039B",
  Pi: "\u03A0",
  Sigma: "\u03A3",
  Phi: "\u03A6",
  Psi: "\u03A8",
  Omega: "\u03A9",
  quad: "",
  qquad: "",
  left: "",
  right: "",
  displaystyle: "",
  limits: ""
};
var TEXT_COMMANDS = /* @__PURE__ */ new Set([
  "text",
  "textrm",
  "textit",
  "textbf",
  "mathrm",
  "mathbf",
  "mathit",
  "mathsf",
  "mathtt",
  "operatorname",
  "rm"
]);
var ESCAPES = {
  "%": "%",
  "&": "&",
  "#": "#",
  _: "_",
  $: "$",
  "{": "{",
  "}": "}",
  ",": "",
  ";": "",
  ":": "",
  "!": "",
  " ": "",
  "\\": ""
};
var MATH_OR_COMMAND = /\$\$([^$\n]+?)\$\$|\$(?=[^\s$])((?:[^$\n]|\n(?![ \t]*\n))*?[^\s$\\])\$(?!\d)|\$([^\s$\\])\$(?!\d)|\\([A-Za-z]+)/g;
var CJK2 = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
function convertLatex(t) {
  const src = t.text;
  if (src.indexOf("$") === -1 && src.indexOf("\\") === -1) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  let changed = false;
  MATH_OR_COMMAND.lastIndex = 0;
  for (let m = MATH_OR_COMMAND.exec(src); m; m = MATH_OR_COMMAND.exec(src)) {
    let start = m.index;
    let end = start + m[0].length;
    let pieces;
    if (m[4] !== void 0) {
      if (!(m[4] in SYMBOLS) && !TEXT_COMMANDS.has(m[4])) continue;
      const r = new Renderer(src);
      const next = r.command(start, src.length, "math", pieces = []);
      end = next;
    } else {
      if (m[0].includes("\n") && CJK2.test(m[0])) {
        MATH_OR_COMMAND.lastIndex = m.index + 1;
        continue;
      }
      const open = m[1] !== void 0 ? 2 : 1;
      pieces = new Renderer(src).render(start + open, end - open, "math");
    }
    if (src[start - 1] === " " && (start < 2 || src[start - 2] === "\n" || CJK2.test(src[start - 2]))) start--;
    while (src[end] === " " && (end + 1 >= src.length || src[end + 1] === "\n" || CJK2.test(src[end + 1]))) end++;
    if (m[4] !== void 0) while (src[end] === " ") end++;
    start = Math.max(start, last);
    MATH_OR_COMMAND.lastIndex = end;
    b.copy(last, start);
    for (const p of pieces) b.emit(p.s, p.at);
    last = end;
    changed = true;
  }
  if (!changed) return t;
  b.copy(last, src.length);
  return b.build();
}
var Renderer = class {
  constructor(src) {
    this.src = src;
  }
  src;
  /** Render src[from, to) in math or text mode. */
  render(from, to, mode) {
    const out = [];
    let i = from;
    while (i < to) {
      const c = this.src[i];
      if (c === "\\") i = this.command(i, to, mode, out);
      else if (c === "^" || c === "_") i = this.script(i, to, out);
      else if (c === "{" || c === "}") i++;
      else if (mode === "math" && (c === " " || c === "	")) i++;
      else out.push({ s: c, at: i++ });
    }
    return mode === "text" ? trimSpaces(out) : out;
  }
  /** A command at src[i] (the backslash); returns the index after it and its argument. */
  command(i, to, mode, out) {
    const src = this.src;
    let j = i + 1;
    while (j < to && isLetter(src.charCodeAt(j))) j++;
    if (j === i + 1) {
      const ch = src[i + 1];
      if (ch === void 0 || i + 1 >= to) return i + 1;
      out.push({ s: ch in ESCAPES ? ESCAPES[ch] : ch, at: i });
      return i + 2;
    }
    const name = src.slice(i + 1, j);
    if (TEXT_COMMANDS.has(name)) {
      const g = this.group(j, to);
      if (!g) return j;
      out.push(...this.render(g.from, g.to, "text"));
      return g.next;
    }
    if (name === "frac") {
      const num = this.group(j, to);
      const den = num && this.group(num.next, to);
      if (!num || !den) return j;
      out.push(...this.render(num.from, num.to, mode), { s: "/", at: i }, ...this.render(den.from, den.to, mode));
      return den.next;
    }
    out.push({ s: name in SYMBOLS ? SYMBOLS[name] : name, at: i });
    if (mode === "text") while (j < to && src[j] === " ") j++;
    return j;
  }
  /** `^x`, `^{…}`, `_x`, `_{…}` at src[i]. */
  script(i, to, out) {
    const g = this.group(i + 1, to);
    if (!g) return i + 1;
    const inner = this.render(g.from, g.to, "math");
    const s = inner.map((p) => p.s).join("");
    if (this.src[i] === "^") {
      if (s === "\xB0") out.push({ s, at: inner[0].at });
      else if (s) out.push({ s: "^", at: i }, ...inner);
    } else if (/^[0-9+-]*$/.test(s)) out.push(...inner);
    else out.push({ s: "_", at: i }, ...inner);
    return g.next;
  }
  /** The argument at src[i]: a braced group, a command, or one character (leading spaces skipped). */
  group(i, to) {
    const src = this.src;
    while (i < to && src[i] === " ") i++;
    if (i >= to) return void 0;
    if (src[i] === "{") {
      let depth = 0;
      for (let j = i; j < to; j++) {
        if (src[j] === "\\") j++;
        else if (src[j] === "{") depth++;
        else if (src[j] === "}" && --depth === 0) return { from: i + 1, to: j, next: j + 1 };
      }
      return { from: i + 1, to, next: to };
    }
    if (src[i] === "\\") {
      let j = i + 1;
      while (j < to && isLetter(src.charCodeAt(j))) j++;
      if (j === i + 1) j = Math.min(i + 2, to);
      return { from: i, to: j, next: j };
    }
    return { from: i, to: i + 1, next: i + 1 };
  }
};
function isLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function trimSpaces(p) {
  let a = 0;
  let z = p.length;
  while (a < z && p[a].s === " ") a++;
  while (z > a && p[z - 1].s === " ") z--;
  return a === 0 && z === p.length ? p : p.slice(a, z);
}

// src/normalize/aligned-tables.ts
var GAP = /[ \u3000]{2,}|\t+/g;
var AROUND_COLON = /[ \u3000\t]*[：:][ \u3000\t]*/g;
var MIN_ROWS = 3;
function readAlignedTables(t) {
  const text = t.text;
  const lines = lineSpans(text).map(({ start, end, text: raw }) => {
    const line = raw.trim();
    return { start, end, cells: line && !line.includes("|") ? line.replace(AROUND_COLON, "\uFF1A").split(GAP).length : 0 };
  });
  const rows = [];
  let run = [];
  const close = () => {
    const counts = run.map((i) => lines[i].cells);
    const most = Math.max(...counts);
    if (run.length >= MIN_ROWS && counts.filter((c) => c >= most - 1).length === run.length) rows.push(...run);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const { cells, start, end } = lines[i];
    if (cells >= 3) run.push(i);
    else if (start === end || /^[\s\-=_─━]*$/.test(text.slice(start, end))) continue;
    else if (run.length) close();
  }
  if (run.length) close();
  if (!rows.length) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const i of rows) {
    const { start, end } = lines[i];
    const lead = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
    const tail = start + text.slice(start, end).trimEnd().length;
    for (const m of text.slice(lead, tail).matchAll(GAP)) {
      const at = lead + m.index;
      if (/[：:]/.test(text[at - 1]) || /[：:]/.test(text[at + m[0].length] ?? "")) continue;
      b.copy(last, at);
      b.emit(" | ", at);
      last = at + m[0].length;
    }
  }
  b.copy(last, text.length);
  return b.build();
}

// src/normalize/stacked-fields.ts
var REMARK = /[（(][^（）()]*[)）]$/;
var LABEL = /^[^\d\s。；;，,：:！!？?|、#>*•·\-【[（(][^\d\s。；;，,：:！!？?|、]{1,31}$/;
var NUMBERED = /^(?:[一二三四五六七八九十]+|第[一二三四五六七八九十]+[章节部分])/;
var PROSE = /。$|^.{81,}$/;
var MIN_PAIRS = 3;
var REQUIRED_MARK = /^[*＊]\s*|\s*[*＊]$/g;
var TRAILING_MARK = /\s*[*＊]$/;
function formPairs(run) {
  const values = run.map((l, k) => isLabel(l.text) ? -1 : k % 2).filter((p) => p >= 0);
  const parity = values[0];
  if (!values.length || !values.every((p) => p === parity) || run.some((l) => PROSE.test(l.text))) return [];
  const first = parity === 0 ? 1 : 0;
  const pairs = [];
  for (let k = first; k + 1 < run.length; k += 2) pairs.push([run[k].to - (TRAILING_MARK.exec(run[k].text)?.[0].length ?? 0), run[k + 1].from]);
  return run.length - first <= pairs.length * 2 + 1 ? pairs : [];
}
var isLabel = (line) => {
  const name = line.replace(REQUIRED_MARK, "").replace(REMARK, "").replace(REQUIRED_MARK, "");
  return LABEL.test(name) && !NUMBERED.test(line);
};
function joinStackedFields(t) {
  const text = t.text;
  const lines = lineSpans(text).map((l) => ({ text: l.text.trim(), from: l.end - l.text.trimStart().length, to: l.start + l.text.trimEnd().length }));
  const joins = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && lines[end].text) end++;
    const found = [];
    for (let j = i; j < end; ) {
      let k = j + 1;
      while (k < end && !NUMBERED.test(lines[k].text)) k++;
      found.push(...formPairs(lines.slice(j, k)));
      j = k;
    }
    if (found.length >= MIN_PAIRS) joins.push(...found);
    i = end + 1;
  }
  if (!joins.length) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const [from, to] of joins) {
    b.copy(last, from);
    b.emit(" | ", from);
    last = to;
  }
  b.copy(last, text.length);
  return b.build();
}

// src/normalize/bilingual-labels.ts
var ENGLISH = String.raw`[A-Za-z][A-Za-z&.,'’()\- ]{0,40}?`;
var CHINESE = String.raw`[\p{Script=Han}（）()、]{2,20}`;
var OPENS = String.raw`(?<=^|\|)[ \t]*`;
var CLOSES = String.raw`(?=[ \t]*(?:[：:|]|$))`;
var ENGLISH_FIRST = new RegExp(String.raw`${OPENS}${ENGLISH}[ \t]*\/[ \t]*(?=${CHINESE}${CLOSES})`, "gmu");
var ENGLISH_AFTER = new RegExp(String.raw`(?<=(?:^|\|)[ \t]*${CHINESE})[ \t]*\/[ \t]*${ENGLISH}${CLOSES}`, "gmu");
function dropLabelTranslations(t) {
  if (!t.text.includes("/")) return t;
  return replaceMapped(replaceMapped(t, ENGLISH_FIRST, () => ""), ENGLISH_AFTER, () => "");
}

// src/ingest/xml.ts
var NAMED = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  le: "\u2264",
  ge: "\u2265",
  ne: "\u2260",
  plusmn: "\xB1",
  times: "\xD7",
  divide: "\xF7",
  deg: "\xB0",
  micro: "\xB5",
  middot: "\xB7",
  nbsp: "\xA0",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  permil: "\u2030",
  sup2: "\xB2",
  sup3: "\xB3",
  frac12: "\xBD",
  asymp: "\u2248",
  sim: "\u223C",
  larr: "\u2190",
  rarr: "\u2192",
  laquo: "\xAB",
  raquo: "\xBB",
  ldquo: "\u201C",
  rdquo: "\u201D",
  lsquo: "\u2018",
  rsquo: "\u2019",
  alpha: "\u03B1",
  beta: "\u03B2",
  gamma: "\u03B3",
  delta: "\u03B4",
  mu: "\u03BC",
  Omega: "\u03A9"
};
function decodeEntities(s) {
  if (s.indexOf("&") === -1) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (m, ref) => {
    if (ref[0] === "#") {
      const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(cp) && cp >= 0 && cp <= 1114111 ? String.fromCodePoint(cp) : m;
    }
    return NAMED[ref] ?? m;
  });
}

// src/normalize/markdown.ts
var WHOLE_BOLD = /^([ \t]*)(\*\*|__)([^*_\n]{2,80}?)\2[ \t]*$/gm;
var BOLD_ITEM = /^([ \t]*)[-*+][ \t]+(\*\*|__)([^*_\n]{2,80}?)\2[ \t]*(?:[\p{So}\uFE0F\u200D]*[ \t]*(?:\*\*|__)([^*_\n]{1,12}?)(?:\*\*|__)|([【［\[（(][^】］\]）)\n]{1,12}[】］\]）)]))?[ \t]*$/gmu;
var EMPHASIS = /\*\*|__/g;
var TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm;
var ROW_EDGES = /^(?:[ \t\u3000]*\|)+[ \t\u3000]*|(?:[ \t\u3000]*\|)+[ \t\u3000]*$/gm;
var BOX_BORDER = /^[ \t]*[│┃║+\-=]*[┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬╭╮╯╰][┌┐└┘├┤┬┴┼─━│┃║═╔╗╚╝╠╣╦╩╬╭╮╯╰+\-= \t]*$/gm;
var BOX_SEPARATOR = /[│┃║]/g;
var CELL_BREAK = /<br\s*\/?>/gi;
var HTML_CELL_GAP = /<\/t[dh]>\s*(?=<t[dh][\s>])/gi;
var HTML_ROW_END = /<\/tr>[ \t]*\n?/gi;
var HTML_TABLE_TAG = /<\/?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)(?:\s[^<>]*)?\/?>/gi;
var HTML_BLOCK_TAG = /<\/?(?:details|summary|div|p|ul|ol|li|section|article|blockquote|h[1-6]|dl|dt|dd)(?:\s[^<>]*)?>/gi;
var HTML_INLINE_TAG = /<\/?(?:b|strong|em|i|u|span|font|code|mark|small|sup|sub|a)(?:\s[^<>]*)?>/gi;
var STRUCK = /~~(?=\S)[^~\n]*?\S~~|<(del|s|strike)(?:\s[^<>]*)?>[\s\S]*?<\/\1\s*>/gi;
var ENTITY = /&(?:#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;
var ESCAPE = /\\(?=[~*_|#+\-.!<>[\]()`])/g;
function stripMarkdown(t, options = {}) {
  let out = replaceMapped(boldLinesAsHeadings(t), STRUCK, () => "");
  const table = /<table[\s>]/i.test(out.text);
  if (table) {
    out = replaceMapped(out, HTML_CELL_GAP, () => " | ");
    out = replaceMapped(out, HTML_ROW_END, () => "\n");
    out = replaceMapped(out, HTML_TABLE_TAG, () => "");
  }
  const blocks = out.text.search(HTML_BLOCK_TAG) >= 0;
  if (blocks) out = replaceMapped(out, HTML_BLOCK_TAG, () => "\n");
  if (table || blocks) out = replaceMapped(out, HTML_INLINE_TAG, () => "");
  out = replaceMapped(out, EMPHASIS, () => "");
  out = replaceMapped(out, TABLE_RULE, () => "");
  out = replaceMapped(out, BOX_BORDER, () => "");
  out = replaceMapped(out, BOX_SEPARATOR, () => "|");
  if (options.rowEdges !== false) out = replaceMapped(out, ROW_EDGES, () => "");
  out = replaceMapped(out, CELL_BREAK, () => "\uFF1B");
  out = replaceMapped(out, ESCAPE, () => "");
  return replaceMapped(out, ENTITY, (m) => decodeEntities(m[0]));
}
function boldLinesAsHeadings(t) {
  const found = [];
  for (const m of t.text.matchAll(WHOLE_BOLD)) {
    const open = m.index + m[1].length + m[2].length;
    found.push({ start: m.index + m[1].length, end: m.index + m[0].length, level: 4, title: [open, open + m[3].length], badge: null });
  }
  const items = [...t.text.matchAll(BOLD_ITEM)];
  if (items.length) {
    const indents = items.map((m) => m[1].replace(/\t/g, "    ").length);
    const step = Math.min(...indents.filter((n) => n > 0), Infinity);
    items.forEach((m, k) => {
      const open = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
      const badge = m[4] ?? m[5];
      const badgeAt = badge ? m.index + m[0].lastIndexOf(badge) : -1;
      const depth = Number.isFinite(step) ? Math.round(indents[k] / step) : 0;
      found.push({ start: m.index + m[1].length, end: m.index + m[0].length, level: 4 + depth, title: [open, open + m[3].length], badge: badge ? [badgeAt, badgeAt + badge.length] : null });
    });
    found.sort((a, b2) => a.start - b2.start);
  }
  if (!found.length) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const h of found) {
    b.copy(last, h.start);
    b.emit("#".repeat(Math.min(h.level, 6)) + " ", h.start);
    b.copy(h.title[0], h.title[1]);
    if (h.badge) {
      b.emit(" ", h.badge[0]);
      b.copy(h.badge[0], h.badge[1]);
    }
    last = h.end;
  }
  b.copy(last, t.text.length);
  return b.build();
}

// src/normalize/list-tables.ts
var ROW = /^[ \t]*\*[ \t]+-[ \t]*(.*)((?:\n[ \t]+-(?:[ \t]+.*)?)*)/gm;
function readListTables(t) {
  if (!t.text.includes(".. list-table::")) return t;
  return replaceMapped(t, ROW, (m) => {
    const cells = [m[1], ...m[2].split("\n").slice(1).map((c) => c.replace(/^[ \t]+-[ \t]*/, ""))].map((c) => c.trim());
    return cells.length > 1 ? cells.join(" | ") : m[0];
  });
}

// src/normalize/quoted-cells.ts
var OPENS2 = /(?:^|\t)"/gm;
function joinQuotedCells(t) {
  const text = t.text;
  if (!text.includes('	"')) return t;
  let b;
  let last = 0;
  OPENS2.lastIndex = 0;
  for (let m = OPENS2.exec(text); m; m = OPENS2.exec(text)) {
    const open = m.index + m[0].length - 1;
    const close = closingQuote(text, open + 1);
    const lineEnd = text.indexOf("\n", open);
    if (close < 0 || lineEnd < 0 || close < lineEnd) continue;
    const closeLineEnd = text.indexOf("\n", close) < 0 ? text.length : text.indexOf("\n", close);
    const row = text.slice(text.lastIndexOf("\n", open) + 1, closeLineEnd);
    if (!row.includes("	")) continue;
    b ??= new MappedTextBuilder(t);
    b.copy(last, open);
    let k = open + 1;
    for (let i = open + 1; i < close; i++) {
      if (text[i] === "\n") {
        b.copy(k, i);
        b.emit(" ", i);
        k = i + 1;
      } else if (text[i] === '"' && text[i + 1] === '"') {
        b.copy(k, i);
        k = ++i;
      }
    }
    b.copy(k, close);
    last = close + 1;
    OPENS2.lastIndex = close + 1;
  }
  if (!b) return t;
  b.copy(last, text.length);
  return b.build();
}
function closingQuote(text, from) {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    return /[\t\r\n]/.test(text[i + 1] ?? "\n") ? i : -1;
  }
  return -1;
}
var CSV_RECORD = /^"[^"\n]*"(?:,"[^"\n]*")+$/;
var CSV_FIELD_GAP = /",\s*"/g;
function readCsvRows(t) {
  const text = t.text;
  if (!text.includes('","')) return t;
  const records = lineSpans(text).map(({ start, text: raw }) => ({ start, line: raw.replace(/\r$/, "") })).filter(({ line }) => CSV_RECORD.test(line)).map(({ start, line }) => ({ start, end: start + line.length, fields: line.split('","').length }));
  const rows = records.filter((r, i) => [records[i - 1], records[i + 1]].some((o) => o && o.fields === r.fields && text.slice(Math.min(o.end, r.end), Math.max(o.start, r.start)).trim() === ""));
  if (!rows.length) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const r of rows) {
    b.copy(last, r.start);
    let k = r.start + 1;
    for (const m of text.slice(r.start, r.end).matchAll(CSV_FIELD_GAP)) {
      b.copy(k, r.start + m.index);
      b.emit(" | ", r.start + m.index);
      k = r.start + m.index + m[0].length;
    }
    b.copy(k, r.end - 1);
    last = r.end;
  }
  b.copy(last, text.length);
  return b.build();
}

// src/normalize/line-numbers.ts
var LEADING_NUMBER = /^[ \t]*(\d{1,4})(?![\d.．、,，:：%)）])[ \t]*/;
var MIN_RUN = 10;
function removeLineNumbers(t) {
  const text = t.text;
  const lines = lineSpans(text).map((l) => {
    const m = LEADING_NUMBER.exec(l.text);
    return { ...l, n: m ? Number(m[1]) : null, length: m ? m[0].length : 0 };
  });
  const filled = lines.filter((l) => l.text.trim());
  let prev = 0;
  const counted = filled.filter((l) => {
    const ok = l.n !== null && (l.n > prev && l.n <= prev + 3 || l.n === 1 && prev > 1);
    if (l.n !== null && ok) prev = l.n;
    return ok;
  });
  if (counted.length < MIN_RUN || counted.length < filled.length * 0.6) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const l of counted) {
    if (l.start + l.length >= l.end) continue;
    b.copy(last, l.start);
    last = l.start + l.length;
  }
  b.copy(last, text.length);
  return b.build();
}

// src/normalize/mail-quotes.ts
var QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*[ \t]?/;
var MIN_RUN2 = 3;
function removeQuoteMarks(t) {
  const text = t.text;
  if (!text.includes(">")) return t;
  const lines = lineSpans(text).map((l) => ({ ...l, marks: QUOTE_MARKS.exec(l.text)?.[0].length ?? 0 }));
  const quoted = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j].marks > 0) j++;
    if (j - i >= MIN_RUN2) quoted.push(...lines.slice(i, j));
    i = j === i ? i + 1 : j;
  }
  if (quoted.length === 0) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const l of quoted) {
    b.copy(last, l.start);
    last = l.start + l.marks;
  }
  b.copy(last, text.length);
  return b.build();
}

// src/normalize/superscript.ts
var SUPER = {
  "\u2070": "0",
  "\xB9": "1",
  "\xB2": "2",
  "\xB3": "3",
  "\u2074": "4",
  "\u2075": "5",
  "\u2076": "6",
  "\u2077": "7",
  "\u2078": "8",
  "\u2079": "9",
  "\u207B": "-",
  "\u207A": "+"
};
var SUB = {
  "\u2080": "0",
  "\u2081": "1",
  "\u2082": "2",
  "\u2083": "3",
  "\u2084": "4",
  "\u2085": "5",
  "\u2086": "6",
  "\u2087": "7",
  "\u2088": "8",
  "\u2089": "9",
  "\u208B": "-",
  "\u208A": "+"
};
var SUPER_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g;
var SUB_RUN = /[₀₁₂₃₄₅₆₇₈₉₋₊]+/g;
function expandSuperscripts(t) {
  const sup = replaceMapped(t, SUPER_RUN, (m) => "^" + [...m[0]].map((c) => SUPER[c]).join(""));
  return replaceMapped(sup, SUB_RUN, (m) => [...m[0]].map((c) => SUB[c]).join(""));
}

// src/normalize/traditional.ts
var TRADITIONAL_ONLY = /[們這國來時會學對發關經業實開說現過還點種動後體進與區東長問產為應頭處辦項術劃聯網際據計電車書從麼將當總報當條團標準創鏈]/;
var converter;
function loadConverter() {
  converter ??= import("opencc-js/t2cn").then((OpenCC) => OpenCC.Converter({ from: "hk", to: "cn" }));
  return converter;
}
async function simplify(t) {
  if (!TRADITIONAL_ONLY.test(t.text)) return t;
  const convert = await loadConverter();
  const cache = /* @__PURE__ */ new Map();
  return t.mapChars((ch) => {
    const c = ch.charCodeAt(0);
    if (c < 13312 || c > 40959 && (c < 63744 || c > 64255)) return void 0;
    let r = cache.get(ch);
    if (r === void 0) {
      r = convert(ch);
      cache.set(ch, r);
    }
    return r;
  });
}

// src/normalize/width.ts
var OPERATORS = {
  "\uFF0B": "+",
  "\uFF0D": "-",
  "\uFF1D": "=",
  "\uFF1C": "<",
  "\uFF1E": ">",
  "\uFF05": "%",
  "\uFF0E": ".",
  "\uFF0F": "/",
  "\uFF5E": "~",
  "\uFF0A": "*",
  "\uFF06": "&",
  "\uFF20": "@",
  "\uFF03": "#",
  "\u3000": " ",
  "\uFF0C": ","
};
var FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＋－＝＜＞％．／～＊＆＠＃\u3000]|(?<=[０-９])，(?=[０-９]{3}(?![０-９]))/g;
function toHalfWidth(ch) {
  const c = ch.charCodeAt(0);
  if (c >= 65296 && c <= 65305 || c >= 65313 && c <= 65338 || c >= 65345 && c <= 65370)
    return String.fromCharCode(c - 65248);
  return OPERATORS[ch] ?? ch;
}
function toHalfWidthForms(t) {
  return substituteChars(t, FULL_WIDTH, toHalfWidth);
}
var KEYCAP = /([0-9])\uFE0F?\u20E3|\u{1F51F}/gu;
function readKeycapNumbers(t) {
  if (!t.text.includes("\u20E3") && !t.text.includes("\u{1F51F}")) return t;
  return replaceMapped(t, KEYCAP, (m) => `${m[1] ?? "10"}.`);
}

// src/normalize/index.ts
var EDGE_SPACES = /^[ \t]+|[ \t]+$/gm;
function trimLines(t) {
  return replaceMapped(t, EDGE_SPACES, () => "");
}
async function normalizeNotice(raw, options = {}) {
  let t = MappedText.fromRaw(raw);
  const typed = options.format === void 0 || options.format === "txt" || options.format === "md";
  t = stripMarkdown(joinQuotedCells(removeQuoteMarks(typed ? readListTables(t) : t)), { rowEdges: typed });
  if (options.draft) t = joinStackedFields(dropLabelTranslations(readAlignedTables(readCsvRows(t))));
  t = removeDebrisLines(removeLineNumbers(t));
  for (let pass = 0; pass < 3; pass++) {
    const next = removePageFurniture(t);
    if (next === t) break;
    t = next;
  }
  t = readKeycapNumbers(toHalfWidthForms(t));
  t = convertLatex(t);
  t = expandSuperscripts(t);
  t = replaceKangxiRadicals(t);
  t = removePinyinDebris(t);
  t = joinLetterSpacing(t);
  t = trimLines(t);
  const display = t.text;
  return { text: await simplify(t), display };
}

// src/extract/number.ts
var CN_DIGITS = {
  \u96F6: 0,
  "\u3007": 0,
  \u4E00: 1,
  \u4E8C: 2,
  \u4E24: 2,
  \u5169: 2,
  \u4E09: 3,
  \u56DB: 4,
  \u4E94: 5,
  \u516D: 6,
  \u4E03: 7,
  \u516B: 8,
  \u4E5D: 9
};
var CN_SMALL_UNITS = { \u5341: 10, \u767E: 100, \u5343: 1e3 };
var CN_BIG_UNITS = { \u4E07: 1e4, \u4EBF: 1e8, \u842C: 1e4, \u5104: 1e8 };
var NUMBER_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{1,6}`;
function parseNumberToken(s) {
  const t = s.replace(/,/g, "");
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}
var CN_NUMERAL_CHARS = "\u96F6\u3007\u4E00\u4E8C\u4E24\u5169\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF\u842C\u5104";
function dateNumber(s) {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s.replace(/零/g, "\u3007")) ?? NaN;
}
function parseChineseNumeral(s) {
  if (s.length === 0) return null;
  const chars = [...s];
  if (chars.length > 1 && chars.every((c) => c in CN_DIGITS)) {
    return Number(chars.map((c) => CN_DIGITS[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit = null;
  for (const ch of chars) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = CN_DIGITS[ch];
    } else if (ch in CN_SMALL_UNITS) {
      section += (digit ?? 1) * CN_SMALL_UNITS[ch];
      digit = null;
    } else if (ch in CN_BIG_UNITS) {
      const unit = CN_BIG_UNITS[ch];
      const head = section + (digit ?? 0);
      const h = head === 0 ? 1 : head;
      total = total >= 1e8 && unit < 1e8 ? total + h * unit : (total + h) * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
var ARABIC_RE = /\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.])|\d+(?:\.\d+)?/y;
function readArabic(s, pos) {
  ARABIC_RE.lastIndex = pos;
  const m = ARABIC_RE.exec(s);
  if (!m) return null;
  return { value: Number(m[0].replace(/[, \u2009\u202f]/g, "")), start: pos, end: pos + m[0].length, kind: "arabic" };
}
var TIMES = "\xD7xX*\u2715\u2573";
var SCI_AFTER_RE = /[ \t]*[×xX*✕][ \t]*10(?:\^(-?\d{1,3})|(-?\d{1,2}))(?![\d.])/y;
var POW10_RE = /10\^(-?\d{1,3})(?![\d.])/y;
var FRACTION_RE = /\/(\d+)(?![\d.])/y;
var PRODUCT_RE = /[ \t]*[×xX*✕][ \t]*(\d+(?:\.\d+)?)(?![\d.])/y;
function readNumber(s, pos, isTimeUnitAt2 = () => false) {
  let sign = 1;
  let p = pos;
  if (s[p] === "-" || s[p] === "\u2212" || s[p] === "\uFF0D") {
    sign = -1;
    p++;
  } else if (s[p] === "+") {
    p++;
  }
  POW10_RE.lastIndex = p;
  const pow = POW10_RE.exec(s);
  if (pow) return { value: sign * 10 ** Number(pow[1]), start: pos, end: POW10_RE.lastIndex, kind: "sci" };
  const a = readArabic(s, p);
  if (!a) return null;
  const base = sign * a.value;
  SCI_AFTER_RE.lastIndex = a.end;
  const sci = SCI_AFTER_RE.exec(s);
  if (sci) {
    const exp = Number(sci[1] ?? sci[2]);
    return { value: base * 10 ** exp, start: pos, end: SCI_AFTER_RE.lastIndex, kind: "sci" };
  }
  FRACTION_RE.lastIndex = a.end;
  const fr = FRACTION_RE.exec(s);
  if (fr && Number.isInteger(a.value) && Number(fr[1]) !== 0 && !/[\dA-Za-z]/.test(s[FRACTION_RE.lastIndex] ?? "")) {
    return { value: base / Number(fr[1]), start: pos, end: FRACTION_RE.lastIndex, kind: "fraction" };
  }
  PRODUCT_RE.lastIndex = a.end;
  const pr = PRODUCT_RE.exec(s);
  if (pr && TIMES.includes(s.slice(a.end).trimStart()[0] ?? "")) {
    if (isTimeUnitAt2(PRODUCT_RE.lastIndex)) {
      return { value: base * Number(pr[1]), start: pos, end: PRODUCT_RE.lastIndex, kind: "product" };
    }
  }
  return { value: base, start: pos, end: a.end, kind: "arabic" };
}
var CN_RUN_RE = new RegExp(`[${CN_NUMERAL_CHARS}]+`, "y");
function readChineseNumber(s, pos) {
  CN_RUN_RE.lastIndex = pos;
  const m = CN_RUN_RE.exec(s);
  if (!m) return null;
  const value = parseChineseNumeral(m[0]);
  if (value === null) return null;
  const dec = /^[点點]([零〇一二两三四五六七八九]+)/.exec(s.slice(pos + m[0].length));
  if (dec) {
    const digits = [...dec[1]].map((c) => CN_DIGITS[c]).join("");
    return { value: Number(`${value}.${digits}`), start: pos, end: pos + m[0].length + dec[0].length, kind: "chinese" };
  }
  return { value, start: pos, end: pos + m[0].length, kind: "chinese" };
}
function foldWidth(s) {
  return s.replace(/[\uFF01-\uFF5E⁰¹²³⁴⁵⁶⁷⁸⁹⁻₀₁₂₃₄₅₆₇₈₉µ−]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 65281 && code <= 65374) {
      if ("\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF01\uFF1F".includes(c)) return c;
      return String.fromCharCode(code - 65248);
    }
    const sup = "\u2070\xB9\xB2\xB3\u2074\u2075\u2076\u2077\u2078\u2079".indexOf(c);
    if (sup >= 0) return String(sup);
    const sub = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089".indexOf(c);
    if (sub >= 0) return String(sub);
    if (c === "\u207B" || c === "\u2212") return "-";
    if (c === "\xB5") return "\u03BC";
    return c;
  });
}

// src/extract/money.ts
var MULTIPLIERS = { \u4E07\u4EBF: 1e12, \u5343\u4E07: 1e7, \u767E\u4E07: 1e6, \u4EBF: 1e8, \u4E07: 1e4, \u5343: 1e3, "": 1 };
var MONEY_RE = new RegExp(
  String.raw`(?<![\d.])(?:人民币\s*)?(${NUMBER_SOURCE})\s*(万亿|千万|百万|亿|万|千)?\s*元(?![/／](?!(?:项|个|个项目|每项)(?![\u4e00-\u9fff])))(?:\s*人民币)?`,
  "g"
);
function scale(n, factor) {
  return Math.round(n * factor * 100) / 100;
}
function readMoney(text) {
  const out = [];
  for (const m of text.matchAll(MONEY_RE)) {
    const n = parseNumberToken(m[1]);
    if (n === null) continue;
    const written = m[0].trim();
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({
      value: { yuan: scale(n, MULTIPLIERS[m[2] ?? ""]), text: written },
      text: written,
      start,
      end: start + written.length
    });
  }
  return out;
}
var CAP_SUBJECT = new RegExp(
  alternation([...CAP_SUBJECTS, ...GOVERNMENT_FUNDS.filter((w) => w !== "\u8D22\u653F" && w !== "\u8CA1\u653F" && w !== "\u4E2D\u592E"), ...NOTICE_LABELS.find(([k]) => k === "funding")[1], "\u699C\u55AE\u91D1\u984D"])
);
var NOT_CAP = new RegExp(
  alternation(["\u6982\u7B97", "\u603B\u989D", "\u603B\u8BA1", "\u5408\u8BA1", "\u5171\u8BA1", "\u603B\u89C4\u6A21", "\u9500\u552E", "\u6536\u5165", "\u4EA7\u503C", "\u5229\u6DA6", "\u8425\u6536", "\u7A0E", "\u6295\u8D44", "\u878D\u8D44", "\u8D37\u6B3E\u989D", "\u5E02\u573A", "\u81EA\u7B79", "\u914D\u5957", ...BUDGET_TOTALS.filter((w) => w.startsWith("\u603B"))])
);
var GOV_PART = new RegExp(alternation(GOVERNMENT_FUNDS));
var NOT_GOV_PART = new RegExp(alternation([...SELF_FUNDS, "\u51FA\u8D44", "\u4F01\u4E1A", "\u5355\u4F4D", "\u793E\u4F1A", "\u94F6\u884C", "\u8D37\u6B3E"]));
var TOTAL_SUBJECTS = new RegExp(`(?:\u7ECF\u8D39|\u8D44\u91D1|\u8D44\u52A9)?(?:\u6982\u7B97|\u603B\u989D|\u603B\u8BA1)|${alternation(BUDGET_TOTALS.filter((w) => w === "\u603B\u7ECF\u8D39" || w === "\u603B\u9884\u7B97"))}`, "g");

// src/extract/comparator.ts
var PREFIX_COMPARATORS = {
  "\u2265": { op: ">=" },
  "\u2A7E": { op: ">=" },
  "\u2267": { op: ">=" },
  ">=": { op: ">=" },
  "=>": { op: ">=" },
  "\\geqslant": { op: ">=" },
  "\\geq": { op: ">=" },
  "\\ge": { op: ">=" },
  \u4E0D\u5C11\u4E8E: { op: ">=" },
  \u4E0D\u4F4E\u4E8E: { op: ">=" },
  \u4E0D\u5C0F\u4E8E: { op: ">=" },
  \u4E0D\u77ED\u4E8E: { op: ">=" },
  \u4E0D\u591A\u4E8E: { op: "<=" },
  \u81F3\u5C11: { op: ">=" },
  \u6700\u5C11: { op: ">=" },
  \u8FBE\u5230: { op: ">=" },
  \u8FBE: { op: ">=" },
  \u8FBE\u81F3: { op: ">=" },
  \u63D0\u5347\u81F3: { op: ">=" },
  \u63D0\u5347\u5230: { op: ">=" },
  \u63D0\u9AD8\u81F3: { op: ">=" },
  \u63D0\u9AD8\u5230: { op: ">=" },
  \u589E\u52A0\u81F3: { op: ">=" },
  \u589E\u52A0\u5230: { op: ">=" },
  \u589E\u957F\u81F3: { op: ">=" },
  \u589E\u957F\u5230: { op: ">=" },
  \u6269\u5927\u81F3: { op: ">=" },
  \u5EF6\u957F\u81F3: { op: ">=" },
  ">": { op: ">" },
  "\\gt": { op: ">" },
  \u5927\u4E8E: { op: ">" },
  \u8D85\u8FC7: { op: ">" },
  \u9AD8\u4E8E: { op: ">" },
  \u4F18\u4E8E: { op: ">" },
  \u597D\u4E8E: { op: ">" },
  \u591A\u4E8E: { op: ">" },
  \u957F\u4E8E: { op: ">" },
  \u903E: { op: ">" },
  "\u2264": { op: "<=" },
  "\u2A7D": { op: "<=" },
  "\u2266": { op: "<=" },
  "<=": { op: "<=" },
  "=<": { op: "<=" },
  "\\leqslant": { op: "<=" },
  "\\leq": { op: "<=" },
  "\\le": { op: "<=" },
  \u4E0D\u8D85\u8FC7: { op: "<=" },
  \u4E0D\u5927\u4E8E: { op: "<=" },
  \u4E0D\u9AD8\u4E8E: { op: "<=" },
  \u4E0D\u957F\u4E8E: { op: "<=" },
  \u4E0D\u8D85\u51FA: { op: "<=" },
  \u6700\u591A: { op: "<=" },
  \u63A7\u5236\u5728: { op: "<=" },
  \u63A7\u5236\u5230: { op: "<=" },
  \u964D\u4F4E\u81F3: { op: "<=" },
  \u964D\u4F4E\u5230: { op: "<=" },
  \u964D\u81F3: { op: "<=" },
  \u964D\u5230: { op: "<=" },
  \u4E0B\u964D\u81F3: { op: "<=" },
  \u4E0B\u964D\u5230: { op: "<=" },
  \u51CF\u5C11\u81F3: { op: "<=" },
  \u51CF\u5C11\u5230: { op: "<=" },
  \u51CF\u5C0F\u81F3: { op: "<=" },
  \u51CF\u5C0F\u5230: { op: "<=" },
  \u7F29\u77ED\u81F3: { op: "<=" },
  \u7F29\u77ED\u5230: { op: "<=" },
  \u538B\u7F29\u81F3: { op: "<=" },
  \u538B\u7F29\u5230: { op: "<=" },
  \u4E0D\u5C11\u65BC: { op: ">=" },
  \u4E0D\u4F4E\u65BC: { op: ">=" },
  \u4E0D\u5C0F\u65BC: { op: ">=" },
  \u9054\u5230: { op: ">=" },
  \u5927\u65BC: { op: ">" },
  \u8D85\u904E: { op: ">" },
  \u9AD8\u65BC: { op: ">" },
  \u512A\u65BC: { op: ">" },
  \u4E0D\u8D85\u904E: { op: "<=" },
  \u4E0D\u5927\u65BC: { op: "<=" },
  \u4E0D\u9AD8\u65BC: { op: "<=" },
  \u5C0F\u65BC: { op: "<" },
  \u4F4E\u65BC: { op: "<" },
  \u5C11\u65BC: { op: "<" },
  \u63A5\u8FD1\u65BC: { op: "approx" },
  \u5927\u4E8E\u7B49\u4E8E: { op: ">=" },
  \u5927\u4E8E\u6216\u7B49\u4E8E: { op: ">=" },
  \u9AD8\u4E8E\u6216\u7B49\u4E8E: { op: ">=" },
  \u4E0D\u4F4E\u4E8E\u6216\u7B49\u4E8E: { op: ">=" },
  \u5C0F\u4E8E\u7B49\u4E8E: { op: "<=" },
  \u5C0F\u4E8E\u6216\u7B49\u4E8E: { op: "<=" },
  \u4F4E\u4E8E\u6216\u7B49\u4E8E: { op: "<=" },
  "<": { op: "<" },
  "\\lt": { op: "<" },
  \u5C0F\u4E8E: { op: "<" },
  \u4F4E\u4E8E: { op: "<" },
  \u5C11\u4E8E: { op: "<" },
  \u77ED\u4E8E: { op: "<" },
  \u4E0D\u8DB3: { op: "<" },
  \u4E0D\u6EE1: { op: "<" },
  \u4E0D\u5230: { op: "<" },
  "\u2248": { op: "approx" },
  \u7EA6: { op: "approx" },
  \u5927\u7EA6: { op: "approx" },
  \u7EA6\u4E3A: { op: "approx" },
  \u63A5\u8FD1: { op: "approx" },
  \u63A5\u8FD1\u4E8E: { op: "approx" },
  \u63D0\u5347: { op: ">=", relative: true },
  \u63D0\u9AD8: { op: ">=", relative: true },
  \u589E\u52A0: { op: ">=", relative: true },
  \u589E\u957F: { op: ">=", relative: true },
  \u964D\u4F4E: { op: ">=", relative: true },
  \u51CF\u5C11: { op: ">=", relative: true },
  \u4E0B\u964D: { op: ">=", relative: true },
  \u7F29\u77ED: { op: ">=", relative: true },
  \u51CF\u5C0F: { op: ">=", relative: true },
  \u5EF6\u957F: { op: ">=", relative: true },
  \u8282\u7EA6: { op: ">=", relative: true },
  \u8282\u7701: { op: ">=", relative: true },
  \u51CF\u6392: { op: ">=", relative: true },
  \u964D\u5E45: { op: ">=", relative: true },
  \u589E\u5E45: { op: ">=", relative: true }
};
var SUFFIX_COMPARATORS = {
  \u4EE5\u4E0A: ">=",
  \u53CA\u4EE5\u4E0A: ">=",
  \u6216\u4EE5\u4E0A: ">=",
  "(\u542B)\u4EE5\u4E0A": ">=",
  "\uFF08\u542B\uFF09\u4EE5\u4E0A": ">=",
  \u542B\u4EE5\u4E0A: ">=",
  \u4EE5\u5167: "<=",
  \u4EE5\u4E0B: "<=",
  \u53CA\u4EE5\u4E0B: "<=",
  \u6216\u4EE5\u4E0B: "<=",
  "(\u542B)\u4EE5\u4E0B": "<=",
  "\uFF08\u542B\uFF09\u4EE5\u4E0B": "<=",
  \u4EE5\u5185: "<=",
  \u4E4B\u5185: "<=",
  \u5DE6\u53F3: "approx"
};
var esc = (x) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var byLength = (xs) => [...xs].sort((a, b) => b.length - a.length);
var PREFIX_RE = new RegExp(
  `(${byLength(Object.keys(PREFIX_COMPARATORS)).map(esc).join("|")})[ \\t]*(?:\u6709|\u4E3A|\u5728|\u662F)?[ \\t]*$`
);
var SUFFIX_RE = new RegExp(`[ \\t]*(${byLength(Object.keys(SUFFIX_COMPARATORS)).map(esc).join("|")})`, "y");
function readComparatorBefore(s, pos) {
  const from = Math.max(0, pos - 14);
  const m = PREFIX_RE.exec(s.slice(from, pos));
  if (!m) return null;
  const word = m[1];
  const info = PREFIX_COMPARATORS[word];
  const before = s[from + m.index - 1] ?? "";
  if (word === "\u8FBE" && /[到下送传表抵]/.test(before)) return null;
  if (word === "\u7EA6" && /[制节契公条预]/.test(before)) return null;
  return { op: info.op, relative: !!info.relative, word, start: from + m.index, end: pos };
}
var REFERENCE = /^[^\d，,；;。、：:\s]{1,10}的[ \t]*$/;
function readComparatorOverReference(s, pos) {
  for (let k = pos - 2; k >= Math.max(0, pos - 12); k--) {
    if (!REFERENCE.test(s.slice(k, pos))) continue;
    const c = readComparatorBefore(s, k);
    if (c && !c.relative) return { ...c, end: pos };
  }
  return null;
}
function readComparatorAfter(s, pos) {
  SUFFIX_RE.lastIndex = pos;
  const m = SUFFIX_RE.exec(s);
  if (!m) return null;
  return { op: SUFFIX_COMPARATORS[m[1]], relative: false, word: m[1], start: pos, end: SUFFIX_RE.lastIndex };
}

// src/extract/unit.ts
var CN_MEASURE_UNITS = Object.keys(MEASURE_WORDS);
var TIME_UNITS = /* @__PURE__ */ new Set(["\u5C0F\u65F6", "h", "\u5929", "\u65E5"]);
function byLength2(xs) {
  return [...xs].sort((a, b) => b.length - a.length);
}
var esc2 = (x) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var CLASSIFIER_SET = new Set(COUNT_CLASSIFIERS);
var CN_WORDS = byLength2([...CN_MEASURE_UNITS, ...COUNT_CLASSIFIERS]);
var COMPOUND = /* @__PURE__ */ new Map();
for (const [written, unit] of Object.entries(COMPOUND_UNITS)) {
  COMPOUND.set(written, unit);
  COMPOUND.set(written.replace(/\(/g, "\uFF08").replace(/\)/g, "\uFF09"), unit);
}
var COMPOUND_RE = new RegExp(`(?:${byLength2([...COMPOUND.keys()]).map(esc2).join("|")})(?![A-Za-z])`, "y");
var CN_WORD_RE = new RegExp(`(?:${CN_WORDS.map(esc2).join("|")})`, "y");
var MONEY_RE2 = new RegExp(`(?:${byLength2(MONEY_UNITS).map(esc2).join("|")})`, "y");
var ASCII_PIECE = "\u221A?[A-Za-z\u03BC\u03A9\xC5][A-Za-z\u03BC\u03A9]*(?:\\^-?\\d(?:/\\d)?(?![\\d.])|1/2(?![\\d.])|[1-4](?![\\d.]))?";
var ASCII_PIECE_NEG = "\u221A?[A-Za-z\u03BC\u03A9\xC5][A-Za-z\u03BC\u03A9]*(?:\\^-?\\d(?:/\\d)?(?![\\d.])|1/2(?![\\d.])|[1-4](?![\\d.])|-[1-4](?![\\d.A-Za-z]))?";
var SYMBOL = "wt%|vol%|at%|mol%|\\\\%|%|\u2030|\xB0C|\u2103|\xB0|\u2032|\u2033";
var asciiRe = (piece) => new RegExp(`(?:${SYMBOL}|/?${piece}(?:(?:[/\xB7]|\\.(?=[A-Za-z\u03BC\u03A9]))(?:${piece}|\\(${piece}(?:\xB7${piece})+\\)))*)`, "y");
var ASCII_NEG_RE = asciiRe(ASCII_PIECE_NEG);
var SLASH_TAIL_RE = new RegExp(`[/\xB7](?:${ASCII_PIECE}|${CN_WORDS.map(esc2).join("|")})|/[\u5206\u79D2\u65F6\u5929\u5468\u6708\u5E74](?![\\u4e00-\\u9fff])`, "y");
var CN_PER_RE = new RegExp(`/(?:${CN_WORDS.map(esc2).join("|")})`, "y");
function matchAt(re, s, pos) {
  re.lastIndex = pos;
  const m = re.exec(s);
  return m ? m[0] : null;
}
function readUnit(s, pos) {
  let p = pos;
  while (s[p] === " " || s[p] === "	") p++;
  const start = p;
  const compound = matchAt(COMPOUND_RE, s, p);
  if (compound) return { unit: COMPOUND.get(compound), scale: 1, more: false, classifier: false, start, end: p + compound.length };
  const money = matchAt(MONEY_RE2, s, p);
  if (money) {
    const tail = matchAt(SLASH_TAIL_RE, s, p + money.length) ?? "";
    const end = p + money.length + tail.length;
    return { unit: normalizeUnit(money + tail), scale: 1, more: false, classifier: false, start, end };
  }
  let scale2 = 1;
  let more = false;
  const word0 = matchAt(CN_WORD_RE, s, p);
  if (!word0 && /[万亿萬億千百]/.test(s[p] ?? "")) {
    const m = { \u4E07: 1e4, \u4EBF: 1e8, \u842C: 1e4, \u5104: 1e8, \u5343: 1e3, \u767E: 100 }[s[p]];
    const q = p + 1 + (/[多余]/.test(s[p + 1] ?? "") ? 1 : 0);
    const w = matchAt(CN_WORD_RE, s, q);
    if (w || m >= 1e4) {
      scale2 = m;
      more = q > p + 1;
      p = q;
    }
  }
  if (/[多余]/.test(s[p] ?? "") && p === start) {
    more = true;
    p++;
  }
  const word = matchAt(CN_WORD_RE, s, p);
  if (word) {
    let end = p + word.length;
    let unit = word;
    const tail = matchAt(SLASH_TAIL_RE, s, end);
    if (tail) {
      unit += tail;
      end += tail.length;
    }
    if (unit.startsWith("\u4E07\u5428")) {
      scale2 *= 1e4;
      unit = unit.slice(1);
    }
    if (!tail && s[end] === "\u6B21" && CLASSIFIER_SET.has(word) && word !== "\u4E2A" && !word.endsWith("\u6B21")) {
      unit += "\u6B21";
      end++;
    }
    return { unit: normalizeUnit(unit), scale: scale2, more, classifier: CLASSIFIER_SET.has(word), start, end };
  }
  const counted = countedWord(s, p);
  if (scale2 !== 1 || more) {
    if (scale2 === 1) return null;
    const q = readAsciiUnit(s, p);
    if (q) return { unit: normalizeUnit(q), scale: scale2, more, classifier: false, start, end: p + q.length };
    if (counted) return { unit: normalizeUnit(counted), scale: scale2, more, classifier: true, start, end: p + counted.length };
    if (/[\u4e00-\u9fff]/.test(s[p] ?? "") && !/[以左多余及或的和与等至到]/.test(s[p])) {
      const unit = s[p] + (s[p + 1] === "\u6B21" ? "\u6B21" : "");
      return { unit, scale: scale2, more, classifier: true, start, end: p + unit.length };
    }
    return { unit: "", scale: scale2, more, classifier: false, start, end: p };
  }
  if (counted) return { unit: normalizeUnit(counted), scale: 1, more: false, classifier: false, start, end: p + counted.length };
  const per = matchAt(CN_PER_RE, s, p);
  if (per) return { unit: normalizeUnit(per), scale: 1, more: false, classifier: false, start, end: p + per.length };
  const a = readAsciiUnit(s, p);
  if (a) return { unit: normalizeUnit(a), scale: 1, more: false, classifier: false, start, end: p + a.length };
  return null;
}
function countedWord(s, p) {
  if (!/[\u4e00-\u9fff]/.test(s[p] ?? "") || /[以左多余及或的和与等至到每]/.test(s[p])) return null;
  const tail = matchAt(SLASH_TAIL_RE, s, p + 1);
  return tail && tail[0] === "/" ? s[p] + tail : null;
}
var QUALIFIER_RE = /[(（][A-Za-z][A-Za-z-]{0,3}[)）]/y;
function readAsciiUnit(s, p) {
  const a = matchAt(ASCII_NEG_RE, s, p)?.replace(/\.(?=[A-Za-zμΩ])/g, "\xB7");
  if (!a || a === "/") return null;
  let unit = a;
  const qualifier = /[A-Za-z]$/.test(a) ? matchAt(QUALIFIER_RE, s, p + a.length) : null;
  if (qualifier) return unit + qualifier;
  const tail = a.endsWith("%") || a.startsWith("\xB0") ? null : matchAt(SLASH_TAIL_RE, s, p + a.length);
  if (tail && /[\u4e00-\u9fff]/.test(tail)) unit += tail;
  return unit;
}
function isTimeUnitAt(s, pos) {
  let p = pos;
  while (s[p] === " ") p++;
  for (const u of TIME_UNITS) if (s.startsWith(u, p) && !/[A-Za-z]/.test(s[p + u.length] ?? "")) return true;
  return false;
}
function normalizeUnit(u) {
  return u.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 65248)).replace(/µ/g, "\u03BC").replace(/℃/g, "\xB0C").replace(/\\%/g, "%").replace(/\^(?!-?\d+\/\d)/g, "").replace(/\s+/g, "");
}

// src/extract/threshold.ts
var NUM_START_RE = /-?\d|[零〇一二两兩三四五六七八九十百千万亿萬億]/g;
var RANGE_SEP_RE = /[ \t]*(~|～|〜|-|–|—|至|到)[ \t]*(?=[-+]?\d)/y;
var PERCENT_LIKE = /* @__PURE__ */ new Set(["%", "\u2030", "\u500D", "\u4E2A\u767E\u5206\u70B9", "\u767E\u5206\u70B9"]);
var QUALIFIER_RE2 = /^[（(][^（）()，,。；;]{1,12}[）)]/;
var WEAK_PREFIX = /^(达到|达|达至|提升至|提升到|提高至|提高到|增加至|增加到|增长至|增长到|控制在|控制到)$/;
var CN_CHAR = /[\u4e00-\u9fff]/;
var HAN_ONLY = /^[\u2e80-\uffff]{2,}$/;
var BAND_PREFIX = /(?:控制在|保持在|维持在|稳定在|介于|处于)[ \t]*$/;
var PER_TIME_BEFORE = /每[ \t]*(小时|秒钟|秒|分钟|天|日|h|s|min)[ \t]*$/;
var UNIT_BEFORE = /(?<![A-Za-z])(HR[A-HK]|HR\d{2}[NTWXY]|HV\d*(?:\.\d+)?|HBW|HBS|HB|HK|HLD|HS)[ \t]*$/;
var TIME_UNIT = /^(?:秒|秒钟|s|ms|毫秒|微秒|分钟|min|小时|h)$/;
function isYear(v) {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}
var TARGET_VERB_ZAI = /(?:控制|保持|稳定|维持|限定|限制|降低|降至|提高|提升|处于|位于|集中|分布|落)在/;
var COMPARED = new RegExp(
  alternation(Object.entries(PREFIX_COMPARATORS).filter(([w, c]) => !c.relative && c.op !== "approx" && (w.length >= 2 || /^[≥≤<>＜＞]$/.test(w)) && !w.startsWith("\\")).map(([w]) => w))
);
var CONDITION_AFTER = new RegExp(`\u4E0B|\u6761\u4EF6|\u8303\u56F4|\u533A\u95F4|\u9891\u6BB5|\u6E29\u533A|\u5185|\u65F6|${COMPARED.source}`);
function isConditionContext(f, start, end) {
  const back = f.slice(Math.max(0, start - 25), start);
  const ahead = f.slice(end, end + 30);
  const b = back.slice(Math.max(back.lastIndexOf("\uFF0C"), back.lastIndexOf("\uFF1B"), back.lastIndexOf("\u3002"), back.lastIndexOf(","), back.lastIndexOf("\uFF1A")) + 1);
  const cut = ahead.search(/[，；。,;\n]/);
  const a = cut < 0 ? ahead : ahead.slice(0, cut);
  if (!new RegExp("\\p{Script=Han}", "u").test(b) && /范围|区间|温区|频段|条件/.test(a) && new RegExp("^\\s*\\p{Script=Han}{0,6}(?:\u8303\u56F4|\u533A\u95F4|\u6E29\u533A|\u9891\u6BB5|\u6761\u4EF6)[\u5185\u4E0B]?\\s*$", "u").test(a)) return true;
  const at = b.lastIndexOf("\u5728");
  if (at < 0 || TARGET_VERB_ZAI.test(b.slice(Math.max(0, at - 2), at + 1))) return false;
  return CONDITION_AFTER.test(a);
}
var SMALLER_RE = new RegExp(`${alternation(SMALLER_IS_BETTER)}[^\uFF0C,\uFF1B;\u3002\uFF1A:]*$`);
var SMALLER_IN_UNITS_RE = new RegExp(`${alternation(SMALLER_IS_BETTER_IN_UNITS)}[^\uFF0C,\uFF1B;\u3002\uFF1A:]*$`);
function smallerIsBetter(lead, unit, counted) {
  if (SMALLER_RE.test(lead)) return true;
  return unit !== "" && !PERCENT_LIKE.has(unit) && !counted && SMALLER_IN_UNITS_RE.test(lead);
}
function gluedBefore(f, pos) {
  const prev = f[pos - 1] ?? "";
  if (/[A-Za-z_.\d/^±]/.test(prev)) return true;
  if (prev === "\u7B2C" || prev === "\u4E4B") return true;
  if (prev === ":" && /\d/.test(f[pos - 2] ?? "")) return true;
  if (/[×*✕]/.test(f.slice(Math.max(0, pos - 2), pos).trim().slice(-1))) return true;
  return false;
}
function scan(f, bare) {
  const out = [];
  NUM_START_RE.lastIndex = 0;
  let m;
  while (m = NUM_START_RE.exec(f)) {
    const pos = m.index;
    const r = readAt(f, pos, out[out.length - 1], bare);
    if (r === null) {
      NUM_START_RE.lastIndex = pos + 1;
      continue;
    }
    if (typeof r === "number") {
      NUM_START_RE.lastIndex = Math.max(r, pos + 1);
      continue;
    }
    out.push(r);
    NUM_START_RE.lastIndex = Math.max(r.end, pos + 1);
  }
  return out;
}
function readAt(f, pos, prev, bare) {
  const chinese = !/[-\d]/.test(f[pos]);
  const pm = !chinese && f[pos - 1] === "\xB1" && !/[\d.]/.test(f[pos - 2] ?? "");
  if (f[pos] === "-") {
    if (/[A-Za-z\d%°.)）]/.test(f[pos - 1] ?? "")) return null;
  } else if (!chinese && !pm && gluedBefore(f, pos)) {
    let e = pos;
    while (/[\d.]/.test(f[e] ?? "")) e++;
    return e;
  }
  let num;
  if (chinese) {
    num = readChineseNumber(f, pos);
    const pct = f.slice(Math.max(0, pos - 3), pos) === "\u767E\u5206\u4E4B";
    if (!num || /[第之]/.test(f[pos - 1] ?? "") && !pct) return num ? num.end : null;
  } else {
    num = readNumber(f, pos, (o) => isTimeUnitAt(f, o));
    if (!num) return null;
    if (/^\.\d/.test(f.slice(num.end, num.end + 2))) {
      let e = num.end;
      while (/[\d.]/.test(f[e] ?? "")) e++;
      return e;
    }
    if (/^[:：]\d/.test(f.slice(num.end, num.end + 2)) || f[num.end] === "\xB1") return num.end + 1;
  }
  const percentWord = f.slice(Math.max(0, pos - 3), pos) === "\u767E\u5206\u4E4B";
  let unit = percentWord ? null : readUnit(f, num.end);
  const grade = /^[ \t]*级/.exec(f.slice(num.end, num.end + 4));
  if (!unit && !chinese && grade) {
    unit = { unit: "\u7EA7", scale: 1, more: false, classifier: false, start: num.end, end: num.end + grade[0].length };
  }
  if (chinese && !percentWord && !unit) {
    const sep2 = /^[ \t]*(?:至|到|~|～)[ \t]*/.exec(f.slice(num.end, num.end + 4));
    const num2 = sep2 ? readChineseNumber(f, num.end + sep2[0].length) : null;
    const unit2 = num2 ? readUnit(f, num2.end) : null;
    if (num2 && unit2?.unit && CN_CHAR.test(unit2.unit[0]) && num.value < num2.value && !/^[年月日]$/.test(unit2.unit)) {
      if (!bare && isConditionContext(f, pos, unit2.end)) return unit2.end;
      return {
        op: "range",
        value: num.value * unit2.scale,
        max: num2.value * unit2.scale,
        unit: unit2.unit,
        start: pos,
        end: unit2.end,
        numStart: pos,
        metricEnd: pos,
        counted: unit2.classifier
      };
    }
  }
  if (chinese && !percentWord && (!unit || unit.unit === "" || !CN_CHAR.test(unit.unit[0]))) return num.end;
  if (chinese && unit?.unit === "\u5143" && num.value <= 10) return unit.end;
  const value = num.value * (unit?.scale ?? 1);
  let unitText = percentWord ? "%" : unit?.unit ?? "";
  let end = unit?.end ?? num.end;
  const lead = percentWord ? pos - 3 : pm ? pos - 1 : pos;
  let opLead = lead;
  if (f[lead - 1] === "\u6BCF" && unit && /^[1一]次/.test(f.slice(end, end + 2))) {
    unitText = `${unitText}/\u6B21`;
    end += 2;
    opLead = lead - 1;
  }
  RANGE_SEP_RE.lastIndex = end;
  const sep = RANGE_SEP_RE.exec(f);
  if (sep && !chinese) {
    const num2 = readNumber(f, RANGE_SEP_RE.lastIndex, (o) => isTimeUnitAt(f, o));
    if (num2 && !/^\.\d/.test(f.slice(num2.end, num2.end + 2))) {
      const unit2 = readUnit(f, num2.end);
      const u1 = unitText;
      const u2 = unit2?.unit ?? "";
      const scale2 = unit2?.scale ?? 1;
      const v1 = u1 === "" ? num.value * scale2 : value;
      const v2 = num2.value * scale2;
      const sameUnit = u1 === "" || u2 === "" || u1 === u2;
      let rEnd = unit2?.end ?? num2.end;
      const between = /^[ \t]*(?:之间|范围内|区间内?)/.exec(f.slice(rEnd, rEnd + 5));
      const band = sep[1] !== "-" && (!!between || BAND_PREFIX.test(f.slice(Math.max(0, opLead - 4), opLead)));
      const hasUnit = u2 !== "" || u1 !== "" && sep[1] !== "-" || band;
      const dates = isYear(num.value) && isYear(num2.value) || /^[年月日]$/.test(u2 || u1);
      if (between && hasUnit) rEnd += between[0].length;
      if (sameUnit && hasUnit && !dates && v1 <= v2) {
        if (!bare && isConditionContext(f, opLead, rEnd)) return rEnd;
        return {
          op: "range",
          value: v1,
          max: v2,
          unit: u2 || u1,
          start: opLead,
          end: rEnd,
          numStart: pos,
          metricEnd: opLead,
          counted: !!unit2?.classifier
        };
      }
      if (!sameUnit || dates) return unit2?.end ?? num2.end;
    }
  }
  if (unitText === "" && num.kind === "arabic" && /^[)）、.]/.test(f[end] ?? "") && !/^\.\d/.test(f.slice(end))) {
    const pre = readComparatorBefore(f, opLead);
    if (!pre) return end;
  }
  let before = readComparatorBefore(f, opLead) ?? (PERCENT_LIKE.has(unitText) ? readComparatorOverReference(f, opLead) : null);
  let perStart = Infinity;
  if (unitText && !PERCENT_LIKE.has(unitText) && !unitText.includes("/")) {
    const at = before ? before.start : opLead;
    const per = PER_TIME_BEFORE.exec(f.slice(Math.max(0, at - 8), at));
    if (per) {
      unitText = `${unitText}/${per[1]}`;
      perStart = at - per[0].length;
      if (!before) before = readComparatorBefore(f, perStart);
    }
  }
  let after = readComparatorAfter(f, end);
  if (!after && (f[end] === "\uFF08" || f[end] === "(")) {
    const q = QUALIFIER_RE2.exec(f.slice(end, end + 16));
    if (q) after = readComparatorAfter(f, end + q[0].length);
  }
  if (!after && f[end] === "\u5185" && TIME_UNIT.test(unitText)) {
    const rest = f.slice(end + 1, end + 40).split(/[，；。,;\n]/)[0];
    if (/在\s*$/.test(f.slice(Math.max(0, lead - 2), lead)) && COMPARED.test(rest)) return end + 1;
    after = { op: "<=", relative: false, word: "\u5185", start: end, end: end + 1 };
  }
  if (!after && unit?.classifier) {
    const g = /^[\u4e00-\u9fff]{1,2}?(及以上|以上)/.exec(f.slice(end, end + 5));
    if (g && !/[的和与及或、]/.test(g[0].slice(0, -2))) {
      after = { op: ">=", relative: false, word: g[1], start: end, end: end + g[0].length };
    }
  }
  let op = null;
  let start = opLead;
  if (before && !before.relative && !(after && WEAK_PREFIX.test(before.word))) {
    op = before.op;
    start = before.start;
  } else if (after) {
    op = after.op;
    if (before) start = before.start;
  } else if (unit?.more) {
    op = ">";
  } else if (before?.relative && PERCENT_LIKE.has(unitText)) {
    op = before.op;
    start = before.start;
  }
  if (after) end = after.end;
  if (pm && !before && !after) return end;
  if (op === ">" && before && /^(优于|優於|好于)$/.test(before.word) && (pm || smallerIsBetter(f.slice(Math.max(0, before.start - 24), before.start), unitText, !!unit?.classifier))) op = "<";
  if (op === null && prev && prev.op !== "=" && prev.op !== "range") {
    const gap = f.slice(prev.end, lead);
    if (/^[\sA-Za-z\d()（）]*[和与及或、][\s(（]*$/.test(gap) && gap.length <= 12) op = prev.op;
  }
  if (op === null) {
    if (!bare) return end;
    op = "=";
  }
  if (unit?.more && op === "=") op = ">";
  let metricEnd = Math.min(before?.relative ? opLead : start, perStart);
  start = Math.min(start, perStart);
  if (unitText === "") {
    const ub = UNIT_BEFORE.exec(f.slice(Math.max(0, start - 8), start));
    if (ub) {
      unitText = ub[1];
      metricEnd = Math.min(metricEnd, start - ub[0].length);
    }
  }
  return { op, value, max: null, unit: unitText, start, end, numStart: pos, metricEnd, counted: !!unit?.classifier };
}
var CLAUSE_BREAK = new Set([..."\uFF0C\uFF1B\u3002\uFF1A\uFF01\uFF1F!?;\n\r\u3001|	"].map((c) => c.charCodeAt(0)));
var [COMMA, COLON, OPEN, CLOSE, OPEN_FW, CLOSE_FW] = [...",:()\uFF08\uFF09"].map((c) => c.charCodeAt(0));
var isDigitCode = (c) => c >= 48 && c <= 57;
function isBreak(f, i) {
  const c = f.charCodeAt(i);
  if (CLAUSE_BREAK.has(c)) return true;
  if (c === COMMA || c === COLON) return !(isDigitCode(f.charCodeAt(i - 1)) && isDigitCode(f.charCodeAt(i + 1)));
  return false;
}
function clauseAround(f, start, end) {
  let a = start;
  let depth = 0;
  while (a > 0) {
    if (isBreak(f, a - 1)) break;
    const c = f.charCodeAt(a - 1);
    if (c === CLOSE || c === CLOSE_FW) depth++;
    else if (c === OPEN || c === OPEN_FW) {
      if (depth === 0) break;
      depth--;
    }
    a--;
  }
  let b = end;
  depth = 0;
  while (b < f.length) {
    if (isBreak(f, b)) break;
    const c = f.charCodeAt(b);
    if (c === OPEN || c === OPEN_FW) depth++;
    else if (c === CLOSE || c === CLOSE_FW) {
      if (depth === 0) break;
      depth--;
    }
    b++;
  }
  return [a, b];
}
var LIST_MARKER = /^\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、)）](?!\d)|[①-⑳]|[一二三四五六七八九十]+\s*[、.])\s*/;
var LEAD_WORDS = /^(?:目标|实现|达到|支持|具备|开发|研制|建立|建成|形成|完成|突破|提出|构建|包括|其中|要求|确保|使得|使|并且|并|且|同时|可以|可|能够|应(?!用)|需|须|对|和|及|与|或|以及|等|在|将)+/;
var TRAIL_WORDS = /(?:分别|均|应|须|需|需要|必须|要|可|将|都|也|控制|为|在|是|的|有|和|或|及|与|要求|需达到|应达到)+$/;
var CAPS_UNITS = /* @__PURE__ */ new Set([
  "TOPS",
  "GOPS",
  "POPS",
  "FLOPS",
  "TFLOPS",
  "GFLOPS",
  "PFLOPS",
  "MIPS",
  "IOPS",
  "QPS",
  "TPS",
  "FPS",
  "NTU",
  "PPM",
  "PPB",
  "HRA",
  "HRB",
  "HRC",
  "HV",
  "HB",
  "GB",
  "TB",
  "MB",
  "KB",
  "PB",
  "DPI",
  "PPI",
  "MW",
  "GW",
  "KW",
  "KV",
  "MV",
  "GPU",
  "LMH",
  "CFU",
  "RPM",
  "PFU",
  "IU",
  "FIT"
]);
function isParenUnit(u) {
  if (/[/·^]/.test(u)) return true;
  if (/^[A-Z][A-Z\d-]+$/.test(u)) return CAPS_UNITS.has(u);
  return true;
}
function parenUnit(s) {
  const pu = /[(（]([A-Za-zμΩ%][A-Za-zμΩ/·\d^%-]*)[)）][^，,；;。(（]*$/.exec(s);
  return pu && isParenUnit(pu[1]) ? pu[1].replace(/\^/g, "") : "";
}
function cleanMetric(s) {
  let m = s.replace(/\s+/g, " ").trim();
  m = m.replace(LIST_MARKER, "");
  const cut = Math.max(m.lastIndexOf("\u540E"), m.lastIndexOf("\u4E0B"));
  if (cut > 0 && /\d/.test(m.slice(0, cut)) && m.length - cut > 2) m = m.slice(cut + 1);
  for (let i = 0; i < 3; i++) m = m.trim().replace(LEAD_WORDS, "").replace(TRAIL_WORDS, "").trim();
  return m.replace(/^[的，,、\s]+|[，,、\s]+$/g, "");
}
var CONDITION_WORDS = /条件|[@=＝]|时$|下$/;
function closingBracket(s, open) {
  const close = s.indexOf(s[open] === "\uFF08" ? "\uFF09" : ")", open);
  return close < 0 ? s.length : close;
}
function openBrackets(s) {
  const out = new Int32Array(s.length + 1);
  const opens = [];
  let from = 0;
  for (const m of s.matchAll(BRACKETS)) {
    out.fill(opens.length ? opens[opens.length - 1] : -1, from, m.index + 1);
    from = m.index + 1;
    if (m[0] === "\uFF08" || m[0] === "(") opens.push(m.index);
    else if (opens.length) opens.pop();
  }
  out.fill(opens.length ? opens[opens.length - 1] : -1, from);
  return out;
}
var BRACKETS = /[（()）]/g;
var CONDITION_PHRASE = /在[^，；。,;\n在]{2,40}?(?:(?<!以)下|(?<![小实同及])时)(?=[，；。,;\n]|$|\s*[(（]|运|工作|测试|检测|使用|能|可|应|须|需|，)/g;
function conditionPhrases(f) {
  const out = [];
  if (!f.includes("\u5728")) return out;
  CONDITION_PHRASE.lastIndex = 0;
  let m;
  while (m = CONDITION_PHRASE.exec(f)) {
    if (TARGET_VERB_ZAI.test(f.slice(Math.max(0, m.index - 2), m.index + 1))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
function readKpis(text) {
  const f = foldWidth(text);
  const found = scan(f, false);
  const brackets = found.length > 1 ? openBrackets(f) : null;
  const qualifies = found.map((q, i) => {
    if (i === 0 || !brackets) return -1;
    const open = brackets[q.start];
    if (open < 0) return -1;
    let k = i - 1;
    while (k >= 0 && found[k].start > open) k--;
    if (k < 0 || !/^[ \t]*$/.test(f.slice(found[k].end, open))) return -1;
    const close = closingBracket(f, open);
    const inside = f.slice(open + 1, close);
    if (/^\s*(?:其中|含|包括|包含)/.test(inside)) return -1;
    const bare = found.some((x) => x.start > open && x.end <= close && x.unit === "");
    return bare || CONDITION_WORDS.test(inside) ? k : -1;
  });
  const conditions = /* @__PURE__ */ new Map();
  found.forEach((q, i) => {
    let k = qualifies[i];
    while (k >= 0 && qualifies[k] >= 0) k = qualifies[k];
    if (k < 0) return;
    const open = brackets[q.start];
    conditions.set(k, text.slice(open + 1, closingBracket(f, open)).trim());
  });
  const settings = conditionPhrases(f);
  const setting = (q) => settings.find(([a, b]) => q.start >= a && q.end <= b);
  let pending;
  const atoms = [];
  let prevEnd = -1;
  let prevClause = -1;
  let prevMetric = "";
  for (const [i, q] of found.entries()) {
    if (qualifies[i] >= 0) continue;
    const inPhrase = setting(q);
    if (inPhrase) {
      pending = inPhrase;
      continue;
    }
    if (pending && !conditions.has(i)) conditions.set(i, text.slice(pending[0], pending[1]).trim());
    pending = void 0;
    const [ca, cb] = clauseAround(f, q.start, q.end);
    const [ma] = clauseAround(f, q.start, q.start);
    const mFrom = prevClause === ca && prevEnd > ma ? prevEnd : ma;
    let metric = cleanMetric(f.slice(mFrom, q.metricEnd));
    const after = cleanMetric(f.slice(q.end, cb).replace(/^[的]/, "").replace(/[\d<>≥≤(（].*$/, "")).slice(0, 16);
    if (q.counted && metric.length <= 4 && after) metric = metric + after;
    let unit = q.unit;
    if (unit === "") {
      unit = parenUnit(f.slice(ma, q.start));
      if (unit === "" && atoms.length && /^[ \t]*[(（]$/.test(f.slice(prevEnd, ma)) && !/^\s*[×xX*]\s*\d/.test(f.slice(q.end)) && !/^[ \t]*\n/.test(f.slice(q.end)))
        unit = atoms[atoms.length - 1].unit;
    }
    if (metric === "" && prevClause === ca) metric = prevMetric;
    if (metric === "" && /[|\t]/.test(f[ma - 1] ?? "")) {
      let c = ma - 1;
      while (c > 0 && !/[|\t\n]/.test(f[c - 1])) c--;
      metric = cleanMetric(f.slice(c, ma - 1));
      if (unit === "") unit = parenUnit(f.slice(c, ma - 1));
    }
    if (metric === "" && /[：:]\s*$/.test(f.slice(Math.max(0, ma - 2), ma))) {
      const colon = f.lastIndexOf("\uFF1A", ma) >= f.lastIndexOf(":", ma) ? f.lastIndexOf("\uFF1A", ma) : f.lastIndexOf(":", ma);
      let c = colon;
      while (c > 0 && !/[；;，,。\n|：:]/.test(f[c - 1])) c--;
      metric = cleanMetric(f.slice(c, colon));
    }
    if (metric === "") metric = after;
    if (HAN_ONLY.test(unit) && !/[\p{Script=Han}A-Za-z]/u.test(metric) && new RegExp("^\\p{Script=Han}{2,}$", "u").test(unit)) metric = unit;
    let [ta, tb] = [ca, cb];
    const lm = LIST_MARKER.exec(text.slice(ta, tb));
    if (lm) ta += lm[0].length;
    while (ta < tb && /\s/.test(text[ta])) ta++;
    while (tb > ta && /\s/.test(text[tb - 1])) tb--;
    const atom = { metric, op: q.op, value: q.value, max: q.max, unit, text: text.slice(ta, tb), start: ta, end: tb };
    if (conditions.has(i)) atom.condition = conditions.get(i);
    else {
      const after2 = /^[ \t]*[（(]([^（）()]{1,40})[）)]/.exec(f.slice(q.end));
      if (after2 && CONDITION_WORDS.test(after2[1])) {
        const at = q.end + after2[0].indexOf(after2[1]);
        atom.condition = text.slice(at, at + after2[1].length);
      }
    }
    atoms.push(atom);
    prevEnd = q.end;
    prevClause = ca;
    prevMetric = metric;
  }
  return atoms;
}
function readQuantity(text) {
  const f = foldWidth(text);
  const all = scan(f, true);
  const pick = all.find((q) => q.op !== "=") ?? all.find((q) => q.unit !== "") ?? all[0];
  if (!pick) return null;
  return {
    value: pick.value,
    max: pick.max,
    unit: pick.unit,
    op: pick.op,
    text: text.slice(pick.start, pick.end),
    start: pick.start,
    end: pick.end
  };
}

// src/core/memo.ts
function memoize(fn, limit = 2e4) {
  let memo = /* @__PURE__ */ new Map();
  return (s) => {
    let v = memo.get(s);
    if (v === void 0 && !memo.has(s)) {
      v = fn(s);
      if (memo.size >= limit) memo = /* @__PURE__ */ new Map();
      memo.set(s, v);
    }
    return v;
  };
}

// src/structure/labels.ts
var LABELS = NOTICE_LABELS;
var REMARK2 = "\\s*(?:[\uFF08(][^\uFF08\uFF09()]{0,60}[\uFF09)])?\\s*";
var LABEL_WORDS = LABELS.flatMap(([, words]) => words);
var PAYER = "(?:\u7701\u7EA7|\u5E02\u7EA7|\u53BF\u7EA7|\u533A\u7EA7|\u4E2D\u592E|\u56FD\u5BB6|\u7701|\u5E02|\u53BF|\u533A)(?=\u8D22\u653F)";
var LABEL_RE = new RegExp(
  `^(?:[\u3010[]\\s*(${alternation(LABEL_WORDS)})${REMARK2}[\u3011\\]]\\s*[\uFF1A:]?|(${alternation(LABEL_WORDS.filter((w) => !COLON_ONLY_LABELS.includes(w)))})${REMARK2}(?:[\uFF1A:]|$)|(${alternation(COLON_ONLY_LABELS)})${REMARK2}[\uFF1A:]|${PAYER}(${alternation(LABEL_WORDS)})${REMARK2}[\uFF1A:])`
);
var WORDS = [...LABEL_WORDS].sort((a, b) => b.length - a.length).join("|");
var INNER_LABEL_RE = new RegExp(`(?<=[\u3002\uFF1B;\uFF0C,\uFF1A:])\\s*(${WORDS})\\s*(?:[\uFF08(][^\uFF08\uFF09()]{0,60}[\uFF09)])?\\s*[\uFF1A:]`, "g");
var KIND_OF = new Map(LABELS.flatMap(([kind, words]) => words.map((w) => [w, kind])));
var findInnerLabels = memoize(innerLabels, 4096);
function innerLabels(text) {
  const out = [];
  if (text.length < 6) return out;
  for (const m of text.matchAll(INNER_LABEL_RE)) {
    const kind = KIND_OF.get(m[1]);
    out.push({ kind, label: m[1], start: m.index + m[0].indexOf(m[1]), contentStart: m.index + m[0].length });
  }
  return out;
}

// src/structure/tables.ts
var CELL_BREAK2 = /\s*\|\s*|\t/g;
var NUMBER_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.number)}$`, "i");
var NAME_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.name)}$`);
var AREA_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.area)}$`);
function splitCells(line) {
  if (!line.includes("|") && !line.includes("	")) return null;
  const cells = [];
  let start = 0;
  const push = (end) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(line[a])) a++;
    while (b > a && /\s/.test(line[b - 1])) b--;
    cells.push({ text: line.slice(a, b), start: a, end: b });
  };
  for (const m of line.matchAll(CELL_BREAK2)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(line.length);
  return cells.length >= 2 ? cells : null;
}

// src/draft/fields.ts
var SECTION_NUMBER = String.raw`(?:[一二三四五六七八九十]+|[Ⅰ-Ⅻ]|[IVX]{1,4}(?=[.、．]))\s*[、.．]`;
var LIST_MARKER2 = new RegExp(
  String.raw`^\s*(?:>\s*)?(?:#{1,6}\s*)?(?:[-*+]\s+\[[ xX]\]\s*|第[一二三四五六七八九十\d]+[章节部分条]\s*|${SECTION_NUMBER}\s*|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*|\d+(?:\.\d+)*\s*[.、．)）]\s*|\d+\s+(?=\D)|[①-⑳]\s*|[-*•·●▪■◆]\s+|[（(]\s*[a-zA-Z]\s*[)）]\s*|[a-zA-Z]\s*[)）]\s*|[A-H][.．、](?![\dA-Za-z])\s*)`
);
var SECTION_START = new RegExp(`^${SECTION_NUMBER}`);
function headingLevel(text) {
  const t = text.trim();
  if (!t || t.length > 40 || /[。；;]$/.test(t)) return null;
  const md = /^(#{1,6})\s/.exec(t);
  if (md) return md[1].length;
  if (/^第[一二三四五六七八九十\d]+[章部分]/.test(t)) return 0;
  if (SECTION_START.test(t)) return 1;
  if (/^[（(]\s*[一二三四五六七八九十]+\s*[)）]/.test(t)) return 2;
  const bracketed = /^【([^【】]{1,30})】$/.exec(t);
  if (bracketed) return headingLevel(bracketed[1]) ?? 1;
  return null;
}
var VALUE_END = /\s{2,}(?=\S{2,10}[:：])|[；;]\s*(?=\S{2,10}[:：])|。/;
function strip(v) {
  return v.replace(/^[\s:：]+/, "").replace(/[\s，,；;。]+$/, "");
}
var SUB_LABEL = /^(?:单位)?(?:名称|全称)$|^姓名$/;
function findFields(lines, label, options = {}) {
  const inline = new RegExp(`^(?:[\u3010\\[]|:(?=\\S))?(${label})(?:[\uFF08(][^)\uFF09]{0,12}[)\uFF09])?\\s*(?:[\u3011\\]]\\s*[:\uFF1A]?|[:\uFF1A]|(?:[.\uFF0E\xB7]{3,}|[\u2026\u2025\u22EF]{2,})\\s*|\u4E3A(?=\\s*\\S)|(?<=[ \\t\\u3000]{2}|\\t|\\u3000)(?=\\S)${options.colonRequired === false ? "|\\s+(?=\\S)" : ""}|$)`);
  const cellRe = new RegExp(`^(?:${label})(?:\u57FA\u672C\u4FE1\u606F|\u57FA\u672C\u60C5\u51B5|\u4FE1\u606F|\u60C5\u51B5)?(?:[\uFF08(][^)\uFF09]{0,12}[)\uFF09])?\\s*[:\uFF1A]?$`);
  const hits = [];
  for (const line of lines) {
    const cells = splitCells(line.text);
    if (cells) {
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        const bare = c.text.replace(LIST_MARKER2, "");
        if (cellRe.test(bare)) {
          const next = SUB_LABEL.test(cells[i + 1]?.text ?? "") && cells[i + 2] ? cells[i + 2] : cells[i + 1];
          const value = next ? strip(next.text) : "";
          hits.push({ value, offset: line.offset + (next ? next.start : c.start), labelOffset: line.offset + c.start, label: bare, line, cell: true });
        } else {
          const m2 = inline.exec(bare);
          if (m2) {
            const at = c.start + (c.text.length - bare.length);
            hits.push(hitAt(line, at, m2, bare));
          }
        }
      }
      continue;
    }
    const lead = LIST_MARKER2.exec(line.text)?.[0].length ?? /^\s*(?:>\s*)*/.exec(line.text)[0].length;
    const rest = line.text.slice(lead);
    const m = inline.exec(rest);
    if (m) hits.push(hitAt(line, lead, m, rest));
    for (const sep of rest.matchAll(/(?:\s{2,}|[；;，,]\s*)/g)) {
      const at = sep.index + sep[0].length;
      const m2 = inline.exec(rest.slice(at));
      if (m2 && /[:：]|为/.test(m2[0].slice(m2[1].length))) hits.push(hitAt(line, lead + at, m2, rest.slice(at)));
    }
  }
  return hits;
}
function hitAt(line, at, m, rest) {
  const after = rest.slice(m[0].length);
  const cut = VALUE_END.exec(after);
  const rawValue = cut ? after.slice(0, cut.index) : after;
  const lead = rawValue.length - rawValue.trimStart().length;
  const value = strip(rawValue);
  return {
    value,
    offset: line.offset + at + m[0].length + (value ? lead : 0),
    labelOffset: line.offset + at,
    label: m[1],
    line,
    cell: false
  };
}
var NONE = /^(?:暂无|无|没有|尚无|暂未|尚未(?:确定|落实)|待定|不涉及|无此项|否|[-—/／]+)(?=$|[。；;，,（(])/;
function answersNone(value) {
  return NONE.test(value.trim());
}
function nextLine(lines, line, within = 3) {
  for (let i = line.index + 1; i < lines.length && i <= line.index + within; i++) if (lines[i].text.trim()) return lines[i];
  return null;
}
function isUnfilledText(s) {
  return /^\s*(【[^】]*】\s*)?$/.test(s);
}
function splitList(s, seps = "\u3001\uFF1B;") {
  const out = [];
  let depth = 0;
  let start = 0;
  const push = (end) => {
    const raw = s.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: start + lead });
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\uFF08" || c === "(") depth++;
    else if ((c === "\uFF09" || c === ")") && depth > 0) depth--;
    else if (depth === 0 && seps.includes(c)) {
      push(i);
      start = i + 1;
    }
  }
  push(s.length);
  return out;
}

// src/draft/budget.ts
var SELF = new RegExp(alternation(SELF_FUNDS));
var GOV = new RegExp(alternation([...GOVERNMENT_FUNDS, ...REQUESTED_FUNDS]));
var TOTAL = new RegExp(alternation(DRAFT_BUDGET_TOTALS));
function budgetKind(label) {
  if (SELF.test(label)) return "selfFunded";
  if (/总|合计|共计/.test(label) && !/其中/.test(label) && !GOV.test(label.replace(/^.*?(?:总|合计|共计)/, ""))) {
    if (TOTAL.test(label)) return "total";
  }
  if (GOV.test(label)) return "government";
  if (TOTAL.test(label)) return "total";
  return null;
}
var SUM_ROW = /合计|小计|总计|共计/;
var UNIT_LINE = /单位\s*[:：]\s*(亿元|万元|千元|元)|^[^|]{0,16}(?:经费|预算|资金|金额)[^|]{0,6}[（(]\s*(亿元|万元|千元|元)\s*[)）]/;
var CONTEXT = /经费|预算|资金|投入|投资|国拨|财政|自筹|配套|资助|补助/;
var UNIT_IN = /(亿元|万元|千元|元)/;
var SCALE = { \u4EBF\u5143: 1e8, \u4E07\u5143: 1e4, \u5343\u5143: 1e3, \u5143: 1 };
function moneyOf(numText, unit) {
  const m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/.exec(numText.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ""));
  return { yuan: Math.round(n * SCALE[unit] * 100) / 100, text: `${m[1]}${unit}` };
}
function added(prev, money) {
  return { ...prev, value: { yuan: Math.round((prev.value.yuan + money.yuan) * 100) / 100, text: `${prev.value.text}+${money.text}` } };
}
var MONEY_CELL = /^\s*[\d.,]+\s*(?:万|亿|千)?\s*元\s*(?:[（(][^（）()]*[)）])?\s*$/;
function rowAmount(cells, unit) {
  for (const c of cells) {
    const m = readMoney(c.text)[0];
    if (m && MONEY_CELL.test(c.text)) return m.value.yuan;
    if (/^\d[\d.,]*$/.test(c.text.trim()) && unit) return moneyOf(c.text, unit)?.yuan ?? null;
  }
  return null;
}
function summedRow(cells, unit) {
  const figures = cells.filter((c) => /^\d[\d.,]*$/.test(c.text.trim()));
  if (!unit || figures.length < 3) return null;
  const values = figures.map((c) => moneyOf(c.text, unit)?.yuan ?? NaN);
  const last = values[values.length - 1];
  const sum = values.slice(0, -1).reduce((a, b) => a + b, 0);
  if (!(last > 0) || Math.abs(sum - last) > last * 1e-6) return null;
  const cell = figures[figures.length - 1];
  return { money: moneyOf(cell.text, unit), cell };
}
function readBudget(t) {
  const out = { government: null, selfFunded: null, total: null };
  const set = (k, money, text, offset) => {
    if (k && !out[k]) out[k] = t.fact(money, text, offset);
  };
  let rowLabels = { government: [], selfFunded: [], total: [] };
  let owned = /* @__PURE__ */ new Set();
  let inTable = false;
  const setRow = (k, money, text, offset, label) => {
    if (!k) return;
    const seen = rowLabels[k];
    const prev = out[k];
    if (SUM_ROW.test(label) && (k !== "total" || prev && seen.length > 1)) out[k] = t.fact(money, text, offset);
    else if (prev && !owned.has(k)) return;
    else if (prev && seen.length && !seen.includes(label) && !/合计|小计|总/.test(label)) {
      out[k] = added(prev, money);
    } else set(k, money, text, offset);
    owned.add(k);
    seen.push(label);
  };
  let unitState = null;
  let header = null;
  let lastRow = null;
  let breakdown = null;
  for (const line of t.lines) {
    const unitLine = UNIT_LINE.exec(line.text);
    if (unitLine) unitState = { unit: unitLine[1] ?? unitLine[2], until: line.index + 15 };
    if (unitState && line.index > unitState.until) unitState = null;
    const tableUnit = unitState?.unit ?? null;
    const cells = splitCells(line.text);
    if (cells && !inTable) {
      rowLabels = { government: [], selfFunded: [], total: [] };
      owned = /* @__PURE__ */ new Set();
    }
    const nextText = t.lines[line.index + 1]?.text ?? "";
    const delimiter = !line.text.trim() && header !== null && (line.index === header.line + 1 || splitCells(nextText) !== null);
    inTable = cells !== null || inTable && delimiter;
    if (cells) {
      const texts = cells.map((c) => c.text.replace(/\s+/g, ""));
      const headerUnit = texts.map((c) => UNIT_IN.exec(c)?.[1]).find(Boolean) ?? null;
      const labels = texts.map((c) => /^[\d.,\s]*$/.test(c) ? null : budgetKind(c.replace(/[（(].*?[)）]/g, "")));
      if (texts.every((c) => !/\d/.test(c)) && (headerUnit || texts.some((c) => /来源|科目|金额|预算数/.test(c)) || labels.filter(Boolean).length >= 2)) {
        header = { cells, unit: headerUnit ?? tableUnit, labels, line: line.index };
        if (headerUnit) unitState = { unit: headerUnit, until: line.index + 15 };
        continue;
      }
      let kind = null;
      const rowLabel = texts.find((c) => c && !/^[\d.,%％元万亿]*$/.test(c)) ?? "";
      const rowKind = budgetKind(rowLabel);
      const amount = rowAmount(cells, header?.unit ?? tableUnit);
      if (/^其中/.test(rowLabel) && lastRow) breakdown = { left: lastRow };
      else if (breakdown && !(/^\|?[ \t]*(?:\u3000|[ \t]{2,})/.test(line.text.replace(/^\s*\|/, "")) || breakdown.left > 0.5)) breakdown = null;
      if (breakdown) {
        breakdown.left -= amount ?? 0;
        continue;
      }
      if (amount !== null) lastRow = amount;
      const kindColumns = header ? header.labels.filter(Boolean).length : 0;
      const summed = rowKind && kindColumns <= 1 ? summedRow(cells, header?.unit ?? tableUnit) : null;
      if (rowKind && summed) {
        setRow(rowKind, summed.money, summed.cell.text, line.offset + summed.cell.start, rowLabel);
        continue;
      }
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        const inCell = readMoney(c.text)[0];
        const columnKind = header?.labels[i] ?? null;
        const cellKind = columnKind && (kind === null || kind === "total" && SUM_ROW.test(rowLabel)) ? columnKind : kind ?? columnKind;
        if (inCell && MONEY_CELL.test(c.text)) {
          setRow(cellKind, inCell.value, c.text, line.offset + c.start, rowLabel);
          kind = null;
          continue;
        }
        if (/^\d[\d.,]*$/.test(c.text)) {
          const unit = header?.unit ?? tableUnit;
          const k2 = cellKind;
          const money = unit ? moneyOf(c.text, unit) : null;
          if (money && k2) setRow(k2, money, c.text, line.offset + c.start, rowLabel);
          if (k2 === kind) kind = null;
          continue;
        }
        const k = budgetKind(c.text);
        if (k) kind = k;
        else if (c.text) {
          for (const m of readMoney(c.text)) set(budgetKind(c.text.slice(0, m.start)), m.value, m.text, line.offset + c.start + m.start);
        }
      }
      continue;
    }
    if (!line.text.trim() && !delimiter || headingLevel(line.text) !== null) header = null;
    if (!CONTEXT.test(line.text) && !TOTAL.test(line.text)) continue;
    const amounts = readMoney(line.text);
    const lineUnit = unitLine?.[2] ?? tableUnit;
    if (!amounts.length && lineUnit) {
      const body = line.text.replace(LIST_MARKER2, "");
      const bracketed2 = openBrackets(body);
      let outer2 = null;
      const lead = line.text.length - body.length;
      for (const bare of body.matchAll(/([^\d，,；;。:：（(]{2,20}?)\s*[:：]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.])\s*(?=$|[，,；;。、（(])/g)) {
        const money = moneyOf(bare[2], lineUnit);
        const label = bare[1].replace(/^.*[)）]/, "");
        const kind = budgetKind(label);
        const inBrackets = bracketed2[bare.index] >= 0;
        if (inBrackets && kind === outer2) continue;
        if (!inBrackets) outer2 = kind;
        if (money) set(kind, money, bare[2], line.offset + lead + bare.index + bare[0].lastIndexOf(bare[2]));
      }
      continue;
    }
    let from = 0;
    let outer = null;
    let selfLabel = null;
    const bracketed = openBrackets(line.text);
    for (const m of amounts) {
      const seg = line.text.slice(from, m.start);
      const clause = seg.slice(Math.max(seg.lastIndexOf("\uFF1B"), seg.lastIndexOf(";"), seg.lastIndexOf("\u3002")) + 1);
      const kind = budgetKind(clause.slice(Math.max(clause.lastIndexOf("\uFF1A"), clause.lastIndexOf(":")) + 1)) ?? budgetKind(clause);
      from = m.end;
      const inBrackets = bracketed[m.start] >= 0;
      if (inBrackets && kind === outer) continue;
      if (!inBrackets) outer = kind;
      const label = clause.replace(/^[，,、:：\s]+/, "").trim();
      if (kind === "selfFunded" && selfLabel !== null) {
        if (/^(?:其中|含|包括)/.test(label)) continue;
        const prev = out.selfFunded;
        if (prev && label !== selfLabel) out.selfFunded = added(prev, m.value);
        continue;
      }
      const had = out.selfFunded;
      set(kind, m.value, m.text, line.offset + m.start);
      if (kind === "selfFunded" && out.selfFunded !== had) selfLabel = label;
    }
  }
  return out;
}
var TOTAL_WORD = /合计|总计|共计|总额/;
var TOTAL_ROW = new RegExp(`^(?:${TOTAL_WORD.source})|\u5408\u8BA1$`);
var FIGURE = /^\d[\d.,]*$/;
function readBreakdown(t) {
  if (!TOTAL_WORD.test(t.doc.text.text)) return null;
  let unit = null;
  let header = null;
  let rows = [];
  for (const line of t.lines) {
    const u = UNIT_LINE.exec(line.text);
    if (u) unit = { unit: u[1] ?? u[2], until: line.index + 15 };
    if (unit && line.index > unit.until) unit = null;
    const cells = splitCells(line.text);
    if (!cells) {
      if (line.text.trim() || !splitCells(t.lines[line.index + 1]?.text ?? "")) header = null, rows = [];
      continue;
    }
    const texts = cells.map((c) => c.text.replace(/\s+/g, ""));
    if (texts.every((c) => !/\d/.test(c))) {
      const headerUnit = texts.map((c) => UNIT_IN.exec(c)?.[1]).find(Boolean);
      if (headerUnit) unit = { unit: headerUnit, until: line.index + 15 };
      header = texts.some((c) => CONTEXT.test(c) || /科目|金额/.test(c)) ? texts : null;
      rows = [];
      continue;
    }
    if (!header || !unit) continue;
    const label = texts.find((c) => c && !FIGURE.test(c)) ?? "";
    const values = cells.map((c) => FIGURE.test(c.text.trim()) ? moneyOf(c.text, unit.unit) : null);
    if (!TOTAL_ROW.test(label)) {
      if (!/小计/.test(label)) rows.push({ label, values });
      continue;
    }
    for (let c = 0; c < cells.length; c++) {
      const total = values[c];
      if (!total || rows.some((r) => !r.values[c])) continue;
      const items = rows.map((r) => ({ label: r.label, money: r.values[c] }));
      if (items.length < 2 || addsUp(items.map((i) => i.money.yuan), total.yuan)) continue;
      return t.fact({ items, total }, cells[c].text, line.offset + cells[c].start);
    }
    rows = [];
  }
  return null;
}
function addsUp(figures, total) {
  const near = (a, b) => Math.abs(a - b) <= Math.max(1, total * 1e-6);
  if (near(figures.reduce((a, b) => a + b, 0), total)) return true;
  let sum = 0;
  for (let i = 0; i < figures.length; i++) {
    sum += figures[i];
    let part = 0;
    for (let j = i + 1; j < figures.length; j++) {
      part += figures[j];
      if (near(part, figures[i])) {
        i = j;
        break;
      }
    }
  }
  return near(sum, total);
}

// src/structure/heading-numbering.ts
var CIRCLED = "\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469\u246A\u246B\u246C\u246D\u246E\u246F\u2470\u2471\u2472\u2473";
function smallNumber(s) {
  if (/^\d+$/.test(s)) return Number(s);
  const c = CIRCLED.indexOf(s);
  return c >= 0 ? c + 1 : parseChineseNumeral(s);
}
function normalizeDirectionId(raw) {
  const s = raw.trim();
  if (/^[A-Za-z][\w\-－—.]*\d$/.test(s)) return s.normalize("NFKC");
  const parts = [];
  for (const m of s.matchAll(/[0-9０-９]+|[零〇一二两三四五六七八九十百]+|[①-⑳]/g)) {
    const n = smallNumber(m[0].normalize("NFKC"));
    if (n !== null) parts.push(String(n));
  }
  return parts.length > 0 ? parts.join(".") : s.normalize("NFKC");
}
var CN = "[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]{1,3}";
var NOT_TITLE = "[\\d%\u2030.\u5E74\u6708\u65E5\u4E07\u4EBF\u500D\u5143\u4E2A\u4EF6\u9879\u6B21%:\uFF1A/\xD7x*~\\-A-Za-z\u03BC\u03A9\xB0]";
var PREFIXES = "\u4E13\u9898|\u65B9\u5411|\u4EFB\u52A1|\u8BFE\u9898|\u5B50\u8BFE\u9898|\u699C\u5355|\u9879\u76EE|\u9886\u57DF|\u4E13\u9879|\u4E3B\u9898|\u677F\u5757";
var letterNumber = (c) => c.charCodeAt(0) - 64;
var PATTERNS = [
  { style: () => "cn-dun", re: new RegExp(`^(${CN})[\u3001.\uFF0E]\\s*`), parts: (m) => [smallNumber(m[1])] },
  { style: () => "cn-paren", re: new RegExp(`^[\uFF08(]\\s*(${CN})\\s*[\uFF09)][\u3001.\uFF0E]?\\s*`), parts: (m) => [smallNumber(m[1])] },
  {
    style: () => "num-dotted3",
    re: new RegExp(`^([1-9]\\d?)[.\uFF0E](\\d{1,2})[.\uFF0E](\\d{1,2})(?!${NOT_TITLE})[\u3001.\uFF0E]?\\s*`),
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])]
  },
  {
    style: () => "num-dotted",
    re: new RegExp(`^([1-9]\\d?)[.\uFF0E](\\d{1,2})(?!${NOT_TITLE})[\u3001.\uFF0E]?\\s*`),
    parts: (m) => [Number(m[1]), Number(m[2])]
  },
  { style: () => "num-dot", re: new RegExp(`^([1-9]\\d?)\\s*[.\uFF0E\u3001](?![\\d%])\\s*`), parts: (m) => [Number(m[1])] },
  { style: () => "num-paren", re: /^[（(]\s*(\d{1,2})\s*[）)][、.．]?\s*/, parts: (m) => [Number(m[1])] },
  { style: () => "circled", re: new RegExp(`^([${CIRCLED}])\\s*`), parts: (m) => [smallNumber(m[1])] },
  { style: () => "code", re: /^(\d{4})\s+(?=[^\s年月日])/, parts: (m) => [Number(m[1])] },
  {
    // A1　title, B-2．title: a capital and a number, then a separator and the title, which may open with a figure
    // (A1　12英寸晶圆…); A4纸 and 5G are not codes
    style: () => "lettered",
    re: /^([A-Z])([-－]?)(\d{1,2})(?!\d|[.．]\d)(?:\s*[、.．:：]\s*|\s+)(?=[\p{Script=Han}A-Za-z]|\d{1,4}[\p{Script=Han}A-Za-z])/u,
    parts: (m) => [letterNumber(m[1]), Number(m[3])],
    code: (m) => m[1] + (m[2] ? "-" : "") + m[3]
  },
  {
    // 专题A：title, 板块B　title: an area named by a letter
    style: (m) => `prefixed-${m[1]}`,
    re: new RegExp(`^(${PREFIXES})\\s*([A-Z])(?![A-Za-z\\d])[\uFF1A:\u3001.\uFF0E\uFF5C\u4E28\u2014\xB7\\s]+`),
    parts: (m) => [letterNumber(m[2])],
    code: (m) => m[2]
  },
  {
    style: (m) => `prefixed-${m[1]}`,
    // 专题一｜智能制造, 专题一——智能制造: a bar or a dash parts the number from the title as a colon does
    re: new RegExp(`^[\u3010\\[\u3014]?\\s*(${PREFIXES})\\s*(${CN}|\\d{1,2})(?![\\d])\\s*[\u3011\\]\u3015]?[\uFF1A:\u3001.\uFF0E\uFF5C\u4E28\u2014\xB7\\s]*`),
    parts: (m) => [smallNumber(m[2])]
  },
  { style: (m) => `di-${m[2]}`, re: new RegExp(`^\u7B2C(${CN}|\\d{1,2})(\u90E8\u5206|\u7AE0|\u8282|\u7BC7)[\uFF1A:\u3001\uFF5C\u4E28\u2014\xB7\\s]*`), parts: (m) => [smallNumber(m[1])] }
];

// src/draft/direction.ts
var DIRECTION_LABEL = `(?:${DIRECTION_REFERENCE})`;
var TITLE_LABEL = alternation(DIRECTION_TITLE_LABELS);
var CN2 = "[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+";
var ID_LEAD = String.raw`(?:[\u4e00-\u9fff]{0,6}?(?:方向|榜单|专题|任务)|第)`;
var ID_RE = new RegExp(
  String.raw`^${ID_LEAD}?\s*(?:([（(]\s*(?:${CN2}|\d+)\s*[)）])|(\d+(?:[.．]\d+)*)(?![.．]?\d)(?![A-Za-z])(?![\d.．]*\s*[万亿千年月日个项家%％]))\s*[项号]?` + `|^${ID_LEAD}s*(${CN2})s*[\u9879\u53F7]?|^(${CN2})(?=s*[\u3001.\uFF0E]|s*$)`
);
var TRAILING_ID = /[（(\[【]\s*(?:(?:指南)?方向|编号|榜单)?\s*(\d+(?:\.\d+)*|[一二三四五六七八九十]+)\s*[)）\]】]\s*$/;
function cleanTitle(s) {
  const t = s.replace(/^[\s、.．:：\-—–]+/, "").replace(/[\s，,；;。]+$/, "").replace(/^[《“"「『]+|[》”"」』]+$/g, "").trim();
  return t.length >= 2 ? t : null;
}
function parseDirectionValue(v) {
  const steps = v.split(/\s*[—–－]+\s*|\s+[/>＞→]\s+/).filter((x) => x.trim());
  if (steps.length >= 2) {
    const last = parseDirectionValue(steps[steps.length - 1]);
    if (last.id && last.title) return last;
  }
  const s = v.trim();
  const code = /^[A-Za-z]{1,4}(?:(?:[-－—][A-Za-z]{1,4})*[-－—]\d{1,4}|\d{2,4})(?:[-－—]\d{1,4})*(?![\w.])/.exec(s);
  if (code) return { id: normalizeDirectionId(code[0]), title: cleanTitle(s.slice(code[0].length)) };
  const nth = /^第\s*(\d+|[一二三四五六七八九十]+)\s*[项号个]?(?:方向|榜单)?(?=$|[\s、.．:：])/.exec(s);
  if (nth) return { id: normalizeDirectionId(nth[1]), title: cleanTitle(s.slice(nth[0].length)) };
  const m = ID_RE.exec(s);
  if (m && m[0].trim()) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4];
    return { id: normalizeDirectionId(raw), title: cleanTitle(s.slice(m[0].length)) };
  }
  const t = TRAILING_ID.exec(s);
  if (t) return { id: normalizeDirectionId(t[1]), title: cleanTitle(s.slice(0, t.index)) };
  return { id: null, title: cleanTitle(s) };
}
var PROSE2 = /(?:申报|面向|针对|属于|对应|响应)[^。；;]{0,8}?(?:指南|榜单)?(?:方向)?\s*[“"「《]([^”"」》]{2,60})[”"」》]\s*(?:方向|榜单)?/;
function readDirection(t) {
  let id = null;
  let title = null;
  let at = null;
  const found = [];
  for (const hit of findFields(t.lines, DIRECTION_LABEL)) {
    let value = hit.value;
    let offset = hit.offset;
    if (!value && !hit.cell) {
      const next = nextLine(t.lines, hit.line, 2);
      if (!next) continue;
      value = next.text.trim();
      offset = next.offset + (next.text.length - next.text.trimStart().length);
    }
    if (!value) continue;
    const d = parseDirectionValue(value);
    if (!d.id && !d.title) continue;
    found.push({ d, text: value, offset, broad: AREA_REFERENCE.test(hit.label) });
  }
  const narrow = found.filter((f) => !f.broad);
  const ranked = narrow.length ? [...narrow, ...found.filter((f) => f.broad && !narrow.some((n) => n.d.id && f.d.id && n.d.id.startsWith(`${f.d.id}.`)))] : found;
  for (const f of ranked) {
    if (f.d.id && !id) id = f.d.id;
    if (f.d.title && !title) title = f.d.title;
    at ??= { text: f.text, offset: f.offset };
    if (id && title) break;
  }
  if (!title) {
    const hit = findFields(t.lines, TITLE_LABEL).find((h) => h.value);
    if (hit) {
      title = cleanTitle(hit.value);
      at ??= { text: hit.value, offset: hit.offset };
    }
  }
  if (!id && !title) {
    for (const line of t.lines) {
      const m = PROSE2.exec(line.text);
      if (!m) continue;
      const sentence = line.text.slice(m.index).split(/[。；;]/)[0];
      const named = [...sentence.matchAll(/[“"「]([^”"」]{2,60})[”"」]\s*(?:方向|任务|榜单|课题|子课题)/g)].pop();
      const [text, index] = named ? [named[1], m.index + named.index + 1] : [m[1], m.index + m[0].indexOf(m[1])];
      const d = parseDirectionValue(text);
      if (!d.id && !d.title) continue;
      ({ id, title } = d);
      at = { text, offset: line.offset + index };
      break;
    }
  }
  if (!id && !title) {
    for (const line of t.lines.slice(0, COVER_LINES)) {
      const m = COVER_ID.exec(line.text);
      if (!m) continue;
      id = normalizeDirectionId(m[1]);
      at = { text: m[0], offset: line.offset + m.index };
      break;
    }
  }
  return at ? t.fact({ id, title }, at.text, at.offset) : null;
}
var COVER_LINES = 20;
var COVER_ID = new RegExp(String.raw`(?:榜单|指南方向|申报方向)\s*([（(]\s*(?:${CN2}|\d{1,3})\s*[)）])`);

// src/draft/front-matter.ts
var OPEN2 = /^\uFEFF?[ \t]*-{3}[ \t]*\n/;
var CLOSE2 = /^[ \t]*(?:-{3}|\.{3})[ \t]*$/m;
function splitFrontMatter(raw) {
  const open = OPEN2.exec(raw);
  if (!open) return null;
  const rest = raw.slice(open[0].length);
  const close = CLOSE2.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const end = open[0].length + close.index + close[0].length;
  const blanked = raw.slice(0, end).replace(/[^\n]/g, "");
  return { yaml, firstLine: 2, body: blanked + raw.slice(end) };
}

// src/draft/kpis.ts
var KPI_HEADING = new RegExp(alternation(DRAFT_FIELDS.kpi));
var OTHER_FIELD = new RegExp(String.raw`^${alternation(draftFieldsExcept("kpi", "title").filter((w) => !["\u627F\u62C5\u5355\u4F4D", "\u7275\u5934\u5355\u4F4D"].includes(w)))}\s*[:：]?`);
var METRIC_HEADER = new RegExp(String.raw`^${alternation(KPI_METRIC_HEADERS)}(?:[（(].*[)）])?$`);
var GUIDE_HEADER = /指南|榜单要求|考核要求|要求值/;
var DRAFT_HEADER = /本项目|本课题|申报|承诺|拟达到|预期|目标值|指标值|项目指标|完成值|达到值|考核值|实现值|本单位/;
var NUMBER_HEADER2 = /^(?:序号|编号|No\.?)$/i;
var UNIT_PAREN = /[（(]\s*([A-Za-z%‰°″′μΩ/·^\d\-]+|[\u4e00-\u9fff]{1,3})\s*[)）]\s*$/;
var CATEGORY_HEADER = new RegExp(`^${alternation(KPI_CATEGORY_HEADERS)}$`);
var STAGE_HEADER = /^(?:考核)?(?:阶段|节点|时间节点|考核时间|时点)$/;
var STAGE_CELL = /^(?:中期|验收|结题|终期|期末|年度|完成时|项目完成时?|项目结束时?|项目验收时?|执行期满|实施期满|第[一二三四五1-5]年|\d{4}\s*年)/;
var CATEGORY_PREFIX = new RegExp(`^${alternation(KPI_CATEGORY_HEADERS)}`);
function kpiTable(cells) {
  const h = cells.map((c) => c.text.replace(/\s+/g, ""));
  let metric = h.findIndex((c) => METRIC_HEADER.test(c) || METRIC_HEADER.test(c.replace(CATEGORY_PREFIX, "")));
  if (metric < 0) {
    const g = h.findIndex((c) => GUIDE_HEADER.test(c) && /指标/.test(c));
    if (g >= 0 && h.some((c, i) => i !== g && DRAFT_HEADER.test(c))) metric = g;
  }
  if (metric < 0) return null;
  const guide = h.findIndex((c, i) => i !== metric && GUIDE_HEADER.test(c));
  let draft = h.findIndex((c, i) => i !== metric && i !== guide && DRAFT_HEADER.test(c));
  if (draft < 0 && guide >= 0 && DRAFT_HEADER.test(h[guide])) draft = guide;
  const number = h.findIndex((c) => NUMBER_HEADER2.test(c));
  if (draft < 0) {
    for (let i = h.length - 1; i >= 0; i--)
      if (i !== metric && i !== guide && i !== number && !/单位|备注|说明|方法|方式/.test(h[i])) {
        draft = i;
        break;
      }
  }
  if (draft < 0 || guide < 0 && !DRAFT_HEADER.test(h[draft]) && !/值|要求|目标/.test(h[draft])) return null;
  const category = h.findIndex((c, i) => i !== metric && CATEGORY_HEADER.test(c));
  const unit = h.findIndex((c, i) => i !== metric && i !== draft && /^(?:计量)?单位$/.test(c));
  const stage = h.findIndex((c, i) => i !== metric && i !== draft && STAGE_HEADER.test(c));
  return { metric, guide, draft, number, category, unit, stage, headerUnit: UNIT_PAREN.exec(h[draft])?.[1] ?? "", headerLine: -1 };
}
var PAIR_METRIC = new RegExp(String.raw`^[^:：]{0,8}?(?:${alternation(KPI_METRIC_HEADERS)})\s*[:：]`);
var PAIR_VALUE = new RegExp(String.raw`[ \t\u3000]*(?:${DRAFT_HEADER.source})[^:：\s]{0,3}\s*(?=[:：])`);
function unPaired(s) {
  const m = PAIR_METRIC.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  const v = PAIR_VALUE.exec(rest);
  if (!v || v.index === 0) return s;
  const at = m[0].length + v.index;
  return " ".repeat(m[0].length) + s.slice(m[0].length, at) + " ".repeat(v[0].length) + s.slice(at + v[0].length);
}
var BASELINE = /[由从](?=[^，,。；;由从]{0,40}?\d)[^，,。；;由从]{0,40}?(?=(?:提升|提高|增加|增长|扩展|扩大|拓展|升|降低|减少|减小|缩短|缩减|压缩|下降|降)(?:至|到|为))/g;
function unTolerance(s) {
  const t = unPaired(s).replace(BASELINE, (m) => " ".repeat(m.length));
  return t.includes("\xB1") ? { text: t.replace(/±/g, " "), tolerance: true } : { text: t, tolerance: false };
}
function cleanMetric2(s) {
  return s.replace(LIST_MARKER2, "").replace(/^[-*•·]\s*/, "").replace(/ {2,}(?:\S{1,2}(?:至|到|为))?$/, "").replace(/[:：\s]+$/, "").trim();
}
function readCommittedKpis(t, unfilled = []) {
  const out = [];
  const inTable = /* @__PURE__ */ new Set();
  readTables(t, out, inTable, unfilled);
  for (const [from, to] of kpiSections(t.lines)) {
    for (let i = from; i < to; i++) {
      if (inTable.has(i)) continue;
      let line = t.lines[i];
      while (i + 1 < to && !inTable.has(i + 1) && wrapsOnto(line, t.lines[i + 1])) {
        line = { ...line, text: `${line.text} ${t.lines[i + 1].text}` };
        i++;
      }
      const cells = splitCells(line.text);
      if (cells) {
        const header = headerAbove(t.lines, i);
        const own = header ? header.findIndex((c) => DRAFT_HEADER.test(c.text)) : -1;
        const value = cells[own > 0 && own < cells.length ? own : cells.length - 1];
        const listed = readKpis(value.text).filter((a) => cleanMetric2(a.metric));
        if (listed.length > 1) {
          for (const a of listed)
            out.push(t.fact({ metric: cleanMetric2(a.metric), op: a.op, value: a.value, max: a.max, unit: a.unit }, line.text.trim(), line.offset + value.start + a.start));
          continue;
        }
        const q = readCell(value.text);
        if (q && cells[0].text && !/^\d/.test(cells[0].text))
          out.push(t.fact({ ...q, metric: cleanMetric2(cells[0].text) }, line.text.trim(), line.offset + value.start));
        continue;
      }
      readLine(t, line, out);
    }
  }
  return out;
}
function readCell(text) {
  const { text: s, tolerance } = unTolerance(text);
  const q = readQuantity(s);
  if (!q) return null;
  const op = tolerance && q.op === "=" ? "<=" : q.op;
  const restated = restatedAfter(s.slice(q.end), q.unit);
  return { op, value: q.value, max: q.max, unit: q.unit, ...tolerance ? { tolerance } : {}, ...restated ? { restated } : {} };
}
var RESTATED = /^[\p{Script=Han}]{0,4}\s*[（(]\s*(?:约|即|合)?\s*([^（）()，,；;。]{1,16}?)\s*[）)]/u;
function restatedAfter(rest, unit) {
  const inner = RESTATED.exec(rest)?.[1];
  const q = inner ? readQuantity(inner) : null;
  if (!q || !q.unit || q.unit === unit || q.start > 0 || q.end < inner.length) return null;
  return { op: q.op, value: q.value, max: q.max, unit: q.unit };
}
function headerAbove(lines, i) {
  let h = i;
  const rowAt = (k) => k >= 0 && !!splitCells(lines[k].text);
  while (h > 0 && (rowAt(h - 1) || !lines[h - 1].text.trim() && rowAt(h - 2))) h -= rowAt(h - 1) ? 1 : 2;
  const cells = h < i ? splitCells(lines[h].text) : null;
  return cells && cells.every((c) => !/\d/.test(c.text)) ? cells : null;
}
var COMMIT = /本项目|本课题|承诺|拟达到|我们/;
var BACKGROUND = new RegExp(`^[\\s(\uFF08\\d)\uFF09.\u3001]*${alternation(BACKGROUND_CUES)}`);
var DISCLAIMERS = /仅(?:作|供|为|用于)?(?:对比|参考|比较)|(?:不是|并非|非|不属于|不作为|不列入)本(?:项目|课题)(?:的)?(?:考核)?指标/g;
var BREAKDOWN = /[（(]\s*(?:其中|含|包括|包含)/;
var CLASSIFIER = /^[\u4e00-\u9fff]{1,2}$/;
var GUIDE_QUOTE = /^[^:：，,。；;]{0,10}?(?:指南|榜单|原文)[^:：，,。；;]{0,6}[:：]|^(?:考核|指标)?要求\s*[:：]/;
function readLine(t, line, out) {
  const { text: s, tolerance } = unTolerance(line.text);
  const body = s.replace(LIST_MARKER2, "");
  if (GUIDE_QUOTE.test(body) && !COMMIT.test(body.slice(0, body.search(/[:：]/)))) return;
  const lead = s.length - body.length;
  const found = /^([^:：，,。；;]{2,30}?)\s*[:：]\s*/.exec(body);
  const label = found && !KPI_HEADING.test(found[1]) ? found : null;
  const kpis = [];
  const background = [];
  for (const m of body.matchAll(/[^。；;]+[。；;]?/g)) {
    const undisclaimed = m[0].replace(DISCLAIMERS, "");
    if ((BACKGROUND.test(m[0]) || undisclaimed !== m[0]) && !COMMIT.test(undisclaimed)) background.push([m.index, m.index + m[0].length]);
  }
  const inBackground = (at) => background.some(([a, b]) => at >= a && at < b);
  for (const a of readKpis(body)) {
    if (inBackground(a.start)) continue;
    let metric = cleanMetric2(a.metric);
    if (label && a.start <= label[0].length) {
      const l = cleanMetric2(label[1]);
      if (!metric || metric.length <= 4) metric = l + (metric && !l.includes(metric) ? metric : "");
      else if (!metric.includes(l) && !l.includes(metric) && l.length <= 12) metric = `${l}${metric}`;
      else if (l.includes(metric)) metric = l;
    }
    const text = body.slice(a.start, a.end);
    const tol = tolerance && line.text.slice(lead + a.start, lead + a.end).includes("\xB1");
    const kpi = { metric, op: a.op, value: a.value, max: a.max, unit: a.unit, ...tol ? { tolerance: true } : {} };
    kpis.push({ kpi, text: line.text.slice(lead + a.start, lead + a.end), start: a.start, end: a.end, commit: COMMIT.test(text) });
  }
  for (const c of body.matchAll(/(?:[^，,；;。]|(?<=\d),(?=\d{3}))+/g)) {
    const ca = c.index;
    if (inBackground(ca)) continue;
    const breakdown = BREAKDOWN.exec(c[0]);
    const clause = breakdown && breakdown.index > 0 ? c[0].slice(0, breakdown.index) : c[0];
    const cb = ca + c[0].length;
    if (kpis.some((k) => k.start < cb && k.end > ca)) continue;
    let qa = null;
    for (let pos = 0, q1; pos < clause.length && (q1 = readQuantity(clause.slice(pos).replace(/±/g, " "))); pos += q1.end)
      qa = { ...q1, start: q1.start + pos, end: q1.end + pos };
    if (!qa) continue;
    const tolStart = clause.lastIndexOf("\xB1", qa.start) >= 0 && clause.lastIndexOf("\xB1", qa.start) >= qa.start - 2 ? clause.lastIndexOf("\xB1", qa.start) : qa.start;
    const q = readCell(line.text.slice(lead + ca + Math.min(tolStart, qa.start), lead + ca + qa.end));
    if (!q) continue;
    const ratioLike = /[比率数度]$|系数|指数|因子/.test(clause.slice(0, qa.start).replace(/[\s:：为是达到]+$/, ""));
    if (q.unit === "\u5E74" && q.value >= 1900 || q.unit === "" && !/±/.test(clause) && !ratioLike) continue;
    let before = clause.slice(0, qa.start);
    if (label && ca === 0) before = before.slice(Math.min(before.length, label[0].length));
    let metric = cleanMetric2(before.replace(/(?:实现|达到|达|为|是|共|约)$/, ""));
    if (label && ca === 0) metric = cleanMetric2(label[1]) + (metric && metric !== cleanMetric2(label[1]) ? metric : "");
    const after = clause.slice(qa.end).replace(/^[的]/, "").trim().slice(0, 16);
    if (CLASSIFIER.test(q.unit) && after && !/^[\d(（]/.test(after)) metric = `${metric}${after}`;
    if (!metric || /^\d/.test(metric)) continue;
    kpis.push({ kpi: { ...q, metric }, text: clause.trim(), start: ca + (clause.length - clause.trimStart().length), end: cb, commit: COMMIT.test(clause) });
  }
  kpis.sort((a, b) => a.start - b.start);
  const kept = kpis.filter((k, i) => {
    if (k.commit) return true;
    const c = kpis.slice(i + 1).find((x) => x.commit && x.kpi.unit === k.kpi.unit);
    if (!c) return true;
    if (!c.kpi.metric || COMMIT.test(c.kpi.metric) || c.kpi.metric.length <= 2) c.kpi.metric = k.kpi.metric;
    c.kpi.guideText = k.text;
    return false;
  });
  for (const k of kept) {
    k.kpi.metric = k.kpi.metric.replace(/^(?:本项目|本课题)(?:承诺|拟达到|为|将)?/, "").trim() || k.kpi.metric;
    out.push(t.fact(k.kpi, k.text.replace(/[；;，,。]+$/, ""), line.offset + lead + k.start));
  }
}
function readTables(t, out, inTable, unfilled) {
  const lines = t.lines;
  for (let i = 0; i < lines.length; i++) {
    const cells = splitCells(lines[i].text);
    if (!cells) continue;
    const table = kpiTable(cells);
    if (!table) continue;
    table.headerLine = i;
    inTable.add(i);
    const width = cellsOf(lines[i]);
    let stageMetric = null;
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j].text.trim();
      const row = splitCells(lines[j].text) ?? (table.number >= 0 && /^\d{1,2}[\u4e00-\u9fff]/.test(text) && headingLevel(text) === null ? [{ text, start: lines[j].text.indexOf(text), end: lines[j].text.indexOf(text) + text.length }] : null);
      if (!row) {
        if (text) break;
        continue;
      }
      inTable.add(j);
      i = j;
      const staged = table.stage >= 0 ? stagedRow(row, table, width, stageMetric) : null;
      if (table.stage >= 0) {
        const next = splitCells(lines[j + 1]?.text ?? "");
        if (staged && !staged.continues) stageMetric = staged.mCell;
        if (next && stagedRow(next, table, width, stageMetric)?.continues) continue;
      }
      const shift = Math.max(0, row.length - width);
      let mCell = staged?.mCell ?? row[table.metric + shift];
      let vCell = staged?.vCell ?? row[table.draft + shift];
      let guideText = table.guide >= 0 && table.guide !== table.draft ? row[table.guide + shift]?.text : void 0;
      const before = shift > 0 && table.metric === 0 ? row.slice(0, shift).map((c) => c.text).join("") : "";
      if (!staged && (row.length < width || table.guide === table.draft)) {
        const split = splitMerged(row, table);
        if (!split) continue;
        ({ mCell, vCell, guideText } = split);
      }
      if (!mCell || !vCell) continue;
      if (isUnfilledText(vCell.text)) {
        if (!isUnfilledText(mCell.text)) unfilled.push(t.fact("kpis", lines[j].text.trim(), lines[j].offset + vCell.start));
        continue;
      }
      const q = readCell(vCell.text);
      if (!q) continue;
      let metric = cleanMetric2(mCell.text);
      const category = before || (table.category >= 0 && row.length === width ? cleanMetric2(row[table.category]?.text ?? "") : "");
      if (category && !metric.includes(category) && !/^\d+$/.test(category)) metric = category + metric;
      const paren = UNIT_PAREN.exec(metric);
      const unitCell = table.unit >= 0 && row.length === width ? row[table.unit]?.text.trim() ?? "" : "";
      if (!q.unit && unitCell && !/^[-—/无]$/.test(unitCell)) q.unit = readCell(`1${unitCell}`)?.unit || unitCell;
      if (!q.unit && (paren || table.headerUnit)) q.unit = paren?.[1] ?? table.headerUnit;
      if (paren && q.unit === paren[1]) metric = metric.slice(0, paren.index).trim();
      if (!metric) continue;
      const kpi = { metric, ...q };
      if (guideText) kpi.guideText = guideText;
      out.push(t.fact(kpi, lines[j].text.trim(), lines[j].offset + vCell.start));
    }
  }
}
function kpiSections(lines) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.trim();
    if (!KPI_HEADING.test(text)) continue;
    const level = headingLevel(text);
    const body = text.replace(LIST_MARKER2, "");
    const labelled = new RegExp(`^[^\uFF0C,\u3002\uFF1B;]{0,10}(?:${KPI_HEADING.source})[^\uFF0C,\u3002\uFF1B;:\uFF1A]{0,6}[:\uFF1A]`).exec(body);
    if (level === null && !labelled && !(body.length <= 20 && KPI_HEADING.test(body.slice(0, 12)))) continue;
    const from = labelled && body.slice(labelled[0].length).trim() ? i : i + 1;
    let to = from === i ? i + 1 : from;
    for (let j = i + 1; j < lines.length; j++) {
      const h = headingLevel(lines[j].text);
      if (h !== null && (level === null || h <= level) && !KPI_HEADING.test(lines[j].text)) break;
      if (level === null && h !== null && h <= 2 && !KPI_HEADING.test(lines[j].text)) break;
      if (OTHER_FIELD.test(lines[j].text.replace(LIST_MARKER2, ""))) break;
      to = j + 1;
    }
    out.push([from, Math.max(from, to)]);
    i = Math.max(i, to - 1);
  }
  return out;
}
function wrapsOnto(line, next) {
  if (next.offset !== line.offset + line.text.length + 1) return false;
  const a = line.text.trim();
  const b = next.text.trim();
  if (!a || !b || /[。；;！!？?：:]$/.test(a) || splitCells(line.text) || splitCells(next.text)) return false;
  if (LIST_MARKER2.test(next.text) || headingLevel(next.text) !== null || OTHER_FIELD.test(b) || /^[^，,。；;：:]{1,12}[:：]/.test(b)) return false;
  return true;
}
function stagedRow(row, table, width, above) {
  if (row.length >= width && row[table.metric]?.text.trim()) return { mCell: row[table.metric], vCell: row[table.draft], continues: false };
  if (!above) return null;
  if (row.length >= width) return STAGE_CELL.test(row[table.stage]?.text.trim() ?? "") ? { mCell: above, vCell: row[table.draft], continues: true } : null;
  if (!STAGE_CELL.test(row[0].text.trim())) return null;
  const vCell = row[table.draft - table.stage] ?? row[row.length - 1];
  return vCell ? { mCell: above, vCell, continues: true } : null;
}
function cellsOf(line) {
  return splitCells(line.text)?.length ?? 1;
}
var LAST_VALUE = /(?:[<>≤≥]|不(?:低|少|高|超)于)?\s*[-+]?\d+(?:\.\d+)?\s*[^\s\d|，,；;]{0,8}$/;
function splitMerged(row, table) {
  const last = row[row.length - 1];
  const m = LAST_VALUE.exec(last.text);
  if (!m) return null;
  const vCell = { text: m[0].trim(), start: last.start + m.index + (m[0].length - m[0].trimStart().length), end: last.end };
  const guide = last.text.slice(0, m.index).trim();
  const mIndex = row.length > 1 ? row.slice(0, -1).findIndex((c) => /[\u4e00-\u9fff]/.test(c.text) && !/^(?:[<>≤≥]|不|\d+(?:\.\d+)?\s*[%a-zA-Z])/.test(c.text)) : -1;
  let mCell = mIndex >= 0 ? row[mIndex] : row.length > 1 ? row[0] : { ...last, text: last.text.slice(0, m.index) };
  if (table.number >= 0) mCell = { ...mCell, text: mCell.text.replace(/^\d{1,2}(?=[\u4e00-\u9fff])/, "") };
  if (row.length === 1) {
    const q = readQuantity(mCell.text);
    if (q) mCell = { ...mCell, text: mCell.text.slice(0, q.start) };
    return { mCell, vCell, guideText: q ? last.text.slice(q.start, m.index).trim() : void 0 };
  }
  const between = row.slice(Math.max(mIndex, 0) + 1, -1).map((c) => c.text);
  const guideText = [...between, guide].filter(Boolean).join(" ");
  return { mCell, vCell, guideText: guideText || void 0 };
}

// src/draft/period.ts
var PERIOD_LABEL = "\u9879\u76EE\u6267\u884C\u671F\u9650|\u6267\u884C\u671F\u9650|\u5B9E\u65BD\u671F\u9650|\u9879\u76EE\u6267\u884C\u671F|\u9879\u76EE\u5B9E\u65BD\u671F|\u6267\u884C\u671F|\u5B9E\u65BD\u671F|\u5B9E\u65BD\u5468\u671F|\u9879\u76EE\u5468\u671F|\u7814\u7A76\u671F\u9650|\u6267\u884C\u5E74\u9650|\u8D77\u6B62\u5E74\u9650|\u8D77\u6B62\u5E74\u6708|\u8D77\u6B62\u65F6\u95F4|\u9879\u76EE\u8D77\u6B62\u65F6\u95F4|\u7814\u7A76\u5E74\u9650";
var CN_YEAR = "[\u3007\u96F6\u4E00\u4E8C][\u3007\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]{3}";
var CN_MONTH = "\u5341[\u4E00\u4E8C]?|[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]";
var CN_DAY = "[\u4E00\u4E8C\u4E09]?\u5341[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]?|[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]";
var YM = String.raw`((?:19|20)\d{2}|${CN_YEAR})\s*(?:年\s*(?:(\d{1,2}|${CN_MONTH})\s*月?(?:\s*(?:\d{1,2}|${CN_DAY})\s*日)?)?|[.\-/／．]\s*(\d{1,2})(?:\s*[.\-/／．]\s*\d{1,2})?)`;
var RANGE_RE = new RegExp(`${YM}\\s*(?:\u81F3|\u5230|\u2014+|\u2013|-|~|\uFF5E|\u301C)\\s*${YM}`);
var LENGTH_RE = /(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(个月|个自然月|月|年|周年)(?!\d)/;
var pad = (n) => String(n).padStart(2, "0");
function parsePeriod(s) {
  const r = RANGE_RE.exec(s);
  if (r) {
    const y1 = dateNumber(r[1]);
    const y2 = dateNumber(r[4]);
    const m1 = dateNumber(r[2] ?? r[3] ?? "1");
    const m2 = dateNumber(r[5] ?? r[6] ?? "12");
    if (y2 >= y1 && m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12) {
      const months = (y2 - y1) * 12 + (m2 - m1) + 1;
      if (months > 0) return { value: { start: `${y1}-${pad(m1)}`, end: `${y2}-${pad(m2)}`, months }, index: r.index, length: r[0].length };
    }
  }
  for (const m of s.matchAll(new RegExp(LENGTH_RE, "g"))) {
    if (/^\d{4}$/.test(m[1]) || /[〇零]/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    const n = /^\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
    if (!n) continue;
    const months = /年/.test(m[2]) ? Math.round(n * 12) : n;
    return { value: { start: null, end: null, months }, index: m.index, length: m[0].length };
  }
  return null;
}
function readPeriod(t) {
  for (const hit of findFields(t.lines, PERIOD_LABEL)) {
    const p = parsePeriod(hit.value);
    if (p) return t.fact(p.value, hit.value, hit.offset);
  }
  const prose = new RegExp(`(?:${PERIOD_LABEL})`);
  for (const line of t.lines) {
    const m = prose.exec(line.text);
    if (!m) continue;
    const rest = line.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const p = parsePeriod(rest);
    if (p && p.index <= 6) return t.fact(p.value, rest.slice(p.index, p.index + p.length), line.offset + m.index + m[0].length + p.index);
  }
  return null;
}

// src/draft/parties.ts
var DIVISION = "(?:\u4E0E|\u53CA|\u548C)(?:\u4EFB\u52A1)?\u5206\u5DE5";
var LEAD_LABEL = `${alternation(LEAD_UNIT_LABELS)}(?:${DIVISION})?`;
var SIDE = "(?:\u4E2D\u65B9|\u56FD\u5185|\u56FD\u5916|\u56FD[\uFF08(]\u5883[)\uFF09]\u5916|\u5916\u65B9|\u5883\u5916|\u6D77\u5916)";
var LEAD_ROLE = new RegExp(`\u7275\u5934|${LEAD_LABEL}`);
var LEAD_MARK = /[（(]\s*牵头(?:单位)?\s*[)）]/;
var TASK_UNIT = /[（(]([^（）()]{2,60})[)）][。；;]?$/;
var PARTICIPANT_LABEL = `(?:(?:\u5176\u4ED6|${SIDE}|\u56FD\u9645)?(?:\u9879\u76EE)?${alternation(PARTICIPANT_UNIT_LABELS)}|${SIDE}\u5355\u4F4D)(?:\u540D\u79F0|\u540D\u5355|${DIVISION})?(?:\u5171?[\\d\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+\u5BB6)?`;
var ADDRESS_LABEL = "(?:\u5355\u4F4D)?(?:\u6CE8\u518C\u5730\u5740|\u6CE8\u518C\u5730|\u6CE8\u518C\u6240\u5728\u5730|\u4F4F\u6240|\u5730\u5740)";
var ADDRESS_HINT = /注册地|住所|地址/;
var ADDRESS_REGION = new RegExp(`^(?:${alternation(DOMESTIC_MARKERS)})?\\s*(?:([\\u4e00-\\u9fff]{2,3}?)(?:\u7701|\u81EA\u6CBB\u533A|\u7279\u522B\u884C\u653F\u533A)|(\u5317\u4EAC|\u5929\u6D25|\u4E0A\u6D77|\u91CD\u5E86)\u5E02)`);
var COUNTRIES = [
  "\u5FB7\u56FD",
  "\u7F8E\u56FD",
  "\u82F1\u56FD",
  "\u6CD5\u56FD",
  "\u65E5\u672C",
  "\u97E9\u56FD",
  "\u610F\u5927\u5229",
  "\u4FC4\u7F57\u65AF",
  "\u52A0\u62FF\u5927",
  "\u6FB3\u5927\u5229\u4E9A",
  "\u65B0\u897F\u5170",
  "\u8377\u5170",
  "\u6BD4\u5229\u65F6",
  "\u745E\u58EB",
  "\u745E\u5178",
  "\u632A\u5A01",
  "\u4E39\u9EA6",
  "\u82AC\u5170",
  "\u51B0\u5C9B",
  "\u5965\u5730\u5229",
  "\u897F\u73ED\u7259",
  "\u8461\u8404\u7259",
  "\u4EE5\u8272\u5217",
  "\u65B0\u52A0\u5761",
  "\u9A6C\u6765\u897F\u4E9A",
  "\u6CF0\u56FD",
  "\u5370\u5EA6\u5C3C\u897F\u4E9A",
  "\u5370\u5EA6",
  "\u5DF4\u897F",
  "\u5357\u975E",
  "\u57C3\u53CA",
  "\u6C99\u7279\u963F\u62C9\u4F2F",
  "\u6C99\u7279",
  "\u963F\u8054\u914B",
  "\u7231\u5C14\u5170",
  "\u6CE2\u5170",
  "\u6377\u514B",
  "\u5308\u7259\u5229",
  "\u5E0C\u814A",
  "\u571F\u8033\u5176",
  "\u4E4C\u514B\u5170",
  "\u767D\u4FC4\u7F57\u65AF",
  "\u54C8\u8428\u514B\u65AF\u5766",
  "\u4E4C\u5179\u522B\u514B\u65AF\u5766",
  "\u5DF4\u57FA\u65AF\u5766",
  "\u8D8A\u5357",
  "\u8001\u631D",
  "\u67EC\u57D4\u5BE8",
  "\u7F05\u7538",
  "\u83F2\u5F8B\u5BBE",
  "\u8499\u53E4",
  "\u667A\u5229",
  "\u963F\u6839\u5EF7",
  "\u58A8\u897F\u54E5",
  "\u79D8\u9C81",
  "\u53E4\u5DF4",
  "\u585E\u5C14\u7EF4\u4E9A",
  "\u7F57\u9A6C\u5C3C\u4E9A",
  "\u4FDD\u52A0\u5229\u4E9A",
  "\u65AF\u6D1B\u6587\u5C3C\u4E9A",
  "\u514B\u7F57\u5730\u4E9A",
  "\u5362\u68EE\u5821",
  "\u4F0A\u6717",
  "\u5361\u5854\u5C14",
  "\u80AF\u5C3C\u4E9A",
  "\u5C3C\u65E5\u5229\u4E9A",
  "\u57C3\u585E\u4FC4\u6BD4\u4E9A",
  "\u65AF\u91CC\u5170\u5361",
  "\u5B5F\u52A0\u62C9\u56FD",
  "\u5C3C\u6CCA\u5C14",
  "\u4E2D\u56FD\u9999\u6E2F",
  "\u4E2D\u56FD\u6FB3\u95E8",
  "\u4E2D\u56FD\u53F0\u6E7E",
  "\u9999\u6E2F",
  "\u6FB3\u95E8",
  "\u53F0\u6E7E"
];
var COUNTRY_RE = new RegExp(`^(?:${COUNTRIES.join("|")})`);
var EN_COUNTRIES = {
  uk: "\u82F1\u56FD",
  "united kingdom": "\u82F1\u56FD",
  britain: "\u82F1\u56FD",
  england: "\u82F1\u56FD",
  usa: "\u7F8E\u56FD",
  us: "\u7F8E\u56FD",
  "u.s.": "\u7F8E\u56FD",
  "united states": "\u7F8E\u56FD",
  america: "\u7F8E\u56FD",
  germany: "\u5FB7\u56FD",
  france: "\u6CD5\u56FD",
  japan: "\u65E5\u672C",
  korea: "\u97E9\u56FD",
  "south korea": "\u97E9\u56FD",
  italy: "\u610F\u5927\u5229",
  russia: "\u4FC4\u7F57\u65AF",
  canada: "\u52A0\u62FF\u5927",
  australia: "\u6FB3\u5927\u5229\u4E9A",
  "new zealand": "\u65B0\u897F\u5170",
  netherlands: "\u8377\u5170",
  belgium: "\u6BD4\u5229\u65F6",
  switzerland: "\u745E\u58EB",
  sweden: "\u745E\u5178",
  norway: "\u632A\u5A01",
  denmark: "\u4E39\u9EA6",
  finland: "\u82AC\u5170",
  austria: "\u5965\u5730\u5229",
  spain: "\u897F\u73ED\u7259",
  portugal: "\u8461\u8404\u7259",
  israel: "\u4EE5\u8272\u5217",
  singapore: "\u65B0\u52A0\u5761",
  malaysia: "\u9A6C\u6765\u897F\u4E9A",
  thailand: "\u6CF0\u56FD",
  india: "\u5370\u5EA6",
  brazil: "\u5DF4\u897F",
  "south africa": "\u5357\u975E",
  ireland: "\u7231\u5C14\u5170",
  poland: "\u6CE2\u5170",
  "czech republic": "\u6377\u514B",
  hungary: "\u5308\u7259\u5229",
  greece: "\u5E0C\u814A",
  turkey: "\u571F\u8033\u5176"
};
var DOMESTIC = /^(?:中国|中方|国内|境内)$/;
var FOREIGN_CONTEXT = /国外|外方|境外|海外|国际|国[（(]境[)）]外/;
var PROSE_UNITS = /由([^，,。；;由]{2,40}?)(?:负责)?牵头[^，,。；;]{0,6}[，,]\s*(?:联合|会同|携手|并与|与)([^。；;]{2,160}?)(?:等)?(?:共同|联合|一起)?(?:申报|承担|实施|组成|开展)/;
var PROSE_TASK_UNITS = [
  ["\u7531", /由([^，,。；;由“”"]{4,40}?(?:[（(][^（）()]{0,20}[)）])?)(?:具体|牵头)?(?:承担|负责|实施)/g],
  ["\u4F5C\u4E3A", /([^，,。；;由“”"]{4,40}?(?:[（(][^（）()]{0,20}[)）])?)作为(?:参与|合作|协作)单位/g]
];
var TYPE_WORDS = [
  ...ORGANISATION_TYPES.map(([type, words]) => [new RegExp(alternation(words), "gi"), type]),
  [/政府|委员会|局$|厅$/g, "government"]
];
function unitType(s) {
  let best = null;
  let at = -1;
  for (const [re, type] of TYPE_WORDS) {
    for (const m of s.matchAll(re)) {
      const end = m.index + m[0].length;
      if (end >= at) {
        at = end;
        best = type;
      }
    }
  }
  return best;
}
function countryOf(s) {
  const t = s.trim();
  if (DOMESTIC.test(t) || /^(?:china|prc|p\.r\.\s*china)$/i.test(t)) return null;
  const en = EN_COUNTRIES[t.toLowerCase().replace(/\s+/g, " ")];
  if (en) return en;
  const m = COUNTRY_RE.exec(t);
  if (m && (m[0].length === t.length || /^(?:籍|的?)$/.test(t.slice(m[0].length)))) return m[0];
  return void 0;
}
var BARE_TYPE = /^[\u4e00-\u9fff]{0,4}(?:企业|院校|高校|院所|研发机构|事业单位|医疗机构|其他)$/;
function parseUnit(s, foreign = false) {
  let text = s.replace(LIST_MARKER2, "").trim().replace(/[。；;，,]+$/, "").replace(/^[^：:（(，,]{0,14}?单位(?:共?[\d一二三四五六七八九十]+家)?[：:]\s*/, "");
  if (answersNone(text)) return null;
  const dash = /\s*(?:——|—|--|－－)\s*(.*)$/.exec(text);
  const notes = [];
  if (dash && dash.index > 1) {
    if (FOREIGN_CONTEXT.test(dash[1])) foreign = true;
    notes.push(...dash[1].split(/[，,、/\s]+/).filter((p) => p.length <= 6));
    text = text.slice(0, dash.index).trim();
  }
  const gap = /[ \t]{2,}|\u3000+/.exec(text);
  if (gap && gap.index > 1) {
    notes.push(...text.slice(gap.index).split(/[，,、/：:\s\u3000]+/).filter(Boolean));
    text = text.slice(0, gap.index).trim();
  }
  const stripNotes = () => {
    for (; ; ) {
      const m = /[（(]([^（()）]*)[)）]\s*$/.exec(text);
      if (!m) break;
      const parts = m[1].split(/[，,、/\s]+/).filter(Boolean);
      if (!parts.some((p) => countryOf(p) !== void 0 || TYPE_NOTE.test(p) || /牵头|参与|承担/.test(p))) break;
      notes.push(...parts);
      text = text.slice(0, m.index).trim();
    }
  };
  stripNotes();
  const comma = /^(?:[^（(，,：:]|[（(][^）)]*[）)])*?([，,：:])/.exec(text);
  if (comma) comma.index = comma[0].length - 1;
  if (comma) {
    notes.push(...text.slice(comma.index + 1).split(/[，,、/\s]+/).filter(Boolean));
    text = text.slice(0, comma.index).trim();
    stripNotes();
  }
  const name = text.replace(/^(?:单位名称|名称)[:：]?/, "").trim();
  if (name.length < 2) return null;
  let type = null;
  let country;
  for (const n of notes) {
    const c = countryOf(n.replace(/^(?:国别|国家|所在国)[:：]?/, ""));
    if (c !== void 0 && country === void 0) country = c;
    const ty = TYPE_NOTE.test(n) ? unitType(n.replace(/性质|类型/g, "")) ?? noteType(n) : null;
    if (ty && !type) type = ty;
  }
  if (country === void 0) {
    const c = COUNTRY_RE.exec(name);
    country = c ? c[0] : foreign || /^[A-Za-z][A-Za-z .&,'-]{3,}$/.test(name) ? "\u56FD\u5916" : null;
  }
  return { name, type: type ?? unitType(name), country: country ?? null };
}
var TYPE_NOTE = /企业|公司|高校|大学|学院|院校|科研院所|研究所|研究院|院所|医院|医疗机构|政府|事业单位|其他/;
function noteType(n) {
  if (/科研院所|院所|研发机构/.test(n)) return "institute";
  if (/院校/.test(n)) return "university";
  if (/事业单位|其他/.test(n)) return "other";
  return null;
}
function looksLikeUnit(u) {
  return !!u && (u.type !== null || u.country !== null) && u.name.length <= 60 && !/[。]/.test(u.name);
}
function unitTable(cells) {
  const h = cells.map((c) => c.replace(/\s+/g, ""));
  if (h.some((c) => c.length > 12 || /\d/.test(c))) return null;
  const name = h.findIndex((c) => /^(?:单位名称|单位|名称|合作单位|参与单位|承担单位)(?:[（(].*[)）])?$/.test(c));
  if (name < 0) return null;
  const type = h.findIndex((c) => /单位性质|单位类型|性质|类型|类别/.test(c));
  const country = h.findIndex((c) => /国别|国家|所在国|国家[（(]地区[)）]|地区/.test(c));
  const role = h.findIndex((c) => /角色|分工|承担任务|单位角色|牵头\/参与/.test(c));
  if (type < 0 && country < 0 && role < 0) return null;
  return { name, type, country, role };
}
function unitKey(name) {
  return name.replace(/[（(][^（）()]*[)）]/g, "").replace(/\s+/g, "");
}
var N = "(\\d+|[\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+)";
var COUNT_RE = new RegExp(
  `(?:(?:\u4E2D\u65B9|\u56FD\u5185|\u56FD\u5916)?(?:\u53C2\u4E0E|\u5408\u4F5C|\u53C2\u52A0|\u7533\u62A5|\u627F\u62C5|\u9879\u76EE)?\u5355\u4F4D\\s*(?:\u5171\u8BA1?|\u603B\u8BA1|\u5408\u8BA1|\u4E3A|\u5171\u6709)\\s*${N}\\s*\u5BB6|(?:\u53C2\u4E0E|\u5408\u4F5C|\u9879\u76EE)?\u5355\u4F4D(?:\u6570\u91CF?|\u603B\u6570|\u4E2A\u6570)\\s*[:\uFF1A\u4E3A]?\\s*${N}\\s*\u5BB6?|(?:\u5171|\u7531|\u5171\u6709|\u5408\u8BA1)\\s*${N}\\s*\u5BB6(?:\u5355\u4F4D)?)(\\s*[\uFF08(]?\\s*(?:\u542B|\u5305\u62EC|\u5305\u542B|\u4E0D\u542B|\u4E0D\u5305\u62EC|\u672A\u542B)\u7275\u5934(?:\u5355\u4F4D)?\\s*[)\uFF09]?)?`
);
function readUnits(t) {
  let leadUnit = null;
  for (const hit of findFields(t.lines, LEAD_LABEL)) {
    if (!hit.value) continue;
    const u = parseUnit(hit.value);
    if (u) {
      leadUnit = t.fact(u, hit.value, hit.offset);
      break;
    }
  }
  const participants = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (u, text, offset) => {
    if (!u || BARE_TYPE.test(u.name) || seen.has(unitKey(u.name)) || leadUnit && unitKey(leadUnit.value.name) === unitKey(u.name)) return;
    seen.add(unitKey(u.name));
    participants.push(t.fact(u, text, offset));
  };
  for (const line of t.lines) {
    const m = PROSE_UNITS.exec(line.text);
    if (!m) continue;
    const lead = parseUnit(m[1]);
    if (lead && !leadUnit) leadUnit = t.fact(lead, m[1], line.offset + m.index + m[0].indexOf(m[1]));
    const from = m.index + m[0].indexOf(m[2]);
    for (const item of splitList(m[2], "\u3001\uFF0C,\uFF1B;\u548C\u53CA\u4E0E")) add(parseUnit(item.text), item.text, line.offset + from + item.start);
  }
  for (const line of t.lines)
    for (const [word, re] of PROSE_TASK_UNITS) {
      if (!line.text.includes(word)) continue;
      for (const m of line.text.matchAll(re)) {
        const u = parseUnit(m[1]);
        if (looksLikeUnit(u)) add(u, m[1], line.offset + m.index + m[0].indexOf(m[1]));
      }
    }
  const leadOrParticipant = (mark) => (u, text, offset) => {
    if (!u || !mark.test(text)) add(u, text, offset);
    else if (!leadUnit) leadUnit = t.fact(u, text, offset);
  };
  for (const hit of findFields(t.lines, PARTICIPANT_LABEL)) readParticipantHit(t, hit, leadOrParticipant(LEAD_MARK));
  for (const hit of findFields(t.lines, LEAD_LABEL)) if (!hit.value && !hit.cell) readParticipantHit(t, hit, leadOrParticipant(/牵头/));
  const tasks = [];
  const flushTasks = () => {
    if (tasks.length >= 2) for (const x of tasks) x.lead && !leadUnit ? leadUnit = t.fact(x.u, x.text, x.offset) : add(x.u, x.text, x.offset);
    tasks.length = 0;
  };
  for (const line of t.lines) {
    const m = TASK_UNIT.exec(line.text);
    const items = m && !splitCells(line.text) ? splitList(m[1], "\uFF0C,\u3001\uFF1B;") : [];
    const u = items.length && items[0].text.length >= 4 && noteType(items[0].text) === null ? parseUnit(items[0].text) : null;
    if (!m || !looksLikeUnit(u) || /单位\s*[:：]/.test(line.text)) {
      if (line.text.trim()) flushTasks();
      continue;
    }
    const notes = items.slice(1).map((x) => x.text);
    const type = notes.map((n) => unitType(n) ?? noteType(n)).find(Boolean) ?? u.type;
    const start = line.offset + m.index + m[0].indexOf(m[1]);
    tasks.push({ u: { ...u, type }, text: items[0].text, offset: start, lead: notes.some((n) => /牵头/.test(n)) });
  }
  flushTasks();
  for (let i = 0; i < t.lines.length; i++) {
    const cells = splitCells(t.lines[i].text);
    if (!cells) continue;
    const cols = unitTable(cells.map((c) => c.text));
    if (!cols) continue;
    for (let j = i + 1; j < t.lines.length; j++) {
      const row = splitCells(t.lines[j].text);
      if (!row) {
        if (t.lines[j].text.trim()) break;
        continue;
      }
      const nameCell = row[cols.name];
      if (!nameCell || !nameCell.text) continue;
      const typeText = cols.type >= 0 ? row[cols.type]?.text ?? "" : "";
      const countryText = cols.country >= 0 ? row[cols.country]?.text ?? "" : "";
      const role = cols.role >= 0 ? row[cols.role]?.text ?? "" : row.map((c2) => c2.text).join(" ");
      const base = parseUnit(nameCell.text);
      if (!base) continue;
      const c = countryText ? countryOf(countryText) : void 0;
      const u = {
        name: base.name,
        type: (typeText ? unitType(typeText) ?? noteType(typeText) : null) ?? base.type,
        country: c !== void 0 ? c : countryText && !/^[-—/无]$/.test(countryText) ? countryText : base.country
      };
      const offset = t.lines[j].offset + nameCell.start;
      const leads = LEAD_ROLE.test(role) && !/参与|合作|联合/.test(role);
      if (leads && !leadUnit) leadUnit = t.fact(u, nameCell.text, offset);
      else if (!leads) add(u, t.lines[j].text, offset);
      i = j;
    }
  }
  if (leadUnit && !leadUnit.value.country && ADDRESS_HINT.test(t.doc.text.text)) {
    const at = findFields(t.lines, ADDRESS_LABEL).map((h) => ADDRESS_REGION.exec(h.value)).find((m) => m);
    const region = at?.[1] ?? at?.[2];
    if (region) leadUnit = { ...leadUnit, value: { ...leadUnit.value, registeredIn: region } };
  }
  return { leadUnit, participants, participantCount: readCount(t) };
}
function readParticipantHit(t, hit, add) {
  const foreign = FOREIGN_CONTEXT.test(hit.label);
  if (hit.cell) {
    for (const item of splitList(hit.value)) add(parseUnit(item.text, foreign), item.text, hit.offset + item.start);
    return;
  }
  if (hit.value && !/^(?:共|如下|见下表|详见)/.test(hit.value)) {
    for (const item of splitList(hit.value)) {
      const u = parseUnit(item.text, foreign);
      if (looksLikeUnit(u)) add(u, item.text, hit.offset + item.start);
    }
  }
  const level = headingLevel(hit.line.text);
  for (let i = hit.line.index + 1; i < t.lines.length; i++) {
    const line = t.lines[i];
    const text = line.text.trim();
    if (!text) {
      const next = t.lines.slice(i + 1).find((l) => l.text.trim());
      if (i === hit.line.index + 1 || next && LIST_MARKER2.test(next.text)) continue;
      break;
    }
    if (splitCells(text)) break;
    const h = headingLevel(text);
    if (h !== null && (level === null || h <= level)) break;
    const item = text.replace(LIST_MARKER2, "");
    const lead = line.text.length - line.text.replace(LIST_MARKER2, "").length;
    const named = COUNTRY_NOTE.exec(item);
    const field = /^([^，,。]{2,16}?)[:：]/.exec(item);
    if (field && !looksLikeUnit(parseUnit(field[1])) && !named) break;
    if (field && new RegExp(`^(?:${PARTICIPANT_LABEL}|${LEAD_LABEL})`).test(field[1])) break;
    if (PROSE_UNITS.test(text)) continue;
    const u = parseUnit(text, foreign || FOREIGN_CONTEXT.test(item.slice(0, 6)));
    const country = named ? countryOf(named[2]) : void 0;
    if (named && country !== void 0) {
      const name = named[1].trim();
      add({ name, type: unitType(name) ?? (u && unitKey(u.name) === unitKey(name) ? u.type : null), country }, line.text.slice(lead).trim(), line.offset + lead);
      continue;
    }
    if (!looksLikeUnit(u)) {
      if (LIST_MARKER2.test(line.text)) break;
      continue;
    }
    add(u, line.text.slice(lead).trim(), line.offset + lead);
  }
}
var COUNTRY_NOTE = /^([^（(：:，。]{2,60})[（(]([^（）()]{1,12})[）)]\s*[:：]/;
function readCount(t) {
  for (const line of t.lines) {
    if (!/单位|家/.test(line.text)) continue;
    const m = COUNT_RE.exec(line.text);
    if (!m) continue;
    const raw = m[1] ?? m[2] ?? m[3];
    const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (!n) continue;
    const excl = m[4] && /不含|不包括|未含/.test(m[4]);
    const before = line.text.slice(0, m.index);
    if (!m[4] && !/单位/.test(m[0]) && !/单位/.test(before.slice(-8))) continue;
    return t.fact(excl ? n + 1 : n, m[0].trim(), line.offset + m.index);
  }
  return null;
}

// src/draft/pi.ts
var PI_LABEL = `${alternation(DRAFT_FIELDS.pi)}(?:\u59D3\u540D|\u7B80\u4ECB|\u7B80\u5386|\u57FA\u672C\u60C5\u51B5|\u60C5\u51B5)?`;
var TITLES = [
  "\u7814\u7A76\u5458\u7EA7\u9AD8\u7EA7\u5DE5\u7A0B\u5E08",
  "\u6559\u6388\u7EA7\u9AD8\u5DE5",
  "\u6559\u6388\u7EA7\u9AD8\u7EA7\u5DE5\u7A0B\u5E08",
  "\u6B63\u9AD8\u7EA7\u5DE5\u7A0B\u5E08",
  "\u9AD8\u7EA7\u5DE5\u7A0B\u5E08",
  "\u526F\u7814\u7A76\u5458",
  "\u52A9\u7406\u7814\u7A76\u5458",
  "\u7814\u7A76\u5458",
  "\u526F\u6559\u6388",
  "\u6559\u6388",
  "\u8BB2\u5E08",
  "\u526F\u4E3B\u4EFB\u533B\u5E08",
  "\u4E3B\u4EFB\u533B\u5E08",
  "\u4E3B\u6CBB\u533B\u5E08",
  "\u9AD8\u7EA7\u5B9E\u9A8C\u5E08",
  "\u5DE5\u7A0B\u5E08",
  "\u9AD8\u5DE5",
  "\u6B63\u9AD8\u7EA7",
  "\u526F\u9AD8\u7EA7"
];
var TITLE_RE = new RegExp(TITLES.join("|"));
function readDate(s) {
  const m = /(19\d{2}|20\d{2})\s*(?:年|[.\-/／．])\s*(\d{1,2})(?:\s*(?:月|[.\-/／．])\s*(\d{1,2})\s*日?|\s*月)?(?!\d)/.exec(s);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const day = m[3] ? Number(m[3]) : null;
  const value = `${m[1]}-${String(month).padStart(2, "0")}${day && day <= 31 ? `-${String(day).padStart(2, "0")}` : ""}`;
  return { value, index: m.index, length: m[0].length };
}
var RESIDENT_ID = /(?<![\dA-Za-z])\d{6}((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/;
var BIRTH_RE = /出生于\s*|出生(?:年月|日期|年月日|时间)?\s*[:：|]?\s*|生于\s*/g;
var FIELD_STOP = new RegExp(`^(?:${alternation(draftFieldsExcept("pi"))}|${DIRECTION_REFERENCE})`);
function employment(s) {
  const q = /是否(?:为|是)?(?:项目)?(?:牵头|申报|承担|依托)单位(?:的)?(?:正式)?在职(?:在编)?(?:人员|职工)?\s*[:：|]?\s*(是|否)/.exec(s);
  if (q) return q[1] === "\u662F";
  if (/(?:未|没有|不是|非|无)(?:与)?(?:牵头|申报|承担|依托)?(?:单位)?(?:的)?(?:签订|签署)?(?:正式)?(?:劳动合同|在职|在编)/.test(s)) return false;
  if (/(?:与|和)(?:本|该)?(?:牵头|申报|承担|依托)?单位签(?:订|署)(?:了)?(?:正式)?(?:的)?劳动(?:\(聘用\)|（聘用）)?合同/.test(s)) return true;
  if (/(?:系|为|是)(?:本|该)?(?:项目)?(?:牵头|申报|承担|依托)单位(?:的)?(?:正式)?在职(?:在编)?(?:人员|职工)/.test(s)) return true;
  if (/(?:不|非|未|并非|不是|无)[^，,；;。]{0,8}在职|退休|外聘|兼职/.test(s)) return false;
  if (/在职|已签(?:订|署)(?:了)?(?:正式)?劳动合同/.test(s)) return true;
  return null;
}
function firstName(value) {
  return /^[\u4e00-\u9fffA-Za-z·. ]{2,20}?(?=$|[\s，,、;；(（|]|[男女])/.exec(value.replace(/^姓名[:：]?\s*/, ""))?.[0].trim() ?? "";
}
var isOrganisation = (name) => unitType(name) !== null;
var NO_ACTIVE = /(?:无|没有|未(?:主持|承担)|不存在)(?:主持|承担)?(?:的)?在研[^，,；;。\n]{0,20}?(?:项目|课题)/;
var ACTIVE = /(?:主持|承担|负责)?在研(?:项目|课题)(?:情况)?\s*(?:[:：]|\|)\s*([^\n]+)|(?:主持|承担|负责)[^\n。；;]{0,60}?[（(][^）)\n]{0,40}在研[）)]/g;
function piActiveProjects(t, block) {
  const own = activeProjects(block);
  if (own) return own;
  const about = new RegExp(`^(?:${PI_LABEL}|\u4E3B\u6301\u5728\u7814|\u5728\u7814\u9879\u76EE)`);
  for (const line of t.lines) {
    if (!line.text.includes("\u5728\u7814")) continue;
    const body = line.text.replace(LIST_MARKER2, "");
    const lead = line.text.length - body.length;
    let at = 0;
    for (const sentence of body.split(/(?<=[。；;])/)) {
      const x = sentence.replace(/^[-*•\s]+|^(?:目前|现|当前)/g, "");
      const found = about.test(x) ? activeProjects(sentence) : null;
      if (found) return { ...found, offset: line.offset + lead + at };
      at += sentence.length;
    }
  }
  return null;
}
function activeProjects(s) {
  const none = NO_ACTIVE.exec(s);
  const found = [];
  let count = 0;
  for (const m of s.matchAll(ACTIVE)) {
    const body = (m[1] ?? m[0]).trim();
    if (/^(?:无|没有|暂无)/.test(body)) continue;
    const titles = body.match(/[“"《][^”"》]{4,60}[”"》]/g);
    const n = titles ? titles.length : body.split(/[；;]/).filter((x) => x.trim()).length;
    found.push(body);
    count += Math.max(n, 1);
  }
  if (found.length) return { count, text: found.join("\uFF1B") };
  return none ? { count: 0, text: none[0] } : null;
}
var OTHER_APPLICATIONS = /(?:本年度|本年|同年度?|今年|当年|同期)[^：:|\n]{0,16}?申报的?(?:其他|其它)[^：:|\n]{0,16}?(?:项目|课题)(?:情况)?\s*(?:[:：]|\|)\s*([^\n|]+)/;
function piOtherApplications(t) {
  for (const line of t.lines) {
    const m = OTHER_APPLICATIONS.exec(line.text);
    if (!m) continue;
    const answer = m[1].trim();
    const offset = line.offset + m.index + m[0].length - m[1].length;
    if (answersNone(answer)) return { count: 0, text: answer, offset };
    const stated = /^(\d+|[一二两三])\s*[项个]/.exec(answer);
    const titles = answer.match(/[“"《][^”"》]{4,60}[”"》]/g);
    const count = stated ? { \u4E00: 1, \u4E8C: 2, \u4E24: 2, \u4E09: 3 }[stated[1]] ?? Number(stated[1]) : titles ? titles.length : 1;
    return { count, text: answer, offset };
  }
  return null;
}
var NAME_COLUMN = /^姓\s*名$/;
var BIRTH_COLUMN = /出生/;
var TITLE_COLUMN = /^职\s*称|职务/;
var EMPLOYER_COLUMN = /工作单位|所在单位|单位名称|^单位$/;
var ROLE_COLUMN = /分工|角色|任务|职责/;
function piFromTeamTable(t, lead) {
  for (const line of t.lines) {
    const header = splitCells(line.text);
    if (!header) continue;
    const col = (re) => header.findIndex((c) => re.test(c.text.replace(/\s+/g, "")));
    const nameAt = col(NAME_COLUMN);
    const roleAt = col(ROLE_COLUMN);
    if (nameAt < 0 || roleAt < 0) continue;
    const [birthAt, titleAt, employerAt] = [col(BIRTH_COLUMN), col(TITLE_COLUMN), col(EMPLOYER_COLUMN)];
    for (let i = line.index + 1; i < t.lines.length && i <= line.index + 40; i++) {
      const row = splitCells(t.lines[i].text);
      if (!row) {
        if (t.lines[i].text.trim()) break;
        continue;
      }
      if (!/^(?:项目|课题)?负责人/.test(row[roleAt]?.text ?? "")) continue;
      const cell = (at) => at >= 0 ? row[at]?.text ?? "" : "";
      const employer = cell(employerAt);
      const pi = {
        name: cell(nameAt) || null,
        birthDate: readDate(cell(birthAt))?.value ?? null,
        title: cell(titleAt) || null,
        // the lead, or one of its departments (泊川大学计算机学院 under 泊川大学)
        employedByLead: employer && lead ? unitKey(employer).startsWith(unitKey(lead)) : null
      };
      return t.fact(pi, row[nameAt].text, t.lines[i].offset + row[nameAt].start);
    }
  }
  return null;
}
function readPi(t, lead = null) {
  const hits = findFields(t.lines, PI_LABEL).filter((h) => h.value || !h.cell);
  const hit = hits.find((h) => !isOrganisation(firstName(h.value))) ?? hits[0];
  if (!hit) {
    const listed = piFromTeamTable(t, lead);
    const other2 = listed && piOtherApplications(t);
    if (listed && other2) {
      listed.value.otherApplications = { count: other2.count, text: other2.text };
      listed.parts = { ...listed.parts, otherApplications: t.place(other2.offset) };
    }
    if (listed) return listed;
    const active2 = piActiveProjects(t, "");
    if (!active2 || active2.offset === void 0) return null;
    const { offset, ...activeProjects2 } = active2;
    return t.fact({ name: null, birthDate: null, title: null, employedByLead: null, activeProjects: activeProjects2 }, activeProjects2.text, offset);
  }
  let name = firstName(hit.value) || null;
  const block = [];
  const blockLines = [];
  const addBlock = (h) => {
    const level = headingLevel(h.line.text);
    block.push(h.line.text.slice(h.labelOffset - h.line.offset));
    blockLines.push(h.line);
    for (let i = h.line.index + 1; i < t.lines.length && i <= h.line.index + 8; i++) {
      const text = t.lines[i].text.trim();
      if (!text) continue;
      const hl = headingLevel(text);
      if (hl !== null && (level === null || hl <= level)) break;
      if (FIELD_STOP.test(text.replace(/^[\s\d.、()（）一二三四五六七八九十]+/, ""))) break;
      block.push(text);
      blockLines.push(t.lines[i]);
    }
  };
  addBlock(hit);
  for (const other2 of hits) {
    const person = firstName(other2.value);
    if (other2 !== hit && person && person === name && other2.line !== hit.line) addBlock(other2);
  }
  const all = block.join("\n");
  let birthDate = null;
  for (const m of all.matchAll(BIRTH_RE)) {
    const d = readDate(all.slice(m.index + m[0].length, m.index + m[0].length + 20));
    if (d && d.index === 0) {
      birthDate = d.value;
      break;
    }
  }
  if (!birthDate) {
    const m = /((?:19|20)\d{2}\s*(?:年|[.\-/])\s*\d{1,2}\s*月?(?:\s*\d{1,2}\s*日)?)\s*(?:出生|生)/.exec(all);
    if (m) birthDate = readDate(m[1])?.value ?? null;
  }
  if (!birthDate) {
    const id = RESIDENT_ID.exec(all);
    if (id) birthDate = readDate(`${id[1]}\u5E74${id[2]}\u6708${id[3]}\u65E5`)?.value ?? null;
  }
  let title = null;
  const labelled = /职\s*称\s*[:：|]?\s*([^\s，,；;|。]{2,12})/.exec(all);
  if (labelled) title = labelled[1];
  else {
    for (const line of block) {
      const cells = splitCells(line);
      const m = TITLE_RE.exec(cells ? cells.map((c) => c.text).join(" ") : line);
      if (m) {
        title = m[0];
        break;
      }
    }
  }
  if (!name) {
    const m = /姓\s*名\s*[:：|]?\s*([\u4e00-\u9fffA-Za-z·]{2,20}?)(?=$|[\s，,、;；(（|]|[男女])/.exec(all);
    if (m) name = m[1];
  }
  if (!name && !hit.value) name = /^([\u4e00-\u9fff·]{2,4})[，,]\s*[男女]/.exec(block[1] ?? "")?.[1] ?? null;
  if (name && isOrganisation(name)) name = null;
  const found = piActiveProjects(t, all);
  const active = found && { count: found.count, text: found.text };
  const other = piOtherApplications(t);
  const pi = {
    name: name && !/^(?:姓名|性别)$/.test(name) ? name : null,
    birthDate,
    title,
    employedByLead: employment(all),
    ...active ? { activeProjects: active } : {},
    ...other ? { otherApplications: { count: other.count, text: other.text } } : {}
  };
  if (!pi.name && !pi.birthDate && !pi.title && pi.employedByLead === null && !active) return null;
  const fact = t.fact(pi, hit.value || hit.line.text.trim(), hit.value ? hit.offset : hit.labelOffset);
  const parts = {};
  const find = (test) => {
    for (let k = 1; k < blockLines.length; k++) {
      const at = test(block[k]);
      if (at >= 0 && test(block[0]) < 0) {
        const line = blockLines[k];
        return t.place(line.offset + (line.text.length - line.text.trimStart().length) + at);
      }
    }
    return null;
  };
  const birth = pi.birthDate ? find((s) => readDate(s) ? s.search(/出生|生于|(?:19|20)\d{2}/) : -1) : null;
  if (birth) parts.birthDate = birth;
  const titleAt = pi.title ? find((s) => s.indexOf(pi.title)) : null;
  if (titleAt) parts.title = titleAt;
  const employed = pi.employedByLead !== null ? find((s) => employment(s) !== null ? s.search(/是否|在职|劳动合同|聘/) : -1) : null;
  if (employed) parts.employedByLead = employed;
  const activeAt = active ? find((s) => s.indexOf(active.text.slice(0, 6))) : null;
  if (activeAt) parts.activeProjects = activeAt;
  if (other) parts.otherApplications = t.place(other.offset);
  if (Object.keys(parts).length) fact.parts = parts;
  return fact;
}

// src/draft/text.ts
var DraftText = class {
  constructor(doc, wordPlaces) {
    this.doc = doc;
    this.wordPlaces = wordPlaces;
    const t = doc.text.text;
    let start = 0;
    for (let i = 0; i <= t.length; i++) {
      if (i === t.length || t.charCodeAt(i) === 10) {
        this.lines.push({ text: t.slice(start, i), offset: start, index: this.lines.length });
        start = i + 1;
      }
    }
  }
  doc;
  wordPlaces;
  lines = [];
  /** Line, column (UTF-16, 1-based) and page of a normalized offset, in the original file. */
  place(offset) {
    const raw = this.doc.text.rawOffset(offset);
    const page = this.doc.pageAt(offset);
    const place = { line: this.doc.lines.lineOf(raw), column: this.doc.lines.columnOf(raw), source: "text" };
    if (page !== void 0) place.page = page;
    const word = this.wordPlaces?.[place.line - 1];
    if (word && "paragraph" in word) place.paragraph = word.paragraph;
    else if (word) {
      const before = this.doc.raw.slice(raw - (place.column ?? 1) + 1, raw);
      Object.assign(place, { table: word.table, row: word.row, cell: before.split(" | ").length });
    }
    return place;
  }
  /** A fact read from the text at a normalized offset. */
  fact(value, text, offset) {
    return { ...this.place(offset), value, text };
  }
  /** Normalized text per raw source line (1-based line n at index n-1), lines removed by normalize left empty. */
  sourceLines() {
    const out = new Array(this.doc.lines.lineCount).fill("");
    for (const l of this.lines) {
      if (!l.text) continue;
      const n = this.doc.lines.lineOf(this.doc.text.rawOffset(l.offset)) - 1;
      out[n] = out[n] ? `${out[n]} ${l.text}` : l.text;
    }
    return out;
  }
};

// src/draft/index.ts
async function readDraft(bytes, options) {
  const { path } = options;
  const ingested = await ingest(bytes, path, options);
  let raw = ingested.text;
  let front = null;
  if (ingested.format === "md" || ingested.format === "txt") {
    const fm = splitFrontMatter(raw);
    if (fm) {
      front = (await import("./draft-explicit.js")).readExplicit(fm.yaml, "front-matter", fm.firstLine);
      raw = fm.body;
    }
    raw = raw.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " "));
  }
  const side = options.sidecar ? (await import("./draft-sidecar.js")).readSidecar(options.sidecar, path.replace(/\.[^./\\]+$/, "") + ".proposal.yaml") : null;
  const { text, display } = await normalizeNotice(raw, { draft: true, format: ingested.format });
  const doc = new Doc(path, raw, text, display, ingested.pageStarts);
  const t = new DraftText(doc, ingested.wordPlaces);
  const units = readUnits(t);
  const unfilled = [];
  const facts = {
    path,
    format: ingested.format,
    direction: readDirection(t),
    projectTitle: readProjectTitle(t),
    leadUnit: units.leadUnit,
    participants: units.participants,
    participantCount: units.participantCount,
    pi: readPi(t, units.leadUnit?.value.name ?? null),
    period: readPeriod(t),
    budget: { ...readBudget(t), breakdown: readBreakdown(t) },
    kpis: readCommittedKpis(t, unfilled),
    lines: t.sourceLines(),
    unknownKeys: [],
    unfilled
  };
  for (const explicit of [front, side]) if (explicit) apply(facts, explicit);
  return facts;
}
var TITLE_LABEL2 = alternation(DRAFT_FIELDS.title);
function readProjectTitle(t) {
  const hit = findFields(t.lines, TITLE_LABEL2).find((h) => h.value.replace(/[《》“”"]/g, "").trim().length >= 2);
  if (!hit) {
    const cover = t.lines.slice(0, 8).findIndex((l) => /^(?:项目)?申报书$/.test(l.text.trim()));
    const prev = cover > 0 ? t.lines.slice(0, cover).reverse().find((l) => l.text.trim()) : void 0;
    if (!prev || prev.text.trim().length < 4 || /申报书|计划|专项|指南/.test(prev.text)) return null;
    return t.fact(prev.text.trim(), prev.text.trim(), prev.offset + (prev.text.length - prev.text.trimStart().length));
  }
  const value = hit.value.replace(/^[《“"]|[》”"]$/g, "").trim();
  return t.fact(value, hit.value, hit.offset);
}
function apply(facts, e) {
  if (e.direction) {
    const fromText = facts.direction?.value;
    facts.direction = { ...e.direction, value: { id: e.direction.value.id ?? fromText?.id ?? null, title: e.direction.value.title ?? fromText?.title ?? null } };
  }
  if (e.projectTitle) facts.projectTitle = e.projectTitle;
  if (e.leadUnit) facts.leadUnit = e.leadUnit;
  if (e.participants) facts.participants = e.participants;
  if (e.participantCount) facts.participantCount = e.participantCount;
  if (e.pi) {
    const p = facts.pi?.value;
    const v = e.pi.value;
    const active = v.activeProjects ?? p?.activeProjects;
    facts.pi = {
      ...e.pi,
      value: {
        name: v.name ?? p?.name ?? null,
        birthDate: v.birthDate ?? p?.birthDate ?? null,
        title: v.title ?? p?.title ?? null,
        employedByLead: v.employedByLead ?? p?.employedByLead ?? null,
        ...active ? { activeProjects: active } : {}
      }
    };
  }
  if (e.period) {
    const p = facts.period?.value;
    const v = e.period.value;
    facts.period = { ...e.period, value: { start: v.start ?? p?.start ?? null, end: v.end ?? p?.end ?? null, months: v.months ?? p?.months ?? null } };
  }
  for (const k of ["government", "selfFunded", "total"]) if (e.budget[k]) facts.budget[k] = e.budget[k];
  if (e.kpis?.length) facts.kpis = e.kpis;
  facts.unknownKeys.push(...e.unknownKeys);
  facts.unfilled.push(...e.unfilled);
}
export {
  readDraft
};
