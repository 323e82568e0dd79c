import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/parse.ts
import { createHash } from "node:crypto";

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

// src/parse.ts
import { GuideError as GuideError4 } from "./core-errors.js";

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
var DIRECTION_KEY_FIELDS = {
  subjects: ["\u699C\u5355", "\u65B9\u5411", "\u9879\u76EE", "\u9700\u6C42", "\u4EFB\u52A1", "\u8BFE\u9898", "\u4E13\u9898"],
  name: ["\u540D\u79F0"],
  code: ["\u7F16\u53F7", "\u4EE3\u7801", "\u4EE3\u53F7"]
};
var NOTES_LABELS = labelsOf("notes");
var COLON_ONLY_LABELS = ["\u7533\u62A5\u8981\u6C42", "\u7533\u62A5\u6761\u4EF6", "\u5176\u4ED6\u8BF4\u660E"];
var STATE_CUES = ["\u5DF2\u8D85\u8FC7", "\u5DF2\u8FBE", "\u5DF2\u5360", "\u5DF2\u6210\u4E3A", "\u5DF2\u7ECF", "\u76EE\u524D", "\u73B0\u6709", "\u5F53\u524D", "\u73B0\u9636\u6BB5", "\u73B0\u72B6", "\u666E\u904D", "\u5C1A\u672A", "\u5C1A\u65E0", "\u4ECD\u7136"];
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
var APPLICANTS = [
  "\u7533\u62A5\u5355\u4F4D",
  "\u7533\u8ACB\u55AE\u4F4D",
  "\u627F\u62C5\u5355\u4F4D",
  "\u7275\u5934\u5355\u4F4D",
  "\u7533\u8BF7\u5355\u4F4D",
  "\u63ED\u699C\u5355\u4F4D",
  "\u63ED\u699C\u65B9",
  "\u9879\u76EE\u5355\u4F4D",
  "\u7533\u62A5\u4E3B\u4F53",
  "\u7533\u62A5\u4F01\u4E1A",
  "\u7533\u8BF7\u4F01\u4E1A",
  "\u63ED\u699C\u4F01\u4E1A",
  "\u9879\u76EE\u7533\u62A5\u5355\u4F4D",
  "\u7275\u5934\u7533\u62A5\u5355\u4F4D"
];
var PRINCIPAL_INVESTIGATORS = [
  "\u9879\u76EE\u8D1F\u8D23\u4EBA",
  "\u9805\u76EE\u8CA0\u8CAC\u4EBA",
  "\u8D1F\u8D23\u4EBA",
  "\u8CA0\u8CAC\u4EBA",
  "\u8BFE\u9898\u8D1F\u8D23\u4EBA",
  "\u9879\u76EE\uFF08\u8BFE\u9898\uFF09\u8D1F\u8D23\u4EBA",
  "\u63ED\u699C\u56E2\u961F\u8D1F\u8D23\u4EBA",
  "\u7533\u8BF7\u4EBA"
  // 国家自然科学基金: the person who applies is the PI (申请人同年只能申请1项)
];
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
var FOREIGN_MARKERS = ["\u56FD\uFF08\u5883\uFF09\u5916", "\u56FD(\u5883)\u5916", "\u5883\u5916", "\u56FD\u5916", "\u6D77\u5916", "\u5916\u65B9", "\u5916\u56FD"];
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

// src/lexicon/rules.ts
var PROHIBITIONS = ["\u4E0D\u5F97", "\u4E0D\u80FD", "\u4E0D\u53EF", "\u4E0D\u4E88", "\u4E0D\u5141\u8BB8", "\u4E0D\u518D", "\u4E25\u7981", "\u7981\u6B62", "\u4E0D\u53D7\u7406", "\u4E0D\u5177\u5907"];
var REQUIREMENTS = ["\u987B", "\u5FC5\u987B", "\u5E94", "\u5E94\u5F53", "\u9700", "\u8981"];
var AT_MOST = [
  "\u4E0D\u8D85\u8FC7",
  "\u4E0D\u8D85\u904E",
  "\u4E0D\u5F97\u8D85\u8FC7",
  "\u4E0D\u9AD8\u4E8E",
  "\u4E0D\u9AD8\u65BC",
  "\u4E0D\u5F97\u9AD8\u4E8E",
  "\u4E0D\u5927\u4E8E",
  "\u539F\u5219\u4E0A\u4E0D\u8D85\u8FC7",
  "\u6700\u9AD8\u4E0D\u8D85\u8FC7",
  "\u63A7\u5236\u5728",
  "\u4E0D\u5E94\u8D85\u8FC7",
  "\u4E0D\u591A\u4E8E",
  "\u4E0D\u5F97\u591A\u4E8E",
  "\u4E0D\u80FD\u8D85\u8FC7",
  "\u6700\u9AD8\u4E3A",
  "\u4E0A\u9650\u4E3A",
  "\u6700\u591A",
  "\u81F3\u591A",
  "\u9650"
];
var APPLICATION_LIMITS = [
  "\u53EA\u80FD\u7533\u62A5",
  "\u53EA\u80FD\u7275\u5934\u7533\u62A5",
  "\u4EC5\u80FD\u7533\u62A5",
  "\u9650\u62A5",
  "\u9650\u7533\u62A5",
  "\u9650\u63ED",
  "\u6700\u591A\u7533\u62A5",
  "\u53EA\u80FD",
  "\u4EC5\u80FD",
  "\u9650",
  "\u6700\u591A",
  "\u53EA\u53EF",
  "\u4EC5\u53EF",
  "\u4EC5\u9650"
];
var ACTIVE_PROJECT_STATES = [
  "\u5728\u7814",
  "\u5C1A\u672A\u7ED3\u9898",
  "\u672A\u7ED3\u9898",
  "\u5C1A\u672A\u9A8C\u6536",
  "\u672A\u9A8C\u6536",
  "\u5C1A\u672A\u901A\u8FC7\u9A8C\u6536",
  "\u672A\u901A\u8FC7\u9A8C\u6536",
  "\u5C1A\u672A\u5B8C\u6210",
  "\u672A\u5B8C\u6210\u9A8C\u6536",
  "\u6B63\u5728\u627F\u62C5",
  "\u6B63\u5728\u4E3B\u6301"
];
var REGION_WORDS = [
  "\u672C\u5E02",
  "\u672C\u7701",
  "\u672C\u533A",
  "\u672C\u53BF",
  "\u6211\u5E02",
  "\u6211\u7701",
  "\u7701\u5185",
  "\u5E02\u5185",
  "\u533A\u5185",
  "\u53BF\u5185",
  "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD",
  "\u4E2D\u56FD\u5927\u9646",
  "\u4E2D\u56FD\u5883\u5185",
  "\u56FD\u5185",
  "\u5883\u5185"
];
var REGION_INSIDE = ["\u5883\u5185", "\u884C\u653F\u533A\u57DF\u5185", "\u884C\u653F\u533A\u5212\u5185", "\u8F96\u533A\u5185", "\u8303\u56F4\u5185", "\u5185"];
var LIST_MODE_CUES = ["\u7EC4\u7EC7\u65B9\u5F0F", "\u7EC4\u7EC7\u5F62\u5F0F", "\u65B9\u5F0F\u7EC4\u7EC7", "\u5B9E\u884C", "\u91C7\u53D6", "\u91C7\u7528", "\u9074\u9009", "\u9762\u5411\u793E\u4F1A\u516C\u5F00\u5F81\u96C6"];

// src/lexicon/index.ts
var escape = (x) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function alternation(words) {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|")})`;
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
function readLabel(text) {
  const m = LABEL_RE.exec(text);
  if (!m) return null;
  const label = m[1] ?? m[2] ?? m[3] ?? m[4];
  return { kind: KIND_OF.get(label), label, length: m[0].length };
}
function isDirectionEvidence(kind) {
  return kind !== "area-goal" && kind !== "mode";
}
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

// src/structure/heading-numbering.ts
var CIRCLED = "\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469\u246A\u246B\u246C\u246D\u246E\u246F\u2470\u2471\u2472\u2473";
function smallNumber(s) {
  if (/^\d+$/.test(s)) return Number(s);
  const c = CIRCLED.indexOf(s);
  return c >= 0 ? c + 1 : parseChineseNumeral(s);
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
function readHeadingNumber(line) {
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const parts = p.parts(m);
    if (parts.some((n) => n === null)) continue;
    if (m[0].length >= line.length) continue;
    const code = p.code?.(m);
    return { style: p.style(m), raw: m[0].trim(), parts, titleStart: m[0].length, ...code ? { code } : {} };
  }
  return null;
}
function continuesSequence(n, last) {
  if (!last || last.length !== n.parts.length) return false;
  const p = n.parts;
  if (n.style === "code") {
    const [a, b] = [p[0], last[0]];
    return Math.floor(a / 1e3) === Math.floor(b / 1e3) ? a > b && a - b <= 3 : Math.floor(a / 1e3) === Math.floor(b / 1e3) + 1 && a % 1e3 <= 3;
  }
  const k = p.length - 1;
  for (let i = 0; i < k; i++) {
    if (p[i] === last[i]) continue;
    return p[i] === last[i] + 1 && p.slice(i + 1).every((x) => x === 1);
  }
  return p[k] === last[k] + 1;
}

// src/structure/outline.ts
var ADMIN_TITLE = new RegExp(`${alternation(ADMIN_SECTIONS.endings)}$`);
var ADMIN_START = new RegExp(`^${alternation(ADMIN_SECTIONS.starts)}`);
var GROUPING_STYLE = /^prefixed-(专题|专项|领域|板块|主题)$/;
var ATTACHMENT = /^附[件表]\s*\d*\s*[：:、.]?|[日。]\s*附[件表]\s*\d*\s*[：:]?$/;
var TARGET = /(?:不低于|不少于|不小于|不超过|不高于|不大于|至少|达到|优于|小于|大于|低于|高于|超过|以上|以下|以内|[≥≤<>＞＜⩾⩽])\s*\S{0,6}?\d|\d[\d.]*\s*\S{0,4}(?:以上|以下|以内)/;
var COMPARED = /(?:不低于|不少于|不小于|不超过|不高于|不大于|至少|达到|优于|小于|大于|低于|高于|[≥≤<>＞＜⩾⩽])\s*\S{0,6}?\d/;
var TARGETS = new RegExp(TARGET.source, "g");
var targetCount = memoize((text) => text.match(TARGETS)?.length ?? 0, 4096);
var NUMBER_SUFFIX = /\s*[（(](?:[^（）()]*(?:编号|代码|代号)[^（）()]*|(?:项目|榜单|方向|课题|任务|需求)\s*[\d一二三四五六七八九十]+)[）)]\s*$/;
var BELOW_CN_DUN = /* @__PURE__ */ new Set(["cn-paren", "num-dot", "num-dotted", "num-dotted3", "num-paren", "circled"]);
function headingTitle(h) {
  return h.block.text.slice(h.block.number.titleStart);
}
function inlineTitleLength(title) {
  const m = /^([^：:。；，]{2,40})[：:]/.exec(title);
  return m ? m[1].length : null;
}
function labelledTitleLength(title) {
  const m = /^[^：:。；;，,]{2,60}/.exec(title);
  if (!m) return null;
  for (const gap of m[0].matchAll(/\s+/g)) if (gap.index >= 2 && readLabel(title.slice(gap.index + gap[0].length))) return gap.index;
  return title[m[0].length] === "\u3002" && readLabel(title.slice(m[0].length + 1)) ? m[0].length : null;
}
function sentenceTitleLength(title) {
  const m = /^([^：:。；;，,]{2,40})。(?=\S)/.exec(title);
  return m && !COMPARED.test(m[1]) ? m[1].length : null;
}
function inlineDirectionTitleLength(title) {
  return inlineTitleLength(title) ?? sentenceTitleLength(title);
}
function topicOf(title) {
  const t = title.trim().replace(NUMBER_SUFFIX, "");
  const inline = inlineTitleLength(t) ?? labelledTitleLength(t);
  return (inline !== null ? t.slice(0, inline) : t).replace(/[：:。；;，,\s]+$/, "");
}
function isTopical(h) {
  const whole = headingTitle(h).trim();
  const t = topicOf(whole).replace(/[（(][^（）()]*[）)]/g, "");
  if (t.length < 2 || t.length > 60) return false;
  if (/[。；;！!？?]/.test(t) || COMPARED.test(t)) return false;
  if (t.length > 30 && /[，,]/.test(t)) return false;
  if (inlineTitleLength(whole) === null && labelledTitleLength(whole) === null && /[。；]/.test(whole) && whole.indexOf("\u3002") < whole.length - 1) return false;
  return true;
}
function isAdmin(h) {
  const t = topicOf(headingTitle(h)).replace(/[（(][^（）()]*[）)]$/, "");
  return ADMIN_TITLE.test(t) || ADMIN_START.test(t);
}
function labelRepeatedTitles(blocks, headings) {
  const keyOf = (h) => {
    const t = headingTitle(h).trim();
    const m = /^([^：:。；，,\d]{2,12})(?:[：:]|$)/.exec(t);
    return m ? m[1].trim() : null;
  };
  const parents = /* @__PURE__ */ new Map();
  for (const h of headings) {
    const k = keyOf(h);
    if (!k) continue;
    const set = parents.get(`${h.block.number.style}|${k}`) ?? /* @__PURE__ */ new Set();
    set.add(h.parent);
    parents.set(`${h.block.number.style}|${k}`, set);
  }
  let changed = false;
  for (const h of headings) {
    const k = keyOf(h);
    if (!k || (parents.get(`${h.block.number.style}|${k}`)?.size ?? 0) < 2) continue;
    const b = blocks[h.index];
    const known = readLabel(k);
    const colon = /^[：:]/.test(headingTitle(h).trim().slice(k.length)) ? 1 : 0;
    b.kind = "label";
    b.label = { kind: known?.kind ?? "other", label: k, contentStart: b.number.titleStart + headingTitle(h).indexOf(k) + k.length + colon };
    changed = true;
  }
  return changed;
}
function closesOuterLevel(block, stack) {
  const n = block.number;
  return stack.slice(0, -1).some((h) => h.block.number.style === n.style && continuesSequence(n, h.block.number.parts));
}
function markdownLevel(style) {
  const m = /^md-(\d)$/.exec(style);
  return m ? Number(m[1]) : null;
}
function opensList(b) {
  if (!b) return false;
  if (b.kind === "label" && b.label) return b.text.slice(b.label.contentStart).trim() === "";
  return /[：:]$/.test(b.text);
}
function buildHeadings(blocks) {
  const headings = [];
  const stack = [];
  blocks.forEach((block, index) => {
    if (block.kind === "text" && ATTACHMENT.test(block.text)) stack.length = 0;
    if (block.kind === "label" && block.number && closesOuterLevel(block, stack)) {
      block.kind = "heading";
      delete block.label;
    }
    if (block.kind !== "heading" || !block.number) return;
    const last = headings[headings.length - 1];
    if (last && last.index === index - 1 && last.block.text === block.text) return;
    const n = block.number;
    const same = [];
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].block.number.style === n.style) same.push(i);
    let at = same.find((i) => continuesSequence(n, stack[i].block.number.parts));
    if (at !== void 0 && same.length > 1 && at === same[0]) {
      const outer = same.slice(1).find((i) => continuesSequence(n, stack[i].block.number.parts));
      const looksLike = (h2) => TARGET.test(headingTitle(h2));
      if (outer !== void 0 && looksLike(stack[at]) && !TARGET.test(block.text.slice(n.titleStart)) && !looksLike(stack[outer])) at = outer;
    }
    if (at === void 0 && same.length > 0) {
      const restart = n.parts.every((p) => p <= 1);
      at = restart && opensList(blocks[index - 1]) ? stack.length : same[0];
    }
    const level = markdownLevel(n.style);
    if (level !== null && at === void 0) {
      const deeper = stack.findIndex((h2) => (markdownLevel(h2.block.number.style) ?? 0) >= level);
      if (deeper >= 0) at = deeper;
    }
    if (at !== void 0) stack.length = at;
    else if (n.style === "cn-dun") while (stack.length && BELOW_CN_DUN.has(stack[stack.length - 1].block.number.style)) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const h = { index, block, depth: stack.length, parent, children: [], end: blocks.length, ownEnd: blocks.length, role: "content", evidence: [] };
    parent?.children.push(h);
    headings.push(h);
    stack.push(h);
  });
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    const next = headings[i + 1];
    h.ownEnd = next ? next.index : blocks.length;
    const after = headings.slice(i + 1).find((x) => x.depth <= h.depth);
    h.end = after ? after.index : blocks.length;
    if (h.block.number.style === "row") {
      let e = h.index + 1;
      while (e < h.end && blocks[e].kind === "label") e++;
      h.end = h.ownEnd = e;
    }
  }
  return headings;
}
function evidenceIn(blocks, from, to, skip) {
  const labels = [];
  let research = 0;
  let targets = 0;
  const add = (kind, label) => {
    if (!isDirectionEvidence(kind)) return;
    labels.push(label);
    if (RESEARCH.has(kind)) research++;
  };
  for (let i = from; i < to; i = skip(i)) {
    const b = blocks[i];
    if (b.label) add(b.label.kind, b.label.label);
    for (const inner of findInnerLabels(b.text)) add(inner.kind, inner.label);
    if (b.kind !== "heading" || i !== from) targets += targetCount(b.text);
  }
  return { labels, research, targets };
}
var RESEARCH = /* @__PURE__ */ new Set(["content", "kpi", "goal", "keywords"]);
function classify(blocks, headings, forced) {
  const holds = /* @__PURE__ */ new Set();
  const visit = (h, underAdmin) => {
    const admin = underAdmin || isAdmin(h) && isTopical(h) && !isTopicalGroup(h) && !describesDirections(blocks, h);
    for (const c of h.children) visit(c, admin);
    const childHolds = h.children.some((c) => c.role === "direction" || holds.has(c));
    const firstChild = h.children[0]?.index ?? h.end;
    const own = evidenceIn(blocks, h.index, Math.min(h.ownEnd, firstChild), (i) => i + 1);
    const body = evidenceIn(blocks, h.index, h.end, (i) => {
      const c = h.children.find((x) => x.index === i + 1 && (x.role === "direction" || holds.has(x)));
      return c ? c.end : i + 1;
    });
    if (admin) {
      h.role = "admin";
      h.evidence.push(underAdmin ? "inside an administrative part" : "administrative title");
      return;
    }
    if (forced !== void 0) {
      if (h.block.number.style === forced && isTopical(h)) {
        h.role = "direction";
        h.evidence.push("numbering chosen by --directions");
      } else if (childHolds) holds.add(h);
      return;
    }
    if (childHolds && !(own.research > 0 && isTopical(h))) {
      holds.add(h);
      h.evidence.push("directions below");
      return;
    }
    if (!isTopical(h)) {
      h.evidence.push("not a topic (sentence, target or step)");
      return;
    }
    if (body.labels.length > 0) {
      h.role = "direction";
      h.evidence.push(`labels: ${[...new Set(body.labels)].slice(0, 4).join("\u3001")}`);
    } else if (body.targets > 0) h.evidence.push(`targets: ${body.targets}`);
  };
  const roots = headings.filter((h) => h.parent === null);
  for (const r of roots) visit(r, false);
  if (forced !== void 0) return;
  const groups = /* @__PURE__ */ new Map();
  for (const h of headings) {
    const key = `${h.parent?.index ?? -1}|${h.block.number.style}`;
    groups.set(key, [...groups.get(key) ?? [], h]);
  }
  for (const sibs of groups.values()) {
    const candidates = sibs.filter(
      (h) => h.role === "content" && !holds.has(h) && isTopical(h) && !h.children.some(isTopical) && h.evidence.some((e) => e.startsWith("targets"))
    );
    if (candidates.length === 0) continue;
    const directions = sibs.filter((h) => h.role === "direction").length;
    if (directions * 2 >= sibs.length || directions === 0 && candidates.length >= 2 && candidates.length * 2 >= sibs.length && !insideDirection(sibs[0]))
      for (const h of candidates) {
        h.role = "direction";
        h.evidence.push("siblings are directions");
      }
  }
}
function insideDirection(h) {
  for (let p = h.parent; p; p = p.parent) if (p.role === "direction") return true;
  return false;
}
function describesDirections(blocks, h) {
  for (let i = h.index + 1; i < h.end; i++) {
    const kinds = [blocks[i].label?.kind, ...findInnerLabels(blocks[i].text).map((l) => l.kind)];
    if (kinds.some((k) => k === "content" || k === "kpi" || k === "goal")) return true;
  }
  return false;
}
function isTopicalGroup(h) {
  return GROUPING_STYLE.test(h.block.number.style);
}
function heldStyle(h, holds) {
  const c = h.children.find((x) => x.role === "direction" || holds.has(x));
  return c ? c.block.number.style : null;
}
function sameHolding(a, b) {
  return a === b || a === "titled" || b === "titled";
}
function settleGroups(headings) {
  for (const h of headings) if (h.role === "direction") {
    for (let p = h.parent; p; p = p.parent) if (p.role === "direction") {
      h.role = "content";
      h.evidence.push("inside a direction");
      break;
    }
  }
  const holds = /* @__PURE__ */ new Set();
  for (const h of headings) if (h.role === "direction") for (let p = h.parent; p; p = p.parent) holds.add(p);
  for (const h of headings) {
    if (!holds.has(h)) continue;
    const style = heldStyle(h, holds);
    const sibs = (h.parent?.children ?? headings.filter((x) => x.parent === null)).filter(
      (x) => x.block.number.style === h.block.number.style && holds.has(x) && sameHolding(heldStyle(x, holds), style)
    );
    const grouping = sibs.length >= 2 || GROUPING_STYLE.test(h.block.number.style);
    h.role = grouping && isTopical(h) ? "area" : "section";
    if (h.role === "section") h.evidence.push(sibs.length < 2 ? "the only holder of its kind among its siblings" : "not a topic");
    else h.evidence.push("groups directions");
  }
}
function styleOfExample(example) {
  return readHeadingNumber(`${example.trim()}\u6807\u9898`)?.style ?? null;
}
function readOutline(blocks, options = {}) {
  let headings = buildHeadings(blocks);
  const before = headings;
  let labels = [];
  if (labelRepeatedTitles(blocks, headings)) {
    headings = buildHeadings(blocks);
    labels = before.filter((h) => blocks[h.index].kind === "label");
    for (const h of labels) {
      h.role = "label";
      h.evidence = ["a short title repeated under other headings"];
    }
  }
  classify(blocks, headings, options.directionStyle);
  let found = headings.filter((h) => h.role === "direction");
  let inline = false;
  if (found.length === 0) {
    inline = true;
    const inlineTitle = (h) => {
      const t = headingTitle(h);
      if (inlineTitleLength(t) !== null) return true;
      if (sentenceTitleLength(t) === null) return false;
      let targets = 0;
      for (let i = h.index; i < h.ownEnd; i++) targets += targetCount(blocks[i].text);
      return targets > 0;
    };
    found = headings.filter((h) => {
      if (h.role === "admin" || h.children.length > 0 || !inlineTitle(h)) return false;
      const siblings = (h.parent?.children ?? headings.filter((x) => x.parent === null)).filter(
        (x) => x.block.number.style === h.block.number.style
      );
      return siblings.length >= 2 && siblings.filter(inlineTitle).length * 2 >= siblings.length;
    });
    for (const h of found) {
      h.role = "direction";
      h.evidence.push("list item \u6807\u9898\uFF1A\u8BF4\u660E or \u6807\u9898\u3002\u8BF4\u660E (no labelled directions)");
    }
  }
  settleGroups(headings);
  found = headings.filter((h) => h.role === "direction");
  const outline = assignIds(blocks, headings, found, inline);
  return { ...outline, labels };
}
function ownNumber(h, headings) {
  const n = h.block.number.parts[h.block.number.parts.length - 1];
  if (n > 0) return n;
  const sibs = (h.parent?.children ?? headings.filter((x) => x.parent === null)).filter((x) => x.block.number.style === h.block.number.style && x.role === h.role);
  return sibs.indexOf(h) + 1;
}
function assignIds(blocks, headings, found, inline) {
  const warnings = [];
  const areaOf = /* @__PURE__ */ new Map();
  const areas = [];
  const nearestArea = (h) => {
    for (let p = h.parent; p; p = p.parent) if (p.role === "area") return p;
    return null;
  };
  const baseId = (p) => {
    const up = nearestArea(p);
    return (up ? baseId(up) + "." : "") + ownNumber(p, headings);
  };
  const baseCount = /* @__PURE__ */ new Map();
  for (const h of headings) if (h.role === "area") baseCount.set(baseId(h), (baseCount.get(baseId(h)) ?? 0) + 1);
  const sectionsBetween = (p, up) => {
    const numbers = [];
    for (let q = p.parent; q && q !== up; q = q.parent) numbers.unshift(ownNumber(q, headings));
    return numbers.map((n) => `${n}.`).join("");
  };
  const selfDescribing = (h) => ["code", "num-dotted", "num-dotted3"].includes(h.block.number.style);
  const areaNode = (p) => {
    let node = areaOf.get(p);
    if (node) return node;
    const up = nearestArea(p);
    const parent = up ? areaNode(up) : null;
    const written = p.block.number.parts.join(".");
    const own = (baseCount.get(baseId(p)) > 1 ? sectionsBetween(p, up) : "") + ownNumber(p, headings);
    let id = p.block.number.code ?? (!parent && selfDescribing(p) ? written : parent ? `${parent.id}.${own}` : own);
    if (areas.some((a) => a.id === id)) {
      let k = 2;
      while (areas.some((a) => a.id === `${id}-${k}`)) k++;
      warnings.push({ code: "numbering-repeats", data: { ids: id }, block: p.block });
      id = `${id}-${k}`;
    }
    node = { heading: p, id, parent, inline: false };
    areaOf.set(p, node);
    areas.push(node);
    return node;
  };
  const byArea = /* @__PURE__ */ new Map();
  for (const h of found) byArea.set(nearestArea(h), [...byArea.get(nearestArea(h)) ?? [], h]);
  const runningOn = byArea.size >= 2 && !found.some(selfDescribing) && found.every((h, i) => i === 0 || ownNumber(h, headings) === ownNumber(found[i - 1], headings) + 1) && ownNumber(found[0], headings) === 1;
  if (runningOn) {
    for (const h of headings) if (h.role === "area") {
      h.role = "section";
      h.evidence.push("direction numbers run on across it");
    }
  }
  let directions = found.map((h) => {
    const up = nearestArea(h);
    const parent = up ? areaNode(up) : null;
    const own = ownNumber(h, headings);
    const written = h.block.number.parts.join(".");
    const areaOwn = up ? `${ownNumber(up, headings)}.` : "";
    const code = h.block.number.code ?? (h.block.number.style === "keyed" ? h.block.number.raw : "");
    const id = code ? code : selfDescribing(h) ? !parent || written.startsWith(parent.id + ".") || h.block.number.style === "code" ? written : areaOwn && written.startsWith(areaOwn) ? `${parent.id}.${written.slice(areaOwn.length)}` : `${parent.id}.${written}` : parent ? `${parent.id}.${own}` : String(own);
    return { heading: h, id, parent, inline };
  });
  const seen = /* @__PURE__ */ new Map();
  for (const d of directions) seen.set(d.id, (seen.get(d.id) ?? 0) + 1);
  const repeated = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  if (repeated.length) {
    warnings.push({ code: "numbering-repeats", data: { ids: repeated.join(", ") }, block: directions.find((d) => repeated.includes(d.id)).heading.block });
    const counter = /* @__PURE__ */ new Map();
    const taken = new Set(areas.map((a) => a.id));
    directions = directions.map((d) => {
      const key = d.parent?.id ?? "";
      let k = (counter.get(key) ?? 0) + 1;
      let id = d.parent ? `${d.parent.id}.${k}` : String(k);
      while (taken.has(id)) id = d.parent ? `${d.parent.id}.${++k}` : String(++k);
      counter.set(key, k);
      taken.add(id);
      return { ...d, id };
    });
  }
  for (const d of directions) {
    const h = d.heading;
    if (!topicOf(headingTitle(h))) warnings.push({ code: "no-title", data: { id: d.id }, block: h.block });
    const ownParagraph = labelledTitleLength(headingTitle(h)) !== null;
    if (h.end <= h.index + 1 && !inline && !ownParagraph && h.block.number.style !== "row") warnings.push({ code: "empty-direction", data: { id: d.id }, block: h.block });
  }
  if (directions.length === 0) warnings.push({ code: "no-direction", data: {}, block: blocks[0] ?? null });
  areas.sort((a, b) => a.heading.index - b.heading.index);
  return { headings, areas, directions, warnings };
}

// src/extract/duration.ts
var SUBJECT = alternation(DURATION_SUBJECTS);
var FILLER = String.raw`(?:\s|[:：]|为|按|是|在|以|一般|原则上|不超过|不得超过|不长于|不多于|最长|最多|控制在|应在|限)*`;
var NUM = `(${NUMBER_SOURCE})`;
var DURATION_RE = new RegExp(
  String.raw`(?:${SUBJECT})${FILLER}${NUM}(?:\s*[-~～至到—]\s*${NUM})?\s*(年|个月|個月)(?![\d月度])`
);
var BARE_RE = new RegExp(
  String.raw`^[ \t:：]*(?:一般|原则上)?\s*(?:不超过|不得超过|不长于|最长|最多|为)?\s*${NUM}(?:\s*[-~～至到—]\s*${NUM})?\s*(年|个月|個月)(?:以内)?[ \t。；;]*$`,
  "m"
);
var LONGEST_RE = new RegExp(String.raw`^[^。；;]{0,6}?最长(?:不超过|不得超过|为|以|可达|可延长至|可至|至)?\s*(${NUMBER_SOURCE})\s*(年|个月|個月)`);
var LATER_CLAUSE_RE = new RegExp(
  String.raw`(?:${SUBJECT})[^。；;]{0,30}?[，,]\s*(?:原则上|一般)?\s*(?:最长(?:不超过|不得超过|不长于|为|以)?|不超过|不得超过|不长于)\s*(${NUMBER_SOURCE})\s*(年|个月|個月)(?=\s*(?:为限)?\s*(?:[。；;，,（(]|$))`
);
var DATE_RANGE_RE = new RegExp(
  String.raw`(?:${SUBJECT})${FILLER}(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|-|—|~|～)\s*(\d{4})\s*年\s*(\d{1,2})\s*月`
);
function readDurationMaxYears(text) {
  if (!/[年月]/.test(text)) return null;
  const found = [];
  const m = DURATION_RE.exec(text);
  if (m) {
    const hi = parseNumberToken(m[2] ?? m[1]);
    if (hi !== null && hi > 0) {
      const years = m[3] === "\u5E74" ? hi : Math.round(hi / 12 * 100) / 100;
      found.push({ value: years, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  const r = DATE_RANGE_RE.exec(text);
  if (r) {
    const months = (Number(r[3]) - Number(r[1])) * 12 + (Number(r[4]) - Number(r[2])) + 1;
    if (months > 0) {
      found.push({ value: Math.round(months / 12 * 100) / 100, text: r[0], start: r.index, end: r.index + r[0].length });
    }
  }
  if (!found.length) {
    const l = LATER_CLAUSE_RE.exec(text);
    const hi = l ? parseNumberToken(l[1]) : null;
    if (l && hi !== null && hi > 0) {
      const at = l.index + l[0].search(/[，,]/) + 1;
      const written = text.slice(at, l.index + l[0].length).trim();
      found.push({ value: l[2] === "\u5E74" ? hi : Math.round(hi / 12 * 100) / 100, text: written, start: l.index + l[0].length - written.length, end: l.index + l[0].length });
    }
  }
  if (!found.length) {
    const b = BARE_RE.exec(text);
    const hi = b ? parseNumberToken(b[2] ?? b[1]) : null;
    if (b && hi !== null && hi > 0) {
      const start = b.index + b[0].length - b[0].replace(/^[\s:：]+/, "").length;
      const written = b[0].trim().replace(/[。；;]$/, "");
      found.push({ value: b[3] === "\u5E74" ? hi : Math.round(hi / 12 * 100) / 100, text: written, start, end: start + written.length });
    }
  }
  found.sort((x, y) => x.start - y.start);
  const longest = found.length ? LONGEST_RE.exec(text.slice(found[0].end)) : null;
  if (longest) {
    const hi = parseNumberToken(longest[1]);
    if (hi !== null && hi > 0) {
      const at = found[0].end + longest.index;
      return { value: longest[2] === "\u5E74" ? hi : Math.round(hi / 12 * 100) / 100, text: longest[0], start: at, end: at + longest[0].length };
    }
  }
  return found[0] ?? null;
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
var BARE_CAP = /^[\s:：]*(?:每项|每个项目)?\s*(?:原则上)?\s*(?:不超过|不高于|最高|最多|上限为?|≤|<=)?\s*$/;
var CAP_AFTER_NOT = /^\s*(?:以上|及以上|或以上|左右)/;
var PER_PROJECT_BOUND = /(?:单个项目|每个项目|单项|每项)[^，,。；;]{0,12}?(?:不超过|不得超过|不高于|最高|上限)\s*$/;
var CAP_AFTER = /^\s*为(?:上限|限)/;
function startOfRun(s, breaks) {
  let i = s.length;
  while (i > 0 && !breaks.includes(s[i - 1])) i--;
  return i;
}
var GOV_PART = new RegExp(alternation(GOVERNMENT_FUNDS));
var NOT_GOV_PART = new RegExp(alternation([...SELF_FUNDS, "\u51FA\u8D44", "\u4F01\u4E1A", "\u5355\u4F4D", "\u793E\u4F1A", "\u94F6\u884C", "\u8D37\u6B3E"]));
function governmentPart(text, all) {
  for (const money of all) {
    const open = /^\s*[（(]\s*(?:其中|含)/.exec(text.slice(money.end));
    if (!open) continue;
    const from = money.end + open[0].length;
    const close = text.slice(from).search(/[）)]/);
    const to = close < 0 ? text.length : from + close;
    for (const inner of all) {
      if (inner.start < from || inner.end > to) continue;
      const clause = text.slice(from + startOfRun(text.slice(from, inner.start), "\uFF0C,\u3001\uFF1B;"), inner.start);
      if (GOV_PART.test(clause) && !NOT_GOV_PART.test(clause)) return inner;
    }
  }
  return null;
}
function readFundingCap(text) {
  if (!text.includes("\u5143")) return null;
  const all = readMoney(text);
  const part = governmentPart(text, all);
  if (part) return part;
  for (const money of all) {
    const lineStart = text.lastIndexOf("\n", money.start - 1) + 1;
    const lineEnd = text.indexOf("\n", money.end);
    const rest = text.slice(money.end, lineEnd < 0 ? text.length : lineEnd);
    if (BARE_CAP.test(text.slice(lineStart, money.start)) && /^[\s。；;]*$/.test(rest)) return money;
  }
  for (const money of all) {
    const before = text.slice(0, money.start);
    const clauseStart = startOfRun(before, "\u3002\uFF1B;\uFF0C,\n");
    const clause = before.slice(clauseStart);
    if (NOT_CAP.test(clause)) continue;
    if (CAP_AFTER.test(text.slice(money.end)) && /财政|资助|支持|经费|资金|投入/.test(clause)) return money;
    if (PER_PROJECT_BOUND.test(clause)) return money;
    if (!CAP_SUBJECT.test(clause)) {
      if (!/^\s*(?:且|但|并且|最高|最多|不超过|原则上|单项|每项)/.test(clause)) continue;
      const sentence = before.slice(startOfRun(before, "\u3002\uFF1B;\n"), clauseStart);
      if (!CAP_SUBJECT.test(sentence)) continue;
    }
    if (CAP_AFTER_NOT.test(text.slice(money.end))) continue;
    if (/不低于|不少于|至少|达到|以上/.test(clause)) continue;
    return money;
  }
  return null;
}
var TOTAL_SUBJECTS = new RegExp(`(?:\u7ECF\u8D39|\u8D44\u91D1|\u8D44\u52A9)?(?:\u6982\u7B97|\u603B\u989D|\u603B\u8BA1)|${alternation(BUDGET_TOTALS.filter((w) => w === "\u603B\u7ECF\u8D39" || w === "\u603B\u9884\u7B97"))}`, "g");
function readTotalBudget(text) {
  for (const m of text.matchAll(TOTAL_SUBJECTS)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index).split(/[，,。；;]/).pop();
    if (/项目|每项|单个/.test(before)) continue;
    const clause = text.slice(m.index, m.index + 30).split(/[，,。；;]/)[0];
    const money = readMoney(clause)[0];
    if (money) return { ...money, start: money.start + m.index, end: money.end + m.index };
  }
  return null;
}

// src/extract/ratio.ts
var MATCHING_SOURCE = alternation(SELF_FUNDS.filter((w) => !/出资|社会|贷款/.test(w)));
var MATCHING = new RegExp(`${MATCHING_SOURCE}(?:\u7ECF\u8D39|\u8D44\u91D1)?`, "g");
var MATCHING_WORD = new RegExp(MATCHING_SOURCE);
var GOVERNMENT = new RegExp(alternation(GOVERNMENT_FUNDS));
var RATIO_RE = /\$?\s*(\d+(?:\.\d+)?)\s*[:：∶比]\s*(\d+(?:\.\d+)?)\s*\$?/g;
var TIMES_RE = new RegExp(
  String.raw`(?:不得少于|不得低于|不低于|不少于|不小于|至少|达到|为)[^。；;，,]{0,12}?${alternation(GOVERNMENT_FUNDS)}[^。；;，,]{0,10}?的\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*倍`,
  "g"
);
function sentenceEndFrom(text, from) {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\uFF08" || c === "(") depth++;
    else if ((c === "\uFF09" || c === ")") && depth > 0) depth--;
    else if (/[。；;]/.test(c) || c === "\n" && depth === 0) return i;
  }
  return text.length;
}
function readMatchingRatio(text) {
  for (const m of text.matchAll(MATCHING)) {
    const end = sentenceEndFrom(text, m.index);
    const clauseStart = startOfRun(text.slice(0, m.index), "\u3002\uFF1B;\n\uFF0C,");
    RATIO_RE.lastIndex = m.index;
    const r = RATIO_RE.exec(text);
    if (!r || r.index >= end) {
      TIMES_RE.lastIndex = m.index;
      const t = TIMES_RE.exec(text);
      const times = t && t.index < end ? /\d/.test(t[1]) ? Number(t[1]) : parseChineseNumeral(t[1]) : null;
      if (t && times && times > 0) return { value: times, text: text.slice(m.index, t.index + t[0].length), start: m.index, end: t.index + t[0].length };
      continue;
    }
    const a = Number(r[1]);
    const b = Number(r[2]);
    if (!(a > 0 && b > 0)) continue;
    const head = text.slice(clauseStart, r.index).replace(/[（(][^（）()]*[）)]/g, (p) => " ".repeat(p.length));
    const gov = head.search(GOVERNMENT);
    const matching = head.search(MATCHING_WORD);
    const governmentFirst = gov >= 0 && gov < matching;
    const value = Math.round((governmentFirst ? b / a : a / b) * 1e3) / 1e3;
    const start = m.index;
    const stop = r.index + r[0].replace(/\s*\$?\s*$/, "").length;
    return { value, text: text.slice(start, stop), start, end: stop };
  }
  return null;
}

// src/extract/constraint.ts
var LEAD_IN = /^(.{2,30}?)(?:同时)?(?:符合|满足|具备|具有|遵守)(?:以下|下列|如下)[^：:。；;]{0,6}[：:]\s*$/;
var ITEM = /^\s*(?:[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[.、．)）](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,3}\s*[、.．])/;
function listSubjects(texts) {
  let subject = "";
  return texts.map((t) => {
    const lead = LEAD_IN.exec(t.trim());
    if (lead) {
      subject = lead[1];
      return "";
    }
    if (!ITEM.test(t)) subject = "";
    return subject;
  });
}
var N = String.raw`(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})`;
var PCT = String.raw`(\d+(?:\.\d+)?\s*[%％]|百分之[零〇一二两三四五六七八九十百点]+|[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+|[一二两三四五六七八九]成(?![员果本立功熟为]))`;
var NO_BREAK = String.raw`[^。；;，,]`;
var num = (s) => {
  if (s === void 0) return void 0;
  const n = parseNumberToken(s);
  return n === null ? void 0 : n;
};
var pct = (s) => {
  if (s === void 0) return void 0;
  const tenths = /^(.)成$/.exec(s);
  if (tenths) return (num(tenths[1]) ?? 0) / 10 || void 0;
  const frac = /^(.+)分之(.+)$/.exec(s);
  if (frac && !s.startsWith("\u767E\u5206\u4E4B")) {
    const [d, n2] = [num(frac[1]), num(frac[2])];
    return d && n2 !== void 0 ? Math.round(n2 / d * 1e10) / 1e10 : void 0;
  }
  const cn = /^百分之(.+)$/.exec(s);
  const [int, dec] = cn ? cn[1].split("\u70B9") : [s.replace(/\s*[%％]$/, "")];
  const whole = num(int);
  if (whole === void 0) return void 0;
  const digits = dec ? [...dec].map((c) => num(c) ?? 0).join("") : "";
  const n = digits ? Number(`${whole}.${digits}`) : whole;
  return Math.round(n * 1e4) / 1e6;
};
var re = (source) => new RegExp(source, "g");
var GOV = alternation([...GOVERNMENT_FUNDS, "\u653F\u5E9C"]);
var AT_MOST2 = alternation(AT_MOST.filter((w) => w !== "\u9650" && w !== "\u6700\u591A"));
var TOTAL = alternation(BUDGET_TOTALS);
var ENTERPRISE_LED = /企业(?:为|作为)?(?:牵头|揭榜)|企业主导/;
var APPLICANT = alternation(APPLICANTS);
var PI = alternation(PRINCIPAL_INVESTIGATORS);
var PI_HINT = new RegExp(PI);
var PROHIBIT = alternation(PROHIBITIONS);
var REQUIRE = alternation(REQUIREMENTS);
var STATE = alternation(ACTIVE_PROJECT_STATES);
var FOREIGN = alternation(FOREIGN_MARKERS);
var REGION = String.raw`(?:[^\s在于为是的，。；、\d]{1,10}?(?:省|市|自治区|特别行政区|区|县)|${alternation(REGION_WORDS)})(?:[（(][^）)。；;]{1,20}[）)])?${alternation(REGION_INSIDE)}?`;
var EMPLOYED = "\u5728\u804C|\u5728\u5C97|\u5728\u7F16|\u6B63\u5F0F\u804C\u5DE5|\u5168\u804C|\u6B63\u5F0F\u5458\u5DE5|\u6B63\u5F0F\u8058\u7528";
var CONTRACT = "(?:\u52B3\u52A8|\u8058\u7528|\u8058\u4EFB)\u5408\u540C";
var N_OR_MORE = String.raw`\s*(?:项|个)\s*(?:及以上|或以上|以上|\(含\)以上|（含）以上)`;
var COUNTED = new RegExp(`${N}${N_OR_MORE}`);
var RULES = [
  {
    kind: "gov_share_max",
    hint: /[%％]|分之|成/,
    re: re(String.raw`${GOV}${NO_BREAK}{0,24}?${AT_MOST2}${NO_BREAK}{0,12}?${TOTAL}[^。；;，,\d]{0,4}${PCT}`),
    value: (m) => pct(m[1])
  },
  {
    kind: "gov_share_max",
    hint: /[%％]|分之/,
    re: re(String.raw`${GOV}${NO_BREAK}{0,12}?占${NO_BREAK}{0,16}?(?:比例|比重)?\s*${AT_MOST2}\s*${PCT}`),
    value: (m) => pct(m[1])
  },
  {
    kind: "participants_max",
    hint: /单位/,
    need: /[家个]/,
    // (参与项目的单位（包括牵头单位）合计不超过4家, 联合申报的单位数量（含牵头单位）不得超过5家: the units named by
    // what they do, counted as a sum, the remark on the lead before or after the count)
    re: re(String.raw`(?<!${FOREIGN})(?:${alternation(PARTNER_UNITS)}|(?:参与|参加|承担|联合申报|共同申报)本?(?:项目)?的单位)(?:[（(][^（）()]{0,10}[）)]|(?:连同|含|包括)[^，,。；;（(]{0,8}?(?:在内)?)?(?:总数|数量|总数量|数|合计|共计|总计)?(?:[（(][^（）()]{0,10}[）)])?(?:原则上|一般|应|须)?${alternation(AT_MOST)}\s*${N}\s*(?:家|个)|(?:含|包括)${alternation(LEAD_UNIT_LABELS)}(?:在内)?[，,]?\s*(?:原则上|一般)?${alternation(AT_MOST)}\s*${N}\s*家(?:单位)?`),
    value: (m) => num(m[1] ?? m[2])
  },
  {
    kind: "foreign_partner_min",
    hint: /外/,
    re: re(String.raw`(?:${REQUIRE}|至少)(?:有|包含|包括|联合)\s*(?:(?:至少|不少于)\s*)?(?:${N}\s*(?:个|家)\s*(?:[（(]或以上[）)]|或以上|以上|及以上)?\s*)?的?${FOREIGN}的?(?:合作)?(?:单位|机构|伙伴)`),
    value: (m) => num(m[1]) ?? 1
  },
  {
    kind: "foreign_partner_countries_min",
    hint: /国家/,
    need: /个/,
    re: re(String.raw`${N}\s*个(?:或以上|以上|及以上)?(?:（含）)?(?:不同)?国家(?:和地区|或地区|\/地区)?的?(?:合作)?(?:单位|机构|伙伴)`),
    value: (m, s) => /须|必须|应|需|至少|不少于/.test(s) ? num(m[1]) : void 0
  },
  {
    kind: "foreign_partner_countries_min",
    hint: /国家/,
    need: /(?:来自|覆盖|涉及)(?:不少于|至少)/,
    re: re(String.raw`(?:来自|覆盖|涉及)(?:不少于|至少)\s*${N}\s*个(?:以上)?国家`),
    value: (m) => num(m[1])
  },
  {
    kind: "applicant_region",
    hint: /注册|登记|设立/,
    need: /[省市区县]/,
    // 申请单位应当在深圳市（含深汕特别合作区）依法注册: a parenthesis may qualify the region
    re: re(String.raw`${APPLICANT}${NO_BREAK}{0,8}?(?:为|是|在)${NO_BREAK}{0,4}?(?![在于])([\u4e00-\u9fa5]{1,10}?(?:省|市|自治区|特别行政区|区|县)(?:[（(][^）)。；;]{1,20}[）)])?(?:境内|内|行政区域内|辖区内|范围内)?(?:依法)?(?:注册|登记|设立)(?:登记)?)`),
    value: (m) => m[1]
  },
  {
    kind: "applicant_region",
    hint: /注册地/,
    re: re(String.raw`注册地(?:址)?(?:须|应|必须)?(?:为|在)\s*([\u4e00-\u9fa5]{2,12}?(?:省|市|自治区|区|县)(?:境内|内)?)`),
    value: (m) => m[1]
  },
  {
    // 应为中国大陆境内注册的科研院所; 申报主体为在中华人民共和国境内注册; 应当是注册在本市的法人; 须为本县行政区划内
    // 依法设立的企业; 应为厦门市企事业单位: a region the applicant must be registered in or belong to.
    kind: "applicant_region",
    hint: new RegExp(`\u6CE8\u518C|\u767B\u8BB0|\u8BBE\u7ACB|\u533A\u57DF\u5185|\u533A\u5212\u5185|\u8F96\u533A|${alternation(REGION_WORDS)}|[\u7701\u5E02\u533A\u53BF](?:\u4F01|\u4E8B\u4E1A|\u5355\u4F4D|\u6CD5\u4EBA|\u9AD8\u7B49|\u79D1\u7814)`),
    need: new RegExp(`${APPLICANT}|(?:\u6CE8\u518C|\u767B\u8BB0)[\u5728\u4E8E]`),
    re: re(String.raw`${APPLICANT}${NO_BREAK}{0,10}?(?:${REQUIRE}|为|是)?(?:为|是|在|属于)?(?:注册|登记)?(?:在|于)?(${REGION})(?:依法)?(?:注册|登记|设立|成立)?(?:[^。；;，,]{0,6}?的)?[^。；;，,]{0,6}?(?:企事业单位|企业|单位|法人|机构|高等院校|高校|科研院所|组织)|(?:注册|登记)(?:在|于)(${REGION})`),
    value: (m) => {
      const region = m[1] ?? m[2];
      const bare = region.replace(/(?:境内|行政区[域划]内|辖区内|范围内|内)$/, "");
      return bare.length >= 2 ? bare : region;
    }
  },
  {
    kind: "applicant_legal_person",
    hint: /法人|民事/,
    re: re(String.raw`独立法人|法人资格|具有法人|独立承担民事责任`),
    value: () => true
  },
  {
    kind: "enterprise_partner_required",
    hint: /企业/,
    // (应当有至少1家企业作为合作单位共同参与: what the enterprise does may follow a few words later)
    re: re(String.raw`(?:必须|须|应当|应|需)(?:至少)?(?:有|与|联合|吸纳|吸收)(?:至少)?${NO_BREAK}{0,8}?企业(?:[（(][^（）()]{0,8}[）)])?[^。；;，,]{0,8}?(?:联合|参与|参加|合作|共同)|(?:必须|须)有${NO_BREAK}{0,6}?企业|(?:合作|参与|参加|联合)单位中?(?:必须|须|应当|应|需)(?:包括|包含|含有|有)(?:至少)?${NO_BREAK}{0,6}?企业`),
    value: () => true
  },
  {
    kind: "pi_employment",
    hint: PI_HINT,
    need: new RegExp(`${EMPLOYED}|\u7B7E\u8BA2[^\uFF0C,\u3002\uFF1B;]{0,8}?${CONTRACT}|(?:\u8058\u7528|\u52B3\u52A8|\u96C7\u4F63)\u5173\u7CFB`),
    // (项目负责人为牵头单位正式聘用…的人员: a requirement stated as a fact)
    // (项目负责人应在申报单位在职在岗, 应与牵头单位存在正式聘用关系: a requirement on the PI that names employment)
    re: re(String.raw`${PI}${NO_BREAK}{0,8}?(?:须|必须|应|应当|需)?(?:为|是|系|限于)${NO_BREAK}{0,30}?(?:${EMPLOYED})|${PI}${NO_BREAK}{0,10}?(?:须|必须|应)(?:与${APPLICANT})?签订[^，,。；;]{0,8}?${CONTRACT}|${PI}${NO_BREAK}{0,8}?(?:须|必须|应当|应|需)${NO_BREAK}{0,20}?(?:${EMPLOYED}|(?:聘用|劳动|雇佣)关系)`),
    value: () => true
  },
  {
    // 项目负责人年龄不超过50周岁，须为申请单位全职在职人员: the subject 负责人 stands in an earlier clause
    kind: "pi_employment",
    hint: PI_HINT,
    need: new RegExp(EMPLOYED),
    re: re(String.raw`(?<=^|[，,]\s*)(?:且|并且|并|同时)?(?:须|必须|应|应当|需)(?:为|是|系)${APPLICANT}?${NO_BREAK}{0,10}?(?:${EMPLOYED})`),
    value: (m, s) => PI_HINT.test(s.slice(0, m.index)) ? true : void 0
  },
  {
    // (before the yes/no form: "在研2项及以上项目的负责人不得…" states a number)
    // 已作为项目负责人承担…项目在研2项及以上者，不得作为项目负责人申报; 项目负责人不得同时主持2项及以上在研…项目.
    // The value is the count as written; the check reads from the wording whether it bars or allows (allowedActive).
    kind: "pi_active_project_limit",
    hint: /在研|结题|验收/,
    need: /以上|已达|已有|达到/,
    re: re(String.raw`${PI}[^。；;]{0,30}?在研(?:项目|课题)?\s*${N}${N_OR_MORE}[^。；;]{0,4}?[，,]?[^。；;]{0,6}?(?:不得|不能|不可|不予)[^。；;]{0,12}?(?:申报|申请|牵头|受理)|在研[^。；;]{0,20}?${N}${N_OR_MORE}[^。；;，,]{0,12}?的(?:${PI}|人员)[，,]?[^。；;]{0,6}?(?:不得|不能|不可|不予)|${PI}${NO_BREAK}{0,6}?(?:不得|不能|不可)(?:同时)?(?:主持|承担|负责|牵头)(?:在研(?:项目)?)?\s*${N}${N_OR_MORE}${NO_BREAK}{0,4}?在研|${PI}[^。；;]{0,30}?在研[^。；;，,]{0,12}?(?:已达|已有|达到)\s*${N}\s*(?:项|个)[^。；;]{0,4}?[，,]?[^。；;]{0,6}?(?:不得|不能|不可|不予)[^。；;]{0,12}?(?:申报|申请|牵头|受理)|${PI}${NO_BREAK}{0,8}?(?:主持|承担)\s*${N}${N_OR_MORE}${NO_BREAK}{0,6}?${STATE}[^。；;]{0,20}?(?:不得|不能|不可|不予)|(?:已有|已达|达到)\s*${N}\s*(?:项|个)[^。；;，,]{0,20}?在研[^。；;]{0,30}?(?:不得|不能|不可|不予|不再)[^。；;]{0,8}?(?:申报|申请|牵头|受理)`),
    // The count as the notice writes it (2项及以上 → 2; 在研项目已达2项的 → 2; 主持2项及以上未结题…的 → 2; 已有2项…在研
    // 项目（本人任负责人）的 → 2, the PI named anywhere in the sentence).
    value: (m, s) => m[6] !== void 0 && !PI_HINT.test(s) ? void 0 : num(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])
  },
  {
    // The rule written as a condition on the PI's current projects: 作为项目负责人承担的省级科技计划项目尚未结题的，
    // 不得牵头申报; 国家重点研发计划在研项目（课题）负责人不得牵头申报; 正在承担本计划项目的负责人不得申请.
    kind: "pi_active_project_limit",
    hint: PI_HINT,
    need: new RegExp(PROHIBIT),
    // (and 正在主持…项目且尚未验收的（人员/者），不得作为负责人申报: the PI named after the prohibition)
    re: re(String.raw`${PI}[^。；;]{0,40}?${STATE}[^。；;]{0,30}?${PROHIBIT}[^。；;]{0,12}?(?:申报|申请|牵头|作为|承担)|${STATE}[^。；;]{0,40}?${PI}[^。；;]{0,12}?${PROHIBIT}[^。；;]{0,12}?(?:申报|申请|牵头|作为|承担)|${STATE}[^。；;]{0,40}?(?:的(?:科研人员|人员|人)?|者)[，,]?[^。；;，,]{0,6}?${PROHIBIT}再?(?:作为|担任)?[^。；;，,]{0,4}?${PI}`),
    // the count at which the rule applies, as 2项及以上 gives 2 (正在主持2项及以上…的人员，不得…); none written: one bars
    value: (m, s) => num(COUNTED.exec(s.slice(0, m.index + m[0].length))?.[1]) ?? 1
  },
  {
    // 有在研省科技计划项目的项目负责人不得牵头申报; 在研省重点领域研发计划项目的负责人不得牵头申报
    kind: "pi_active_project_limit",
    hint: /在研/,
    re: re(String.raw`(?:有|存在)?在研[^。；;]{0,40}?项目的${PI}[，,]?[^。；;]{0,6}?(?:不得|不能|不可|不允许|不再)[^。；;]{0,4}?(?:申报|申请)`),
    value: () => 1
  },
  {
    kind: "pi_active_project_limit",
    hint: /在研/,
    re: re(String.raw`(?:${PI}|主持)${NO_BREAK}{0,10}?在研(?:项目)?(?:数|数量)?${NO_BREAK}{0,16}?(?:不超过|不得超过|不多于|限|最多)\s*${N}\s*(?:项|个)`),
    value: (m) => num(m[1])
  },
  {
    // An applicant's (not the PI's) active-project limit has no kind of its own.
    kind: "other",
    hint: /在研/,
    re: re(String.raw`有在研[^。；;]{0,40}?项目的(?:企业|单位|${APPLICANT})[^。；;]{0,6}?(?:不得|不能)[^。；;]{0,4}?申报`),
    value: (m) => m[0]
  },
  {
    // 项目由企业牵头申报。/ 须由企业牵头 / 牵头单位须为企业 — not 鼓励/优先…由企业牵头, nor 由企业牵头申报的项目 (a condition)
    kind: "lead_enterprise_required",
    hint: /企业牵头|牵头[^。；;]{0,10}企业/,
    re: re(String.raw`(?<!鼓励|优先|支持|倾向|提倡)(?:项目|本方向|本项目|原则上)?(?:须|必须|应|应当|需|要)?由企业牵头(?:申报|承担|实施|组织)?(?![^。；;，,]{0,4}的)|牵头(?:申报|承担)?单位(?:须|必须|应|应当|需)(?:为|是)${NO_BREAK}{0,4}?企业(?![^。；;，,]{0,4}的)`),
    value: () => true
  },
  {
    kind: "pi_one_application_per_year",
    hint: new RegExp(`${PI}|\u6BCF\u4EBA|\u540C\u4E00\u4EBA`),
    need: new RegExp(alternation(APPLICATION_LIMITS)),
    // 同一项目负责人限申报1个项目; 项目（课题）负责人限申报1个项目; 项目负责人同一年度内限申报1项; 每人每年只能牵头申报1个;
    // 同一人在本专项中限牵头申报1个项目; 同一团队负责人只能揭1项榜单
    re: re(String.raw`(?:(?:同一|每个|每位|每名)(?:年度|批次|年)?${NO_BREAK}{0,6}?)?(?:${PI}|每人|同一人)(?:同年|每年|同一年度内?|本年度)?${NO_BREAK}{0,12}?${alternation(APPLICATION_LIMITS)}(?:作为(?:项目)?${PI})?(?:牵头|主持)?(?:申报|申请|揭榜?)?\s*${N}\s*(?:项|个)`),
    value: (m) => num(m[1])
  },
  {
    kind: "youth_pi_ratio_min",
    hint: /青年/,
    re: re(String.raw`青年[^。；;]{0,40}?(?:比例|占比|比重)\s*(?:不低于|不少于|不得低于|原则上不低于|应不低于|达到|应达到|≥|>=)\s*${PCT}`),
    value: (m) => pct(m[1])
  },
  {
    kind: "no_duplicate_submission",
    hint: /重复|多头|同时|再次|再行|再报|再申报|多报|不再/,
    // (相同研究内容…已获…支持的，不得再次申报: applying again for the same content; 不得再次申报 alone may be a PI's ban)
    re: re(String.raw`(?:不得|不能|不可|严禁|禁止)${NO_BREAK}{0,24}?(?:重复申报|重复申请|多头申报|同时申报|同时申请|重复提交|重复立项|一题多报|一项多报)|(?:相同|同一|同类|已[^。；;，,]{0,24}?(?:立项|资助|支持))[^。；;]{0,30}?(?:(?:不得|不能|不可|不予)${NO_BREAK}{0,6}?(?:再次|再行|再)(?:申报|申请|受理|立项|报)|不再(?:受理|申报|申请|支持|立项))`),
    value: () => true
  },
  {
    kind: "ip_required",
    hint: /知识产权|专利/,
    // (…成立时间须满1年，…，并拥有…知识产权: a later clause goes on with the sentence's requirement)
    re: re(String.raw`(?:须|必须|应|应当|需|(并|且))(?:具有|具备|拥有|有|持有)${NO_BREAK}{0,16}?(?:自主知识产权|知识产权|授权(?:发明)?专利)`),
    value: (m, s) => m[1] && !REQUIRES.test(s.slice(0, m.index)) ? void 0 : true
  },
  {
    kind: "ethics_compliance",
    hint: /伦理/,
    // 申报项目涉及科研伦理与科技安全的，应当按照有关法律法规执行
    // (涉及临床研究的，须提供医学伦理委员会审查批件: the requirement before the committee)
    re: re(String.raw`(?:遵守|符合|遵循|通过)${NO_BREAK}{0,10}?伦理|伦理(?:委员会)?审查|伦理(?:规范|要求|规定)|涉及[^。；;]{0,30}?伦理[^。；;]{0,30}?(?:须|必须|应当|应|需)(?:严格)?(?:按照|按|遵守|遵循|符合|执行|提供|通过|履行)`),
    value: () => true
  },
  {
    kind: "pi_age_max",
    hint: /岁/,
    re: re(String.raw`${N}\s*(?:周)?岁(?:以下|以内|及以下)|(?:年龄|年龄不超过|年龄不得超过|不超过|不得超过|不大于|未满|不满)\s*${N}\s*(?:周)?岁`),
    value: (m) => num(m[1] ?? m[2])
  },
  {
    kind: "pi_age_max",
    hint: /出生|以后|之后/,
    re: re(String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(]含[）)])?\s*(?:及|或|以)?(?:以后|之后|后)(?:出生)?|出生${NO_BREAK}{0,6}?\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:[（(]含[）)])?\s*(?:及)?(?:以后|之后)`),
    value: () => null
  },
  {
    kind: "applicant_established_min_years",
    hint: /成立|注册|设立|经营|运营/,
    need: /年/,
    re: re(String.raw`(?:注册|成立|设立)(?:成立|时间|登记)?${NO_BREAK}{0,4}?(?:满|超过|不少于|不低于|已满|达到)\s*${N}\s*(?:年|周年)|(?:成立|注册)(?:时间)?(?:在)?\s*${N}\s*(?:年|周年)(?:以上|及以上)|(?:正常)?(?:运营|经营)\s*${N}\s*(?:年|周年)(?:以上|及以上)`),
    value: (m) => num(m[1] ?? m[2] ?? m[3])
  },
  {
    // A cut-off date instead of a number of years: 注册时间为2024年3月31日前 (value null, the text says it).
    kind: "applicant_established_min_years",
    hint: /注册|成立|设立/,
    need: /\d/,
    re: re(String.raw`(?:注册|成立|设立)(?:时间|日期)?(?:应|须|应当)?(?:为|在|于)?\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:前|之前|以前|（含）前)`),
    value: () => null
  },
  {
    kind: "applications_per_unit_max",
    hint: /单位|企业|法人/,
    need: /每个|每家|每一|同一|各/,
    // 每个单位限报2项; 每个依托单位申请重点项目不超过5项 (a word or two naming which units); 同一单位…以3项为限
    re: re(String.raw`(?:每个|每家|每一|同一|各)(?:申报)?(?:${APPLICANT}|[\u4e00-\u9fff]{0,3}?单位|企业|法人单位|法人)${NO_BREAK}{0,16}?(?:(?:限报|限(?:牵头)?申报|只能(?:牵头)?申报|(?:最多|至多)申报|申报(?:项目)?(?:数量|数)?不超过|不超过|限揭榜?|揭榜(?:数量|数)?不超过|(?:最多|至多)揭榜?|限|最多|至多)\s*${N}\s*(?:项|个)|以\s*${N}\s*(?:项|个)为限)`),
    value: (m) => num(m[1] ?? m[2])
  },
  {
    kind: "self_funding_share_min",
    hint: /自筹/,
    re: re(String.raw`自筹(?:经费|资金)?${NO_BREAK}{0,20}?(?:不低于|不少于|不得低于|原则上不低于|≥|>=|至少|占)[^。；;，,\d]{0,14}?${PCT}`),
    value: (m) => pct(m[1])
  },
  {
    kind: "rd_intensity_min",
    hint: /研发|研究与试验发展|研究开发|R&D/,
    need: /[%％]|分之/,
    // 研发投入占营业收入比例不低于3%; 研究与试验发展经费支出占营业收入比例不低于百分之三 (R&D by its statistical name);
    // 研究开发费用占销售收入的比例不低于4% (its name in the tax rules)
    re: re(String.raw`(?:研发|研究与试验发展|研究开发|R&D)(?:投入|经费|费用|支出)[^。；;]{0,24}?(?:营业收入|销售收入|主营业务收入|营收)[^。；;\d]{0,12}?${PCT}|研发投入强度[^。；;\d]{0,8}${PCT}`),
    value: (m) => pct(m[1] ?? m[2])
  }
];
var ENCOURAGES = /^(?:鼓励|欢迎|提倡|倡导|优先|积极支持|鼓励和支持|支持和鼓励)/;
var LEAD = new RegExp(String.raw`^(?:\s|[\d一二三四五六七八九十]+\s*[、．.]|[（(][\d一二三四五六七八九十]+[）)]|其中\s*[:：]|${alternation([...NOTES_LABELS, "\u6CE8"])}\s*[:：])+`);
var REQUIRES = /须|必须|不得|应当|严禁|禁止|不能|不予|限报|只能|应为|需/;
function sentences(text) {
  const out = [];
  for (const m of text.matchAll(/[^。；;！？!?\n]+/g)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
  }
  return out;
}
function clauseRange(s, from, to) {
  let a = from;
  while (a > 0 && !/[，,]/.test(s[a - 1])) a--;
  let b = Math.max(to, from);
  while (b < s.length && !/[，,]/.test(s[b])) b++;
  const lead = LEAD.exec(s.slice(a, b));
  if (lead && lead.index === 0 && a + lead[0].length < b) a += lead[0].length;
  while (b > a && /\s/.test(s[b - 1])) b--;
  return [a, b];
}
function conditionBefore(s, a) {
  if (a < 2 || !/[，,]/.test(s[a - 1])) return null;
  let b = a - 1;
  while (b > 0 && !/[，,：:]/.test(s[b - 1])) b--;
  const text = s.slice(b, a - 1);
  return /的(?:项目|课题)?\s*$/.test(text) || /^\s*(?:对于|针对)[^，,]{2,20}$/.test(text) ? { text, start: b } : null;
}
var PART_OF_NOTICE = /项目|牵头|专项|专题|方向|类|青年/;
function encourages(s, at) {
  const a = Math.max(s.lastIndexOf("\uFF0C", at - 1), s.lastIndexOf(",", at - 1)) + 1;
  const clause = s.slice(a, at + 40);
  const lead = LEAD.exec(clause);
  return ENCOURAGES.test(lead && lead.index === 0 ? clause.slice(lead[0].length) : clause);
}
var PROJECT_SYNONYM = /任务|课题/g;
function readConstraints(text, options = {}) {
  const out = [];
  const subject = options.subject ?? "";
  for (const sentence of sentences(text)) {
    const written = subject ? subject + sentence.text.replace(LEAD, (m) => " ".repeat(m.length)) : sentence.text;
    const s = written.replace(PROJECT_SYNONYM, "\u9879\u76EE");
    const found = [];
    const add = (kind, value, from, to) => {
      if (found.some((f) => f.kind === kind && (kind !== "other" || f.value === value))) return;
      if (encourages(s, from)) return;
      const [from0, b] = clauseRange(s, from, to);
      let a = Math.max(from0, subject.length);
      while (a < b && /\s/.test(s[a])) a++;
      if (a >= b) return;
      const start = sentence.start + a - subject.length;
      const fact = { kind, value, text: text.slice(start, start + b - a), start, end: start + b - a };
      const cond = kind === "gov_share_max_enterprise_led" ? null : conditionBefore(s, a);
      if (cond && PART_OF_NOTICE.test(cond.text)) fact.condition = s.slice(cond.start, cond.start + cond.text.length).replace(LEAD, "").trim();
      found.push(fact);
    };
    for (const rule of RULES) {
      if (!rule.hint.test(s) || rule.need && !rule.need.test(s)) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(s); m; m = rule.re.exec(s)) {
        const value = rule.value(m, s);
        if (value === void 0) continue;
        let kind = rule.kind;
        let from = m.index;
        if (kind === "gov_share_max") {
          const [a] = clauseRange(s, m.index, m.index);
          if (ENTERPRISE_LED.test(s.slice(a, m.index + m[0].length))) kind = "gov_share_max_enterprise_led";
          else {
            const cond = conditionBefore(s, a);
            if (cond && ENTERPRISE_LED.test(cond.text)) {
              kind = "gov_share_max_enterprise_led";
              from = cond.start;
            }
          }
        }
        add(kind, value, from, m.index + m[0].length);
      }
    }
    const cap = readFundingCap(s);
    if (cap) add("funding_cap", cap.value.yuan, cap.start, cap.end);
    const ratio = readMatchingRatio(s);
    if (ratio) add("matching_ratio_min", ratio.value, ratio.start, ratio.end);
    const duration = readDurationMaxYears(s);
    if (duration) add("duration_max_years", duration.value, duration.start, duration.end);
    if (options.other && found.length === 0 && REQUIRES.test(s) && !ENCOURAGES.test(s.replace(LEAD, ""))) {
      add("other", null, 0, s.length);
    }
    found.sort((x, y) => x.start - y.start);
    out.push(...found);
  }
  return out;
}

// src/extract/keywords.ts
var KEYWORDS_RE = new RegExp(String.raw`${alternation(labelsOf("keywords"))}\s*[:：]\s*([^\n]*)`);
var NEXT_LABEL = new RegExp(String.raw`[。]|${alternation([...labelsOf("notes"), ...labelsOf("content"), ...labelsOf("kpi"), ...labelsOf("projects")])}\s*[:：]`);
function readKeywords(text) {
  const m = KEYWORDS_RE.exec(text);
  const bare = m ? null : text.trim().split("\n")[0] ?? "";
  if (bare !== null && (bare.length > 200 || /[:：]|。./.test(bare))) return [];
  let list = (bare ?? m[1]).split(NEXT_LABEL)[0];
  list = list.trim();
  const items = /[；;，,、]/.test(list) ? list.split(/\s*[；;，,、]\s*/) : list.split(/\s+/);
  return items.map((k) => k.trim()).filter((k) => k.length > 0);
}

// src/extract/mode.ts
var MODE_WORD = String.raw`定向委托|揭榜挂帅|揭榜掛帥|揭榜制|竞争择优|競爭擇優|公开竞争|公開競爭`;
var MODE_WORD_RE = new RegExp(MODE_WORD, "g");
var MODE_MARK_RE = new RegExp(String.raw`\s*[（(【\[]?[“"]?(?:${MODE_WORD})[”"]?[）)】\]]?\s*$`);
function modeMarkAt(title) {
  const m = MODE_MARK_RE.exec(title);
  return m && m.index > 0 ? m.index : -1;
}
var LISTING_RE = new RegExp(String.raw`(?:${MODE_WORD})[”"’]?\s*(?:、|和|与|或|及|以及|/)\s*[“"‘]?(?:${MODE_WORD})`, "g");
var ENTRUSTED_RE = /定向委托(?:给|由)?\s*([^，,。；;、“”"（）()\s][^，,。；;、“”"]{1,60}?)\s*(?:组织实施|牵头实施|牵头组织|负责实施|承担|实施|牵头)/;
var ENTRUSTED_NEXT_RE = /定向委托(?:的)?(?:方式)?(?:组织实施)?\s*[，,]\s*(?:由|委托)\s*([^，,。；;、“”"（）()\s][^，,。；;、“”"]{1,60}?)\s*(?:牵头组织实施|组织实施|牵头实施|牵头组织|负责实施|牵头承担|承担|实施|牵头)/;
var ENTRUSTED_PAREN_RE = /定向委托\s*[（(]\s*([^（）()，,。；;]{2,40}?(?:大学|学院|研究院|研究所|研究中心|实验室|科学院|中心|公司|集团|医院|院|所))\s*[）)]/;
function modeOf(word) {
  if (word.startsWith("\u5B9A\u5411")) return "\u5B9A\u5411\u59D4\u6258";
  if (word.startsWith("\u63ED\u699C")) return "\u63ED\u699C\u6302\u5E05";
  return "\u7ADE\u4E89\u62E9\u4F18";
}
var LISTED_WITH_DENG_RE = new RegExp(String.raw`(?:${MODE_WORD})[”"]?\s*等`, "g");
function listingRanges(text) {
  const ranges = [];
  for (const m of text.matchAll(LISTING_RE)) ranges.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(LISTED_WITH_DENG_RE)) {
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
function readMode(text) {
  const listed = listingRanges(text);
  for (const m of text.matchAll(MODE_WORD_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (listed.some(([a, b]) => start >= a && start < b)) continue;
    const after = text.slice(end, end + 8);
    const before = text.slice(Math.max(0, start - 6), start);
    if (/^[”"]?\s*(?:项目|類|类)?(?:除外|以外)/.test(after) || /^[”"]?\s*项目除外/.test(after)) continue;
    if (/在研[“"]?$|非[“"]?$|不采取[“"]?$|不属于[“"]?$/.test(before)) continue;
    if (/除[^，,。；;]{0,12}$/.test(text.slice(Math.max(0, start - 13), start)) && /^[^，,。；;]{0,8}外/.test(text.slice(end, end + 9))) continue;
    const mode = modeOf(m[0]);
    if (mode === "\u5B9A\u5411\u59D4\u6258") {
      const rest = text.slice(start);
      const e = [ENTRUSTED_PAREN_RE, ENTRUSTED_RE, ENTRUSTED_NEXT_RE].map((r) => r.exec(rest)).find((x) => x && x.index === 0);
      if (e) {
        const org = e[1].replace(/^(?:给|由)/, "").trim();
        return { mode, entrustedTo: org, start, end: start + e[0].length, text: e[0] };
      }
      return { mode, entrustedTo: null, start, end, text: m[0] };
    }
    const q = /^[”"]/.test(text.slice(end)) ? 1 : 0;
    const qb = /[“"]$/.test(text.slice(0, start)) ? 1 : 0;
    return { mode, entrustedTo: null, start: start - qb, end: end + q, text: text.slice(start - qb, end + q) };
  }
  return null;
}
var CN_OR_DIGIT = String.raw`\d+|[一二两三四五六七八九十]{1,3}`;
var PROJECTS_RE = new RegExp(
  String.raw`(?:${alternation([...labelsOf("projects"), "\u62DF\u652F\u6301\u9879\u76EE\u6570\u91CF"])}|拟支持|每个(?:指南)?方向(?:原则上)?支持)\s*(?:[:：]|为|原则为|原则上为|不超过|一般为)*\s*(${CN_OR_DIGIT})(?:\s*[-~～至到—]\s*(${CN_OR_DIGIT}))?\s*(?:项|个项目|個項目|個|个)`,
  "g"
);
function readProjectsSupported(text) {
  for (const m of text.matchAll(PROJECTS_RE)) {
    const n2 = parseNumberToken(m[2] ?? m[1]);
    if (n2 === null || n2 <= 0) continue;
    return { value: n2, text: m[0], start: m.index, end: m.index + m[0].length };
  }
  const b = BARE_PROJECTS_RE.exec(text);
  const n = b ? parseNumberToken(b[2] ?? b[1]) : null;
  if (b && n !== null && n > 0) {
    const lead = b[0].length - b[0].replace(/^[ \t:：]+/, "").length;
    return { value: n, text: b[0].slice(lead), start: b.index + lead, end: b.index + b[0].length };
  }
  return null;
}
var BARE_PROJECTS_RE = new RegExp(
  String.raw`^[ \t:：]*(?:为|共|原则上)?\s*(${CN_OR_DIGIT})(?:\s*[-~～至到—]\s*(${CN_OR_DIGIT}))?\s*(?:项|个项目)(?=[\s（(。；;，,]|$)`,
  "m"
);

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
function matchAt(re2, s, pos) {
  re2.lastIndex = pos;
  const m = re2.exec(s);
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
var COMPARED2 = new RegExp(
  alternation(Object.entries(PREFIX_COMPARATORS).filter(([w, c]) => !c.relative && c.op !== "approx" && (w.length >= 2 || /^[≥≤<>＜＞]$/.test(w)) && !w.startsWith("\\")).map(([w]) => w))
);
var CONDITION_AFTER = new RegExp(`\u4E0B|\u6761\u4EF6|\u8303\u56F4|\u533A\u95F4|\u9891\u6BB5|\u6E29\u533A|\u5185|\u65F6|${COMPARED2.source}`);
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
  let num2;
  if (chinese) {
    num2 = readChineseNumber(f, pos);
    const pct2 = f.slice(Math.max(0, pos - 3), pos) === "\u767E\u5206\u4E4B";
    if (!num2 || /[第之]/.test(f[pos - 1] ?? "") && !pct2) return num2 ? num2.end : null;
  } else {
    num2 = readNumber(f, pos, (o) => isTimeUnitAt(f, o));
    if (!num2) return null;
    if (/^\.\d/.test(f.slice(num2.end, num2.end + 2))) {
      let e = num2.end;
      while (/[\d.]/.test(f[e] ?? "")) e++;
      return e;
    }
    if (/^[:：]\d/.test(f.slice(num2.end, num2.end + 2)) || f[num2.end] === "\xB1") return num2.end + 1;
  }
  const percentWord = f.slice(Math.max(0, pos - 3), pos) === "\u767E\u5206\u4E4B";
  let unit = percentWord ? null : readUnit(f, num2.end);
  const grade = /^[ \t]*级/.exec(f.slice(num2.end, num2.end + 4));
  if (!unit && !chinese && grade) {
    unit = { unit: "\u7EA7", scale: 1, more: false, classifier: false, start: num2.end, end: num2.end + grade[0].length };
  }
  if (chinese && !percentWord && !unit) {
    const sep2 = /^[ \t]*(?:至|到|~|～)[ \t]*/.exec(f.slice(num2.end, num2.end + 4));
    const num22 = sep2 ? readChineseNumber(f, num2.end + sep2[0].length) : null;
    const unit2 = num22 ? readUnit(f, num22.end) : null;
    if (num22 && unit2?.unit && CN_CHAR.test(unit2.unit[0]) && num2.value < num22.value && !/^[年月日]$/.test(unit2.unit)) {
      if (!bare && isConditionContext(f, pos, unit2.end)) return unit2.end;
      return {
        op: "range",
        value: num2.value * unit2.scale,
        max: num22.value * unit2.scale,
        unit: unit2.unit,
        start: pos,
        end: unit2.end,
        numStart: pos,
        metricEnd: pos,
        counted: unit2.classifier
      };
    }
  }
  if (chinese && !percentWord && (!unit || unit.unit === "" || !CN_CHAR.test(unit.unit[0]))) return num2.end;
  if (chinese && unit?.unit === "\u5143" && num2.value <= 10) return unit.end;
  const value = num2.value * (unit?.scale ?? 1);
  let unitText = percentWord ? "%" : unit?.unit ?? "";
  let end = unit?.end ?? num2.end;
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
    const num22 = readNumber(f, RANGE_SEP_RE.lastIndex, (o) => isTimeUnitAt(f, o));
    if (num22 && !/^\.\d/.test(f.slice(num22.end, num22.end + 2))) {
      const unit2 = readUnit(f, num22.end);
      const u1 = unitText;
      const u2 = unit2?.unit ?? "";
      const scale2 = unit2?.scale ?? 1;
      const v1 = u1 === "" ? num2.value * scale2 : value;
      const v2 = num22.value * scale2;
      const sameUnit = u1 === "" || u2 === "" || u1 === u2;
      let rEnd = unit2?.end ?? num22.end;
      const between = /^[ \t]*(?:之间|范围内|区间内?)/.exec(f.slice(rEnd, rEnd + 5));
      const band = sep[1] !== "-" && (!!between || BAND_PREFIX.test(f.slice(Math.max(0, opLead - 4), opLead)));
      const hasUnit = u2 !== "" || u1 !== "" && sep[1] !== "-" || band;
      const dates = isYear(num2.value) && isYear(num22.value) || /^[年月日]$/.test(u2 || u1);
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
      if (!sameUnit || dates) return unit2?.end ?? num22.end;
    }
  }
  if (unitText === "" && num2.kind === "arabic" && /^[)）、.]/.test(f[end] ?? "") && !/^\.\d/.test(f.slice(end))) {
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
    if (/在\s*$/.test(f.slice(Math.max(0, lead - 2), lead)) && COMPARED2.test(rest)) return end + 1;
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

// src/extract/direction.ts
var CATEGORY_SUFFIX = /\s*[（(]\s*([^（）()]{2,14}类|(?:基础研究|基础前沿|前沿探索|共性关键技术|关键技术|应用示范|重大共性关键技术|典型应用示范|青年科学家)(?:项目)?)\s*[）)]\s*$/;
var FIELD_KINDS = /* @__PURE__ */ new Set(["funding_cap", "duration_max_years", "matching_ratio_min"]);
var REMARK_SUFFIX = /\s*[（(]([^（）()]*(?:\d|不超过|不低于|不少于|须|应|限|本方向|本项目|本任务)[^（）()]*)[）)]\s*$/;
var CODE_SUFFIX = /\s*[（(][^（）()]*(?:编号|代码|代号)[^（）()]*[）)]\s*$/;
function stripCodeSuffix(title) {
  return title.replace(CODE_SUFFIX, "").trim();
}
function readSegments(blocks, node) {
  const h = node.heading;
  const segments = [];
  const titleBlock = h.block;
  if (node.inline) {
    const at = titleBlock.number.titleStart + inlineDirectionTitleLength(headingTitle(h)) + 1;
    segments.push({ block: titleBlock, from: at, to: titleBlock.text.length, kind: null });
  }
  let kind = null;
  const labelled = node.inline ? null : labelledTitleLength(headingTitle(h));
  const push = (block, from, label) => {
    let at = from;
    for (const inner of findInnerLabels(block.text)) {
      if (inner.start < from) continue;
      segments.push({ block, from: at, to: inner.start, kind });
      kind = inner.kind;
      label = inner.label;
      at = inner.contentStart;
    }
    segments.push({ block, from: at, to: block.text.length, kind });
    if (label && ONE_LINE_LABELS.has(label) && block.text.slice(at).trim()) kind = null;
  };
  if (labelled !== null) push(titleBlock, titleBlock.number.titleStart + labelled);
  for (let i = h.index + 1; i < h.end; i++) {
    const block = blocks[i];
    if (block.label) {
      kind = block.label.kind;
      push(block, block.label.contentStart, block.label.label);
    } else push(block, 0);
  }
  return segments;
}
var COMPARED3 = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "range"]);
function isItem(block) {
  return !!block.bulleted || LIST_MARKER.test(block.text);
}
function unlabelledTargets(segments) {
  let whole = false;
  return segments.filter((s) => {
    if (s.block.label && s.from === s.block.label.contentStart) {
      const own = s.block.text.slice(s.from, s.to).trim();
      whole = own !== "" && !/[：:]$/.test(own);
    }
    if (s.kind === null) return true;
    if (s.kind !== "content" || !whole || s.block.label || !isItem(s.block)) return false;
    return readKpis(s.block.text.slice(s.from, s.to)).some((a) => COMPARED3.has(a.op));
  });
}
function labelledTextOf(segments) {
  return segments.map((s) => {
    const label = s.block.label;
    const content = s.block.text.slice(s.from, s.to);
    if (!label || s.from !== label.contentStart) return content;
    const written = s.block.text.slice(0, s.from);
    if (written.trim() && !written.includes("|")) return written + content;
    const unit = HEADER_UNIT.exec(label.label);
    if (unit && /^\D{0,4}\d+(?:\.\d+)?$/.test(content.trim())) return `${label.label.slice(0, unit.index)}\uFF1A${content.trim()}${unit[1]}`;
    return `${label.label}\uFF1A${content}`;
  }).join("\n");
}
var HEADER_UNIT = /[（(]\s*(万元|亿元|千元|元|年|个月|月)\s*[）)]\s*$/;
function unitAsWritten(unit, clause, displayed) {
  if (!unit || clause === displayed) return unit;
  const at = clause.lastIndexOf(unit);
  return at < 0 ? unit : displayed.slice(at, at + unit.length);
}
var CHOOSE_ONE = /(?:选择|任选|选取)(?:其中)?\s*(?:1|一)\s*(?:套|组)/;
var OPTION_MARKER = /(?:^|\n)\s*([（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．)）](?!\d))/g;
function optionAt(text, at) {
  let found;
  for (const m of text.matchAll(OPTION_MARKER)) {
    if (m.index > at) break;
    found = m[1].replace(/\s+/g, "").replace(/^[（(](\d+)[)）]$/, "($1)").replace(/^(\d+)[.、．)）]$/, "$1.");
  }
  return found;
}
var SENTENCE_BREAKS = "\u3002\uFF1B;\uFF01!\uFF1F?\n";
var SENTENCE_BREAK = /[。；;！!？?\n]/;
var STATE2 = new RegExp(alternation(STATE_CUES));
function describesState(text, atom) {
  if (atom.op === "approx") return true;
  const a = startOfRun(text.slice(0, atom.start), SENTENCE_BREAKS);
  const rest = text.slice(atom.start).search(SENTENCE_BREAK);
  return STATE2.test(text.slice(a, rest < 0 ? text.length : atom.start + rest));
}
function inStateRemark(text, brackets, atom) {
  const open = brackets[atom.start];
  if (open < 0) return false;
  return STATE2.test(text.slice(open + 1, closingBracket(text, open)));
}
function readSegmentKpis(doc, segments) {
  const kpis = [];
  const choose = segments.some((s) => CHOOSE_ONE.test(s.block.text.slice(Math.max(0, s.from - 40), s.to)));
  for (const s of segments) {
    const text = s.block.text.slice(s.from, s.to);
    const atoms = readKpis(text);
    const brackets = atoms.length && /[（(]/.test(text) ? openBrackets(text) : null;
    for (const atom of atoms) {
      if (s.kind === "goal" && describesState(text, atom)) continue;
      if (brackets && inStateRemark(text, brackets, atom)) continue;
      const option = choose ? optionAt(text, atom.start) : void 0;
      const a = s.block.pos[s.from + atom.start];
      const b = s.block.pos[s.from + atom.end];
      kpis.push({
        metric: atom.metric,
        op: atom.op,
        value: atom.value,
        max: atom.max,
        unit: unitAsWritten(atom.unit, text.slice(atom.start, atom.end), s.block.display.slice(s.from + atom.start, s.from + atom.end)),
        text: s.block.display.slice(s.from + atom.start, s.from + atom.end),
        ...atom.condition ? { condition: atom.condition } : {},
        ...option ? { option } : {},
        span: doc.spanOf(a, b)
      });
    }
  }
  const chinese = kpis.filter((k) => HAN.test(k.text + k.metric));
  const english = (k) => !HAN.test(k.text + k.metric) && ENGLISH_PHRASE.test(`${k.metric} ${k.text}`);
  return kpis.filter((k) => !english(k) || !chinese.some((c) => c.op === k.op && c.value === k.value && c.max === k.max));
}
var HAN = /[\u3400-\u9fff]/;
var ENGLISH_PHRASE = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;
function readSegmentConstraints(doc, segments) {
  const out = [];
  const subjects = listSubjects(segments.map((s) => s.block.text.slice(s.from, s.to)));
  for (const [i, s] of segments.entries()) {
    const text = s.block.text.slice(s.from, s.to);
    for (const c of readConstraints(text, { subject: subjects[i] })) {
      out.push({
        kind: c.kind,
        value: c.value,
        text: s.block.display.slice(s.from + c.start, s.from + c.end),
        ...c.condition ? { condition: { text: c.condition } } : {},
        span: doc.spanOf(s.block.pos[s.from + c.start], s.block.pos[s.from + c.end])
      });
    }
  }
  return out;
}
function readInherited(text) {
  const mode = readMode(text);
  return {
    mode: mode?.mode ?? null,
    entrustedTo: mode?.entrustedTo ?? null,
    fundingCap: readFundingCap(text)?.value ?? null,
    durationMaxYears: readDurationMaxYears(text)?.value ?? null,
    matchingRatioMin: readMatchingRatio(text)?.value ?? null
  };
}
function readDirection(doc, blocks, node, inherited) {
  const h = node.heading;
  const titleStart = h.block.number.titleStart;
  const titleLength = node.inline ? inlineDirectionTitleLength(headingTitle(h)) : labelledTitleLength(headingTitle(h));
  const titleEnd = titleLength !== null ? titleStart + titleLength : h.block.text.length;
  let title = stripCodeSuffix(h.block.display.slice(titleStart, titleEnd).trim());
  let category = null;
  const cat = CATEGORY_SUFFIX.exec(title);
  if (cat) {
    category = cat[1].replace(/\s+/g, "");
    category = category.replace(/(?:项目)?$/, "");
    if (!category.endsWith("\u7C7B")) category += "\u7C7B";
    title = title.slice(0, cat.index).trim();
  }
  const remark = REMARK_SUFFIX.exec(title);
  if (remark) title = title.slice(0, remark.index).trim();
  const markAt = modeMarkAt(title);
  const modeMark = markAt >= 0 ? title.slice(markAt) : "";
  if (markAt >= 0) title = title.slice(0, markAt).trim();
  const segments = readSegments(blocks, node);
  const of = (...kinds) => segments.filter((s) => kinds.includes(s.kind));
  const labelled = of("kpi").length > 0 || of("goal").length > 0;
  const isFact = (k) => readFundingCap(k.text) !== null || readDurationMaxYears(k.text) !== null;
  const kpis = labelled ? readSegmentKpis(doc, of("goal", "kpi")) : readSegmentKpis(doc, unlabelledTargets(segments)).filter((k) => !isFact(k));
  const factText = [remark?.[1] ?? "", modeMark, labelledTextOf(of(null, "funding", "duration", "notes", "projects", "mode", "goal", "other"))].join("\n");
  const own = readInherited(factText);
  const mode = own.mode ?? inherited.mode;
  const last = segments.length ? segments[segments.length - 1].block.end : h.block.end;
  return {
    id: node.id,
    parentId: node.parent?.id ?? null,
    title,
    category,
    mode,
    entrustedTo: own.mode ? own.entrustedTo : mode === "\u5B9A\u5411\u59D4\u6258" ? inherited.entrustedTo : null,
    fundingCap: own.fundingCap ?? inherited.fundingCap,
    durationMaxYears: own.durationMaxYears ?? inherited.durationMaxYears,
    matchingRatioMin: own.matchingRatioMin ?? inherited.matchingRatioMin,
    projectsSupported: readProjectsSupported(factText)?.value ?? null,
    keywords: of("keywords").flatMap((s) => readKeywords(s.block.display.slice(s.from, s.to))),
    constraints: readSegmentConstraints(doc, of("notes")).filter((c) => !FIELD_KINDS.has(c.kind)),
    kpis,
    span: doc.spanOf(h.block.start, last)
  };
}

// src/extract/meta.ts
var ORG_SUFFIX = String.raw`(?:科学技术厅|科学技术局|科学技术部|科学技术委员会|管理委员会|委员会|管委会|人民政府|办公厅|办公室|基金委|科学院|工程院|研究院|中心|协会|学会|联合会|厅|局|部|委|院|署|会|处)`;
var ORG = String.raw`[\u4e00-\u9fa5（）()]{1,30}?${ORG_SUFFIX}`;
var ORG_LINE_RE = new RegExp(String.raw`^(?:${ORG}\s*)+(?:文件)?$`);
var ORG_RE = new RegExp(ORG, "g");
var DOC_SERIAL_RE = /[〔［\[（(【﹝]\s*\d{4}\s*[〕］\]）)】﹞]\s*\d{1,5}\s*号/g;
var CODE_BREAK_RE = /通知|通告|公告|指南|榜单|榜單|文件|意见|意見|办法|辦法|方案|细则|的函/g;
function findDocNumbers(line) {
  const out = [];
  for (const m of line.matchAll(DOC_SERIAL_RE)) {
    let a = m.index;
    while (a > 0 && /[\u4e00-\u9fa5]/.test(line[a - 1]) && m.index - a < 40) a--;
    const run = line.slice(a, m.index);
    const cuts = [];
    if (run.length <= 10 && (a === 0 || !/[\u4e00-\u9fa5]/.test(line[a - 1]))) cuts.push(0);
    for (const b of run.matchAll(CODE_BREAK_RE)) cuts.push(b.index + b[0].length);
    const codes = cuts.map((c) => run.slice(c)).filter((c) => c.length >= 2 && c.length <= 10);
    if (!codes.length) continue;
    const code = codes.reduce((x, y) => y.length < x.length ? y : x);
    const start = m.index - code.length;
    out.push({ text: (code + m[0]).replace(/\s+/g, ""), index: start, end: m.index + m[0].length });
  }
  return out;
}
function splitGluedDocNumber(line) {
  const [hit] = findDocNumbers(line);
  if (!hit || hit.index === 0 || hit.end < line.trimEnd().length - 1) return [line];
  const head = line.slice(0, hit.index);
  if (!ENDS_AS_TITLE_RE.test(head)) return [line];
  return [head, line.slice(hit.index)];
}
var TITLE_END = String.raw`(?:通知|通告|公告|公示|指南|榜单|榜單|计划|計劃|方案|意见|意見|办法|辦法|细则|細則|函|规划|規劃|申报书|说明)`;
var TITLE_END_RE = new RegExp(`${TITLE_END}$`);
var ENDS_AS_TITLE_RE = new RegExp(`${TITLE_END}\\s*$`);
var TITLE_LINE_END_RE = new RegExp(`${TITLE_END}(?:\\s*[\uFF08(][^\uFF08\uFF09()]*[\uFF09)])?$`);
var DEBRIS = /^(?:[-–—•·]\s*\d*|约?\s*[\d.]+\s*(?:千字|页|頁|万字)|\d{4}-\d{2}-\d{2}.*发布于.*|举报|舉報|首页|首頁|原创力文档|文档评论.*|.*>\s*正文|附件\s*\d*|\d+)$/;
function squeeze(s) {
  return s.replace(/\s+/g, " ").trim();
}
function unspace(s) {
  if (!/^(?:[\u4e00-\u9fa5] ){3,}/.test(s)) return s;
  return s.replace(/(?<=[\u4e00-\u9fa5“”《》（）])\s+(?=[\u4e00-\u9fa5“”《》（）])/g, "");
}
function readIssuers(lines) {
  const tryLine = (line) => {
    let t = squeeze(line);
    if (!t || t.length > 80) return [];
    if (/^(?:[\u4e00-\u9fa5] ){3,}[\u4e00-\u9fa5]+$/.test(t)) t = t.replace(/ /g, "");
    if (!ORG_LINE_RE.test(t)) return [];
    const orgs = t.replace(/文件$/, "").match(ORG_RE) ?? [];
    return orgs.map((o) => o.trim()).filter((o) => o.length >= 3);
  };
  const collect = (range) => {
    const found = [];
    for (const line of range) {
      for (const o of tryLine(line)) if (!found.includes(o)) found.push(o);
    }
    return found;
  };
  const head = collect(lines.slice(0, 30).filter((l) => !/关于|通知/.test(l)));
  if (head.length) return head;
  const dateLine = lines.findIndex((l) => STANDALONE_DATE_RE.test(l.trim()));
  if (dateLine > 0) return collect(lines.slice(Math.max(0, dateLine - 3), dateLine));
  return [];
}
function readDocNumber(lines) {
  for (const line of lines.slice(0, 60)) {
    const t = line.trim();
    const [m] = findDocNumbers(t);
    if (m && m.end - m.index >= t.length - 2) return m.text;
  }
  for (const line of lines.slice(0, 60)) {
    for (const m of findDocNumbers(line)) {
      const before = line.slice(Math.max(0, m.index - 2), m.index);
      if (/[》（(]$/.test(before)) continue;
      return m.text;
    }
  }
  return null;
}
function cleanTitle(s) {
  let t = unspace(squeeze(s));
  t = t.replace(/^(?:[一二三四五六七八九十]+、|\d+[.．、]\s*|附件\s*\d*\s*)/, "");
  t = t.replace(/\s*[（(][^（）()]*(?:可见|登录|注册用户|此件|公开)[^（）()]*[）)]\s*$/, "");
  return t.trim();
}
function readTitle(lines) {
  const head = [];
  for (let i = 0; i < lines.length && head.length < 60; i++) {
    const t = unspace(squeeze(lines[i]));
    if (t && !DEBRIS.test(t)) head.push({ text: t, index: i });
  }
  for (let k = 0; k < head.length; k++) {
    if (!/^关于/.test(head[k].text)) continue;
    let joined = "";
    for (let j = k; j < Math.min(head.length, k + 4); j++) {
      joined += head[j].text;
      if (TITLE_END_RE.test(joined) && !/[，。；]/.test(joined)) return cleanTitle(joined);
      if (/[，。；：]/.test(head[j].text)) break;
    }
  }
  for (const { text } of head.slice(0, 5)) {
    if (text.length <= 90) continue;
    const m = /关于[^。，；：,;:]{2,100}?(?:的|及[^。，；：]{0,20}的)?(?:通知|通告|公告)/.exec(text);
    if (m) return cleanTitle(m[0]);
  }
  const isTitleLine = (t) => t.length <= 90 && TITLE_LINE_END_RE.test(t) && !/[，。；：:]/.test(t.replace(/[（(][^（）()]*[）)]$/, ""));
  for (let k = 0; k < head.length; k++) {
    const t = head[k].text;
    if (isTitleLine(t)) return cleanTitle(t);
    const next = head[k + 1]?.text;
    if (next && t.length >= 8 && !/[，。；：]/.test(t) && isTitleLine(t + next) && !isTitleLine(next)) {
      return cleanTitle(t + next);
    }
  }
  for (const { text } of head.slice(0, 4)) {
    const bare = text.replace(/[（(][^（）()]*[）)]$/, "");
    if (text.length < 6 || text.length > 60 || /[，。；：:,;]/.test(bare) || readHeadingNumber(text)) continue;
    if (STANDALONE_DATE_RE.test(text) || findDocNumbers(text).length || /(?:文件|厅|局|委|委员会|办公室|政府|中心|部|院)$/.test(bare)) continue;
    return cleanTitle(text);
  }
  return null;
}
var CN_DATE_DIGITS = "\u3007\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341";
var STANDALONE_DATE_RE = new RegExp(
  String.raw`^(\d{4}|[${CN_DATE_DIGITS}]{4})\s*年\s*(\d{1,2}|[${CN_DATE_DIGITS}]{1,2})\s*月\s*(\d{1,2}|[${CN_DATE_DIGITS}]{1,3})\s*日$`
);
function pad(n) {
  return String(n).padStart(2, "0");
}
function isoDate(y, m, d) {
  if (!(y > 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}
function readPublishedAt(lines) {
  const dates = [];
  lines.forEach((line, index) => {
    const m = STANDALONE_DATE_RE.exec(line.trim());
    if (!m) return;
    const at = isoDate(dateNumber(m[1]), dateNumber(m[2]), dateNumber(m[3]));
    if (at) dates.push({ at, index });
  });
  for (const d of dates) {
    const above = lines.slice(Math.max(0, d.index - 3), d.index).map((l) => squeeze(l));
    if (above.some((l) => l && ORG_LINE_RE.test(l.replace(/ /g, "")))) return d.at;
  }
  if (dates.length) return dates[0].at;
  for (const line of lines.slice(0, 40)) {
    const m = /(\d{4})-(\d{1,2})-(\d{1,2})\s*(?:发布|發布)|(?:发布(?:时间|日期|于)|發布(?:時間|日期|於)|发文日期|成文日期)\s*[:：]?\s*(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/.exec(line);
    if (m) {
      const at = m[1] ? isoDate(+m[1], +m[2], +m[3]) : isoDate(+m[4], +m[5], +m[6]);
      if (at) return at;
    }
  }
  return null;
}
var DATE_PART = String.raw`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
var WEEKDAY = String.raw`(?:\s*[（(](?:星期|周|週|礼拜)[一二三四五六日天][）)])?`;
var TIME_PART = String.raw`(?:\s*(上午|下午|晚上|中午)?\s*(\d{1,2})\s*(?:[:：]\s*(\d{2})|时(?:\s*(\d{1,2})\s*分)?|点(?:\s*(\d{1,2})\s*分?)?))?`;
var DATE_TIME_RE = new RegExp(DATE_PART + WEEKDAY + TIME_PART, "g");
var DEADLINE_WORD = /截止|截至|前|止|至|—|~|～|-/;
var SUBMISSION = /申报|填报|提交|报送|受理|报名|征集|推荐|申请(?![书人]|单位|项目|经费|资金)/;
function readDates(s, defaultYear) {
  const hits = [];
  let lastYear = defaultYear;
  for (const m of s.matchAll(DATE_TIME_RE)) {
    const year = m[1] ? Number(m[1]) : lastYear;
    if (year === null) continue;
    lastYear = year;
    const day = isoDate(year, Number(m[2]), Number(m[3]));
    if (!day) continue;
    let time = "23:59";
    if (m[5] !== void 0) {
      let h = Number(m[5]);
      const min = Number(m[6] ?? m[7] ?? m[8] ?? 0);
      if ((m[4] === "\u4E0B\u5348" || m[4] === "\u665A\u4E0A") && h < 12) h += 12;
      if (h <= 24 && min < 60) time = `${pad(h === 24 ? 23 : h)}:${pad(h === 24 ? 59 : min)}`;
    }
    hits.push({ at: `${day}T${time}`, index: m.index, end: m.index + m[0].length });
  }
  return hits;
}
var SUBJECT_ONLY = new RegExp(`${alternation(["\u5355\u4F4D", "\u90E8\u95E8", "\u5404\u5730", "\u7533\u62A5\u4EBA", "\u4E3B\u7BA1\u90E8\u95E8", "\u5404\u5E02", "\u5404\u53BF", ...PRINCIPAL_INVESTIGATORS.filter((w) => w === "\u7533\u8BF7\u4EBA")])}$`);
function deadlineLabel(before, after) {
  const label = before.replace(/[:：]\s*$/, "").replace(/(?:的)?(?:截止|截至)(?:时间|日期)?\s*(?:为|是|：|:)?\s*$/, "").replace(/(?:时间|日期)\s*(?:为|是|：|:)?\s*$/, "").replace(/(?:须|需|应|请|务必)?(?:于|在)\s*$/, "").replace(/^(?:请|须|需|应|各单位)?(?:于|在)?/, "").replace(/^(?:本年度|本年|本次|本批次|今年|年度)/, "").replace(/^(?:项目)?申报材料(?=网上|在线)/, "").trim();
  if (label && !SUBJECT_ONLY.test(label)) return { label, usedAfter: 0 };
  const m = /^(\s*(?:之前|以前|前|止)?\s*(?:完成|将|把)?)([^，,。；;（(]*)/.exec(after);
  const tail = m ? m[2].replace(/^(?:提交|报送)$/, "").trim() : "";
  if (tail) return { label: tail, usedAfter: m[0].length };
  return { label: label || "\u7533\u62A5\u622A\u6B62", usedAfter: 0 };
}
function readDeadlines(lines, publishedAt) {
  const text = lines.join("\n");
  let year = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  const out = [];
  for (const m of text.matchAll(/[^。；;！!]+/g)) {
    const sentence = m[0];
    const hits = readDates(sentence, year);
    if (hits.length) year = Number(hits[hits.length - 1].at.slice(0, 4));
    if (!hits.length || !DEADLINE_WORD.test(sentence)) continue;
    let clauseStart = 0;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      const between = sentence.slice(i > 0 ? hits[i - 1].end : 0, h.index);
      const after = sentence.slice(h.end);
      const rangeEnd = i > 0 && /^\s*(?:至|到|-|—|~|～)\s*$/.test(between);
      const opensRange = /^\s*(?:至|到|-|—|~|～)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月/.test(after);
      const endWord = /^\s*(?:之前|以前|为止|前|止)/.exec(after)?.[0] ?? "";
      const stated = /截止|截至/.test(between.slice(-20)) || endWord !== "";
      const window = rangeEnd && SUBMISSION.test(sentence.slice(clauseStart, h.index));
      if (opensRange || !(stated || window)) continue;
      const anchor = rangeEnd ? hits[i - 1].index : h.index;
      const head = sentence.slice(clauseStart, anchor);
      const from = clauseStart + Math.max(head.lastIndexOf("\uFF0C"), head.lastIndexOf(","), -1) + 1;
      const before = sentence.slice(from, anchor).replace(/^\s*(?:\d+\s*[．.、]|[（(]\d+[）)])\s*/, "");
      const { label, usedAfter } = deadlineLabel(before.replace(/\s+/g, ""), after.slice(endWord.length).replace(/\n/g, ""));
      const textStart = from + (sentence.slice(from).length - sentence.slice(from).trimStart().length);
      const textEnd = h.end + endWord.length + (usedAfter ? after.slice(endWord.length).search(/[，,。；;（(]|$/) : 0);
      const stateText = sentence.slice(textStart, textEnd).replace(/\s*\n\s*/g, "").trim().replace(/^(?:\d+\s*[．.、]|[（(]\d+[）)])\s*/, "");
      if (!out.some((d) => d.at === h.at && d.label === label)) out.push({ label, at: h.at, text: stateText });
      clauseStart = h.end;
    }
  }
  return out;
}
function readMeta(input) {
  const lines = input.flatMap((l, i) => i < 60 ? splitGluedDocNumber(l) : [l]);
  const publishedAt = readPublishedAt(lines);
  return {
    title: readTitle(lines),
    docNumber: readDocNumber(lines),
    issuers: readIssuers(lines),
    publishedAt,
    deadlines: readDeadlines(lines, publishedAt)
  };
}

// src/model/bare-direction.ts
function bareDirection(id, parentId, title, span) {
  return {
    id,
    parentId,
    title,
    category: null,
    mode: null,
    entrustedTo: null,
    fundingCap: null,
    durationMaxYears: null,
    matchingRatioMin: null,
    projectsSupported: null,
    keywords: [],
    constraints: [],
    kpis: [],
    span
  };
}

// src/extract/targets.ts
var TARGET_SENTENCE = /(总体目标|工作目标|主要目标|发展目标|总目标)(?:为|是)?[：:]?/;
function readDocumentTargets(doc, loose) {
  const segments = [];
  let label = "\u603B\u4F53\u76EE\u6807";
  for (const block of loose) {
    if (block.kind === "heading") continue;
    const m = TARGET_SENTENCE.exec(block.text);
    if (!m) continue;
    if (!segments.length) label = m[1];
    segments.push({ block, from: m.index + m[0].length, to: block.text.length, kind: "goal" });
  }
  if (!segments.length) return null;
  const kpis = readSegmentKpis(doc, segments);
  if (!kpis.length) return null;
  const first = segments[0].block;
  const last = segments[segments.length - 1].block;
  return { ...bareDirection("0", null, label, doc.spanOf(first.start, last.end)), kpis };
}

// src/ingest/index.ts
import { GuideError as GuideError3 } from "./core-errors.js";

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
function replaceMapped(t, re2, replacer) {
  re2.lastIndex = 0;
  let b;
  let last = 0;
  for (let m = re2.exec(t.text); m; m = re2.exec(t.text)) {
    if (m[0].length === 0) {
      re2.lastIndex++;
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
function substituteChars(t, re2, replacer) {
  re2.lastIndex = 0;
  if (!re2.test(t.text)) return t;
  const text = t.text.replace(re2, (ch) => {
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
var DEBRIS_LINE = new RegExp(DEBRIS_LINES.map((re2) => `(?:${re2.source})`).join("|"));
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
      const num2 = this.group(j, to);
      const den = num2 && this.group(num2.next, to);
      if (!num2 || !den) return j;
      out.push(...this.render(num2.from, num2.to, mode), { s: "/", at: i }, ...this.render(den.from, den.to, mode));
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
var REMARK2 = /[（(][^（）()]*[)）]$/;
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
  const name = line.replace(REQUIRED_MARK, "").replace(REMARK2, "").replace(REQUIRED_MARK, "");
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
function headerKind(header) {
  for (let drop = 0; drop < header.length - 1; drop++) {
    const label = readLabel(header.slice(drop));
    if (label) return label.kind;
  }
  return null;
}
function readDirectionTable(cells) {
  const headers = cells.map((c) => c.text.replace(/\s+/g, ""));
  const nameColumn = headers.findIndex((h) => NAME_HEADER.test(h));
  if (nameColumn < 0) return null;
  const kinds = headers.map((h, i) => i === nameColumn ? null : headerKind(h.split(/[/／]/)[0]));
  if (!kinds.some((k) => k !== null && k !== "area-goal")) return null;
  const numberColumn = headers.findIndex((h) => NUMBER_HEADER.test(h));
  const areaColumn = headers.findIndex((h, i) => i < nameColumn && AREA_HEADER.test(h));
  return { numberColumn: numberColumn >= 0 ? numberColumn : null, nameColumn, kinds, headers, areaColumn: areaColumn >= 0 ? areaColumn : null, rows: 0 };
}
function rowNumber(table, cells) {
  if (table.numberColumn === null) return table.rows + 1;
  const m = /^[（(]?(\d{1,3})[）)]?[.、]?$/.exec(cells[table.numberColumn]?.text ?? "");
  return m ? Number(m[1]) : null;
}

// src/structure/blocks.ts
var TERMINATOR = /[。；;！!？?：:]$/;
var MARKDOWN_HEADING = /^#{1,6}\s+/;
var CLOSED_TITLE = /[（(][^（）()]*[）)]$/;
var UNFINISHED_END = /[≥≤<>=~+×/（(“，、,]$/;
var CONTINUATION_START = /^(?:[，。、；：？！）)」』”%‰]|[上下内](?=[，。；、（(]|$))/;
var SENTENCE_IN_PROGRESS = /[，。；：,;:][^，。；：,;:]*[\p{Script=Han}A-Za-z0-9]$/u;
var BULLET = /^(?:(?:[-*+]\s+|[•·]\s*)(?:(?:[\p{So}\u2580-\u25FF]|\uFE0F|\u200D)+\s*)?|(?:[\p{So}\u2580-\u25FF]|\uFE0F|\u200D)+\s*)/u;
var GLUED_STYLES = /^(?:cn-dun|cn-paren|prefixed-.*|di-.*)$/;
function gluedHeadingAt(line) {
  for (const m of line.matchAll(/[。；！？]/g)) {
    const rest = line.slice(m.index + 1);
    if (rest.length < 4 || rest.length > 40 || /[。；]/.test(rest)) continue;
    const n = readHeadingNumber(rest);
    if (n && GLUED_STYLES.test(n.style)) return m.index + 1;
  }
  return -1;
}
function readLines(doc) {
  const lines = [];
  const text = doc.text.text;
  const push = (a, b, md, bulleted = false) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a)
      lines.push({
        text: text.slice(a, b),
        display: doc.display.slice(a, b),
        start: a,
        standalone: !!md,
        ...md ? { level: md[0].trim().length } : {},
        ...bulleted ? { bulleted } : {}
      });
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    const md = MARKDOWN_HEADING.exec(text.slice(a, b));
    if (md) a += md[0].length;
    const bullet = BULLET.exec(text.slice(a, b));
    if (bullet) a += bullet[0].length;
    const glued = md ? -1 : gluedHeadingAt(text.slice(a, b));
    if (glued > 0) {
      push(a, a + glued, null, !!bullet);
      push(a + glued, b, null);
    } else push(a, b, md, !!bullet);
    start = end + 1;
  }
  return lines;
}
var KEY_SUBJECT = alternation(DIRECTION_KEY_FIELDS.subjects);
var KEY_NAME = new RegExp(`^(${KEY_SUBJECT})${alternation(DIRECTION_KEY_FIELDS.name)}\\s*(?:[:\uFF1A]|\\|)\\s*(?=[^\\s_\uFF3F\uFF08(|])`);
var NAME_FIELD = new RegExp(`^(?:${KEY_SUBJECT})?${alternation(DIRECTION_KEY_FIELDS.name)}\\s*(?:[:\uFF1A]|\\|)\\s*([^\\s_\uFF3F\uFF08(|][^|]*)$`);
var KEY_CODE = new RegExp(`^(${KEY_SUBJECT})${alternation(DIRECTION_KEY_FIELDS.code)}\\s*[:\uFF1A]\\s*([A-Za-z0-9][\\w\\-\uFF0D\u2014.]{0,19})$`);
function keyedDirections(lines) {
  const names = /* @__PURE__ */ new Map();
  const codes = /* @__PURE__ */ new Set();
  const found = lines.map((l) => KEY_NAME.exec(l.text));
  const count = /* @__PURE__ */ new Map();
  for (const m of found) if (m) count.set(m[1], (count.get(m[1]) ?? 0) + 1);
  found.forEach((m, i) => {
    if (!m || count.get(m[1]) < 2) return;
    const codeAt = [i - 1, i + 1].find((j) => !names.has(j) && KEY_CODE.exec(lines[j]?.text ?? "")?.[1] === m[1]);
    const code = codeAt === void 0 ? "" : KEY_CODE.exec(lines[codeAt].text)[2];
    if (codeAt !== void 0) codes.add(codeAt);
    names.set(i, { titleStart: m[0].length, code });
  });
  return { names, codes };
}
var DESCRIBES_DIRECTION = /* @__PURE__ */ new Set(["content", "goal", "kpi"]);
var CONTINUATION_MARK = "(?:\u7EED|\u7EED\u8868|\u7EED\u4E0A\u9875|\u7EED\u524D\u9875|\u63A5\u4E0A\u9875|\u63A5\u524D\u9875)";
var CONTINUED = new RegExp(`^(?:.{0,40}?[\uFF08(]\\s*${CONTINUATION_MARK}\\s*[)\uFF09]|\\s*${CONTINUATION_MARK})\\s*$`);
var NOT_A_TITLE = /[。；;，,：:！!？?“”"]|^[（(【\[]|应(?!用|急|对|变|力)|须|需(?!求)|如下|以下|下列|下表/;
function titledDirections(lines) {
  const found = /* @__PURE__ */ new Set();
  let free = 0;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next || line.level || !titleShaped(line.text)) return;
    const n = readHeadingNumber(next.text);
    const label = readLabel(next.text.slice(n?.titleStart ?? 0));
    if (!label || !DESCRIBES_DIRECTION.has(label.kind)) return;
    found.add(i);
    const prev = lines[i - 1];
    if (prev && !readHeadingNumber(prev.text) && !prev.level) free++;
  });
  return found.size >= 2 && free >= 1 ? found : /* @__PURE__ */ new Set();
}
function headingTitles(blocks) {
  return new Set(blocks.filter((b) => b.kind === "heading" && b.number).map((b) => titleKey(b.text.slice(b.number.titleStart))));
}
function titleKey(title) {
  return title.replace(/[（(][^（）()]*[)）]|[\s“”"《》]/g, "");
}
function summaryTableEnd(lines, at, header, seen) {
  if (seen.size < 2) return -1;
  let rows = 0;
  let named = 0;
  let j = at + 1;
  for (; j < lines.length; j++) {
    const cells = splitCells(lines[j].text);
    if (!cells) break;
    const name = cells[header.nameColumn]?.text;
    if (!name) continue;
    rows++;
    if (seen.has(titleKey(name))) named++;
  }
  return named >= 2 && named * 2 >= rows ? j : -1;
}
function titleShaped(text) {
  return text.length >= 4 && text.length <= 40 && !NOT_A_TITLE.test(text) && new RegExp("\\p{Script=Han}", "u").test(text) && !readHeadingNumber(text) && !readLabel(text) && !splitCells(text);
}
var TITLED = { style: "titled", raw: "", parts: [0], titleStart: 0 };
function unnumbered(level) {
  return { style: `md-${level}`, raw: "", parts: [0], titleStart: 0 };
}
function prevTitle(line) {
  if (!line.heading) return line.text;
  const n = readHeadingNumber(line.text);
  return n ? line.text.slice(n.titleStart) : line.text;
}
function typicalWidth(lines) {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 8).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length * 0.75)] : 40;
}
var BlockBuilder = class {
  constructor(kind, first, number, labelInfo) {
    this.kind = kind;
    this.number = number;
    this.labelInfo = labelInfo;
    this.parts.push(first);
  }
  kind;
  number;
  labelInfo;
  parts = [];
  add(line) {
    this.parts.push(line);
  }
  build() {
    const seps = this.parts.map((line, i) => i === 0 ? "" : wrapSeparator(this.parts[i - 1].text, line.text));
    const text = this.parts.map((line, i) => seps[i] + line.text).join("");
    const display = this.parts.map((line, i) => seps[i] + line.display).join("");
    const pos = new Int32Array(text.length + 1);
    let k = 0;
    this.parts.forEach((line, i) => {
      if (i > 0) for (let n = 0; n < seps[i].length; n++) pos[k++] = this.parts[i - 1].start + this.parts[i - 1].text.length;
      for (let n = 0; n < line.text.length; n++) pos[k++] = line.start + n;
    });
    const last = this.parts[this.parts.length - 1];
    const end = last.start + last.text.length;
    pos[k] = end;
    const block = { kind: this.kind, text, display, pos, start: this.parts[0].start, end };
    if (this.number) block.number = this.number;
    if (this.parts[0].bulleted) block.bulleted = true;
    if (this.labelInfo)
      block.label = {
        kind: this.labelInfo.kind,
        label: this.labelInfo.label,
        contentStart: this.labelInfo.offset + this.labelInfo.length
      };
    return block;
  }
};
function cellLine(line, c) {
  return { text: c.text, display: line.display.slice(c.start, c.end), start: line.start + c.start };
}
function sectionRow(line, cells) {
  const filled = cells ? cells.filter((c2) => c2.text) : [{ text: line.text, start: 0, end: line.text.length }];
  if (filled.length !== 1 || filled[0].text.length > 40) return null;
  const n = readHeadingNumber(filled[0].text);
  if (!n || !/^(?:cn-dun|cn-paren|prefixed-.*|di-.*)$/.test(n.style)) return null;
  const c = filled[0];
  return new BlockBuilder("heading", cellLine(line, c), n).build();
}
function rowBlocks(line, cells, table) {
  const area = [];
  if (table.areaColumn !== null) {
    const short = cells.length < table.headers.length && !line.text.includes("	");
    if (short && (table.numberColumn === null ? cells.length === table.headers.length - 1 : rowNumber(table, cells) === null))
      cells = [...cells.slice(0, table.areaColumn), { text: "", start: 0, end: 0 }, ...cells.slice(table.areaColumn)];
    const a = cells[table.areaColumn];
    if (a?.text) area.push(new BlockBuilder("heading", cellLine(line, a), { style: "row-area", raw: "", parts: [0], titleStart: 0 }).build());
  }
  const n = rowNumber(table, cells);
  const name = cells[table.nameColumn];
  if (n === null || !name?.text) return [new BlockBuilder("text", line).build()];
  table.rows++;
  const raw = table.numberColumn === null ? String(n) : cells[table.numberColumn].text;
  const blocks = [...area, new BlockBuilder("heading", cellLine(line, name), { style: "row", raw, parts: [n], titleStart: 0 }).build()];
  const extra = cells.length - table.headers.length;
  const pair = extra > 0 ? cells.findIndex((c, i) => i !== table.nameColumn && i + 1 < cells.length && labelCell(c.text) !== null) : -1;
  cells.forEach((c, i) => {
    if (pair >= 0 && i === pair) return;
    const column = pair >= 0 && i > pair + 1 ? i - extra : i;
    const own = pair >= 0 && i === pair + 1 ? labelCell(cells[pair].text) : null;
    const kind = own?.kind ?? table.kinds[column];
    const label = own?.label ?? table.headers[column];
    if (kind && c.text) blocks.push(new BlockBuilder("label", cellLine(line, c), void 0, { kind, label, length: 0, offset: 0 }).build());
  });
  return blocks;
}
function numberThen(number, title) {
  const n = readHeadingNumber(`${number}${title}`);
  return n && n.titleStart >= number.length && /^(?:prefixed-|cn-)/.test(n.style) ? n : null;
}
var NAME_KEY = new RegExp(`^(?:${KEY_SUBJECT})?${alternation(DIRECTION_KEY_FIELDS.name)}$`);
function sidewaysBlocks(lines, at, head) {
  if (head.length < 2 || !head.slice(1).every((c) => c.text && numberThen(c.text, "\u6807\u9898"))) return null;
  let names = null;
  const fields = [];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const cells = splitCells(lines[end].text);
    if (!cells) break;
    const key = cells[0].text.replace(/\s+/g, "");
    if (!names && NAME_KEY.test(key)) names = { line: lines[end], cells };
    else fields.push({ line: lines[end], cells, kind: labelCell(key)?.kind ?? "other", label: key });
  }
  if (!names || !fields.some((f) => f.kind !== "other")) return null;
  const blocks = [];
  head.slice(1).forEach((c, k) => {
    const name = names.cells[k + 1];
    if (!name?.text) return;
    const heading = new BlockBuilder("heading", cellLine(lines[at], c), readHeadingNumber(`${c.text}${name.text}`));
    heading.add(cellLine(names.line, name));
    blocks.push(heading.build());
    for (const f of fields) {
      const cell = f.cells[k + 1];
      if (cell?.text) blocks.push(new BlockBuilder("label", cellLine(f.line, cell), void 0, { kind: f.kind, label: f.label, length: 0, offset: 0 }).build());
    }
  });
  return { blocks, end };
}
function labelCell(text) {
  const t = text.replace(/\s+/g, "");
  const label = readLabel(t);
  return label && label.length >= t.length ? label : null;
}
function continuationBlocks(line, cells) {
  const filled = cells.filter((c) => c.text);
  if (filled.length < 2 || filled.length % 2 !== 0) return null;
  const blocks = [];
  for (let i = 0; i < filled.length; i += 2) {
    const label = labelCell(filled[i].text);
    if (!label) return null;
    const c = filled[i + 1];
    blocks.push(new BlockBuilder("label", cellLine(line, c), void 0, { ...label, length: 0, offset: 0 }).build());
  }
  return blocks;
}
function repeats(header, open) {
  return open !== null && header.headers.join("|") === open.headers.join("|");
}
function kpiRowBlocks(line, cells, table) {
  const kpiColumn = table.kinds.indexOf("kpi");
  if (kpiColumn < 0) return null;
  const first = cells[0].text ? kpiColumn : 0;
  if (first + cells.length > table.headers.length) return null;
  const blocks = [];
  cells.forEach((c, i) => {
    if (!c.text) return;
    const note = blocks.length === 0 && /^注\s*[：:]/.test(c.text);
    const kind = note ? "notes" : table.kinds[first + i];
    if (kind) blocks.push(new BlockBuilder("label", cellLine(line, c), void 0, { kind, label: note ? "\u6CE8" : table.headers[first + i], length: 0, offset: 0 }).build());
  });
  return blocks.length ? blocks : null;
}
function readBlocks(doc) {
  const lines = readLines(doc);
  const width = typicalWidth(lines);
  const blocks = [];
  let current = null;
  let prev = null;
  let table = null;
  const lastOfStyle = /* @__PURE__ */ new Map();
  const keyed = keyedDirections(lines);
  const titled = titledDirections(lines);
  let titledBy = -1;
  let summaryEnd = -1;
  let sidewaysEnd = -1;
  for (const [i, line] of lines.entries()) {
    if (i === titledBy || i < sidewaysEnd) continue;
    const cells = splitCells(line.text);
    const sideways = cells && sidewaysBlocks(lines, i, cells);
    if (sideways) {
      if (current) blocks.push(current.build());
      current = null;
      blocks.push(...sideways.blocks);
      sidewaysEnd = sideways.end;
      prev = null;
      continue;
    }
    const under = lines[i + 1];
    const name = line.text.length <= 8 && under ? NAME_FIELD.exec(under.text)?.[1] ?? (titleShaped(under.text) ? under.text : null) : null;
    const alone = name ? numberThen(line.text, name) : null;
    if (alone && name) {
      if (current) blocks.push(current.build());
      current = new BlockBuilder("heading", line, alone);
      current.add(cellLine(under, { text: name, start: under.text.length - name.length, end: under.text.length }));
      blocks.push(current.build());
      current = null;
      line.heading = true;
      prev = null;
      titledBy = i + 1;
      continue;
    }
    const key = keyed.names.get(i);
    if (key || keyed.codes.has(i)) {
      if (current) blocks.push(current.build());
      current = null;
      if (key) {
        current = new BlockBuilder("heading", line, { style: "keyed", raw: key.code, parts: [0], titleStart: key.titleStart });
        line.heading = true;
        prev = line;
      } else {
        const label2 = /^([^:：]+)[:：]\s*/.exec(line.text);
        blocks.push(new BlockBuilder("label", line, void 0, { kind: "other", label: label2[1], length: label2[0].length, offset: 0 }).build());
        prev = null;
      }
      continue;
    }
    const header = cells && i >= summaryEnd ? readDirectionTable(cells) : null;
    if (header) {
      if (current) blocks.push(current.build());
      current = null;
      summaryEnd = summaryTableEnd(lines, i, header, headingTitles(blocks));
    }
    if (i < summaryEnd) {
      blocks.push(new BlockBuilder("text", line).build());
      prev = null;
      continue;
    }
    if (header || table && cells && cells.length >= table.kinds.length - (table.areaColumn === null ? 1 : 2)) {
      if (current) blocks.push(current.build());
      current = null;
      if (header) table = repeats(header, table) ? table : header;
      else blocks.push(...rowBlocks(line, cells, table));
      prev = null;
      continue;
    }
    const continued = table && table.rows > 0 && cells ? continuationBlocks(line, cells) ?? kpiRowBlocks(line, cells, table) : null;
    if (continued) {
      if (current) blocks.push(current.build());
      current = null;
      blocks.push(...continued);
      prev = null;
      continue;
    }
    const section = table ? sectionRow(line, cells) : null;
    if (section) {
      if (current) blocks.push(current.build());
      current = null;
      blocks.push(section);
      prev = null;
      continue;
    }
    table = null;
    const field = cells && cells.length === 2 ? readLabel(cells[0].text.replace(/\s+/g, "")) : null;
    if (field && field.length >= cells[0].text.replace(/\s+/g, "").length) {
      if (current) blocks.push(current.build());
      current = null;
      blocks.push(new BlockBuilder("label", line, void 0, { ...field, length: cells[1].start, offset: 0 }).build());
      prev = null;
      continue;
    }
    line.row = !!cells;
    const endsParagraph = !prev || prev.standalone || line.standalone || // a table row is a line of its own however short the lines around it (指标 | 目标值 ⏎ 噪声 | ＜70dB(A))
    prev.row || line.row || line.bulleted || // (a list item holding a sentence — 3．…（课题）；…在研项目（课题） — goes on after its parenthesis)
    prev.heading && CLOSED_TITLE.test(prev.text) && !/[，。；;]/.test(prev.text) || (TERMINATOR.test(prev.text) || prev.text.length < width * 0.8) && !CONTINUATION_START.test(line.text) && !/以$/.test(prev.text);
    const candidate = readHeadingNumber(line.text) ?? (line.level ? unnumbered(line.level) : titled.has(i) ? TITLED : null);
    if (candidate && CONTINUED.test(line.text.slice(candidate.titleStart))) continue;
    const number = candidate && (endsParagraph || continuesSequence(candidate, lastOfStyle.get(candidate.style)) || candidate.style.startsWith("di-")) ? candidate : null;
    if (number && !readLabel(line.text.slice(number.titleStart))) lastOfStyle.set(number.style, number.parts);
    const labelAt = number ? number.titleStart : candidate && readLabel(line.text.slice(candidate.titleStart)) ? candidate.titleStart : 0;
    const label = readLabel(line.text.slice(labelAt));
    let next = null;
    if (label) next = new BlockBuilder("label", line, number ?? void 0, { ...label, offset: labelAt });
    else if (number) {
      next = new BlockBuilder("heading", line, number);
      line.heading = true;
    } else if (!current || line.bulleted || endsParagraph && !(prev && (SENTENCE_IN_PROGRESS.test(prevTitle(prev)) || UNFINISHED_END.test(prev.text))))
      next = new BlockBuilder("text", line);
    if (next) {
      if (current) blocks.push(current.build());
      current = next;
    } else current.add(line);
    prev = line;
  }
  if (current) blocks.push(current.build());
  return blocks;
}

// src/structure/listed.ts
var LISTING = /([^，。；：,;:]{0,24}?)(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*[项个条](?:[^，。；：]{0,12})?[，,：:]\s*(?:分别是|分别为|包括|即)[：:]?/g;
var ITEM_BREAK = /[、；;，,]|以及|及其/;
function readListedGroups(blocks) {
  const groups = [];
  for (const block of blocks) {
    const text = block.text;
    for (const m of text.matchAll(LISTING)) {
      const count = smallNumber(m[2].replace("\u4E24", "\u4E8C"));
      if (!count || count < 2) continue;
      const from = m.index + m[0].length;
      let to = text.indexOf("\u3002", from);
      if (to < 0) to = text.length;
      let items = splitItems(block, from, to, ITEM_BREAK);
      if (items.length !== count) {
        const finer = splitItems(block, from, to, new RegExp(`${ITEM_BREAK.source}|[\u548C\u4E0E]`));
        if (finer.length !== count) continue;
        items = finer;
      }
      const name = m[1].replace(/^.*?(?:其中|包括|涉及|主要)/, "").replace(/(?:领域|方向|专题|产业|行业)$/, "").trim();
      const at = m.index + m[1].indexOf(name);
      groups.push({ title: name ? block.display.slice(at, at + name.length) : null, block, start: m.index, end: to, items });
    }
  }
  return groups;
}
function splitItems(block, from, to, breaks) {
  const items = [];
  const re2 = new RegExp(breaks.source, "g");
  let start = from;
  const push = (end) => {
    let a = start;
    let b = end;
    while (a < b && /[\s“”"]/.test(block.text[a])) a++;
    while (b > a && /[\s“”"]/.test(block.text[b - 1])) b--;
    if (b > a) items.push({ title: block.display.slice(a, b), block, start: a, end: b });
  };
  for (const m of block.text.slice(0, to).matchAll(re2)) {
    if (m.index < from) continue;
    push(m.index);
    start = m.index + m[0].length;
  }
  push(to);
  return items;
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

// src/parse.ts
var NO_FACTS = { mode: null, entrustedTo: null, fundingCap: null, durationMaxYears: null, matchingRatioMin: null };
function merge(outer, inner) {
  const mode = inner.mode ?? outer.mode;
  return {
    mode,
    entrustedTo: inner.mode ? inner.entrustedTo : outer.entrustedTo,
    fundingCap: inner.fundingCap ?? outer.fundingCap,
    durationMaxYears: inner.durationMaxYears ?? outer.durationMaxYears,
    matchingRatioMin: inner.matchingRatioMin ?? outer.matchingRatioMin
  };
}
function ownText(blocks, h) {
  return [headingTitle(h), ...blocks.slice(h.index + 1, h.ownEnd).map((b) => b.text)].join("\n");
}
function inheritedFor(blocks, node, areaFacts, documentMode) {
  const chain = [];
  for (let p = node.heading.parent; p; p = p.parent) chain.unshift(p);
  let facts = documentMode;
  for (const p of chain) {
    const area = areaFacts.get(p);
    if (area) facts = merge(facts, area);
    else {
      const mode = readMode(headingTitle(p));
      if (mode) facts = merge(facts, { ...NO_FACTS, mode: mode.mode, entrustedTo: mode.entrustedTo });
    }
  }
  return facts;
}
function addListedDirections(doc, groups, areas, directions) {
  const named = groups.filter((g) => g.title);
  groups.forEach((g) => {
    const areaId = g.title && named.length > 1 ? String(named.indexOf(g) + 1) : null;
    if (areaId)
      areas.push({
        id: areaId,
        parentId: null,
        title: g.title,
        description: null,
        span: doc.spanOf(g.block.pos[g.start], g.block.pos[g.end])
      });
    g.items.forEach((item, k) => {
      const own = areaId ? `${areaId}.${k + 1}` : String(directions.length + 1);
      directions.push(bareDirection(own, areaId, item.title, doc.spanOf(item.block.pos[item.start], item.block.pos[item.end])));
    });
  });
}
var LIST_MODE = new RegExp(alternation(LIST_MODE_CUES));
function readListMode(title, general) {
  const fromTitle = title ? readMode(title) : null;
  if (fromTitle) return fromTitle;
  for (const block of general) {
    const m = readMode(block.text);
    if (!m) continue;
    const around = block.text.slice(Math.max(0, m.start - 2), m.end + 2);
    if (/[、等]/.test(around)) continue;
    if (LIST_MODE.test(block.text.slice(Math.max(0, m.start - 16), m.end + 16))) return m;
  }
  return null;
}
function warnOf(doc, w) {
  doc.warn(w.code, fill(messagesFor("zh").cli.warnings[w.code], w.data), w.data, w.block ?? void 0);
}
async function readStructure(bytes, options) {
  const { path } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new GuideError4("too-large", path, { size: bytes.length, limit: maxBytes });
  const ingested = await ingest(bytes, path, { pdfTimeoutMs: options.timeoutMs, format: options.format });
  const { text, display } = await normalizeNotice(ingested.text, { format: ingested.format });
  const doc = new Doc(path, ingested.text, text, display, ingested.pageStarts);
  const blocks = readBlocks(doc);
  const directionStyle = options.directions === void 0 ? void 0 : styleOfExample(options.directions);
  if (directionStyle === null) throw new GuideError4("bad-directions-style", path, { value: options.directions });
  const outline = readOutline(blocks, { directionStyle });
  return { ingested, doc, blocks, outline };
}
async function readNoticeOutline(bytes, options) {
  const { doc, outline } = await readStructure(bytes, options);
  return [...outline.headings, ...outline.labels ?? []].sort((a, b) => a.index - b.index).map((h) => ({
    depth: h.depth,
    number: h.block.number.raw,
    style: h.block.number.style,
    title: h.block.display.slice(h.block.number.titleStart).trim(),
    role: h.role,
    evidence: h.evidence,
    line: doc.lineAt(h.block.start)
  }));
}
async function parseGuide(bytes, options) {
  const { path } = options;
  const { ingested, doc, blocks, outline } = await readStructure(bytes, options);
  const { format, pageStarts, encoding } = ingested;
  const meta = readMeta(blocks.map((b) => b.display));
  const covered = new Uint8Array(blocks.length);
  for (const d of outline.directions) covered.fill(1, d.heading.index, d.heading.end);
  for (const a of outline.areas) covered.fill(1, a.heading.index, a.heading.ownEnd);
  const looseBlocks = blocks.filter((_, i) => !covered[i]);
  const listMode = readListMode(meta.title, looseBlocks);
  const documentMode = listMode ? { ...NO_FACTS, mode: listMode.mode, entrustedTo: listMode.entrustedTo } : NO_FACTS;
  const areaFacts = new Map(outline.areas.map((a) => [a.heading, readInherited(ownText(blocks, a.heading))]));
  const directions = outline.directions.map(
    (node) => readDirection(doc, blocks, node, inheritedFor(blocks, node, areaFacts, documentMode))
  );
  const areas = outline.areas.map((a) => {
    const h = a.heading;
    const description = blocks.slice(h.index + 1, h.ownEnd).map((b) => b.display.slice(b.label?.contentStart ?? 0)).join("").trim();
    return {
      id: a.id,
      parentId: a.parent?.id ?? null,
      title: stripCodeSuffix(h.block.display.slice(h.block.number.titleStart).trim()),
      description: description || null,
      span: doc.spanOf(h.block.start, h.block.end)
    };
  });
  const loose = looseBlocks.map((block) => ({ block, from: 0, to: block.text.length, kind: null }));
  const rules = readSegmentConstraints(doc, loose);
  const totalBudget = looseBlocks.map((b) => readTotalBudget(b.text)).find((m) => m !== null)?.value;
  const targets = readDocumentTargets(doc, looseBlocks);
  if (targets) directions.unshift(targets);
  if (directions.length === 0) addListedDirections(doc, readListedGroups(blocks), areas, directions);
  for (const w of outline.warnings) if (w.code !== "no-direction" || directions.length === 0) warnOf(doc, w);
  const warnings = doc.warnings;
  const model = {
    schemaVersion: 1,
    source: {
      path,
      format,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      ...pageStarts ? { pages: pageStarts.length } : {}
    },
    meta: { ...meta, ...totalBudget ? { totalBudget } : {}, ...encoding ? { encoding } : {} },
    rules,
    areas,
    directions,
    warnings
  };
  return model;
}
export {
  parseGuide,
  readNoticeOutline
};
