import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/draft/explicit.ts
import { isMap, isScalar, isSeq, LineCounter } from "yaml";

// src/core/yaml-document.ts
import { Composer, Document, Parser, YAMLParseError } from "yaml";
var MAX_YAML_DEPTH = 100;
function parseYamlDocument(text, options = {}) {
  const tokens = [...new Parser(options.lineCounter?.addNewLine).parse(text)];
  const deepest = firstTooDeep(tokens);
  if (deepest !== void 0) {
    const doc = new Document(null, options);
    doc.errors.push(new YAMLParseError([deepest, deepest + 1], "RESOURCE_EXHAUSTION", `nested too deeply (more than ${MAX_YAML_DEPTH} levels)`));
    return doc;
  }
  let first;
  for (const doc of new Composer(options).compose(tokens, true, text.length)) {
    if (!first) first = doc;
    else {
      first.errors.push(new YAMLParseError(doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents"));
      break;
    }
  }
  return first;
}
function firstTooDeep(tokens) {
  const pending = tokens.map((t) => [t, 0]);
  while (pending.length) {
    const [token, depth] = pending.pop();
    if (token.type === "document") {
      if (token.value) pending.push([token.value, depth]);
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth >= MAX_YAML_DEPTH) return token.offset;
      for (const item of token.items) {
        if (item.key) pending.push([item.key, depth + 1]);
        if (item.value) pending.push([item.value, depth + 1]);
      }
    }
  }
  return void 0;
}

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

// src/model/proposal.ts
import { z } from "zod";
var UnitType = z.enum(["enterprise", "university", "institute", "hospital", "government", "other"]);
var ProposalUnit = z.object({
  name: z.string().describe("\u5355\u4F4D\u540D\u79F0"),
  type: UnitType.optional().describe("\u4F01\u4E1A / \u9AD8\u6821 / \u79D1\u7814\u9662\u6240 / \u533B\u9662 / \u653F\u5E9C / \u5176\u4ED6"),
  country: z.string().optional().describe("Country or region; absent or \u4E2D\u56FD for domestic units")
});
var Amount = z.union([z.number(), z.string()]);
var Proposal = z.object({
  direction: z.string().optional().describe("\u6307\u5357\u65B9\u5411: the direction id (1.1, 3001) or its title"),
  title: z.string().optional().describe("\u9879\u76EE\u540D\u79F0"),
  leadUnit: ProposalUnit.optional().describe("\u7275\u5934\u5355\u4F4D / \u627F\u62C5\u5355\u4F4D"),
  participants: z.array(ProposalUnit).optional().describe("\u53C2\u4E0E\u5355\u4F4D, without the lead unit"),
  participantCount: z.number().int().min(1).optional().describe("Stated number of units, lead included"),
  pi: z.object({
    name: z.string().optional(),
    birthDate: z.string().optional().describe("\u51FA\u751F\u5E74\u6708: YYYY-MM or YYYY-MM-DD"),
    title: z.string().optional().describe("\u804C\u79F0"),
    employedByLead: z.boolean().optional().describe("\u9879\u76EE\u8D1F\u8D23\u4EBA\u662F\u7275\u5934\u5355\u4F4D\u5728\u804C\u4EBA\u5458")
  }).optional().describe("\u9879\u76EE\u8D1F\u8D23\u4EBA"),
  period: z.object({
    start: z.string().optional().describe("YYYY-MM"),
    end: z.string().optional().describe("YYYY-MM"),
    months: z.number().int().min(1).optional()
  }).optional().describe("\u6267\u884C\u671F\u9650"),
  budget: z.object({
    government: Amount.optional().describe("\u7533\u8BF7\u8D22\u653F / \u56FD\u62E8\u7ECF\u8D39"),
    selfFunded: Amount.optional().describe("\u81EA\u7B79 / \u914D\u5957\u7ECF\u8D39"),
    total: Amount.optional().describe("\u603B\u7ECF\u8D39")
  }).optional().describe("\u7ECF\u8D39\u9884\u7B97"),
  kpis: z.array(z.object({ metric: z.string(), value: z.union([z.string(), z.number()]), unit: z.string().optional() })).optional().describe('Committed KPIs: value as written ("\u226521%") or a number with its unit')
}).describe("Facts of a proposal draft");

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
var REMARK = "\\s*(?:[\uFF08(][^\uFF08\uFF09()]{0,60}[\uFF09)])?\\s*";
var LABEL_WORDS = LABELS.flatMap(([, words]) => words);
var PAYER = "(?:\u7701\u7EA7|\u5E02\u7EA7|\u53BF\u7EA7|\u533A\u7EA7|\u4E2D\u592E|\u56FD\u5BB6|\u7701|\u5E02|\u53BF|\u533A)(?=\u8D22\u653F)";
var LABEL_RE = new RegExp(
  `^(?:[\u3010[]\\s*(${alternation(LABEL_WORDS)})${REMARK}[\u3011\\]]\\s*[\uFF1A:]?|(${alternation(LABEL_WORDS.filter((w) => !COLON_ONLY_LABELS.includes(w)))})${REMARK}(?:[\uFF1A:]|$)|(${alternation(COLON_ONLY_LABELS)})${REMARK}[\uFF1A:]|${PAYER}(${alternation(LABEL_WORDS)})${REMARK}[\uFF1A:])`
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
var NUMBER_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.number)}$`, "i");
var NAME_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.name)}$`);
var AREA_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.area)}$`);

// src/draft/fields.ts
var SECTION_NUMBER = String.raw`(?:[一二三四五六七八九十]+|[Ⅰ-Ⅻ]|[IVX]{1,4}(?=[.、．]))\s*[、.．]`;
var LIST_MARKER = new RegExp(
  String.raw`^\s*(?:>\s*)?(?:#{1,6}\s*)?(?:[-*+]\s+\[[ xX]\]\s*|第[一二三四五六七八九十\d]+[章节部分条]\s*|${SECTION_NUMBER}\s*|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*|\d+(?:\.\d+)*\s*[.、．)）]\s*|\d+\s+(?=\D)|[①-⑳]\s*|[-*•·●▪■◆]\s+|[（(]\s*[a-zA-Z]\s*[)）]\s*|[a-zA-Z]\s*[)）]\s*|[A-H][.．、](?![\dA-Za-z])\s*)`
);
var SECTION_START = new RegExp(`^${SECTION_NUMBER}`);
var NONE = /^(?:暂无|无|没有|尚无|暂未|尚未(?:确定|落实)|待定|不涉及|无此项|否|[-—/／]+)(?=$|[。；;，,（(])/;
function answersNone(value) {
  return NONE.test(value.trim());
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
var COVER_ID = new RegExp(String.raw`(?:榜单|指南方向|申报方向)\s*([（(]\s*(?:${CN2}|\d{1,3})\s*[)）])`);

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

// src/draft/kpis.ts
var KPI_HEADING = new RegExp(alternation(DRAFT_FIELDS.kpi));
var OTHER_FIELD = new RegExp(String.raw`^${alternation(draftFieldsExcept("kpi", "title").filter((w) => !["\u627F\u62C5\u5355\u4F4D", "\u7275\u5934\u5355\u4F4D"].includes(w)))}\s*[:：]?`);
var METRIC_HEADER = new RegExp(String.raw`^${alternation(KPI_METRIC_HEADERS)}(?:[（(].*[)）])?$`);
var DRAFT_HEADER = /本项目|本课题|申报|承诺|拟达到|预期|目标值|指标值|项目指标|完成值|达到值|考核值|实现值|本单位/;
var CATEGORY_HEADER = new RegExp(`^${alternation(KPI_CATEGORY_HEADERS)}$`);
var CATEGORY_PREFIX = new RegExp(`^${alternation(KPI_CATEGORY_HEADERS)}`);
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
var BACKGROUND = new RegExp(`^[\\s(\uFF08\\d)\uFF09.\u3001]*${alternation(BACKGROUND_CUES)}`);

// src/draft/period.ts
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

// src/draft/parties.ts
var DIVISION = "(?:\u4E0E|\u53CA|\u548C)(?:\u4EFB\u52A1)?\u5206\u5DE5";
var LEAD_LABEL = `${alternation(LEAD_UNIT_LABELS)}(?:${DIVISION})?`;
var SIDE = "(?:\u4E2D\u65B9|\u56FD\u5185|\u56FD\u5916|\u56FD[\uFF08(]\u5883[)\uFF09]\u5916|\u5916\u65B9|\u5883\u5916|\u6D77\u5916)";
var LEAD_ROLE = new RegExp(`\u7275\u5934|${LEAD_LABEL}`);
var PARTICIPANT_LABEL = `(?:(?:\u5176\u4ED6|${SIDE}|\u56FD\u9645)?(?:\u9879\u76EE)?${alternation(PARTICIPANT_UNIT_LABELS)}|${SIDE}\u5355\u4F4D)(?:\u540D\u79F0|\u540D\u5355|${DIVISION})?(?:\u5171?[\\d\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+\u5BB6)?`;
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
function parseUnit(s, foreign = false) {
  let text = s.replace(LIST_MARKER, "").trim().replace(/[。；;，,]+$/, "").replace(/^[^：:（(，,]{0,14}?单位(?:共?[\d一二三四五六七八九十]+家)?[：:]\s*/, "");
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
var N = "(\\d+|[\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+)";
var COUNT_RE = new RegExp(
  `(?:(?:\u4E2D\u65B9|\u56FD\u5185|\u56FD\u5916)?(?:\u53C2\u4E0E|\u5408\u4F5C|\u53C2\u52A0|\u7533\u62A5|\u627F\u62C5|\u9879\u76EE)?\u5355\u4F4D\\s*(?:\u5171\u8BA1?|\u603B\u8BA1|\u5408\u8BA1|\u4E3A|\u5171\u6709)\\s*${N}\\s*\u5BB6|(?:\u53C2\u4E0E|\u5408\u4F5C|\u9879\u76EE)?\u5355\u4F4D(?:\u6570\u91CF?|\u603B\u6570|\u4E2A\u6570)\\s*[:\uFF1A\u4E3A]?\\s*${N}\\s*\u5BB6?|(?:\u5171|\u7531|\u5171\u6709|\u5408\u8BA1)\\s*${N}\\s*\u5BB6(?:\u5355\u4F4D)?)(\\s*[\uFF08(]?\\s*(?:\u542B|\u5305\u62EC|\u5305\u542B|\u4E0D\u542B|\u4E0D\u5305\u62EC|\u672A\u542B)\u7275\u5934(?:\u5355\u4F4D)?\\s*[)\uFF09]?)?`
);

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
var FIELD_STOP = new RegExp(`^(?:${alternation(draftFieldsExcept("pi"))}|${DIRECTION_REFERENCE})`);

// src/draft/explicit.ts
var TOP = {};
var SYN = (canon, ...keys2) => keys2.forEach((k) => TOP[fold(k)] = canon);
SYN("direction", "direction", "direction_id", "directionNo", "guide_direction", "topic", "\u7533\u62A5\u65B9\u5411", "\u6307\u5357\u65B9\u5411", "\u6240\u5C5E\u65B9\u5411", "\u65B9\u5411", "\u65B9\u5411\u7F16\u53F7", "\u699C\u5355\u7F16\u53F7", "\u699C\u5355", "\u6307\u5357\u65B9\u5411\u7F16\u53F7");
SYN("directionTitle", "direction_title", "direction_name", "\u65B9\u5411\u540D\u79F0", "\u699C\u5355\u540D\u79F0", "\u6307\u5357\u65B9\u5411\u540D\u79F0", "\u7533\u62A5\u65B9\u5411\u540D\u79F0");
SYN("title", "title", "project_title", "project_name", "project", "\u9879\u76EE\u540D\u79F0", "\u8BFE\u9898\u540D\u79F0");
SYN("leadUnit", "leadUnit", "lead", "lead_org", "lead_organization", "applicant", "organization", "institution", "\u7275\u5934\u5355\u4F4D", "\u627F\u62C5\u5355\u4F4D", "\u7533\u62A5\u5355\u4F4D", "\u9879\u76EE\u627F\u62C5\u5355\u4F4D");
SYN("participants", "participants", "partners", "participating_units", "cooperators", "\u53C2\u4E0E\u5355\u4F4D", "\u5408\u4F5C\u5355\u4F4D");
SYN("participantCount", "participantCount", "unit_count", "units_count", "number_of_units", "\u5355\u4F4D\u6570", "\u53C2\u4E0E\u5355\u4F4D\u6570", "\u5355\u4F4D\u603B\u6570");
SYN("pi", "pi", "principal_investigator", "leader", "project_leader", "\u9879\u76EE\u8D1F\u8D23\u4EBA", "\u8D1F\u8D23\u4EBA");
SYN("period", "period", "duration", "\u6267\u884C\u671F\u9650", "\u5B9E\u65BD\u671F\u9650", "\u6267\u884C\u671F", "\u9879\u76EE\u5468\u671F", "\u8D77\u6B62\u65F6\u95F4");
SYN("budget", "budget", "funding", "\u7ECF\u8D39", "\u7ECF\u8D39\u9884\u7B97", "\u9884\u7B97");
SYN("kpis", "kpis", "kpi", "indicators", "targets", "metrics", "\u8003\u6838\u6307\u6807", "\u6307\u6807");
SYN("budget.government", "government", "gov", "gov_funding", "\u56FD\u62E8\u7ECF\u8D39", "\u7533\u8BF7\u56FD\u62E8\u7ECF\u8D39", "\u8D22\u653F\u7ECF\u8D39", "\u7533\u8BF7\u8D22\u653F\u7ECF\u8D39", "\u7701\u8D22\u653F\u7ECF\u8D39");
SYN("budget.selfFunded", "selfFunded", "self_funding", "\u81EA\u7B79\u7ECF\u8D39", "\u914D\u5957\u7ECF\u8D39");
SYN("budget.total", "total_budget", "\u603B\u7ECF\u8D39", "\u603B\u9884\u7B97");
SYN("budget.unit", "budget_unit", "\u7ECF\u8D39\u5355\u4F4D");
SYN("pi.name", "pi_name", "\u8D1F\u8D23\u4EBA\u59D3\u540D");
SYN("pi.birthDate", "pi_birth", "pi_birthdate", "\u8D1F\u8D23\u4EBA\u51FA\u751F\u5E74\u6708");
var SUB = {
  budget: keys({
    government: ["government", "gov", "national", "state", "fiscal", "\u56FD\u62E8", "\u56FD\u62E8\u7ECF\u8D39", "\u7533\u8BF7\u56FD\u62E8\u7ECF\u8D39", "\u8D22\u653F", "\u8D22\u653F\u7ECF\u8D39", "\u7533\u8BF7\u8D22\u653F\u7ECF\u8D39", "\u7701\u8D22\u653F", "\u7701\u8D22\u653F\u7ECF\u8D39", "\u7533\u8BF7\u7ECF\u8D39"],
    selfFunded: ["selfFunded", "self", "self_funding", "self_funded", "matching", "cofunding", "\u81EA\u7B79", "\u81EA\u7B79\u7ECF\u8D39", "\u914D\u5957", "\u914D\u5957\u7ECF\u8D39"],
    total: ["total", "sum", "\u603B\u7ECF\u8D39", "\u603B\u9884\u7B97", "\u5408\u8BA1", "\u603B\u8BA1"],
    unit: ["unit", "\u5355\u4F4D", "\u91D1\u989D\u5355\u4F4D"]
  }),
  pi: keys({
    name: ["name", "\u59D3\u540D"],
    birthDate: ["birthDate", "birth", "birthday", "born", "dob", "birth_date", "\u51FA\u751F\u5E74\u6708", "\u51FA\u751F\u65E5\u671F"],
    title: ["title", "\u804C\u79F0"],
    employedByLead: ["employedByLead", "employed", "employment", "full_time", "\u5728\u804C", "\u662F\u5426\u5728\u804C", "\u662F\u5426\u4E3A\u7275\u5934\u5355\u4F4D\u5728\u804C\u4EBA\u5458"]
  }),
  period: keys({
    start: ["start", "from", "begin", "\u5F00\u59CB", "\u8D77\u59CB", "\u5F00\u59CB\u65F6\u95F4", "\u8D77"],
    end: ["end", "to", "finish", "\u7ED3\u675F", "\u7ED3\u675F\u65F6\u95F4", "\u6B62"],
    months: ["months", "\u6708\u6570"],
    years: ["years", "\u5E74", "\u5E74\u9650", "\u5E74\u6570"]
  }),
  unit: keys({ name: ["name", "\u540D\u79F0", "\u5355\u4F4D\u540D\u79F0"], type: ["type", "\u7C7B\u578B", "\u6027\u8D28", "\u5355\u4F4D\u6027\u8D28", "\u5355\u4F4D\u7C7B\u578B"], country: ["country", "\u56FD\u522B", "\u56FD\u5BB6", "\u6240\u5728\u56FD"] }),
  kpi: keys({ metric: ["metric", "name", "\u6307\u6807", "\u6307\u6807\u540D\u79F0"], value: ["value", "\u503C", "\u672C\u9879\u76EE\u6307\u6807", "target", "\u6307\u6807\u503C"], unit: ["unit", "\u5355\u4F4D"], guide: ["guide", "\u6307\u5357\u8981\u6C42"] }),
  direction: keys({ id: ["id", "\u7F16\u53F7", "no"], title: ["title", "name", "\u540D\u79F0", "\u65B9\u5411\u540D\u79F0"] })
};
var FACT_OF = { title: "projectTitle", directionTitle: "direction", "pi.name": "pi" };
function isUnfilled(v) {
  if (v === null || v === void 0) return true;
  if (typeof v === "string") return isUnfilledText(v);
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === "object" && Object.keys(v).length === 0;
}
function fold(k) {
  return k.toLowerCase().replace(/[\s_\-]/g, "");
}
function keys(m) {
  const out = {};
  for (const [canon, ks] of Object.entries(m)) for (const k of ks) out[fold(k)] = canon;
  return out;
}
var SCALE = { \u5143: 1, \u5343\u5143: 1e3, \u4E07\u5143: 1e4, \u4EBF\u5143: 1e8, yuan: 1, "10k": 1e4 };
function readExplicit(yaml, source, firstLine) {
  const out = { budget: {}, unknownKeys: [], unfilled: [] };
  const lc = new LineCounter();
  const doc = parseYamlDocument(yaml, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  const placeOf = (node) => {
    const off = node?.range?.[0] ?? 0;
    const p = lc.linePos(off);
    return { line: firstLine + p.line - 1, column: p.col, source };
  };
  const note = (key, node, text) => out.unknownKeys.push({ ...placeOf(node), value: key, text });
  if (doc.errors.length) {
    const e = doc.errors[0];
    out.unknownKeys.push({ line: firstLine + lc.linePos(e.pos[0]).line - 1, source, value: source, text: `invalid ${source === "sidecar" ? "sidecar" : "front matter"}: ${e.message.split("\n")[0]}` });
    return out;
  }
  if (doc.contents === null || isScalar(doc.contents) && doc.contents.value === null) return out;
  if (!isMap(doc.contents)) {
    note(source, doc.contents, `invalid ${source === "sidecar" ? "sidecar" : "front matter"}: not a mapping of keys`);
    return out;
  }
  let budgetUnit = 1;
  const budgetPairs = [];
  for (const pair of doc.contents.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const canon = TOP[fold(key)];
    const value = pair.value?.toJS?.(doc) ?? (isScalar(pair.value) ? pair.value.value : null);
    const place = placeOf(pair.key);
    const written = yaml.split("\n")[place.line - firstLine]?.trim() ?? key;
    const fact = (v, node = pair.key) => ({ ...placeOf(node), value: v, text: written });
    const invalid = (detail) => note(key, pair.key, `invalid value (${detail}): ${written}`);
    if (!canon) {
      note(key, pair.key, written);
      continue;
    }
    if (canon === "budget.unit") {
      budgetUnit = SCALE[String(value).trim()] ?? budgetUnit;
      continue;
    }
    const path = FACT_OF[canon] ?? canon;
    if (isUnfilled(value)) {
      out.unfilled.push(fact(path));
      continue;
    }
    if (isMap(pair.value) && SUB[canon === "leadUnit" ? "unit" : canon])
      for (const p of pair.value.items) {
        const k = String(isScalar(p.key) ? p.key.value : p.key);
        const sub = SUB[canon === "leadUnit" ? "unit" : canon][fold(k)];
        if (sub && isUnfilled(p.value?.toJS?.(doc) ?? null)) {
          out.unfilled.push({ ...placeOf(p.key), value: `${path}.${sub}`, text: yaml.split("\n")[placeOf(p.key).line - firstLine]?.trim() ?? k });
          delete value[k];
        }
      }
    if (canon === "leadUnit" && out.unfilled.some((u) => u.value === "leadUnit.name")) continue;
    if (isUnfilled(value)) continue;
    switch (canon) {
      case "direction": {
        let d;
        if (typeof value === "object" && !Array.isArray(value)) {
          const o = subObject(value, "direction", key, pair, note, placeOf);
          d = { id: o.id != null ? parseDirectionValue(String(o.id)).id ?? String(o.id) : null, title: o.title != null ? String(o.title) : null };
        } else d = parseDirectionValue(String(value));
        if (!Proposal.shape.direction.safeParse(d.id ?? d.title ?? void 0).success || !d.id && !d.title) invalid("direction");
        else out.direction = fact({ id: d.id ?? out.direction?.value.id ?? null, title: d.title ?? out.direction?.value.title ?? null });
        break;
      }
      case "directionTitle":
        out.direction = fact({ id: out.direction?.value.id ?? null, title: String(value) }, out.direction ? void 0 : pair.key);
        if (out.direction && out.direction.line !== place.line) out.direction = { ...out.direction, ...placeOf(pair.key), value: out.direction.value };
        break;
      case "title":
        if (typeof value === "object") invalid("title");
        else out.projectTitle = fact(String(value));
        break;
      case "leadUnit": {
        const u = toUnit(value);
        if (u && Proposal.shape.leadUnit.safeParse(toProposalUnit(u)).success) out.leadUnit = fact(u);
        else invalid("leadUnit");
        break;
      }
      case "participants": {
        const items = Array.isArray(value) ? value : typeof value === "string" ? splitList(value, "\u3001\uFF1B;,\uFF0C").map((x) => x.text) : [value];
        const nodes = isSeq(pair.value) ? pair.value.items : [];
        const named = (v) => !(v !== null && typeof v === "object" && !Array.isArray(v) && isUnfilled(Object.entries(v).find(([k]) => SUB.unit[fold(k)] === "name")?.[1]));
        items.forEach((v, i) => {
          if (!named(v)) out.unfilled.push({ ...placeOf(nodes[i] ?? pair.key), value: "participants.name", text: written });
        });
        const units = items.flatMap((v, i) => named(v) ? [{ u: toUnit(v), node: nodes[i] }] : []);
        if (units.some((x) => !x.u)) invalid("participants");
        out.participants = units.filter((x) => x.u).map((x) => fact(x.u, x.node ?? pair.key));
        break;
      }
      case "participantCount": {
        const n = typeof value === "number" ? value : Number(/\d+/.exec(String(value))?.[0]);
        const r = Proposal.shape.participantCount.safeParse(n);
        if (r.success && r.data !== void 0) out.participantCount = fact(r.data);
        else invalid("participantCount");
        break;
      }
      case "pi": {
        const pi = { name: null, birthDate: null, title: null, employedByLead: null };
        if (typeof value === "object" && !Array.isArray(value)) {
          const o = subObject(value, "pi", key, pair, note, placeOf);
          pi.name = o.name != null ? String(o.name) : null;
          pi.birthDate = o.birthDate != null ? readDate(String(o.birthDate))?.value ?? null : null;
          pi.title = o.title != null ? String(o.title) : null;
          pi.employedByLead = o.employedByLead != null ? toBool(o.employedByLead) : null;
          if (o.birthDate != null && !pi.birthDate) invalid("pi.birthDate");
        } else pi.name = String(value);
        out.pi = fact(mergePi(out.pi?.value, pi));
        break;
      }
      case "pi.name":
      case "pi.birthDate": {
        const v = canon === "pi.name" ? { name: String(value) } : { birthDate: readDate(String(value))?.value ?? null };
        out.pi = { ...out.pi ?? fact(null), value: mergePi(out.pi?.value, v) };
        break;
      }
      case "period": {
        let p = null;
        if (typeof value === "number") p = { start: null, end: null, months: value > 10 ? value : value * 12 };
        else if (typeof value === "string") p = parsePeriod(value)?.value ?? null;
        else if (typeof value === "object" && !Array.isArray(value)) {
          const o = subObject(value, "period", key, pair, note, placeOf);
          const start = o.start != null ? readDate(String(o.start))?.value.slice(0, 7) ?? null : null;
          const end = o.end != null ? readDate(String(o.end))?.value.slice(0, 7) ?? null : null;
          let months = o.months != null ? Number(o.months) : o.years != null ? Math.round(Number(o.years) * 12) : null;
          if (months === null && start && end) months = parsePeriod(`${start.replace("-", ".")}-${end.replace("-", ".")}`)?.value.months ?? null;
          p = { start, end, months: months !== null && Number.isFinite(months) ? months : null };
        }
        if (p && Proposal.shape.period.safeParse({ ...p.start ? { start: p.start } : {}, ...p.end ? { end: p.end } : {}, ...p.months ? { months: p.months } : {} }).success) out.period = fact(p);
        else invalid("period");
        break;
      }
      case "budget":
        if (typeof value !== "object" || Array.isArray(value)) {
          const m = readMoney(String(value))[0];
          if (m) out.budget.total = fact(m.value);
          else invalid("budget");
          break;
        }
        if (isMap(pair.value))
          for (const p of pair.value.items) {
            const k = String(isScalar(p.key) ? p.key.value : p.key);
            const sub = SUB.budget[fold(k)];
            if (!sub) note(`${key}.${k}`, p.key, yaml.split("\n")[placeOf(p.key).line - firstLine]?.trim() ?? k);
            else if (sub === "unit") budgetUnit = SCALE[String(p.value?.toJS?.(doc)).trim()] ?? budgetUnit;
            else budgetPairs.push([sub, p]);
          }
        break;
      case "budget.government":
      case "budget.selfFunded":
      case "budget.total":
        budgetPairs.push([canon.slice(7), pair]);
        break;
      case "kpis": {
        const items = Array.isArray(value) ? value : [];
        const nodes = isSeq(pair.value) ? pair.value.items : [];
        if (!Array.isArray(value)) {
          if (typeof value === "object") for (const [m, v] of Object.entries(value)) items.push({ metric: m, value: v });
          else invalid("kpis");
        }
        const kpis = [];
        items.forEach((item, i) => {
          const k = toKpi(item);
          if (k) kpis.push(fact(k, nodes[i] ?? pair.key));
          else invalid(`kpis[${i}]`);
        });
        out.kpis = kpis;
        break;
      }
    }
  }
  for (const [sub, p] of budgetPairs) {
    const v = p.value?.toJS?.(doc);
    if (isUnfilled(v)) continue;
    const money = toMoney(v, budgetUnit);
    const written = yaml.split("\n")[placeOf(p.key).line - firstLine]?.trim() ?? String(v);
    if (money && Proposal.shape.budget.safeParse({ [sub]: v }).success)
      out.budget[sub] = { ...placeOf(p.key), value: money, text: written };
    else note(String(isScalar(p.key) ? p.key.value : p.key), p.key, `invalid value (budget.${sub}): ${written}`);
  }
  return out;
}
function subObject(value, kind, key, pair, note, placeOf) {
  const out = {};
  const nodes = isMap(pair.value) ? pair.value.items : [];
  for (const [k, v] of Object.entries(value)) {
    const canon = SUB[kind][fold(k)];
    if (canon) out[canon] = v;
    else {
      const node = nodes.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === k)?.key;
      note(`${key}.${k}`, node, `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`);
      void placeOf;
    }
  }
  return out;
}
function mergePi(a, b) {
  const base = a ?? { name: null, birthDate: null, title: null, employedByLead: null };
  return {
    name: b.name ?? base.name,
    birthDate: b.birthDate ?? base.birthDate,
    title: b.title ?? base.title,
    employedByLead: b.employedByLead ?? base.employedByLead
  };
}
function toBool(v) {
  if (typeof v === "boolean") return v;
  const s = String(v).trim().toLowerCase();
  if (/^(?:是|yes|y|true|1|在职)$/.test(s)) return true;
  if (/^(?:否|no|n|false|0|不是)$/.test(s)) return false;
  return null;
}
function toMoney(v, scale2) {
  if (typeof v === "number" && Number.isFinite(v)) return { yuan: Math.round(v * scale2 * 100) / 100, text: scale2 === 1 ? `${v}\u5143` : `${v}${Object.entries(SCALE).find(([, s]) => s === scale2)?.[0] ?? ""}` };
  if (typeof v !== "string") return null;
  const m = readMoney(v)[0];
  if (m) return m.value;
  if (/^\s*\d+(?:\.\d+)?\s*$/.test(v)) return toMoney(Number(v), scale2);
  return null;
}
function toUnit(v) {
  if (typeof v === "string") return parseUnit(v);
  if (!v || typeof v !== "object" || Array.isArray(v)) return null;
  const o = {};
  for (const [k, x] of Object.entries(v)) {
    const c2 = SUB.unit[fold(k)];
    if (c2) o[c2] = x;
  }
  if (typeof o.name !== "string") return null;
  const base = parseUnit(o.name) ?? { name: o.name, type: null, country: null };
  const t = typeof o.type === "string" ? UnitType.safeParse(o.type).success ? o.type : unitType(o.type) ?? (/院所/.test(o.type) ? "institute" : "other") : base.type;
  const c = typeof o.country === "string" ? countryOf(o.country) : void 0;
  return { name: base.name, type: t, country: typeof o.country === "string" ? c === void 0 ? o.country : c : base.country };
}
function toProposalUnit(u) {
  return { name: u.name, ...u.type ? { type: u.type } : {}, ...u.country ? { country: u.country } : {} };
}
function toKpi(item) {
  if (!item || typeof item !== "object") return null;
  const o = {};
  for (const [k2, x] of Object.entries(item)) {
    const c = SUB.kpi[fold(k2)];
    if (c) o[c] = x;
  }
  if (typeof o.metric !== "string" || o.value == null) return null;
  const unit = typeof o.unit === "string" ? o.unit : "";
  let k = null;
  if (typeof o.value === "number") k = { metric: o.metric, op: "=", value: o.value, max: null, unit };
  else {
    const q = readCell(String(o.value));
    if (q) k = { metric: o.metric, ...q, unit: q.unit || unit };
  }
  if (k && typeof o.guide === "string") k.guideText = o.guide;
  return k;
}
export {
  readExplicit
};
