import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/check/docs.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/model/published.ts
import { readFileSync } from "node:fs";
var DEFAULT_REPOSITORY = "https://github.com/guide-cli/guide";
function readPackage() {
  try {
    return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  } catch {
    return {};
  }
}
function repositoryUrl(repository) {
  const raw = (typeof repository === "string" ? repository : repository?.url)?.trim();
  if (!raw) return null;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1].replace(/\.git$/, "")}`;
  const url = /^(?:git\+)?(?:(?:https?|ssh|git):\/\/)?(?:[^@/]+@)?([^/:]+)[/:]([^#?]+?)(?:\.git)?\/?(?:[#?].*)?$/.exec(raw);
  return url ? `https://${url[1]}/${url[2]}` : null;
}
function forgeHomepage(homepage) {
  const m = /^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\/([\w.-]+\/[\w.-]+)/.exec(homepage ?? "");
  return m ? `https://${m[1]}/${m[2]}` : null;
}
var PKG = readPackage();
var VERSION = PKG.version ?? "0.0.0";
var REPOSITORY = repositoryUrl(PKG.repository) ?? forgeHomepage(PKG.homepage) ?? DEFAULT_REPOSITORY;

// src/check/docs.ts
function readRuleDoc(id) {
  try {
    return readFileSync2(new URL(`../../src/check/rules/${id}.md`, import.meta.url), "utf8");
  } catch {
    return null;
  }
}

// src/check/runner.ts
function constraintOf(constraints, kind) {
  return constraints.find((c) => c.kind === kind);
}

// src/core/display-width.ts
function displayWidth(s) {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 768 && c <= 879 || c === 8203 || c >= 65024 && c <= 65039) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}
function isWide(c) {
  return c >= 4352 && c <= 4447 || c >= 11904 && c <= 12350 || c >= 12353 && c <= 13311 || c >= 13312 && c <= 19903 || c >= 19968 && c <= 40959 || c >= 40960 && c <= 42191 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65072 && c <= 65103 || c >= 65280 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 127744 && c <= 128591 || c >= 131072 && c <= 262141;
}

// src/author/common.ts
function padEnd(s, width) {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}
function padStart(s, width) {
  return " ".repeat(Math.max(0, width - displayWidth(s))) + s;
}
function alignColumns(rows, right = /* @__PURE__ */ new Set()) {
  const widths = [];
  for (const r of rows) r.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, displayWidth(c)));
  return rows.map((r) => r.map((c, i) => right.has(i) ? padStart(c, widths[i]) : padEnd(c, widths[i])).join("  ").trimEnd());
}

// src/check/rule.ts
function defineRule(rule) {
  if (rule.check === void 0 === (rule.meta.reportedBy === void 0))
    throw new Error(`rule ${rule.meta.id}: give it a check() or meta.reportedBy, not ${rule.check ? "both" : "neither"}`);
  return rule;
}

// src/lexicon/funding.ts
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
var COUNT_MAGNITUDES = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
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
var CN_NUMERAL_CHARS = "\u96F6\u3007\u4E00\u4E8C\u4E24\u5169\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF\u842C\u5104";
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
var N = "(\\d+|[\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+)";
var COUNT_RE = new RegExp(
  `(?:(?:\u4E2D\u65B9|\u56FD\u5185|\u56FD\u5916)?(?:\u53C2\u4E0E|\u5408\u4F5C|\u53C2\u52A0|\u7533\u62A5|\u627F\u62C5|\u9879\u76EE)?\u5355\u4F4D\\s*(?:\u5171\u8BA1?|\u603B\u8BA1|\u5408\u8BA1|\u4E3A|\u5171\u6709)\\s*${N}\\s*\u5BB6|(?:\u53C2\u4E0E|\u5408\u4F5C|\u9879\u76EE)?\u5355\u4F4D(?:\u6570\u91CF?|\u603B\u6570|\u4E2A\u6570)\\s*[:\uFF1A\u4E3A]?\\s*${N}\\s*\u5BB6?|(?:\u5171|\u7531|\u5171\u6709|\u5408\u8BA1)\\s*${N}\\s*\u5BB6(?:\u5355\u4F4D)?)(\\s*[\uFF08(]?\\s*(?:\u542B|\u5305\u62EC|\u5305\u542B|\u4E0D\u542B|\u4E0D\u5305\u62EC|\u672A\u542B)\u7275\u5934(?:\u5355\u4F4D)?\\s*[)\uFF09]?)?`
);

// src/check/facts.ts
function unitTypeOf(u) {
  return u.type ?? unitType(u.name);
}
var DOMESTIC = new RegExp(`^${alternation(DOMESTIC_MARKERS)}$`, "i");
function isForeign(u) {
  return u.country !== null && u.country.trim() !== "" && !DOMESTIC.test(u.country.trim());
}
function maybeForeign(u) {
  return !isForeign(u) && u.country === null && /[A-Za-z]{3,}/.test(u.name) && !/[\u4e00-\u9fff]/.test(u.name);
}
function allUnits(facts) {
  return [...facts.leadUnit ? [facts.leadUnit.value] : [], ...facts.participants.map((p) => p.value)];
}
function ym(s) {
  const m = s ? /^(\d{4})-(\d{1,2})/.exec(s) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]) } : null;
}
function periodMonths(p) {
  if (p.months !== null) return p.months;
  const a = ym(p.start), b = ym(p.end);
  if (!a || !b) return null;
  return (b.y - a.y) * 12 + (b.m - a.m) + 1;
}
var MONEY_SCALE = [
  [/千万/, 1e7],
  [/百万/, 1e6],
  [/亿|億/, 1e8],
  [/万|萬/, 1e4],
  [/千元/, 1e3]
];
function roundingOf(m) {
  const num = /(\d+)(?:\.(\d+))?/.exec(m.text.replace(/,/g, ""));
  if (!num) return 0.5;
  if (!num[2]) return 0.5;
  const scale = MONEY_SCALE.find(([re]) => re.test(m.text))?.[1] ?? 1;
  return 0.5 * 10 ** -num[2].length * scale;
}
function yuanText(yuan) {
  if (Math.abs(yuan) >= 1e8 && Math.abs(yuan) % 1e6 === 0) return `${Number((yuan / 1e8).toPrecision(10))}\u4EBF\u5143`;
  if (Math.abs(yuan) >= 1e4) return `${Number((yuan / 1e4).toFixed(2))}\u4E07\u5143`;
  return `${Number(yuan.toFixed(2))}\u5143`;
}
function percentText(x) {
  return `${Number((x * 100).toFixed(2))}%`;
}
var REGIONS = {
  \u5317\u4EAC: ["\u5317\u4EAC"],
  \u5929\u6D25: ["\u5929\u6D25"],
  \u4E0A\u6D77: ["\u4E0A\u6D77"],
  \u91CD\u5E86: ["\u91CD\u5E86"],
  \u6CB3\u5317: ["\u6CB3\u5317", "\u77F3\u5BB6\u5E84", "\u5510\u5C71", "\u4FDD\u5B9A", "\u90AF\u90F8"],
  \u5C71\u897F: ["\u5C71\u897F", "\u592A\u539F", "\u5927\u540C"],
  \u5185\u8499\u53E4: ["\u5185\u8499\u53E4", "\u547C\u548C\u6D69\u7279", "\u5305\u5934"],
  \u8FBD\u5B81: ["\u8FBD\u5B81", "\u6C88\u9633", "\u5927\u8FDE", "\u978D\u5C71"],
  \u5409\u6797: ["\u5409\u6797", "\u957F\u6625"],
  \u9ED1\u9F99\u6C5F: ["\u9ED1\u9F99\u6C5F", "\u54C8\u5C14\u6EE8", "\u5927\u5E86"],
  \u6C5F\u82CF: ["\u6C5F\u82CF", "\u5357\u4EAC", "\u82CF\u5DDE", "\u65E0\u9521", "\u5E38\u5DDE", "\u5357\u901A", "\u626C\u5DDE", "\u9547\u6C5F", "\u5F90\u5DDE", "\u76D0\u57CE", "\u6CF0\u5DDE", "\u6DEE\u5B89", "\u8FDE\u4E91\u6E2F", "\u5BBF\u8FC1", "\u6606\u5C71", "\u6C5F\u9634"],
  \u6D59\u6C5F: ["\u6D59\u6C5F", "\u676D\u5DDE", "\u5B81\u6CE2", "\u6E29\u5DDE", "\u7ECD\u5174", "\u5609\u5174", "\u6E56\u5DDE", "\u91D1\u534E", "\u53F0\u5DDE"],
  \u5B89\u5FBD: ["\u5B89\u5FBD", "\u5408\u80A5", "\u829C\u6E56", "\u868C\u57E0"],
  \u798F\u5EFA: ["\u798F\u5EFA", "\u798F\u5DDE", "\u53A6\u95E8", "\u6CC9\u5DDE"],
  \u6C5F\u897F: ["\u6C5F\u897F", "\u5357\u660C", "\u8D63\u5DDE"],
  \u5C71\u4E1C: ["\u5C71\u4E1C", "\u6D4E\u5357", "\u9752\u5C9B", "\u70DF\u53F0", "\u6F4D\u574A", "\u6DC4\u535A"],
  \u6CB3\u5357: ["\u6CB3\u5357", "\u90D1\u5DDE", "\u6D1B\u9633", "\u5F00\u5C01"],
  \u6E56\u5317: ["\u6E56\u5317", "\u6B66\u6C49", "\u8944\u9633", "\u5B9C\u660C"],
  \u6E56\u5357: ["\u6E56\u5357", "\u957F\u6C99", "\u682A\u6D32", "\u6E58\u6F6D"],
  \u5E7F\u4E1C: ["\u5E7F\u4E1C", "\u5E7F\u5DDE", "\u6DF1\u5733", "\u73E0\u6D77", "\u4F5B\u5C71", "\u4E1C\u839E", "\u4E2D\u5C71", "\u534E\u5357"],
  \u5E7F\u897F: ["\u5E7F\u897F", "\u5357\u5B81", "\u6842\u6797", "\u67F3\u5DDE"],
  \u6D77\u5357: ["\u6D77\u5357", "\u6D77\u53E3", "\u4E09\u4E9A"],
  \u56DB\u5DDD: ["\u56DB\u5DDD", "\u6210\u90FD", "\u7EF5\u9633", "\u897F\u5357\u4EA4\u901A", "\u7535\u5B50\u79D1\u6280\u5927\u5B66"],
  \u8D35\u5DDE: ["\u8D35\u5DDE", "\u8D35\u9633"],
  \u4E91\u5357: ["\u4E91\u5357", "\u6606\u660E"],
  \u897F\u85CF: ["\u897F\u85CF", "\u62C9\u8428"],
  \u9655\u897F: ["\u9655\u897F", "\u897F\u5B89", "\u897F\u5317\u5DE5\u4E1A", "\u897F\u5317\u5927\u5B66"],
  \u7518\u8083: ["\u7518\u8083", "\u5170\u5DDE"],
  \u9752\u6D77: ["\u9752\u6D77", "\u897F\u5B81"],
  \u5B81\u590F: ["\u5B81\u590F", "\u94F6\u5DDD"],
  \u65B0\u7586: ["\u65B0\u7586", "\u4E4C\u9C81\u6728\u9F50"],
  \u9999\u6E2F: ["\u9999\u6E2F"],
  \u6FB3\u95E8: ["\u6FB3\u95E8"],
  \u53F0\u6E7E: ["\u53F0\u6E7E"]
};
function regionOf(text) {
  for (const r of Object.keys(REGIONS)) if (text.includes(r)) return r;
  for (const [r, places] of Object.entries(REGIONS)) if (places.some((p) => text.includes(p))) return r;
  return null;
}
function regionsInName(name) {
  return Object.entries(REGIONS).filter(([, places]) => places.some((p) => name.includes(p))).map(([r]) => r);
}

// src/check/rules/applicant-ineligible.ts
var applicant_ineligible_default = defineRule({
  meta: {
    id: "applicant-ineligible",
    category: "applicant",
    defaultSeverity: "error",
    description: {
      zh: "\u7533\u62A5\uFF08\u7275\u5934\uFF09\u5355\u4F4D\u987B\u7B26\u5408\u6307\u5357\u7684\u6CE8\u518C\u5730\u7B49\u8D44\u683C\u8981\u6C42",
      en: "The applicant (lead unit) must meet the guide's eligibility, such as where it is registered"
    },
    requires: { guide: ["applicant_region|lead_enterprise_required"], draft: ["leadUnit"] },
    messages: {
      outsideRegion: {
        zh: "\u7275\u5934\u5355\u4F4D{{lead}}\u4F4D\u4E8E{{found}}\uFF0C\u4E0D\u7B26\u5408\u6307\u5357\u201C{{required}}\u201D\u7684\u8981\u6C42",
        en: "The lead unit {{lead}} is in {{found}}, outside what the guide requires: {{required}}"
      },
      leadNotEnterprise: {
        zh: "\u6307\u5357\u8981\u6C42\u7531\u4F01\u4E1A\u7275\u5934\u7533\u62A5\uFF0C\u7275\u5934\u5355\u4F4D{{lead}}{{typeText}}",
        en: "The guide has enterprises lead; the lead unit {{lead}} {{typeText}}"
      }
    }
  },
  check({ constraints, facts, report }) {
    const lead = facts.leadUnit;
    if (!lead) return;
    const byEnterprise = constraintOf(constraints, "lead_enterprise_required");
    const type = unitTypeOf(lead.value);
    if (byEnterprise && byEnterprise.value !== false && type !== "enterprise")
      report({
        // a lead whose type the draft does not show may still be an enterprise
        doubtful: type === null,
        messageId: "leadNotEnterprise",
        at: lead,
        data: { lead: lead.value.name, typeText: type ?? "" },
        i18n: {
          typeText: type === null ? { zh: "\u7684\u5355\u4F4D\u7C7B\u578B\u65E0\u6CD5\u786E\u8BA4", en: "is of a type that could not be told" } : type === "university" ? { zh: "\u4E3A\u9AD8\u6821", en: "is a university" } : type === "institute" ? { zh: "\u4E3A\u79D1\u7814\u9662\u6240", en: "is a research institute" } : { zh: "\u4E0D\u662F\u4F01\u4E1A", en: "is not an enterprise" }
        },
        found: { lead: lead.value.name, leadType: type },
        clause: byEnterprise
      });
    const c = constraintOf(constraints, "applicant_region");
    if (!c) return;
    const required = typeof c.value === "string" ? c.value : c.text;
    const region = regionOf(required);
    let found = null;
    if (isForeign(lead.value)) found = lead.value.country;
    else if (region) {
      const places = regionsInName(lead.value.name);
      if (places.length > 0 && !places.includes(region)) found = places[0];
      else if (!places.length && lead.value.registeredIn && lead.value.registeredIn !== region) found = lead.value.registeredIn;
    }
    if (found)
      report({
        messageId: "outsideRegion",
        at: lead,
        data: { lead: lead.value.name, found, required },
        found: { lead: lead.value.name, region: found },
        clause: c
      });
  }
});

// src/check/rules/budget-inconsistent.ts
var budget_inconsistent_default = defineRule({
  meta: {
    id: "budget-inconsistent",
    category: "funding",
    defaultSeverity: "error",
    description: {
      zh: "\u8D22\u653F\u7ECF\u8D39\u4E0E\u81EA\u7B79\u7ECF\u8D39\u4E4B\u548C\u5E94\u7B49\u4E8E\u603B\u7ECF\u8D39\uFF0C\u9884\u7B97\u660E\u7EC6\u5E94\u4E0E\u5408\u8BA1\u4E00\u81F4",
      en: "Government plus self-raised funds must equal the total budget, and a breakdown must add up"
    },
    requires: { guide: [], draft: [] },
    messages: {
      sumMismatch: {
        zh: "\u8D22\u653F\u7ECF\u8D39{{government}}\u4E0E\u81EA\u7B79\u7ECF\u8D39{{selfFunded}}\u4E4B\u548C\u4E3A{{sum}}\uFF0C\u4E0E\u603B\u7ECF\u8D39{{total}}\u4E0D\u7B26",
        en: "Government funding {{government}} plus self-raised funds {{selfFunded}} is {{sum}}, not the stated total {{total}}"
      },
      breakdownMismatch: {
        zh: "\u9884\u7B97\u660E\u7EC6\u5408\u8BA1{{sum}}\uFF0C\u4E0E\u6240\u5217\u603B\u989D{{total}}\u4E0D\u7B26",
        en: "The budget breakdown adds up to {{sum}}, not the stated total {{total}}"
      },
      governmentOverTotal: {
        zh: "\u7533\u8BF7\u8D22\u653F\u7ECF\u8D39{{government}}\uFF0C\u8D85\u8FC7\u603B\u7ECF\u8D39{{total}}",
        en: "Requested government funding {{government}} exceeds the total budget {{total}}"
      }
    }
  },
  check({ facts, report }) {
    const { government: g, selfFunded: s, total: t } = facts.budget;
    if (g && s && t) {
      const sum = g.value.yuan + s.value.yuan;
      const slack = Math.max(1, Math.min(roundingOf(g.value) + roundingOf(s.value) + roundingOf(t.value), 5e-3 * t.value.yuan));
      if (Math.abs(sum - t.value.yuan) > slack)
        report({
          // short of the total: a source the draft names in words we do not read (其他来源) may close the gap,
          // unless the three figures stand on one row (合计 | 500 | 660 | 1,210)
          doubtful: sum < t.value.yuan && !(g.line === t.line && s.line === t.line),
          messageId: "sumMismatch",
          at: t,
          data: { government: g.value.text, selfFunded: s.value.text, sum: yuanText(sum), total: t.value.text },
          found: { governmentYuan: g.value.yuan, selfFundedYuan: s.value.yuan, totalYuan: t.value.yuan },
          expected: yuanText(sum),
          actual: t.value.text
        });
    } else if (g && t && g.value.yuan > t.value.yuan + Math.max(1, roundingOf(g.value) + roundingOf(t.value))) {
      report({
        messageId: "governmentOverTotal",
        at: g,
        data: { government: g.value.text, total: t.value.text },
        found: { governmentYuan: g.value.yuan, totalYuan: t.value.yuan }
      });
    }
    const bd = facts.budget.breakdown;
    if (bd && bd.value.items.length > 0) {
      const total = bd.value.total ?? t?.value ?? null;
      if (!total) return;
      const sum = bd.value.items.reduce((a, i) => a + i.money.yuan, 0);
      const slack = Math.max(1, Math.min(roundingOf(total) + bd.value.items.reduce((a, i) => a + roundingOf(i.money), 0), 5e-3 * total.yuan));
      if (Math.abs(sum - total.yuan) > slack)
        report({
          messageId: "breakdownMismatch",
          at: bd,
          data: { sum: yuanText(sum), total: total.text },
          found: { sumYuan: sum, totalYuan: total.yuan, items: bd.value.items.length }
        });
    }
  }
});

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
  const before2 = s[from + m.index - 1] ?? "";
  if (word === "\u8FBE" && /[到下送传表抵]/.test(before2)) return null;
  if (word === "\u7EA6" && /[制节契公条预]/.test(before2)) return null;
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
var MONEY_RE = new RegExp(`(?:${byLength2(MONEY_UNITS).map(esc2).join("|")})`, "y");
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
  const money = matchAt(MONEY_RE, s, p);
  if (money) {
    const tail = matchAt(SLASH_TAIL_RE, s, p + money.length) ?? "";
    const end = p + money.length + tail.length;
    return { unit: normalizeUnit(money + tail), scale: 1, more: false, classifier: false, start, end };
  }
  let scale = 1;
  let more = false;
  const word0 = matchAt(CN_WORD_RE, s, p);
  if (!word0 && /[万亿萬億千百]/.test(s[p] ?? "")) {
    const m = { \u4E07: 1e4, \u4EBF: 1e8, \u842C: 1e4, \u5104: 1e8, \u5343: 1e3, \u767E: 100 }[s[p]];
    const q = p + 1 + (/[多余]/.test(s[p + 1] ?? "") ? 1 : 0);
    const w = matchAt(CN_WORD_RE, s, q);
    if (w || m >= 1e4) {
      scale = m;
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
      scale *= 1e4;
      unit = unit.slice(1);
    }
    if (!tail && s[end] === "\u6B21" && CLASSIFIER_SET.has(word) && word !== "\u4E2A" && !word.endsWith("\u6B21")) {
      unit += "\u6B21";
      end++;
    }
    return { unit: normalizeUnit(unit), scale, more, classifier: CLASSIFIER_SET.has(word), start, end };
  }
  const counted = countedWord(s, p);
  if (scale !== 1 || more) {
    if (scale === 1) return null;
    const q = readAsciiUnit(s, p);
    if (q) return { unit: normalizeUnit(q), scale, more, classifier: false, start, end: p + q.length };
    if (counted) return { unit: normalizeUnit(counted), scale, more, classifier: true, start, end: p + counted.length };
    if (/[\u4e00-\u9fff]/.test(s[p] ?? "") && !/[以左多余及或的和与等至到]/.test(s[p])) {
      const unit = s[p] + (s[p + 1] === "\u6B21" ? "\u6B21" : "");
      return { unit, scale, more, classifier: true, start, end: p + unit.length };
    }
    return { unit: "", scale, more, classifier: false, start, end: p };
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
  let before2 = readComparatorBefore(f, opLead) ?? (PERCENT_LIKE.has(unitText) ? readComparatorOverReference(f, opLead) : null);
  let perStart = Infinity;
  if (unitText && !PERCENT_LIKE.has(unitText) && !unitText.includes("/")) {
    const at = before2 ? before2.start : opLead;
    const per = PER_TIME_BEFORE.exec(f.slice(Math.max(0, at - 8), at));
    if (per) {
      unitText = `${unitText}/${per[1]}`;
      perStart = at - per[0].length;
      if (!before2) before2 = readComparatorBefore(f, perStart);
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
  if (before2 && !before2.relative && !(after && WEAK_PREFIX.test(before2.word))) {
    op = before2.op;
    start = before2.start;
  } else if (after) {
    op = after.op;
    if (before2) start = before2.start;
  } else if (unit?.more) {
    op = ">";
  } else if (before2?.relative && PERCENT_LIKE.has(unitText)) {
    op = before2.op;
    start = before2.start;
  }
  if (after) end = after.end;
  if (pm && !before2 && !after) return end;
  if (op === ">" && before2 && /^(优于|優於|好于)$/.test(before2.word) && (pm || smallerIsBetter(f.slice(Math.max(0, before2.start - 24), before2.start), unitText, !!unit?.classifier))) op = "<";
  if (op === null && prev && prev.op !== "=" && prev.op !== "range") {
    const gap = f.slice(prev.end, lead);
    if (/^[\sA-Za-z\d()（）]*[和与及或、][\s(（]*$/.test(gap) && gap.length <= 12) op = prev.op;
  }
  if (op === null) {
    if (!bare) return end;
    op = "=";
  }
  if (unit?.more && op === "=") op = ">";
  let metricEnd = Math.min(before2?.relative ? opLead : start, perStart);
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

// src/check/quantity-units.ts
var SI = {
  p: 1e-12,
  n: 1e-9,
  \u03BC: 1e-6,
  u: 1e-6,
  m: 1e-3,
  c: 0.01,
  d: 0.1,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18
};
var PREFIXABLE = {
  m: { scale: 1, dims: { m: 1 } },
  g: { scale: 1e-3, dims: { kg: 1 } },
  s: { scale: 1, dims: { s: 1 } },
  Hz: { scale: 1, dims: { s: -1 } },
  W: { scale: 1, dims: { W: 1 } },
  Wh: { scale: 3600, dims: { W: 1, s: 1 } },
  J: { scale: 1, dims: { W: 1, s: 1 } },
  eV: { scale: 1602176634e-28, dims: { W: 1, s: 1 } },
  V: { scale: 1, dims: { V: 1 } },
  A: { scale: 1, dims: { A: 1 } },
  Ah: { scale: 3600, dims: { A: 1, s: 1 } },
  C: { scale: 1, dims: { A: 1, s: 1 } },
  \u03A9: { scale: 1, dims: { V: 1, A: -1 } },
  ohm: { scale: 1, dims: { V: 1, A: -1 } },
  S: { scale: 1, dims: { V: -1, A: 1 } },
  Pa: { scale: 1, dims: { Pa: 1 } },
  bar: { scale: 1e5, dims: { Pa: 1 } },
  N: { scale: 1, dims: { N: 1 } },
  L: { scale: 1e-3, dims: { m: 3 } },
  B: { scale: 8, dims: { bit: 1 } },
  b: { scale: 1, dims: { bit: 1 } },
  bit: { scale: 1, dims: { bit: 1 } },
  bps: { scale: 1, dims: { bit: 1, s: -1 } },
  Bps: { scale: 8, dims: { bit: 1, s: -1 } },
  OPS: { scale: 1, dims: { op: 1, s: -1 } },
  FLOPS: { scale: 1, dims: { flop: 1, s: -1 } },
  F: { scale: 1, dims: { F: 1 } },
  H: { scale: 1, dims: { H: 1 } },
  rad: { scale: 1, dims: { rad: 1 } },
  t: { scale: 1e3, dims: { kg: 1 } }
};
var PLAIN = {
  min: { scale: 60, dims: { s: 1 } },
  h: { scale: 3600, dims: { s: 1 } },
  hr: { scale: 3600, dims: { s: 1 } },
  d: { scale: 86400, dims: { s: 1 } },
  day: { scale: 86400, dims: { s: 1 } },
  "%": { scale: 0.01, dims: {} },
  // a percent of full scale (of a sensor's range), of relative humidity, of the lower explosive limit
  "%FS": { scale: 0.01, dims: { fullScale: 1 } },
  "%RH": { scale: 0.01, dims: { relativeHumidity: 1 } },
  "%LEL": { scale: 0.01, dims: { lowerExplosiveLimit: 1 } },
  \u03BC\u03B5: { scale: 1e-6, dims: { strain: 1 } },
  nit: { scale: 1, dims: { cd: 1, m: -2 } },
  "\u2030": { scale: 1e-3, dims: {} },
  ppm: { scale: 1e-6, dims: {} },
  ppb: { scale: 1e-9, dims: {} },
  "wt%": { scale: 0.01, dims: {} },
  "vol%": { scale: 0.01, dims: {} },
  "at%": { scale: 0.01, dims: {} },
  "mol%": { scale: 0.01, dims: {} },
  "\xB0": { scale: 1, dims: { deg: 1 } },
  "\u2032": { scale: 1 / 60, dims: { deg: 1 } },
  "\u2033": { scale: 1 / 3600, dims: { deg: 1 } },
  "'": { scale: 1 / 60, dims: { deg: 1 } },
  '"': { scale: 1 / 3600, dims: { deg: 1 } },
  arcsec: { scale: 1 / 3600, dims: { deg: 1 } },
  arcmin: { scale: 1 / 60, dims: { deg: 1 } },
  "\xB0C": { scale: 1, dims: { degC: 1 } },
  "\u2103": { scale: 1, dims: { degC: 1 } },
  K: { scale: 1, dims: { K: 1 } },
  dB: { scale: 1, dims: { dB: 1 } },
  dBm: { scale: 1, dims: { dBm: 1 } },
  rpm: { scale: 1 / 60, dims: { s: -1 } },
  TOPS: { scale: 1e12, dims: { op: 1, s: -1 } },
  GOPS: { scale: 1e9, dims: { op: 1, s: -1 } },
  TFLOPS: { scale: 1e12, dims: { flop: 1, s: -1 } },
  PFLOPS: { scale: 1e15, dims: { flop: 1, s: -1 } },
  GFLOPS: { scale: 1e9, dims: { flop: 1, s: -1 } },
  \u5143: { scale: 1, dims: { CNY: 1 } },
  \u5343\u5143: { scale: 1e3, dims: { CNY: 1 } },
  \u4E07\u5143: { scale: 1e4, dims: { CNY: 1 } },
  \u767E\u4E07\u5143: { scale: 1e6, dims: { CNY: 1 } },
  \u5343\u4E07\u5143: { scale: 1e7, dims: { CNY: 1 } },
  \u4EBF\u5143: { scale: 1e8, dims: { CNY: 1 } },
  \u7F8E\u5143: { scale: 1, dims: { USD: 1 } },
  \u4E07\u7F8E\u5143: { scale: 1e4, dims: { USD: 1 } },
  \u4EBF\u7F8E\u5143: { scale: 1e8, dims: { USD: 1 } },
  \u767E\u5206\u70B9: { scale: 0.01, dims: {} },
  \u4E2A\u767E\u5206\u70B9: { scale: 0.01, dims: {} },
  \u500D: { scale: 1, dims: { times: 1 } },
  \u5EA6: { scale: 1, dims: { deg: 1 } },
  \u6444\u6C0F\u5EA6: { scale: 1, dims: { degC: 1 } },
  \u89D2\u79D2: { scale: 1 / 3600, dims: { deg: 1 } },
  \u5F27\u79D2: { scale: 1 / 3600, dims: { deg: 1 } },
  \u89D2\u5206: { scale: 1 / 60, dims: { deg: 1 } },
  \u5E74: { scale: 365.25 * 86400, dims: { s: 1 } },
  \u6708: { scale: 365.25 * 86400 / 12, dims: { s: 1 } },
  \u4E2A\u6708: { scale: 365.25 * 86400 / 12, dims: { s: 1 } },
  \u5468: { scale: 7 * 86400, dims: { s: 1 } },
  \u5929: { scale: 86400, dims: { s: 1 } },
  \u65E5: { scale: 86400, dims: { s: 1 } },
  \u4EA9: { scale: 666.6667, dims: { m: 2 } },
  \u516C\u9877: { scale: 1e4, dims: { m: 2 } }
};
var CN_ALIAS = Object.fromEntries(Object.entries(MEASURE_WORDS).filter(([, symbol]) => symbol !== ""));
var COUNT_RE2 = /^[\u3400-\u9fff]{1,3}$/;
var CN_SCALES = { \u5341: 10, \u767E: 100, \u5343: 1e3, \u4E07: 1e4, \u5341\u4E07: 1e5, \u767E\u4E07: 1e6, \u5343\u4E07: 1e7, \u4EBF: 1e8, \u842C: 1e4, \u5104: 1e8 };
var CN_SCALES_LONGEST_FIRST = Object.entries(CN_SCALES).sort((a, b) => b[0].length - a[0].length);
var SUPERSCRIPT = { "\u2070": "0", "\xB9": "1", "\xB2": "2", "\xB3": "3", "\u2074": "4", "\u2075": "5", "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9", "\u207B": "-" };
var normalizeUnit2 = memoize(
  (unit) => normalizeUnit(unit).normalize("NFKC").replace(/′′/g, "\u2033").replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/g, (c) => SUPERSCRIPT[c] ?? c).replace(/µ/g, "\u03BC").replace(/\s+/g, "").replace(/\^/g, "").replace(/[∙•×*]/g, "\xB7").replace(/^·/, "\xD7")
);
function mul(a, b, exp) {
  const dims = { ...a.dims };
  for (const [k, e] of Object.entries(b.dims)) {
    dims[k] = (dims[k] ?? 0) + e * exp;
    if (dims[k] === 0) delete dims[k];
  }
  return { scale: a.scale * b.scale ** exp, dims };
}
var ONE = { scale: 1, dims: {} };
function atom(token) {
  if (token === "") return ONE;
  const alias = CN_ALIAS[token];
  if (alias) return readUnit2(alias);
  if (PLAIN[token]) return PLAIN[token];
  if (PREFIXABLE[token]) return PREFIXABLE[token];
  const p = token[0];
  if (SI[p] !== void 0 && PREFIXABLE[token.slice(1)]) return mul({ scale: SI[p], dims: {} }, PREFIXABLE[token.slice(1)], 1);
  for (const [w, s] of CN_SCALES_LONGEST_FIRST) {
    if (token.startsWith(w) && token.length > w.length) {
      const rest = atom(token.slice(w.length));
      if (rest) return { scale: s * rest.scale, dims: rest.dims };
    }
  }
  if (COUNT_RE2.test(token)) return { scale: 1, dims: { count: 1 } };
  return null;
}
function factor(token) {
  const whole = atom(token);
  if (whole) return whole;
  const m = /^(.*?[^\d-])(-?[1-4])$/.exec(token);
  if (m) {
    const base = atom(m[1]);
    if (base) return mul(ONE, base, Number(m[2]));
  }
  if (token.length <= 3) {
    for (let k = 1; k < token.length; k++) {
      const a = PREFIXABLE[token.slice(0, k)] ?? PLAIN[token.slice(0, k)];
      const b = PREFIXABLE[token.slice(k)] ?? PLAIN[token.slice(k)];
      if (a && b) return mul(a, b, 1);
    }
  }
  if (/^[A-Za-zμ][A-Za-z0-9μ_-]*$/.test(token)) return { scale: 1, dims: { [`~${token.toLowerCase()}`]: 1 } };
  return null;
}
var readUnit2 = memoize((unit) => {
  let u = normalizeUnit2(unit);
  u = normalizeUnit2(COMPOUND_UNITS[u] ?? u);
  let scale = 1;
  const pow = /^(?:[×xX]\s*)?10(-?\d{1,2})(?=$|[^\d])/.exec(u);
  if (pow && (u.startsWith("\xD7") || u.startsWith("x") || u.startsWith("X") || u.length > pow[0].length)) {
    scale = 10 ** Number(pow[1]);
    u = u.slice(pow[0].length).replace(/^·/, "");
  }
  if (u === "") return { scale, dims: {} };
  u = u.replace(/\/\(([^()]+)\)/g, (_, group) => "/" + group.split("\xB7").join("/"));
  const whole = atom(u);
  if (whole) return { scale: scale * whole.scale, dims: whole.dims };
  const parts = u.split("/");
  let out = { scale, dims: {} };
  for (let i = 0; i < parts.length; i++) {
    for (const piece of parts[i].split("\xB7")) {
      if (piece === "" && i === 0) continue;
      const f = factor(piece);
      if (!f) return null;
      out = mul(out, f, i === 0 ? 1 : -1);
    }
  }
  return out;
});
function sameDims(a, b) {
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}
function understoodUnit(unit) {
  if (normalizeUnit2(unit) === "") return false;
  const r = readUnit2(unit);
  return r !== null && !Object.keys(r.dims).some((k) => k.startsWith("~"));
}
function unitFactor(from, to) {
  return unitFactorOf(from + "\0" + to);
}
var unitFactorOf = memoize((pair) => {
  const [from, to] = pair.split("\0");
  if (normalizeUnit2(from) === normalizeUnit2(to)) return 1;
  if (to === "" && from in COUNT_MAGNITUDES) return COUNT_MAGNITUDES[from];
  if (from === "" && to in COUNT_MAGNITUDES) return 1 / COUNT_MAGNITUDES[to];
  const a = readUnit2(from), b = readUnit2(to);
  if (!a || !b) return null;
  if (sameDims(a.dims, b.dims)) return a.scale / b.scale;
  const da = uncounted(a.dims), db = uncounted(b.dims);
  return Object.keys(da).length > 0 && sameDims(da, db) ? a.scale / b.scale : null;
});
function uncounted(dims) {
  return Object.fromEntries(Object.entries(dims).filter(([k]) => k !== "count"));
}
var unitDimension = memoize((unit) => {
  const r = readUnit2(unit);
  if (!r) return "";
  return Object.entries(r.dims).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([k, e]) => `${k}^${e}`).join("\xB7");
});

// src/check/match.ts
function terms(text) {
  return text.length <= 400 ? shortTerms(text) : termsOf(text);
}
var shortTerms = memoize(termsOf);
function termsOf(text) {
  const out = /* @__PURE__ */ new Set();
  const t = text.normalize("NFKC");
  for (const run of t.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const w of t.match(/[A-Za-z][A-Za-z0-9]*|\d+(?:\.\d+)?[A-Za-z]+/g) ?? []) out.add(w.toLowerCase());
  return out;
}
function dice(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return 2 * n / (a.size + b.size);
}
function coverage(a, b) {
  if (a.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}
var STOP = /(?:不低于|不少于|不超过|不高于|以上|以下|以内|达到|大于|小于|低于|高于|超过|至少|支持|实现|完成|具有|具备|提升|提高|降低|分别|其中|包括|研制|研发|制备出?|形成|建立|申请|授权|获得)/g;
function metricTerms(metric) {
  return terms(metric.replace(STOP, " "));
}
var guideMetricCache = /* @__PURE__ */ new WeakMap();
function guideMetricTerms(k) {
  let out = guideMetricCache.get(k);
  if (out) return out;
  out = [metricTerms(k.metric)];
  for (const clause of k.text.split(/[，,；;（）()、。]/))
    for (const q of quantitiesOf(clause))
      if (q.value === k.value && q.metric) out.push(metricTerms(q.metric));
  guideMetricCache.set(k, out);
  return out;
}
var SPEC = /\d+(?:\.\d+)?(?:[A-Za-zμ]+|英寸|寸|代|层|核)/g;
function specsOf(metric) {
  return new Set([...metric.matchAll(SPEC)].map((m) => m[0].toLowerCase()));
}
var PER_BASE = /^每\s*(公斤|千克|吨|克|平方米|立方米|千瓦时|小时|天|台|套|件)/;
function guideUnit(guide, committedUnit) {
  if (unitFactor(committedUnit, guide.unit) !== null || guide.unit.includes("/")) return guide.unit;
  const base = PER_BASE.exec(guide.metric);
  const per = base ? `${guide.unit}/${base[1]}` : null;
  return per && unitFactor(committedUnit, per) !== null ? per : guide.unit;
}
function matchScore(guide, committed, line) {
  const gUnit = guideUnit(guide, committed.value.unit);
  const gs = specsOf(guide.metric);
  const cs = specsOf(committed.value.metric);
  if (gs.size && cs.size && ![...gs].some((x) => cs.has(x))) return 0;
  const c = metricTerms(committed.value.metric);
  const gText = terms(guide.text);
  const cText = terms(line || committed.text || committed.value.metric);
  const metric = Math.max(...guideMetricTerms(guide).map((g) => Math.max(dice(g, c), 0.9 * coverage(c, g), 0.9 * coverage(g, c))));
  let score = 0.55 * metric + 0.25 * dice(gText, cText);
  if (gUnit !== "" && normalizeUnit2(gUnit) === normalizeUnit2(committed.value.unit)) score += 0.05;
  const gd = unitDimension(gUnit);
  if (gUnit !== "" || committed.value.unit !== "") {
    if (unitFactor(committed.value.unit, gUnit) !== null) score += gd === "count^1" ? 0.05 : 0.15;
    else score -= 0.1;
  }
  const gt = committed.value.guideText;
  if (gt) {
    const s = Math.max(dice(terms(gt), gText), coverage(terms(gt), gText));
    score += 0.5 * s;
    if (gt.includes(String(guide.value))) score += 0.1;
  }
  const f = unitFactor(committed.value.unit, gUnit);
  if (f !== null && guide.value > 0 && committed.value.value > 0) {
    const d = Math.abs(Math.log10(committed.value.value * f / guide.value));
    score += 0.05 * Math.max(0, 1 - d);
  }
  const dir = (op) => op === ">=" || op === ">" ? 1 : op === "<=" || op === "<" ? -1 : 0;
  score += 0.05 * dir(guide.op) * dir(committed.value.op);
  return score;
}
var MATCH_MIN = 0.3;
function quantitiesOf(clause) {
  const found = [];
  let pos = 0;
  while (pos < clause.length && found.length < 12) {
    const q = readQuantity(clause.slice(pos));
    if (!q) break;
    found.push({ q, at: pos });
    pos += Math.max(q.end, 1);
  }
  return found.map(({ q, at }, i) => {
    const prevEnd = i > 0 ? found[i - 1].at + found[i - 1].q.end : 0;
    const nextStart = i + 1 < found.length ? found[i + 1].at + found[i + 1].q.start : clause.length;
    const metric = (clause.slice(prevEnd, at + q.start) + " " + clause.slice(at + q.end, nextStart)).replace(STOP, " ").replace(/[\s:：]+/g, " ").trim();
    return { metric, op: q.op, value: q.value, max: q.max, unit: q.unit };
  });
}
function secondaryCommitments(committed, lines = []) {
  const out = [];
  const byLine = /* @__PURE__ */ new Map();
  for (const f of committed) byLine.set(f.line, [...byLine.get(f.line) ?? [], f]);
  for (const [line, fs] of byLine) {
    let text = (lines[line - 1] ?? fs.map((f) => f.text).join("\uFF0C")).replace(/^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[）)])\s*/, "");
    for (const f of fs) if (f.value.guideText) text = text.replace(f.value.guideText, " ");
    for (const clause of text.split(/[，,；;（）()、。]/)) {
      for (const q of quantitiesOf(clause)) {
        if (fs.some((f) => f.value.value === q.value && f.value.unit === q.unit)) continue;
        if (out.some((o) => o.line === line && o.value.value === q.value && o.value.unit === q.unit)) continue;
        if (!/[\u3400-\u9fff]{2}|[A-Za-z]{2}/.test(q.metric)) continue;
        out.push({ ...fs[0], text: clause, value: q });
      }
    }
  }
  return out;
}
var CONTESTED_MARGIN = 0.05;
function bestAssignment(weight, columns) {
  const rows = weight.length;
  const n = Math.max(rows, columns);
  const cost = (i, j) => i < rows && j < columns ? -Math.max(0, weight[i][j]) : 0;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) minv[j] = cur, way[j] = j0;
        if (minv[j] < delta) delta = minv[j], j1 = j;
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) u[p[j]] += delta, v[j] -= delta;
        else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out = new Array(rows).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j] >= 1 && p[j] <= rows && j <= columns && weight[p[j] - 1][j - 1] > 0) out[p[j] - 1] = j - 1;
  return out;
}
var cache = /* @__PURE__ */ new WeakMap();
function matchKpis(guide, committed, lines = []) {
  let byGuide = cache.get(guide);
  const hit = byGuide?.get(committed);
  if (hit) return hit;
  const all = committed.map((f) => ({ f, bonus: 0, secondary: false }));
  for (const x of secondaryCommitments(committed, lines)) all.push({ f: x, bonus: -0.05, secondary: true });
  const score = guide.map(
    (g) => all.map(({ f, bonus, secondary }) => {
      if (secondary && (g.unit !== "" || f.value.unit !== "") && unitFactor(f.value.unit, guideUnit(g, f.value.unit)) === null) return 0;
      const s = matchScore(g, f, lines[f.line - 1]) + bonus;
      return s >= MATCH_MIN ? s : 0;
    })
  );
  const weight = score.map((row, g) => row.map((s, c) => s > 0 ? s - 1e-9 * (g * all.length + c) : 0));
  const assigned = bestAssignment(weight, all.length);
  const out = guide.map((k, g) => {
    const c = assigned[g];
    if (c < 0) return { guide: k, guideIndex: g, committed: null, score: 0, secondary: false, rivals: [] };
    const s = score[g][c];
    const rivals = guide.filter((_, h) => h !== g && score[h][c] > 0 && score[h][c] >= s - CONTESTED_MARGIN);
    return { guide: k, guideIndex: g, committed: all[c].f, score: s, secondary: all[c].secondary, rivals };
  });
  if (!byGuide) cache.set(guide, byGuide = /* @__PURE__ */ new WeakMap());
  byGuide.set(committed, out);
  return out;
}
var EPS = 1e-9;
var COVERAGE = /范围|覆盖|量程|工作温度|环境温度|频段|温区|波段|调谐/;
var eq = (a, b) => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
function compareKpi(guide, committed) {
  const f = unitFactor(committed.unit, guideUnit(guide, committed.unit));
  if (f === null) return committed.restated ? compareKpi(guide, { metric: committed.metric, ...committed.restated }) : "incompatible";
  const tol = committed.tolerance || /±/.test(guide.text);
  const norm = (x) => (tol ? Math.abs(x) : x) * f;
  const v = norm(committed.value);
  const vmax = committed.max === null ? null : norm(committed.max);
  const gOp = guide.op === "=" ? ">=" : guide.op;
  const lowerOps = /* @__PURE__ */ new Set([">=", ">"]), upperOps = /* @__PURE__ */ new Set(["<=", "<"]);
  let lo = v, hi = v, loOpen = false, hiOpen = false;
  if (committed.op === "range" && vmax !== null) {
    lo = Math.min(v, vmax);
    hi = Math.max(v, vmax);
  } else if (lowerOps.has(committed.op) && (lowerOps.has(gOp) || gOp === "approx")) {
    hi = Infinity;
    loOpen = committed.op === ">";
  } else if (upperOps.has(committed.op) && upperOps.has(gOp)) {
    lo = -Infinity;
    hiOpen = committed.op === "<";
  }
  const T = guide.value;
  switch (gOp) {
    case ">=":
      return lo > T || eq(lo, T) ? "pass" : "fail";
    case ">":
      return lo > T && !eq(lo, T) ? "pass" : eq(lo, T) && loOpen ? "pass" : "fail";
    case "<=":
      return hi < T || eq(hi, T) ? "pass" : "fail";
    case "<":
      return hi < T && !eq(hi, T) ? "pass" : eq(hi, T) && hiOpen ? "pass" : "fail";
    case "range": {
      const max = guide.max ?? T;
      if (COVERAGE.test(guide.metric) && committed.op === "range" && vmax !== null)
        return (lo < T || eq(lo, T)) && (hi > max || eq(hi, max)) ? "pass" : "fail";
      const inside = (x) => (x > T || eq(x, T)) && (x < max || eq(x, max));
      return inside(lo) && inside(hi) ? "pass" : "fail";
    }
    case "approx":
      return Math.abs(lo - T) <= 0.1 * Math.abs(T) + EPS ? "pass" : "fail";
    default:
      return "fail";
  }
}
function requirementText(k) {
  const op = k.op === "range" ? "" : k.op === "approx" ? "\u2248" : k.op === "=" ? "" : k.op.replace(">=", "\u2265").replace("<=", "\u2264");
  const num = k.op === "range" && k.max !== null ? `${fmt(k.value)}\u2013${fmt(k.max)}` : fmt(k.value);
  return `${op}${num}${k.unit}`;
}
function fmt(n) {
  return String(Number(n.toPrecision(12)));
}

// src/check/rules/content-not-covered.ts
var GENERIC = /(?:关键技术|共性技术|技术研究|合作研发|合作研究|研究与示范|示范应用|应用示范|产业化|研究|研发|研制|开发|示范|应用|技术|攻关)/g;
function contentItems(direction) {
  const raw = direction.keywords.length > 0 ? direction.keywords : direction.title.split(/及|与|和|、|，|,|；|;|的|暨|以及|并|面向|基于/);
  const out = [];
  for (const r of raw) {
    const item = r.replace(GENERIC, "").replace(/[（）()“”"《》\s]/g, "").trim();
    if ((item.match(/[\u3400-\u9fff]/g) ?? []).length >= 2 || /[A-Za-z]{2,}/.test(item)) out.push(item);
  }
  return [...new Set(out)];
}
var COVERED = 0.5;
var content_not_covered_default = defineRule({
  meta: {
    id: "content-not-covered",
    category: "content",
    defaultSeverity: "warning",
    description: {
      zh: "\u7533\u62A5\u4E66\u5E94\u8986\u76D6\u6307\u5357\u65B9\u5411\u7684\u7814\u7A76\u5185\u5BB9",
      en: "The draft must cover the direction's research content"
    },
    requires: { guide: [], draft: ["lines"] },
    messages: {
      notCovered: {
        zh: "\u7533\u62A5\u4E66\u672A\u6D89\u53CA\u6307\u5357\u65B9\u5411\u7684\u7814\u7A76\u5185\u5BB9\u201C{{item}}\u201D",
        en: `The draft never mentions "{{item}}" from the direction's research content`
      }
    }
  },
  check({ direction, facts, report }) {
    const text = terms(facts.lines.join("\n"));
    for (const item of contentItems(direction)) {
      if (coverage(terms(item), text) >= COVERED) continue;
      report({ messageId: "notCovered", data: { item }, clause: { span: direction.span, text: direction.title } });
    }
  }
});

// src/check/rules/direction-not-found.ts
var direction_not_found_default = defineRule({
  meta: {
    id: "direction-not-found",
    category: "direction",
    defaultSeverity: "error",
    description: {
      zh: "\u7533\u62A5\u4E66\u5E94\u660E\u786E\u6307\u5357\u4E2D\u5B58\u5728\u7684\u7533\u62A5\u65B9\u5411",
      en: "The draft must name a direction of the guide"
    },
    requires: { guide: [], draft: [] },
    messages: {
      notFound: {
        zh: "\u7533\u62A5\u65B9\u5411\u201C{{found}}\u201D\u4E0D\u5728\u6307\u5357\u4E2D\uFF0C\u6700\u63A5\u8FD1\u7684\u65B9\u5411\uFF1A{{candidates}}",
        en: 'Direction "{{found}}" is not in the guide; closest: {{candidates}}'
      },
      ambiguous: {
        zh: "\u7533\u62A5\u65B9\u5411\u201C{{found}}\u201D\u65E0\u6CD5\u786E\u5B9A\uFF0C\u53EF\u80FD\u662F\uFF1A{{candidates}}",
        en: 'Direction "{{found}}" is ambiguous; it could be: {{candidates}}'
      },
      absent: {
        zh: "\u7533\u62A5\u4E66\u672A\u5199\u660E\u7533\u62A5\u65B9\u5411\uFF0C\u6700\u63A5\u8FD1\u7684\u65B9\u5411\uFF1A{{candidates}}",
        en: "The draft names no direction; closest: {{candidates}}"
      }
    },
    reportedBy: "resolver"
  }
});

// src/check/rules/duration-too-long.ts
var duration_too_long_default = defineRule({
  meta: {
    id: "duration-too-long",
    category: "duration",
    defaultSeverity: "error",
    description: { zh: "\u9879\u76EE\u6267\u884C\u671F\u9650\u4E0D\u5F97\u8D85\u8FC7\u6307\u5357\u89C4\u5B9A\u7684\u5E74\u9650", en: "The project period must not exceed the guide's limit" },
    requires: { guide: ["duration_max_years"], draft: ["period.months|period.start", "period.months|period.end"] },
    messages: {
      tooLong: {
        zh: "\u6267\u884C\u671F\u9650{{found}}\u4E2A\u6708\uFF0C\u8D85\u8FC7\u6307\u5357\u89C4\u5B9A\u7684{{max}}\u5E74\uFF08{{maxMonths}}\u4E2A\u6708\uFF09",
        en: "The project runs {{found}} months, longer than the guide's {{max}} years ({{maxMonths}} months)"
      }
    }
  },
  check({ constraints, facts, report }) {
    const c = constraintOf(constraints, "duration_max_years");
    const p = facts.period;
    if (!c || typeof c.value !== "number" || !p) return;
    const months = periodMonths(p.value);
    if (months === null) return;
    const maxMonths = Math.round(c.value * 12);
    const wholeYears = p.value.start !== null && !/月|\d\s*[.\-/／．]\s*\d{1,2}(?!\d)/.test(p.text ?? "");
    if (months > maxMonths)
      report({
        doubtful: wholeYears && months - 22 <= maxMonths,
        messageId: "tooLong",
        at: p,
        data: { found: months, max: fmt(c.value), maxMonths },
        found: { months, start: p.value.start, end: p.value.end },
        expected: `\u2264${maxMonths}`,
        actual: String(months),
        clause: c
      });
  }
});

// src/check/rules/enterprise-partner-missing.ts
var enterprise_partner_missing_default = defineRule({
  meta: {
    id: "enterprise-partner-missing",
    category: "partners",
    defaultSeverity: "error",
    description: {
      zh: "\u9AD8\u6821\u3001\u79D1\u7814\u9662\u6240\u7275\u5934\u7684\u9879\u76EE\u987B\u6709\u4F01\u4E1A\u53C2\u4E0E",
      en: "A project led by a university or institute must include an enterprise"
    },
    requires: { guide: ["enterprise_partner_required"], draft: ["leadUnit"] },
    messages: {
      missing: {
        zh: "\u7275\u5934\u5355\u4F4D\u4E3A{{leadType}}\uFF08{{lead}}\uFF09\uFF0C\u53C2\u4E0E\u5355\u4F4D\u4E2D\u6CA1\u6709\u4F01\u4E1A\uFF0C\u4E0D\u7B26\u5408\u6307\u5357\u8981\u6C42",
        en: "The lead unit is a {{leadType}} ({{lead}}) and no enterprise takes part, as the guide requires"
      }
    }
  },
  check({ constraints, facts, report }) {
    const c = constraintOf(constraints, "enterprise_partner_required");
    const lead = facts.leadUnit;
    if (!c || c.value === false || !lead) return;
    const type = unitTypeOf(lead.value);
    if (type !== "university" && type !== "institute") return;
    if (facts.participants.some((p) => unitTypeOf(p.value) === "enterprise")) return;
    report({
      // a participant whose type the draft does not say could be the enterprise
      doubtful: facts.participants.some((p) => unitTypeOf(p.value) === null),
      messageId: "missing",
      at: lead,
      data: { lead: lead.value.name, leadType: type },
      i18n: { leadType: type === "university" ? { zh: "\u9AD8\u6821", en: "university" } : { zh: "\u79D1\u7814\u9662\u6240", en: "research institute" } },
      found: { lead: lead.value.name, leadType: type, participants: facts.participants.map((p) => p.value.name) },
      clause: c
    });
  }
});

// src/check/rules/field-missing.ts
var field_missing_default = defineRule({
  meta: {
    id: "field-missing",
    category: "input",
    defaultSeverity: "warning",
    description: {
      zh: "\u7533\u62A5\u4E66\u5E94\u5199\u660E\u68C0\u67E5\u6240\u9700\u7684\u4FE1\u606F",
      en: "The draft must state the facts the check needs"
    },
    requires: { guide: [], draft: [] },
    messages: {
      missing: {
        zh: "\u7533\u62A5\u4E66\u672A\u5199\u660E{{label}}\uFF0C\u65E0\u6CD5\u68C0\u67E5\uFF1A{{rules}}",
        en: "The draft does not state {{label}}, so these checks cannot run: {{rules}}"
      },
      unfilled: {
        zh: "\u7533\u62A5\u4E66\u7684{{label}}\u672A\u586B\u5199\uFF08\u6B64\u5904\u4E3A\u7A7A\uFF09\uFF0C\u65E0\u6CD5\u68C0\u67E5\uFF1A{{rules}}",
        en: "The draft leaves {{label}} empty (not filled in here), so these checks cannot run: {{rules}}"
      }
    },
    reportedBy: "runner"
  }
});

// src/check/rules/foreign-partner-missing.ts
var foreign_partner_missing_default = defineRule({
  meta: {
    id: "foreign-partner-missing",
    category: "partners",
    defaultSeverity: "error",
    description: {
      zh: "\u987B\u6709\u6307\u5357\u8981\u6C42\u6570\u91CF\u7684\u56FD\uFF08\u5883\uFF09\u5916\u5408\u4F5C\u5355\u4F4D\uFF08\u53CA\u56FD\u5BB6/\u5730\u533A\uFF09",
      en: "The project must have the foreign partner units (and countries) the guide requires"
    },
    requires: { guide: ["foreign_partner_min|foreign_partner_countries_min"], draft: ["leadUnit"] },
    messages: {
      tooFew: {
        zh: "\u56FD\uFF08\u5883\uFF09\u5916\u5408\u4F5C\u5355\u4F4D{{found}}\u5BB6\uFF0C\u5C11\u4E8E\u6307\u5357\u8981\u6C42\u7684{{min}}\u5BB6",
        en: "{{found}} foreign partner units, fewer than the {{min}} the guide requires"
      },
      tooFewCountries: {
        zh: "\u56FD\uFF08\u5883\uFF09\u5916\u5408\u4F5C\u5355\u4F4D\u6765\u81EA{{found}}\u4E2A\u56FD\u5BB6/\u5730\u533A\uFF0C\u5C11\u4E8E\u6307\u5357\u8981\u6C42\u7684{{min}}\u4E2A",
        en: "Foreign partners come from {{found}} countries or regions, fewer than the {{min}} the guide requires"
      }
    }
  },
  check({ constraints, facts, report }) {
    const foreign = allUnits(facts).filter(isForeign);
    const at = facts.participants[facts.participants.length - 1] ?? facts.leadUnit;
    const doubtful = allUnits(facts).some(maybeForeign);
    const min = constraintOf(constraints, "foreign_partner_min");
    if (min && typeof min.value === "number" && foreign.length < min.value)
      report({
        doubtful,
        messageId: "tooFew",
        at,
        data: { found: foreign.length, min: min.value },
        found: { foreign: foreign.map((u) => u.name) },
        clause: min
      });
    const cmin = constraintOf(constraints, "foreign_partner_countries_min");
    const countries = new Set(foreign.map((u) => u.country.trim()));
    if (cmin && typeof cmin.value === "number" && countries.size < cmin.value)
      report({
        doubtful,
        messageId: "tooFewCountries",
        at,
        data: { found: countries.size, min: cmin.value },
        found: { countries: [...countries] },
        clause: cmin
      });
  }
});

// src/check/rules/front-matter-key-unknown.ts
var front_matter_key_unknown_default = defineRule({
  meta: {
    id: "front-matter-key-unknown",
    category: "input",
    defaultSeverity: "info",
    description: {
      zh: "\u672A\u8BC6\u522B\u7684\u524D\u7F6E\u5143\u6570\u636E\u5B57\u6BB5\u5C06\u88AB\u5FFD\u7565",
      en: "Unknown front-matter keys are ignored"
    },
    requires: { guide: [], draft: [] },
    messages: {
      unknown: {
        zh: "\u672A\u8BC6\u522B\u7684\u5B57\u6BB5\u201C{{key}}\u201D\u5DF2\u5FFD\u7565\uFF0C\u76F8\u5173\u4FE1\u606F\u4ECE\u6B63\u6587\u8BFB\u53D6",
        en: 'Unknown key "{{key}}" ignored; the facts are read from the text'
      }
    }
  },
  check({ facts, report }) {
    for (const k of facts.unknownKeys) report({ messageId: "unknown", at: k, data: { key: k.value } });
  }
});

// src/check/rules/funding-over-cap.ts
var funding_over_cap_default = defineRule({
  meta: {
    id: "funding-over-cap",
    category: "funding",
    defaultSeverity: "error",
    description: { zh: "\u7533\u8BF7\u8D22\u653F\u7ECF\u8D39\u4E0D\u5F97\u8D85\u8FC7\u8D44\u52A9\u4E0A\u9650", en: "Requested government funding must not exceed the cap" },
    requires: { guide: ["funding_cap"], draft: ["budget.government"] },
    messages: {
      overCap: {
        zh: "\u7533\u8BF7\u8D22\u653F\u7ECF\u8D39{{found}}\uFF0C\u8D85\u8FC7\u6307\u5357\u4E0A\u9650{{cap}}",
        en: "Requested government funding {{found}} exceeds the guide's cap of {{cap}}"
      }
    }
  },
  check({ constraints, facts, report }) {
    const cap = constraintOf(constraints, "funding_cap");
    const asked = facts.budget.government;
    if (!cap || typeof cap.value !== "number" || !asked) return;
    if (asked.value.yuan > cap.value) {
      const capText = /\d/.test(cap.text) && cap.text.length <= 12 ? cap.text : yuanText(cap.value);
      report({
        messageId: "overCap",
        at: asked,
        data: { found: asked.value.text, cap: capText },
        found: { yuan: asked.value.yuan },
        expected: `\u2264${capText}`,
        actual: asked.value.text,
        clause: cap
      });
    }
  }
});

// src/check/rules/gov-share-too-high.ts
var gov_share_too_high_default = defineRule({
  meta: {
    id: "gov-share-too-high",
    category: "funding",
    defaultSeverity: "error",
    description: {
      zh: "\u8D22\u653F\u7ECF\u8D39\u5360\u9879\u76EE\u603B\u9884\u7B97\u7684\u6BD4\u4F8B\u4E0D\u5F97\u8D85\u8FC7\u6307\u5357\u4E0A\u9650\uFF08\u4F01\u4E1A\u7275\u5934\u9879\u76EE\u6309\u4F01\u4E1A\u7275\u5934\u6BD4\u4F8B\uFF09",
      en: "Government funding must not exceed the guide's share of the total budget (the enterprise-led share when an enterprise leads)"
    },
    requires: {
      guide: ["gov_share_max|gov_share_max_enterprise_led"],
      draft: ["budget.government", "budget.total|budget.selfFunded", "leadUnit if gov_share_max_enterprise_led"]
    },
    messages: {
      tooHigh: {
        zh: "\u8D22\u653F\u7ECF\u8D39\u5360\u603B\u9884\u7B97{{found}}\uFF0C\u8D85\u8FC7\u6307\u5357\u4E0A\u9650{{max}}",
        en: "Government funding is {{found}} of the total budget, above the guide's maximum of {{max}}"
      },
      tooHighEnterpriseLed: {
        zh: "\u4F01\u4E1A\u7275\u5934\u9879\u76EE\u8D22\u653F\u7ECF\u8D39\u5360\u603B\u9884\u7B97{{found}}\uFF0C\u8D85\u8FC7\u6307\u5357\u5BF9\u4F01\u4E1A\u7275\u5934\u9879\u76EE\u7684\u4E0A\u9650{{max}}",
        en: "Government funding of this enterprise-led project is {{found}} of the total budget, above the guide's enterprise-led maximum of {{max}}"
      }
    }
  },
  check({ constraints, facts, report }) {
    const gov = facts.budget.government;
    if (!gov) return;
    const total = facts.budget.total ? facts.budget.total.value.yuan : facts.budget.selfFunded ? gov.value.yuan + facts.budget.selfFunded.value.yuan : null;
    if (total === null || total <= 0) return;
    const enterpriseLed = facts.leadUnit ? unitTypeOf(facts.leadUnit.value) === "enterprise" : false;
    const ent = constraintOf(constraints, "gov_share_max_enterprise_led");
    const general = constraintOf(constraints, "gov_share_max");
    const c = enterpriseLed && ent ? ent : general;
    if (!c || typeof c.value !== "number") return;
    const share = gov.value.yuan / total;
    if (share > c.value + 1e-9) {
      report({
        // without a stated total, 财政 + 自筹 may leave out other sources (其他来源)
        doubtful: !facts.budget.total,
        messageId: c === ent ? "tooHighEnterpriseLed" : "tooHigh",
        at: gov,
        data: { found: percentText(share), max: percentText(c.value) },
        found: { share, governmentYuan: gov.value.yuan, totalYuan: total, enterpriseLed },
        expected: `\u2264${percentText(c.value)}`,
        actual: percentText(share),
        clause: c
      });
    }
  }
});

// src/check/kpis.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function assessKpis(direction, facts) {
  let byFacts = cache2.get(direction);
  const hit = byFacts?.get(facts);
  if (hit) return hit;
  const pairs = matchKpis(direction.kpis, facts.kpis, facts.lines);
  const chosen = chosenOption(pairs);
  let draftTerms;
  const out = pairs.map((p) => {
    if (!p.committed) {
      const owed = (p.guide.option === void 0 || p.guide.option === chosen) && !alternativeAnswered(p.guide, pairs);
      const metric = terms(p.guide.metric);
      draftTerms ??= terms(facts.lines.join("\n"));
      return { pair: p, verdict: "unanswered", owed, doubtful: metric.size < 2 || coverage(metric, draftTerms) >= 0.5 };
    }
    const c = p.committed.value;
    const verdict = compareKpi(p.guide, c);
    const doubtful = verdict === "fail" ? p.secondary || p.rivals.some((r) => compareKpi(r, c) === "pass") : verdict === "incompatible" ? !understoodUnit(c.unit) || !understoodUnit(p.guide.unit) || p.secondary || p.rivals.some((r) => compareKpi(r, c) !== "incompatible") : false;
    return { pair: p, verdict, owed: true, doubtful };
  });
  if (!byFacts) cache2.set(direction, byFacts = /* @__PURE__ */ new WeakMap());
  byFacts.set(facts, out);
  return out;
}
function alternativeAnswered(k, pairs) {
  if (!/或/.test(k.text)) return false;
  return pairs.some((o) => o.guide !== k && o.committed && o.guide.text === k.text);
}
function chosenOption(pairs) {
  const answered = /* @__PURE__ */ new Map();
  for (const p of pairs) if (p.guide.option !== void 0) answered.set(p.guide.option, (answered.get(p.guide.option) ?? 0) + (p.committed ? 1 : 0));
  let best;
  for (const [option, n] of answered) if (best === void 0 || n > answered.get(best)) best = option;
  return best;
}

// src/check/rules/kpi-missing.ts
var kpi_missing_default = defineRule({
  meta: {
    id: "kpi-missing",
    category: "kpi",
    defaultSeverity: "error",
    description: {
      zh: "\u6307\u5357\u65B9\u5411\u7684\u6BCF\u9879\u8003\u6838\u6307\u6807\u90FD\u5E94\u5728\u7533\u62A5\u4E66\u4E2D\u6709\u5BF9\u5E94\u7684\u6307\u6807",
      en: "Every KPI of the direction must have a committed counterpart in the draft"
    },
    requires: { guide: ["kpis"], draft: ["kpis"] },
    messages: {
      missing: {
        zh: "\u7533\u62A5\u4E66\u672A\u627F\u8BFA\u6307\u5357\u8003\u6838\u6307\u6807\u201C{{metric}}\u201D\uFF08\u6307\u5357\u8981\u6C42{{required}}\uFF09",
        en: `The draft commits to nothing for the guide's KPI "{{metric}}" (the guide requires {{required}})`
      }
    }
  },
  check({ direction, facts, report }) {
    for (const a of assessKpis(direction, facts)) {
      if (a.verdict !== "unanswered" || !a.owed) continue;
      const k = a.pair.guide;
      report({
        doubtful: a.doubtful,
        messageId: "missing",
        kpi: k,
        data: { metric: k.metric, required: requirementText(k) },
        expected: requirementText(k),
        clause: k
      });
    }
  }
});

// src/check/rules/kpi-threshold-not-met.ts
var kpi_threshold_not_met_default = defineRule({
  meta: {
    id: "kpi-threshold-not-met",
    category: "kpi",
    defaultSeverity: "error",
    description: {
      zh: "\u7533\u62A5\u4E66\u627F\u8BFA\u7684\u6307\u6807\u503C\u5E94\u8FBE\u5230\u6307\u5357\u8003\u6838\u6307\u6807\u7684\u8981\u6C42",
      en: "Committed KPI values must meet the guide's thresholds"
    },
    requires: { guide: ["kpis"], draft: ["kpis"] },
    messages: {
      notMet: {
        zh: "\u8003\u6838\u6307\u6807\u201C{{metric}}\u201D\u627F\u8BFA{{found}}\uFF0C\u672A\u8FBE\u5230\u6307\u5357\u8981\u6C42{{required}}",
        en: `KPI "{{metric}}" commits to {{found}}, short of the guide's {{required}}`
      }
    }
  },
  check({ direction, facts, report }) {
    for (const { pair: p, verdict, doubtful } of assessKpis(direction, facts)) {
      if (verdict !== "fail" || !p.committed) continue;
      const c = p.committed.value;
      const found = requirementText(c);
      report({
        doubtful,
        messageId: "notMet",
        at: p.committed,
        kpi: p.guide,
        data: { metric: p.guide.metric, found, required: requirementText(p.guide) },
        found: { metric: c.metric, op: c.op, value: c.value, max: c.max, unit: c.unit },
        expected: requirementText(p.guide),
        actual: found,
        clause: p.guide
      });
    }
  }
});

// src/check/rules/kpi-unit-incompatible.ts
var kpi_unit_incompatible_default = defineRule({
  meta: {
    id: "kpi-unit-incompatible",
    category: "kpi",
    defaultSeverity: "error",
    description: {
      zh: "\u627F\u8BFA\u6307\u6807\u7684\u5355\u4F4D\u5E94\u80FD\u4E0E\u6307\u5357\u8003\u6838\u6307\u6807\u7684\u5355\u4F4D\u6362\u7B97\u6BD4\u8F83",
      en: "A committed KPI's unit must be comparable with the guide's"
    },
    requires: { guide: ["kpis"], draft: ["kpis"] },
    messages: {
      incompatible: {
        zh: "\u8003\u6838\u6307\u6807\u201C{{metric}}\u201D\u627F\u8BFA{{found}}\uFF0C\u5355\u4F4D\u201C{{unit}}\u201D\u65E0\u6CD5\u4E0E\u6307\u5357\u8981\u6C42{{required}}\u7684\u5355\u4F4D\u201C{{guideUnit}}\u201D\u6BD4\u8F83",
        en: `KPI "{{metric}}" commits to {{found}}; its unit "{{unit}}" cannot be compared with the guide's {{required}} ("{{guideUnit}}")`
      }
    }
  },
  check({ direction, facts, report }) {
    for (const { pair: p, verdict, doubtful } of assessKpis(direction, facts)) {
      if (verdict !== "incompatible" || !p.committed) continue;
      const c = p.committed.value;
      report({
        doubtful,
        messageId: "incompatible",
        at: p.committed,
        kpi: p.guide,
        data: { metric: p.guide.metric, found: requirementText(c), unit: c.unit, required: requirementText(p.guide), guideUnit: p.guide.unit },
        found: { metric: c.metric, op: c.op, value: c.value, unit: c.unit },
        clause: p.guide
      });
    }
  }
});

// src/check/rules/matching-ratio-too-low.ts
var matching_ratio_too_low_default = defineRule({
  meta: {
    id: "matching-ratio-too-low",
    category: "funding",
    defaultSeverity: "error",
    description: {
      zh: "\u81EA\u7B79\uFF08\u914D\u5957\uFF09\u7ECF\u8D39\u4E0E\u8D22\u653F\u7ECF\u8D39\u4E4B\u6BD4\u4E0D\u5F97\u4F4E\u4E8E\u6307\u5357\u8981\u6C42",
      en: "Self-raised (matching) funds to government funding must meet the guide's ratio"
    },
    requires: { guide: ["matching_ratio_min"], draft: ["budget.government", "budget.selfFunded|budget.total"] },
    messages: {
      tooLow: {
        zh: "\u81EA\u7B79\uFF08\u914D\u5957\uFF09\u7ECF\u8D39\u4E0E\u8D22\u653F\u7ECF\u8D39\u4E4B\u6BD4\u4E3A{{found}}:1\uFF0C\u4F4E\u4E8E\u6307\u5357\u8981\u6C42\u7684{{min}}:1",
        en: "Matching funds to government funding is {{found}}:1, below the guide's {{min}}:1"
      }
    }
  },
  check({ constraints, facts, report }) {
    const c = constraintOf(constraints, "matching_ratio_min");
    const gov = facts.budget.government;
    if (!c || typeof c.value !== "number" || !gov || gov.value.yuan <= 0) return;
    const self = facts.budget.selfFunded ?? null;
    const selfYuan = self ? self.value.yuan : facts.budget.total ? facts.budget.total.value.yuan - gov.value.yuan : null;
    if (selfYuan === null) return;
    const ratio = selfYuan / gov.value.yuan;
    if (ratio < c.value - 1e-9) {
      const found = fmt(Math.round(ratio * 100) / 100);
      report({
        messageId: "tooLow",
        at: self ?? facts.budget.total ?? gov,
        data: { found, min: fmt(c.value) },
        found: { ratio, selfFundedYuan: selfYuan, governmentYuan: gov.value.yuan },
        expected: `\u2265${fmt(c.value)}:1`,
        actual: `${found}:1`,
        clause: c
      });
    }
  }
});

// src/check/rules/participants-too-many.ts
var participants_too_many_default = defineRule({
  meta: {
    id: "participants-too-many",
    category: "partners",
    defaultSeverity: "error",
    description: {
      zh: "\u53C2\u4E0E\u5355\u4F4D\u6570\u91CF\uFF08\u542B\u7275\u5934\u5355\u4F4D\uFF09\u4E0D\u5F97\u8D85\u8FC7\u6307\u5357\u4E0A\u9650",
      en: "The number of units (lead unit included) must not exceed the guide's maximum"
    },
    requires: { guide: ["participants_max"], draft: ["participantCount|leadUnit"] },
    messages: {
      tooMany: {
        zh: "\u53C2\u4E0E\u5355\u4F4D\u5171{{found}}\u5BB6\uFF0C\u8D85\u8FC7\u6307\u5357\u4E0A\u9650{{max}}\u5BB6",
        en: "{{found}} units take part, more than the guide's maximum of {{max}}"
      }
    }
  },
  check({ constraints, facts, report }) {
    const c = constraintOf(constraints, "participants_max");
    if (!c || typeof c.value !== "number") return;
    const chineseOnly = /中方/.test(c.text);
    const withoutLead = /不含牵头|不包括牵头|不含承担|不包括承担/.test(c.text);
    let count;
    if (facts.participantCount) count = facts.participantCount.value - (withoutLead ? 1 : 0);
    else {
      const listed = facts.participants.filter((p) => !(chineseOnly && isForeign(p.value))).length;
      count = listed + (facts.leadUnit && !withoutLead ? 1 : 0);
    }
    if (count > c.value) {
      const withLead = /含牵头|包括牵头|含承担|包括承担|总数|共计|合计/.test(c.text);
      const doubtful = !facts.participantCount && !withoutLead && !withLead && !!facts.leadUnit && count - 1 <= c.value;
      const at = facts.participantCount ?? facts.participants[facts.participants.length - 1] ?? facts.leadUnit;
      report({
        doubtful,
        messageId: "tooMany",
        at,
        data: { found: count, max: c.value },
        found: { count, leadIncluded: !withoutLead, chineseOnly },
        expected: `\u2264${c.value}`,
        actual: String(count),
        clause: c
      });
    }
  }
});

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

// src/check/rules/pi-ineligible.ts
var LEVELS = [/揭榜挂帅/, /国家/, /省/, /市/];
function allowedActive(c) {
  if (typeof c.value !== "number" || !/[\d一两二三四五]\s*(?:项|个)/.test(c.text)) return 0;
  return /以上|已达|达到|已有/.test(c.text) && /不得|不能|不可|不予|不再|不具备/.test(c.text) ? c.value - 1 : c.value;
}
function readDate2(s, lenient) {
  const r = readDate(s);
  if (!r) {
    const y2 = /(\d{4})/.exec(s);
    return y2 ? { y: Number(y2[1]), m: lenient ? 12 : 1, d: lenient ? 31 : 1 } : null;
  }
  const [y, mo, day] = r.value.split("-").map(Number);
  const d = day ?? (lenient ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 1);
  return { y, m: mo, d };
}
var before = (a, b) => a.y * 1e4 + a.m * 100 + a.d < b.y * 1e4 + b.m * 100 + b.d;
function ageOn(birth, ref) {
  return ref.y - birth.y - (before(ref, { y: ref.y, m: birth.m, d: birth.d }) ? 1 : 0);
}
function referenceDate(guide, projectStart) {
  const s = guide.meta.publishedAt ?? guide.meta.deadlines[0]?.at ?? null;
  if (s) return readDate2(s, false);
  const y = projectStart ? /^(\d{4})/.exec(projectStart) : null;
  return y ? { y: Number(y[1]), m: 1, d: 1 } : null;
}
var CUTOFF = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*[（(]?含[)）]?\s*(?:及)?(?:以后|之后|后)出生|(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:及|或)?(?:以后|之后|后)出生/;
var pi_ineligible_default = defineRule({
  meta: {
    id: "pi-ineligible",
    category: "applicant",
    defaultSeverity: "error",
    description: {
      zh: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u987B\u7B26\u5408\u6307\u5357\u7684\u5E74\u9F84\u3001\u5728\u804C\u7B49\u8981\u6C42",
      en: "The principal investigator must meet the guide's age and employment requirements"
    },
    requires: { guide: ["pi_age_max|pi_employment|pi_active_project_limit|pi_one_application_per_year"], draft: ["pi", "pi.birthDate if pi_age_max"] },
    messages: {
      tooOld: {
        zh: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u51FA\u751F\u4E8E{{birthDate}}\uFF0C\u622A\u81F3{{refDate}}\u5E74\u6EE1{{age}}\u5468\u5C81\uFF0C\u8D85\u8FC7\u6307\u5357\u4E0A\u9650{{max}}\u5468\u5C81",
        en: "The PI, born {{birthDate}}, is {{age}} on {{refDate}}, older than the guide's limit of {{max}}"
      },
      bornBeforeCutoff: {
        zh: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u51FA\u751F\u4E8E{{birthDate}}\uFF0C\u65E9\u4E8E\u6307\u5357\u8981\u6C42\u7684{{cutoff}}\u4EE5\u540E\u51FA\u751F",
        en: "The PI was born {{birthDate}}, before the guide's cut-off of {{cutoff}}"
      },
      activeProjects: {
        zh: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u6709{{count}}\u9879\u5728\u7814\u9879\u76EE\uFF08{{projects}}\uFF09\uFF0C\u6307\u5357\u8981\u6C42{{rule}}",
        en: "The PI leads {{count}} active project(s) ({{projects}}); the guide says: {{rule}}"
      },
      otherApplications: {
        zh: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u672C\u5E74\u5EA6\u5DF2\u4EE5\u8D1F\u8D23\u4EBA\u8EAB\u4EFD\u7533\u62A5\u5176\u4ED6\u9879\u76EE{{count}}\u9879\uFF08{{projects}}\uFF09\uFF0C\u6307\u5357\u8981\u6C42{{rule}}",
        en: "The PI already applies as PI for {{count}} other project(s) this year ({{projects}}); the guide says: {{rule}}"
      },
      notEmployed: {
        zh: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u4E0D\u662F\u7275\u5934\u5355\u4F4D\u5728\u804C\u4EBA\u5458\uFF0C\u4E0D\u7B26\u5408\u6307\u5357\u8981\u6C42",
        en: "The PI is not employed by the lead unit, as the guide requires"
      }
    }
  },
  check({ guide, direction, constraints, facts, report }) {
    const pi = facts.pi;
    if (!pi) return;
    const age = constraintOf(constraints, "pi_age_max");
    if (age && pi.value.birthDate) {
      const latest = readDate2(pi.value.birthDate, true);
      const earliest = readDate2(pi.value.birthDate, false);
      const cut = CUTOFF.exec(age.text);
      if (latest && earliest && cut) {
        const c = cut[1] ? cut.slice(1, 4) : cut.slice(4, 7);
        const cutoff = { y: Number(c[0]), m: Number(c[1]), d: Number(c[2]) };
        if (before(earliest, cutoff))
          report({
            doubtful: !before(latest, cutoff),
            messageId: "bornBeforeCutoff",
            at: pi.parts?.birthDate ?? pi,
            data: { birthDate: pi.value.birthDate, cutoff: `${c[0]}-${c[1].padStart(2, "0")}-${c[2].padStart(2, "0")}` },
            found: { birthDate: pi.value.birthDate },
            clause: age
          });
      } else if (latest && earliest && typeof age.value === "number") {
        const ref = referenceDate(guide, facts.period?.value.start ?? null);
        if (ref) {
          const years = ageOn(earliest, ref);
          if (years > age.value)
            report({
              doubtful: ageOn(latest, ref) <= age.value,
              messageId: "tooOld",
              at: pi.parts?.birthDate ?? pi,
              data: {
                birthDate: pi.value.birthDate,
                refDate: `${ref.y}-${String(ref.m).padStart(2, "0")}-${String(ref.d).padStart(2, "0")}`,
                age: years,
                max: age.value
              },
              found: { birthDate: pi.value.birthDate, age: years },
              clause: age
            });
        }
      }
    }
    const limit = constraintOf(constraints, "pi_active_project_limit");
    const active = pi.value.activeProjects;
    if (limit && active && active.count > allowedActive(limit)) {
      const level = LEVELS.find((l) => l.test(limit.text));
      report({
        doubtful: !level || !level.test(active.text),
        messageId: "activeProjects",
        at: pi.parts?.activeProjects ?? pi,
        data: { count: active.count, projects: active.text.slice(0, 60), rule: limit.text.slice(0, 60) },
        found: { activeProjects: active.count },
        clause: limit
      });
    }
    const once = constraintOf(constraints, "pi_one_application_per_year");
    const other = pi.value.otherApplications;
    const exempt = once && /定向委托[^，,。；;]{0,6}除外/.test(once.text) && direction.mode === "\u5B9A\u5411\u59D4\u6258";
    if (once && other && !exempt && other.count >= (typeof once.value === "number" ? once.value : 1))
      report({
        messageId: "otherApplications",
        at: pi.parts?.otherApplications ?? pi,
        data: { count: other.count, projects: other.text.slice(0, 60), rule: once.text.slice(0, 60) },
        found: { otherApplications: other.count },
        clause: once
      });
    const emp = constraintOf(constraints, "pi_employment");
    if (emp && emp.value !== false && pi.value.employedByLead === false)
      report({ messageId: "notEmployed", at: pi.parts?.employedByLead ?? pi, data: {}, found: { employedByLead: false }, clause: emp });
  }
});

// src/check/rules/unused-waiver.ts
var unused_waiver_default = defineRule({
  meta: {
    id: "unused-waiver",
    category: "input",
    defaultSeverity: "warning",
    description: {
      zh: "\u8C41\u514D\u5E94\u5BF9\u5E94\u5B9E\u9645\u5B58\u5728\u7684\u95EE\u9898\uFF0C\u65E0\u7528\u7684\u8C41\u514D\u5E94\u5220\u9664",
      en: "A waiver must match a finding; remove waivers that match nothing"
    },
    requires: { guide: [], draft: [] },
    messages: {
      inline: {
        zh: "\u8C41\u514D\u6CE8\u91CA {{directive}} {{rule}} \u672A\u8C41\u514D\u4EFB\u4F55\u95EE\u9898\uFF0C\u5E94\u5220\u9664",
        en: "The waiver comment {{directive}} {{rule}} matched no finding, expected it removed"
      },
      config: {
        zh: "\u914D\u7F6E\u4E2D\u7684\u8C41\u514D waivers[{{index}}]\uFF08{{rule}}\uFF09\u672A\u8C41\u514D\u4EFB\u4F55\u95EE\u9898\uFF0C\u5E94\u5220\u9664",
        en: "The config waiver waivers[{{index}}] ({{rule}}) matched no finding, expected it removed"
      }
    },
    reportedBy: "waivers"
  }
});

// src/check/rules/waiver-reason-missing.ts
var waiver_reason_missing_default = defineRule({
  meta: {
    id: "waiver-reason-missing",
    category: "input",
    defaultSeverity: "warning",
    description: {
      zh: "\u8C41\u514D\uFF08guide-disable \u6CE8\u91CA\u6216\u914D\u7F6E\u4E2D\u7684 waivers\uFF09\u5E94\u5199\u660E\u7406\u7531",
      en: "A waiver (guide-disable comment or config waiver) must give a reason"
    },
    requires: { guide: [], draft: [] },
    messages: {
      inline: {
        zh: "\u8C41\u514D\u6CE8\u91CA {{directive}} {{rules}} \u672A\u5199\u660E\u7406\u7531\uFF0C\u5E94\u5199\u4F5C <!-- {{directive}} {{rules}} -- \u7406\u7531 -->",
        en: "The waiver comment {{directive}} {{rules}} gives no reason, expected <!-- {{directive}} {{rules}} -- reason -->"
      },
      config: {
        zh: "\u914D\u7F6E\u4E2D\u7684\u8C41\u514D waivers[{{index}}]\uFF08{{rules}}\uFF09\u672A\u5199\u660E\u7406\u7531\uFF0C\u5E94\u52A0\u4E0A reason",
        en: "The config waiver waivers[{{index}}] ({{rules}}) gives no reason, expected a reason"
      }
    },
    reportedBy: "waivers"
  }
});

// src/check/rules/index.ts
var RULES = {
  "applicant-ineligible": applicant_ineligible_default,
  "budget-inconsistent": budget_inconsistent_default,
  "content-not-covered": content_not_covered_default,
  "direction-not-found": direction_not_found_default,
  "duration-too-long": duration_too_long_default,
  "enterprise-partner-missing": enterprise_partner_missing_default,
  "field-missing": field_missing_default,
  "foreign-partner-missing": foreign_partner_missing_default,
  "front-matter-key-unknown": front_matter_key_unknown_default,
  "funding-over-cap": funding_over_cap_default,
  "gov-share-too-high": gov_share_too_high_default,
  "kpi-missing": kpi_missing_default,
  "kpi-threshold-not-met": kpi_threshold_not_met_default,
  "kpi-unit-incompatible": kpi_unit_incompatible_default,
  "matching-ratio-too-low": matching_ratio_too_low_default,
  "participants-too-many": participants_too_many_default,
  "pi-ineligible": pi_ineligible_default,
  "unused-waiver": unused_waiver_default,
  "waiver-reason-missing": waiver_reason_missing_default
};
var RULE_LIST = Object.values(RULES);

// src/cli/rules.ts
import { GuideError } from "./core-errors.js";

// src/core/nearest.ts
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
function nearest(word, candidates) {
  const w = word.trim().toLowerCase();
  if (!w) return null;
  const containing = candidates.filter((c) => c.toLowerCase().includes(w));
  if (containing.length > 0) return containing.reduce((a, b) => b.length < a.length ? b : a);
  let best = null;
  let bestDistance = Math.max(2, Math.floor(w.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

// src/i18n/en.ts
var en = {
  errors: {
    "file-not-found": "guide: file not found: {{path}}. Check the path and file name.",
    "file-unreadable": "guide: cannot read {{path}} ({{detail}}). Check the file permissions.",
    "is-directory": "guide: {{path}} is a directory, not a file. Name a file inside it.",
    "unsupported-type": "guide: unsupported file type ({{ext}}): {{path}}. {{hint}}",
    "empty-file": "guide: file is empty: {{path}}. Check that you picked the right file.",
    "binary-file": "guide: {{path}} is not text, PDF or DOCX and its content cannot be read. Check that the file is not damaged, or save it as DOCX, PDF or TXT.",
    "bad-directions-style": 'guide: --directions "{{value}}" is not a heading number ({{path}}). Write the number style the direction headings start with, e.g. "\uFF08\u4E00\uFF09", "1.", "\u65B9\u54111", "1001".',
    "too-large": "guide: file too large ({{size}} bytes, limit {{limit}} bytes): {{path}}. Raise the limit with --max-size if you really need it.",
    "bad-encoding": "guide: cannot recognise the text encoding of {{path}} ({{detail}}). Save it as UTF-8 text and retry.",
    "invalid-guide": "guide: not a valid guide file: {{path}} ({{detail}}). Regenerate it with guide parse, or fix it as reported.",
    "invalid-config": "guide: invalid configuration in {{path}} ({{detail}}). Fix it as reported; guide init shows a commented example.",
    "file-exists": "guide: {{path}} already exists and is left as it is. Edit it, or remove it first to start again.",
    "output-is-input": "guide: the output file is the input file: {{path}}. Pick another file with -o so the source is not overwritten.",
    "output-unwritable": "guide: cannot write the output file {{path}} ({{detail}}). Check that the folder exists and is writable.",
    usage: "guide: {{detail}}. Run guide --help for usage.",
    "encrypted-pdf": "guide: {{path}} is a password-protected PDF. Remove the protection (or print it to a new PDF) and retry.",
    "no-text-layer": "guide: {{path}} has no text layer (a scanned image). Run OCR on it first, or provide the DOCX or text original.",
    "legacy-renamed": "guide: {{path}} is an old Word/WPS file (.doc/.wps) renamed to {{ext}}; renaming does not convert it. Open it in WPS or Word, save it as DOCX or PDF, and retry.",
    "misnamed-file": "guide: {{path}} holds a {{actual}} file but is named {{ext}}. Rename it to {{fix}} and retry.",
    "corrupt-file": "guide: {{path}} is damaged or truncated and cannot be read ({{detail}}). Download or export it again.",
    "zip-bomb": "guide: {{path}} expands to more than {{limit}} bytes and looks like a zip bomb. Check where the file came from; a real notice is far smaller.",
    timeout: "guide: reading {{path}} took longer than {{seconds}} s and was stopped. Save it again as PDF or DOCX, or split it, and retry."
  },
  hints: {
    "legacy-office": "Save it as DOCX or PDF (in WPS or Word) and retry.",
    image: "Text in images needs OCR first; provide the PDF, DOCX or TXT original instead.",
    other: "Supported types: {{allowed}}."
  },
  cli: {
    internal: "guide: internal error: {{detail}}. Rerun with --debug for details and report the problem.",
    unknownError: "guide: error ({{code}}): {{path}}.",
    valid: "{{path}}: valid against guide.schema.json.",
    invalidSummary: "{{path}}: does not match guide.schema.json, {{count}} error(s).",
    unknownSchema: "unknown schema name {{name}} (available: {{names}})",
    noExt: "no extension",
    badSize: "invalid --max-size value: {{value}} (bytes, e.g. 20000000 or 20MB)",
    parseWarning: "{{path}}:{{line}}: warning: {{message}} ({{code}})",
    warnings: {
      "no-direction": 'no direction found: see how the headings were read with guide parse --outline, and name the numbering of the directions with --directions (e.g. "\uFF08\u4E00\uFF09")',
      "numbering-repeats": "direction numbers repeat ({{ids}}); renumbered in order. An area heading (\u4E13\u9898/\u9886\u57DF) may have been lost",
      "empty-direction": "direction {{id}} has no content",
      "no-title": "direction {{id}} has no title"
    },
    strictFailed: "guide: {{count}} warning(s) with --strict: {{path}}",
    baselineWritten: "guide: wrote {{count}} finding(s) to the baseline {{path}}",
    unknownRule: "unknown rule {{id}}{{suggestion}} (guide rules lists every rule)",
    didYouMean: "; did you mean {{id}}?",
    ruleHeading: "{{id}} (default severity: {{severity}}): {{description}}",
    unknownDirection: "{{guide}} has no direction {{id}} (it has: {{ids}}; guide list shows them all)",
    roles: { area: "area", direction: "direction", section: "section", admin: "admin", label: "label", content: "content" }
  },
  usage: {
    noDrafts: "no drafts: name them, or add a guide.config.yaml (guide init writes one)",
    noGuide: "no guide: pass --guide GUIDE, or add a guide.config.yaml (guide init writes one)",
    noGuideFor: "no guide for {{draft}}: add it to the drafts of a guides entry in {{config}}, or pass --guide GUIDE",
    stdinOnce: "- (standard input) may stand for one draft only",
    stdinTerminal: "- reads standard input, but it is a terminal: pipe or redirect the file (guide check - < draft.md)",
    unknownOption: "unknown option {{option}}{{suggestion}}",
    unknownCommand: "unknown command {{command}}{{suggestion}}",
    missingArgument: "missing the argument {{argument}}",
    optionMissingArgument: "{{option}} needs a value",
    missingOption: "the option {{option}} is required",
    invalidChoice: "invalid value for {{option}}: {{value}} (allowed: {{allowed}})",
    excessArguments: "too many arguments: {{command}} takes {{expected}}, got {{got}}",
    wholeNumber: "invalid value for {{option}}: {{value}} (a whole number \u2265 1)",
    count: "invalid value for {{option}}: {{value}} (a whole number \u2265 0)",
    seconds: "invalid value for {{option}}: {{value}} (seconds > 0)",
    amount: "invalid value for {{option}}: {{value}} (an amount in \u4E07\u5143)"
  },
  check: {
    direction: "direction {{id}}",
    severity: { error: "error", warning: "warning", info: "info", fatal: "fatal" },
    clean: "no problems",
    clause: "guide {{where}}: {{note}}",
    place: { page: "page {{page}}", paragraph: "paragraph {{paragraph}}", cell: "table {{table}}, row {{row}}, cell {{cell}}" },
    expected: "expected",
    actual: "found",
    summary: "{{files}} file(s) checked: {{errors}} error(s), {{warnings}} warning(s), {{infos}} info(s)",
    passed: "meets the guide",
    unreadable: "The draft could not be read: {{detail}}",
    unreadableRule: "The draft could not be read (missing, unsupported, damaged or empty file); nothing else was checked in it."
  }
};

// src/i18n/zh.ts
var zh = {
  errors: {
    "file-not-found": "guide: \u627E\u4E0D\u5230\u6587\u4EF6\uFF1A{{path}}\u3002\u8BF7\u68C0\u67E5\u8DEF\u5F84\u548C\u6587\u4EF6\u540D\u3002",
    "file-unreadable": "guide: \u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u68C0\u67E5\u6587\u4EF6\u6743\u9650\u3002",
    "is-directory": "guide: {{path}} \u662F\u76EE\u5F55\u800C\u4E0D\u662F\u6587\u4EF6\u3002\u8BF7\u6307\u5B9A\u76EE\u5F55\u4E2D\u7684\u67D0\u4E2A\u6587\u4EF6\u3002",
    "unsupported-type": "guide: \u4E0D\u652F\u6301\u7684\u6587\u4EF6\u7C7B\u578B\uFF08{{ext}}\uFF09\uFF1A{{path}}\u3002{{hint}}",
    "empty-file": "guide: \u6587\u4EF6\u4E3A\u7A7A\uFF1A{{path}}\u3002\u8BF7\u68C0\u67E5\u662F\u5426\u9009\u9519\u4E86\u6587\u4EF6\u3002",
    "binary-file": "guide: \u6587\u4EF6\u4E0D\u662F\u6587\u672C\u3001PDF \u6216 DOCX\uFF0C\u65E0\u6CD5\u8BC6\u522B\u5176\u5185\u5BB9\uFF1A{{path}}\u3002\u8BF7\u786E\u8BA4\u6587\u4EF6\u672A\u635F\u574F\uFF0C\u6216\u53E6\u5B58\u4E3A DOCX\u3001PDF \u6216 TXT\u3002",
    "bad-directions-style": 'guide: --directions \u7684\u503C\u300C{{value}}\u300D\u4E0D\u662F\u6807\u9898\u7F16\u53F7\uFF08{{path}}\uFF09\u3002\u8BF7\u5199\u51FA\u65B9\u5411\u6807\u9898\u524D\u7684\u7F16\u53F7\u6837\u5F0F\uFF0C\u5982 "\uFF08\u4E00\uFF09"\u3001"1."\u3001"\u65B9\u54111"\u3001"1001"\u3002',
    "too-large": "guide: \u6587\u4EF6\u8FC7\u5927\uFF08{{size}} \u5B57\u8282\uFF0C\u4E0A\u9650 {{limit}} \u5B57\u8282\uFF09\uFF1A{{path}}\u3002\u5982\u786E\u9700\u5904\u7406\uFF0C\u8BF7\u7528 --max-size \u63D0\u9AD8\u4E0A\u9650\u3002",
    "bad-encoding": "guide: \u65E0\u6CD5\u8BC6\u522B\u6587\u4EF6\u7684\u6587\u5B57\u7F16\u7801\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u53E6\u5B58\u4E3A UTF-8 \u6587\u672C\u540E\u91CD\u8BD5\u3002",
    "invalid-guide": "guide: \u4E0D\u662F\u6709\u6548\u7684\u6307\u5357\u6587\u4EF6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u7528 guide parse \u91CD\u65B0\u751F\u6210\uFF0C\u6216\u6309\u63D0\u793A\u4FEE\u6B63\u3002",
    "invalid-config": "guide: \u914D\u7F6E\u6587\u4EF6\u6709\u8BEF\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u6309\u63D0\u793A\u4FEE\u6B63\uFF1Bguide init \u53EF\u751F\u6210\u5E26\u6CE8\u91CA\u7684\u793A\u4F8B\u3002",
    "file-exists": "guide: {{path}} \u5DF2\u5B58\u5728\uFF0C\u672A\u4F5C\u6539\u52A8\u3002\u8BF7\u76F4\u63A5\u7F16\u8F91\u5B83\uFF0C\u6216\u5148\u5220\u9664\u540E\u91CD\u65B0\u751F\u6210\u3002",
    "output-is-input": "guide: \u8F93\u51FA\u6587\u4EF6\u4E0E\u8F93\u5165\u6587\u4EF6\u76F8\u540C\uFF1A{{path}}\u3002\u8BF7\u7528 -o \u6307\u5B9A\u53E6\u4E00\u4E2A\u8F93\u51FA\u6587\u4EF6\uFF0C\u4EE5\u514D\u8986\u76D6\u539F\u6587\u3002",
    "output-unwritable": "guide: \u65E0\u6CD5\u5199\u5165\u8F93\u51FA\u6587\u4EF6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u68C0\u67E5\u76EE\u5F55\u662F\u5426\u5B58\u5728\u4EE5\u53CA\u5199\u5165\u6743\u9650\u3002",
    usage: "guide: {{detail}}\u3002\u8FD0\u884C guide --help \u67E5\u770B\u7528\u6CD5\u3002",
    "encrypted-pdf": "guide: {{path}} \u662F\u52A0\u5BC6\uFF08\u6709\u5BC6\u7801\u4FDD\u62A4\uFF09\u7684 PDF\u3002\u8BF7\u5148\u89E3\u9664\u4FDD\u62A4\uFF08\u6216\u6253\u5370\u4E3A\u65B0\u7684 PDF\uFF09\u540E\u91CD\u8BD5\u3002",
    "no-text-layer": "guide: {{path}} \u6CA1\u6709\u6587\u5B57\u5C42\uFF08\u626B\u63CF\u56FE\u50CF\uFF09\u3002\u8BF7\u5148\u8FDB\u884C OCR \u6587\u5B57\u8BC6\u522B\uFF0C\u6216\u63D0\u4F9B DOCX \u6216\u6587\u672C\u539F\u4EF6\u3002",
    "legacy-renamed": "guide: {{path}} \u5176\u5B9E\u662F\u65E7\u7248 Word/WPS \u6587\u4EF6\uFF08.doc/.wps\uFF09\uFF0C\u53EA\u662F\u6269\u5C55\u540D\u6539\u6210\u4E86 {{ext}}\uFF1B\u6539\u6269\u5C55\u540D\u4E0D\u80FD\u8F6C\u6362\u683C\u5F0F\u3002\u8BF7\u7528 WPS \u6216 Word \u6253\u5F00\u5B83\uFF0C\u300C\u53E6\u5B58\u4E3A\u300DDOCX \u6216 PDF \u540E\u91CD\u8BD5\u3002",
    "misnamed-file": "guide: {{path}} \u7684\u5185\u5BB9\u662F {{actual}} \u6587\u4EF6\uFF0C\u6269\u5C55\u540D\u5374\u662F {{ext}}\u3002\u8BF7\u628A\u6269\u5C55\u540D\u6539\u4E3A {{fix}} \u540E\u91CD\u8BD5\u3002",
    "corrupt-file": "guide: \u6587\u4EF6\u5DF2\u635F\u574F\u6216\u4E0D\u5B8C\u6574\uFF0C\u65E0\u6CD5\u8BFB\u53D6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u91CD\u65B0\u4E0B\u8F7D\u6216\u5BFC\u51FA\u3002",
    "zip-bomb": "guide: {{path}} \u89E3\u538B\u540E\u8D85\u8FC7 {{limit}} \u5B57\u8282\uFF0C\u7591\u4F3C\u538B\u7F29\u70B8\u5F39\u3002\u8BF7\u6838\u5B9E\u6587\u4EF6\u6765\u6E90\uFF1B\u6B63\u5E38\u7684\u6307\u5357\u6587\u4EF6\u8FDC\u5C0F\u4E8E\u6B64\u3002",
    timeout: "guide: \u8BFB\u53D6 {{path}} \u8D85\u8FC7 {{seconds}} \u79D2\uFF0C\u5DF2\u505C\u6B62\u3002\u8BF7\u91CD\u65B0\u53E6\u5B58\u4E3A PDF \u6216 DOCX\uFF0C\u6216\u62C6\u5206\u540E\u91CD\u8BD5\u3002"
  },
  hints: {
    "legacy-office": "\u8BF7\u7528 WPS \u6216 Word \u53E6\u5B58\u4E3A DOCX \u6216 PDF \u540E\u91CD\u8BD5\u3002",
    image: "\u56FE\u7247\u4E2D\u7684\u6587\u5B57\u9700\u5148\u7ECF OCR \u8BC6\u522B\uFF1B\u8BF7\u63D0\u4F9B PDF\u3001DOCX \u6216 TXT \u539F\u6587\u3002",
    other: "\u652F\u6301\u7684\u7C7B\u578B\uFF1A{{allowed}}\u3002"
  },
  cli: {
    internal: "guide: \u5185\u90E8\u9519\u8BEF\uFF1A{{detail}}\u3002\u8BF7\u52A0 --debug \u91CD\u65B0\u8FD0\u884C\u4EE5\u67E5\u770B\u8BE6\u60C5\uFF0C\u5E76\u62A5\u544A\u6B64\u95EE\u9898\u3002",
    unknownError: "guide: \u51FA\u9519\uFF08{{code}}\uFF09\uFF1A{{path}}\u3002",
    valid: "{{path}}\uFF1A\u6709\u6548\uFF08valid\uFF09\uFF0C\u7B26\u5408 guide.schema.json\u3002",
    invalidSummary: "{{path}}\uFF1A\u4E0D\u7B26\u5408 guide.schema.json\uFF0C\u5171 {{count}} \u5904\u9519\u8BEF\u3002",
    unknownSchema: "\u672A\u77E5\u7684 schema \u540D\u79F0 {{name}}\uFF08\u53EF\u7528\uFF1A{{names}}\uFF09",
    noExt: "\u65E0\u6269\u5C55\u540D",
    parseWarning: "{{path}}:{{line}}: \u8B66\u544A\uFF1A{{message}}\uFF08{{code}}\uFF09",
    warnings: {
      "no-direction": '\u672A\u627E\u5230\u4EFB\u4F55\u6307\u5357\u65B9\u5411\uFF1A\u8BF7\u7528 guide parse --outline \u67E5\u770B\u6807\u9898\u5C42\u7EA7\uFF0C\u5E76\u7528 --directions \u6307\u5B9A\u65B9\u5411\u7684\u7F16\u53F7\u6837\u5F0F\uFF08\u5982 "\uFF08\u4E00\uFF09"\uFF09',
      "numbering-repeats": "\u65B9\u5411\u7F16\u53F7\u91CD\u590D\uFF08{{ids}}\uFF09\uFF0C\u5DF2\u6309\u987A\u5E8F\u91CD\u65B0\u7F16\u53F7\uFF1A\u53EF\u80FD\u4E22\u5931\u4E86\u4E13\u9898/\u9886\u57DF\u6807\u9898",
      "empty-direction": "\u65B9\u5411 {{id}} \u6CA1\u6709\u4EFB\u4F55\u5185\u5BB9",
      "no-title": "\u65B9\u5411 {{id}} \u6CA1\u6709\u6807\u9898"
    },
    strictFailed: "guide: \u4F7F\u7528 --strict \u65F6\u6709 {{count}} \u6761\u8B66\u544A\uFF1A{{path}}",
    baselineWritten: "guide: \u5DF2\u5C06 {{count}} \u4E2A\u95EE\u9898\u5199\u5165\u57FA\u7EBF {{path}}",
    unknownRule: "\u6CA1\u6709\u89C4\u5219 {{id}}{{suggestion}}\uFF08guide rules \u5217\u51FA\u5168\u90E8\u89C4\u5219\uFF09",
    didYouMean: "\uFF0C\u60A8\u662F\u4E0D\u662F\u8981\u627E {{id}}\uFF1F",
    ruleHeading: "{{id}}\uFF08\u9ED8\u8BA4\u7EA7\u522B\uFF1A{{severity}}\uFF09\uFF1A{{description}}",
    unknownDirection: "{{guide}} \u4E2D\u6CA1\u6709\u65B9\u5411 {{id}}\uFF08\u6709\uFF1A{{ids}}\uFF1Bguide list \u5217\u51FA\u5168\u90E8\uFF09",
    roles: { area: "\u9886\u57DF", direction: "\u65B9\u5411", section: "\u7AE0\u8282", admin: "\u4E8B\u52A1", label: "\u6807\u7B7E", content: "\u5185\u5BB9" },
    badSize: "--max-size \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u5B57\u8282\u6570\uFF0C\u5982 20000000 \u6216 20MB\uFF09"
  },
  usage: {
    noDrafts: "\u6CA1\u6709\u7533\u62A5\u4E66\uFF1A\u8BF7\u5728\u547D\u4EE4\u884C\u4E2D\u7ED9\u51FA\uFF0C\u6216\u6DFB\u52A0 guide.config.yaml\uFF08guide init \u53EF\u751F\u6210\uFF09",
    noGuide: "\u6CA1\u6709\u6307\u5357\uFF1A\u8BF7\u7528 --guide GUIDE \u6307\u5B9A\uFF0C\u6216\u6DFB\u52A0 guide.config.yaml\uFF08guide init \u53EF\u751F\u6210\uFF09",
    noGuideFor: "{{draft}} \u6CA1\u6709\u5BF9\u5E94\u7684\u6307\u5357\uFF1A\u8BF7\u628A\u5B83\u52A0\u5165 {{config}} \u4E2D\u67D0\u4E2A guides \u6761\u76EE\u7684 drafts\uFF0C\u6216\u7528 --guide GUIDE \u6307\u5B9A",
    stdinOnce: "-\uFF08\u6807\u51C6\u8F93\u5165\uFF09\u53EA\u80FD\u4EE3\u8868\u4E00\u4EFD\u7533\u62A5\u4E66",
    stdinTerminal: "- \u8868\u793A\u4ECE\u6807\u51C6\u8F93\u5165\u8BFB\u53D6\uFF0C\u4F46\u6807\u51C6\u8F93\u5165\u662F\u7EC8\u7AEF\uFF1A\u8BF7\u7528\u7BA1\u9053\u6216\u91CD\u5B9A\u5411\u4F20\u5165\u6587\u4EF6\uFF08guide check - < \u7533\u62A5\u4E66.md\uFF09",
    unknownOption: "\u672A\u77E5\u9009\u9879 {{option}}{{suggestion}}",
    unknownCommand: "\u672A\u77E5\u547D\u4EE4 {{command}}{{suggestion}}",
    missingArgument: "\u7F3A\u5C11\u53C2\u6570 {{argument}}",
    optionMissingArgument: "{{option}} \u9700\u8981\u4E00\u4E2A\u503C",
    missingOption: "\u5FC5\u987B\u7ED9\u51FA\u9009\u9879 {{option}}",
    invalidChoice: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u53EF\u9009\uFF1A{{allowed}}\uFF09",
    excessArguments: "\u53C2\u6570\u8FC7\u591A\uFF1A{{command}} \u9700\u8981 {{expected}} \u4E2A\uFF0C\u5B9E\u9645\u7ED9\u4E86 {{got}} \u4E2A",
    wholeNumber: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u4E0D\u5C0F\u4E8E 1 \u7684\u6574\u6570\uFF09",
    count: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u4E0D\u5C0F\u4E8E 0 \u7684\u6574\u6570\uFF09",
    seconds: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u5927\u4E8E 0 \u7684\u79D2\u6570\uFF09",
    amount: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u4EE5\u4E07\u5143\u8BA1\u7684\u91D1\u989D\uFF09"
  },
  check: {
    direction: "\u65B9\u5411 {{id}}",
    severity: { error: "\u9519\u8BEF", warning: "\u8B66\u544A", info: "\u63D0\u793A", fatal: "\u65E0\u6CD5\u8BFB\u53D6" },
    clean: "\u672A\u53D1\u73B0\u95EE\u9898",
    clause: "\u6307\u5357 {{where}}\uFF1A{{note}}",
    place: { page: "\u7B2C {{page}} \u9875", paragraph: "\u7B2C {{paragraph}} \u6BB5", cell: "\u8868 {{table}} \u7B2C {{row}} \u884C\u7B2C {{cell}} \u683C" },
    expected: "\u6307\u5357\u8981\u6C42",
    actual: "\u7533\u62A5\u4E66",
    summary: "\u5171\u68C0\u67E5 {{files}} \u4E2A\u6587\u4EF6\uFF1A{{errors}} \u4E2A\u9519\u8BEF\uFF0C{{warnings}} \u4E2A\u8B66\u544A\uFF0C{{infos}} \u6761\u63D0\u793A",
    passed: "\u7B26\u5408\u6307\u5357\u8981\u6C42",
    unreadable: "\u65E0\u6CD5\u8BFB\u53D6\u7533\u62A5\u4E66\uFF1A{{detail}}",
    unreadableRule: "\u7533\u62A5\u4E66\u65E0\u6CD5\u8BFB\u53D6\uFF08\u6587\u4EF6\u4E0D\u5B58\u5728\u3001\u7C7B\u578B\u4E0D\u652F\u6301\u3001\u5DF2\u635F\u574F\u6216\u4E3A\u7A7A\uFF09\uFF0C\u5176\u4E2D\u7684\u5185\u5BB9\u5747\u672A\u68C0\u67E5\u3002"
  }
};

// src/i18n/index.ts
function messagesFor(lang) {
  return lang === "en" ? en : zh;
}
function fill(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => data[key] === void 0 ? "" : String(data[key])).replace(/（）|\s?\(\)/g, "");
}

// src/cli/rules.ts
function runRules(id, io) {
  const m = messagesFor(io.lang);
  const severity = (r) => m.check.severity[r.meta.defaultSeverity];
  if (id === void 0) {
    for (const line of alignColumns(RULE_LIST.map((r) => [r.meta.id, severity(r), r.meta.description[io.lang]]))) io.stdout.write(line + "\n");
    return 0;
  }
  const rule = RULES[id.trim()];
  if (!rule) {
    const near = nearest(id, Object.keys(RULES));
    const suggestion = near === null ? "" : fill(m.cli.didYouMean, { id: near });
    throw new GuideError("usage", "", { detail: fill(m.cli.unknownRule, { id, suggestion }) });
  }
  const doc = readRuleDoc(rule.meta.id) ?? "";
  io.stdout.write(fill(m.cli.ruleHeading, { id: rule.meta.id, severity: severity(rule), description: rule.meta.description[io.lang] }) + "\n\n");
  io.stdout.write(doc.endsWith("\n") ? doc : doc + "\n");
  return 0;
}
export {
  runRules
};
