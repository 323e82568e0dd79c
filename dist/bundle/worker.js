import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/core/read-input.ts
import { open, readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { GuideError } from "./core-errors.js";
async function readInput(path, options) {
  const absPath = resolve(options.cwd, path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extensions = options.extensions ?? NOTICE_EXTENSIONS;
  let size;
  try {
    const st = await stat(absPath);
    if (st.isDirectory()) throw new GuideError("is-directory", path);
    size = st.size;
  } catch (err) {
    throw toInputError(err, path);
  }
  const ext = extname(path).toLowerCase();
  if (!extensions.includes(ext)) {
    if (LEGACY_OFFICE.has(ext)) throwIfMisnamed(await readHead(absPath), path, ext);
    throw unsupported(path, ext, extensions);
  }
  if (size > maxBytes) throw new GuideError("too-large", path, { size, limit: maxBytes });
  let bytes;
  try {
    bytes = await readFile(absPath);
  } catch (err) {
    throw toInputError(err, path);
  }
  return { path, absPath, bytes: checkedBytes(bytes, path, maxBytes) };
}
function formatOfPath(path) {
  return FORMAT_OF_EXTENSION[extname(path).toLowerCase()] ?? null;
}
function unsupported(path, ext, allowed) {
  const kind = LEGACY_OFFICE.has(ext) ? "legacy-office" : IMAGES.has(ext) ? "image" : "other";
  return new GuideError("unsupported-type", path, { ext, kind, allowed: allowed.join(" ") });
}
function throwIfMisnamed(head, path, ext) {
  const magic = Buffer.from(head.subarray(0, 5)).toString("latin1");
  if (magic.startsWith("PK")) throw new GuideError("misnamed-file", path, { ext, actual: "DOCX", fix: ".docx" });
  if (magic === "%PDF-") throw new GuideError("misnamed-file", path, { ext, actual: "PDF", fix: ".pdf" });
}
async function readHead(absPath) {
  const handle = await open(absPath, "r").catch(() => null);
  if (handle === null) return new Uint8Array(0);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function checkedBytes(bytes, path, maxBytes) {
  if (bytes.length > maxBytes) throw new GuideError("too-large", path, { size: bytes.length, limit: maxBytes });
  if (bytes.length === 0) throw new GuideError("empty-file", path);
  return bytes;
}
function toInputError(err, path) {
  if (err instanceof GuideError) return err;
  const code = err?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new GuideError("file-not-found", path);
  if (code === "EISDIR") return new GuideError("is-directory", path);
  return new GuideError("file-unreadable", path, { detail: code ?? String(err?.message ?? err) });
}
var DEFAULT_MAX_BYTES, NOTICE_EXTENSIONS, LEGACY_OFFICE, IMAGES, STDIN_PATH, FORMAT_OF_EXTENSION;
var init_read_input = __esm({
  "src/core/read-input.ts"() {
    DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
    NOTICE_EXTENSIONS = [".txt", ".md", ".text", ".pdf", ".docx", ".html", ".htm"];
    LEGACY_OFFICE = /* @__PURE__ */ new Set([".doc", ".wps", ".wpt", ".dot", ".et", ".xls", ".ppt", ".dps"]);
    IMAGES = /* @__PURE__ */ new Set([".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".svg"]);
    STDIN_PATH = "<stdin>";
    FORMAT_OF_EXTENSION = {
      ".txt": "txt",
      ".text": "txt",
      ".md": "md",
      ".markdown": "md",
      ".pdf": "pdf",
      ".docx": "docx",
      ".html": "html",
      ".htm": "html"
    };
  }
});

// src/model/finding.ts
function makeFinding(parts) {
  const out = {};
  for (const k of ORDER) if (parts[k] !== void 0) out[k] = parts[k];
  return out;
}
var ORDER;
var init_finding = __esm({
  "src/model/finding.ts"() {
    ORDER = [
      "ruleId",
      "severity",
      "message",
      "directionId",
      "kpi",
      "found",
      "location",
      "excerpt",
      "messageId",
      "data",
      "expected",
      "actual",
      "related",
      "url",
      "fatal"
    ];
  }
});

// src/lexicon/funding.ts
var GOVERNMENT_FUNDS, REQUESTED_FUNDS, CAP_SUBJECTS, SELF_FUNDS, BUDGET_TOTALS, DRAFT_BUDGET_TOTALS;
var init_funding = __esm({
  "src/lexicon/funding.ts"() {
    GOVERNMENT_FUNDS = [
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
    REQUESTED_FUNDS = ["\u7533\u8BF7\u7ECF\u8D39", "\u7533\u8BF7\u8D44\u91D1", "\u7533\u8BF7\u91D1\u989D", "\u7701\u7EA7", "\u699C\u5355\u8D44\u91D1", "\u699C\u5355\u91D1\u989D", "\u699C\u5355\u7ECF\u8D39", "\u63ED\u699C\u8D44\u91D1", "\u63ED\u699C\u7ECF\u8D39"];
    CAP_SUBJECTS = ["\u652F\u6301\u8D44\u91D1", "\u8D22\u653F\u7ECF\u8D39", "\u8D22\u653F\u8D44\u91D1", "\u8D22\u653F\u652F\u6301", "\u8D22\u653F\u8865\u52A9", "\u8865\u8D34", "\u8D44\u91D1\u989D\u5EA6", "\u7533\u8BF7\u7ECF\u8D39", "\u7533\u8BF7\u91D1\u989D"];
    SELF_FUNDS = [
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
    BUDGET_TOTALS = [
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
    DRAFT_BUDGET_TOTALS = [
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
  }
});

// src/lexicon/labels.ts
function labelsOf(kind) {
  return NOTICE_LABELS.find(([k]) => k === kind)?.[1] ?? [];
}
function draftFieldsExcept(...except) {
  return Object.entries(DRAFT_FIELDS).flatMap(([k, words]) => except.includes(k) ? [] : [...words]);
}
var ISSUER_LABELS, NOTICE_LABELS, DIRECTION_REFERRERS, DIRECTION_ID_SUFFIX, DIRECTION_REFERENCE, AREA_REFERENCE, DIRECTION_TITLE_LABELS, ONE_LINE_LABELS, DURATION_SUBJECTS, NOTES_LABELS, COLON_ONLY_LABELS, DRAFT_FIELDS, BACKGROUND_CUES, KPI_CATEGORY_HEADERS, KPI_METRIC_HEADERS, DIRECTION_TABLE_HEADERS, ADMIN_SECTIONS;
var init_labels = __esm({
  "src/lexicon/labels.ts"() {
    ISSUER_LABELS = ["\u53D1\u699C\u5355\u4F4D", "\u9700\u6C42\u5355\u4F4D", "\u53D1\u699C\u4F01\u4E1A"];
    NOTICE_LABELS = [
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
    DIRECTION_REFERRERS = "(?:\u7533\u62A5\u7684?|\u62DF\u7533\u62A5|\u6240\u5C5E|\u5BF9\u5E94|\u63ED\u699C|\u91CD\u70B9\u653B\u5173|\u653B\u5173)";
    DIRECTION_ID_SUFFIX = "(?:\u7F16\u53F7|\u4EE3\u7801|\u5E8F\u53F7)(?:[\u53CA\u4E0E\u548C]\u540D\u79F0)?|\u540D\u79F0\u53CA\u7F16\u53F7";
    DIRECTION_REFERENCE = [
      `${DIRECTION_REFERRERS}?(?:\u6307\u5357\u65B9\u5411|\u699C\u5355\u65B9\u5411|\u699C\u5355)(?:${DIRECTION_ID_SUFFIX})?`,
      `${DIRECTION_REFERRERS}(?:\u65B9\u5411|\u4E13\u9898|\u4EFB\u52A1)(?:${DIRECTION_ID_SUFFIX})?`,
      `(?:\u65B9\u5411|\u4E13\u9898|\u4EFB\u52A1|\u6307\u5357)(?:${DIRECTION_ID_SUFFIX})`,
      `${DIRECTION_REFERRERS}\u9886\u57DF`,
      "\u63ED\u699C\u9879\u76EE",
      // the area and the direction in one field: 申报领域及方向：四、战略新材料专项 —— 4003 …
      "(?:\u7533\u62A5|\u6240\u5C5E)?(?:\u9886\u57DF|\u4E13\u9879)[\u53CA\u4E0E]\u65B9\u5411"
    ].map((part) => `(?:${part})`).join("|");
    AREA_REFERENCE = /(?:专题|领域)(?:编号|代码|序号)?$/;
    DIRECTION_TITLE_LABELS = ["\u6307\u5357\u65B9\u5411\u540D\u79F0", "\u7533\u62A5\u65B9\u5411\u540D\u79F0", "\u65B9\u5411\u540D\u79F0", "\u699C\u5355\u540D\u79F0", "\u6240\u5C5E\u4E13\u9898\u540D\u79F0"];
    ONE_LINE_LABELS = /* @__PURE__ */ new Set([
      ...ISSUER_LABELS,
      ...["funding", "duration", "projects", "mode"].flatMap((k) => labelsOf(k))
    ]);
    DURATION_SUBJECTS = [
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
    NOTES_LABELS = labelsOf("notes");
    COLON_ONLY_LABELS = ["\u7533\u62A5\u8981\u6C42", "\u7533\u62A5\u6761\u4EF6", "\u5176\u4ED6\u8BF4\u660E"];
    DRAFT_FIELDS = {
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
    BACKGROUND_CUES = ["\u6CE8\uFF1A", "\u6CE8:", "\u76EE\u524D", "\u73B0\u6709", "\u5F53\u524D", "\u73B0\u9636\u6BB5", "\u56FD\u5185\u5916", "\u56FD\u9645\u4E0A", "\u56FD\u5916", "\u56FD\u5185\u73B0\u6709", "\u73B0\u72B6", "\u80CC\u666F"];
    KPI_CATEGORY_HEADERS = ["\u7C7B\u522B", "\u7C7B\u578B", "\u5206\u7C7B", "\u6307\u6807\u7C7B\u522B", "\u6307\u6807\u7C7B\u578B", "\u5BF9\u8C61", "\u90E8\u4EF6", "\u5B50\u7CFB\u7EDF", "\u5C42\u7EA7", "\u4E00\u7EA7\u6307\u6807"];
    KPI_METRIC_HEADERS = ["\u6307\u6807\u540D\u79F0", "\u6307\u6807\u9879", "\u6307\u6807\u5185\u5BB9", "\u6307\u6807", "\u53C2\u6570\u540D\u79F0", "\u53C2\u6570", "\u8003\u6838\u5185\u5BB9", "\u540D\u79F0", "\u8003\u6838\u6307\u6807", "\u6280\u672F\u6307\u6807", "\u4E3B\u8981\u6307\u6807", "\u6027\u80FD\u6307\u6807"];
    DIRECTION_TABLE_HEADERS = {
      number: ["\u5E8F\u53F7", "\u7F16\u53F7", "\u699C\u5355\u7F16\u53F7", "\u9879\u76EE\u7F16\u53F7", "\u65B9\u5411\u7F16\u53F7", "No.", "No"],
      name: ["\u9879\u76EE\u540D\u79F0", "\u65B9\u5411\u540D\u79F0", "\u699C\u5355\u540D\u79F0", "\u9700\u6C42\u540D\u79F0", "\u4EFB\u52A1\u540D\u79F0", "\u8BFE\u9898\u540D\u79F0", "\u6307\u5357\u65B9\u5411", "\u653B\u5173\u65B9\u5411", "\u7814\u7A76\u65B9\u5411", "\u6280\u672F\u9700\u6C42\u540D\u79F0", "\u540D\u79F0", "\u9879\u76EE"],
      // a column before the name that groups the rows (领域 | 序号 | 方向名称 …), its cell merged down over its rows
      area: ["\u9886\u57DF", "\u6240\u5C5E\u9886\u57DF", "\u6280\u672F\u9886\u57DF", "\u4EA7\u4E1A\u9886\u57DF", "\u4E13\u9898", "\u4E13\u9879", "\u7C7B\u522B", "\u65B9\u5411\u7C7B\u522B"]
    };
    ADMIN_SECTIONS = {
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
  }
});

// src/lexicon/units.ts
var MONEY_UNITS, COUNT_CLASSIFIERS, SI_BASES, SI_PREFIXES, SI_PREFIXED, MEASURE_WORDS, COMPOUND_UNITS, COUNT_MAGNITUDES, SMALLER_IS_BETTER, SMALLER_IS_BETTER_IN_UNITS;
var init_units = __esm({
  "src/lexicon/units.ts"() {
    MONEY_UNITS = [
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
    COUNT_CLASSIFIERS = [
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
    SI_BASES = {
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
    SI_PREFIXES = { \u592A: "T", \u5409: "G", \u5146: "M", \u5343: "k", \u6BEB: "m", \u5FAE: "\u03BC", \u7EB3: "n", \u76AE: "p" };
    SI_PREFIXED = Object.fromEntries(
      Object.entries(SI_PREFIXES).flatMap(([p, ps]) => [...Object.entries(SI_BASES), ["\u6B27", "\u03A9"]].map(([b, bs]) => [p + b, ps + bs]))
    );
    MEASURE_WORDS = {
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
    COMPOUND_UNITS = {
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
    COUNT_MAGNITUDES = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
    SMALLER_IS_BETTER = ["\u8BEF\u5DEE", "\u504F\u5DEE", "\u566A\u58F0", "\u566A\u97F3", "\u6F02\u79FB", "\u5EF6\u8FDF", "\u65F6\u5EF6", "\u635F\u8017", "\u529F\u8017", "\u80FD\u8017", "\u6296\u52A8", "\u6F0F\u7387", "\u8870\u51CF"];
    SMALLER_IS_BETTER_IN_UNITS = ["\u7CBE\u5EA6", "\u5206\u8FA8\u7387"];
  }
});

// src/lexicon/parties.ts
var PARTNER_UNITS, DOMESTIC_MARKERS, ORGANISATION_TYPES, LEAD_UNIT_LABELS, PARTICIPANT_UNIT_LABELS;
var init_parties = __esm({
  "src/lexicon/parties.ts"() {
    PARTNER_UNITS = [
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
    DOMESTIC_MARKERS = ["\u4E2D\u56FD", "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD", "\u4E2D\u56FD\u5927\u9646", "China", "CN", "PRC", "P.R. China", "P.R.China", "\u56FD\u5185", "\u5883\u5185"];
    ORGANISATION_TYPES = [
      ["enterprise", ["\u6709\u9650\u8D23\u4EFB\u516C\u53F8", "\u80A1\u4EFD\u6709\u9650\u516C\u53F8", "\u6709\u9650\u516C\u53F8", "\u80A1\u4EFD\u516C\u53F8", "\u516C\u53F8", "\u96C6\u56E2", "\u4F01\u4E1A", "\u5382", "Inc.", "Inc", "Ltd.", "Ltd", "GmbH", "Corp.", "Corp", "Co."]],
      ["university", ["\u5927\u5B66", "\u5B66\u9662", "\u9AD8\u6821", "\u5B66\u6821", "University", "College"]],
      ["institute", ["\u7814\u7A76\u6240", "\u7814\u7A76\u9662", "\u79D1\u5B66\u9662", "\u9662\u6240", "\u79D1\u7814\u9662\u6240", "\u7814\u7A76\u4E2D\u5FC3", "\u5B9E\u9A8C\u5BA4", "Institute", "Laboratory", "Academy"]],
      ["hospital", ["\u533B\u9662", "\u533B\u7597\u673A\u6784", "\u536B\u751F\u9662", "Hospital"]]
    ];
    LEAD_UNIT_LABELS = [
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
    PARTICIPANT_UNIT_LABELS = [
      ...PARTNER_UNITS.filter((w) => !LEAD_UNIT_LABELS.includes(w)),
      "\u5171\u540C\u7533\u62A5\u5355\u4F4D",
      "\u534F\u4F5C\u5355\u4F4D",
      "\u5408\u4F5C\u4F19\u4F34",
      "\u5408\u4F5C\u65B9",
      "\u5408\u4F5C\u673A\u6784"
    ];
  }
});

// src/lexicon/rules.ts
var init_rules = __esm({
  "src/lexicon/rules.ts"() {
  }
});

// src/lexicon/index.ts
function alternation(words) {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|")})`;
}
var escape;
var init_lexicon = __esm({
  "src/lexicon/index.ts"() {
    init_funding();
    init_labels();
    init_units();
    init_parties();
    init_rules();
    escape = (x) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
});

// src/core/mapped-text.ts
var MappedText, LineIndex;
var init_mapped_text = __esm({
  "src/core/mapped-text.ts"() {
    MappedText = class _MappedText {
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
    LineIndex = class {
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
  }
});

// src/core/doc.ts
var Doc;
var init_doc = __esm({
  "src/core/doc.ts"() {
    init_mapped_text();
    Doc = class {
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
  }
});

// src/normalize/encoding.ts
import { GuideError as GuideError3 } from "./core-errors.js";
function decodeText(bytes, path) {
  if (bytes.length === 0) throw new GuideError3("empty-file", path);
  const { text: decoded, encoding } = decodeBytes(bytes, path);
  const text = decoded.replace(/\r\n?/g, "\n");
  if (!/[^\s\uFEFF]/.test(text)) throw new GuideError3("empty-file", path);
  if (looksBinary(text)) throw new GuideError3("binary-file", path);
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
  if (bytes.indexOf(0) !== -1) throw new GuideError3("binary-file", path);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const mixed = mixedUtf8Lines(bytes);
    if (mixed) throw new GuideError3("bad-encoding", path, { detail: mixed });
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
function looksBinary(text) {
  const n = Math.min(text.length, SNIFF_BYTES);
  const junk = (n < text.length ? text.slice(0, n) : text).match(JUNK)?.length ?? 0;
  return junk > n * JUNK_SHARE;
}
var JUNK_SHARE, SNIFF_BYTES, JUNK;
var init_encoding = __esm({
  "src/normalize/encoding.ts"() {
    JUNK_SHARE = 0.05;
    SNIFF_BYTES = 64 * 1024;
    JUNK = /[\x00-\x08\x0d-\x1f\x7f\ufffd]/g;
  }
});

// src/ingest/txt.ts
function ingestTxt(bytes, path, format) {
  const { text, encoding } = decodeText(bytes, path);
  return { format, text, encoding };
}
var init_txt = __esm({
  "src/ingest/txt.ts"() {
    init_encoding();
  }
});

// src/ingest/index.ts
import { GuideError as GuideError4 } from "./core-errors.js";
async function ingest(bytes, path, options = {}) {
  const format = options.format ?? formatOfPath(path);
  if (bytes.length === 0) throw new GuideError4("empty-file", path);
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
  throw new GuideError4("unsupported-type", path, { ext, kind: LEGACY_OFFICE.has(ext) ? "legacy-office" : "other" });
}
var init_ingest = __esm({
  "src/ingest/index.ts"() {
    init_read_input();
    init_txt();
  }
});

// src/normalize/builder.ts
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
var MappedTextBuilder;
var init_builder = __esm({
  "src/normalize/builder.ts"() {
    init_mapped_text();
    MappedTextBuilder = class {
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
  }
});

// src/normalize/debris.ts
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
var PINYIN_DEBRIS, MAX_DEBRIS_LINE, DEBRIS_LINES, DEBRIS_LINE;
var init_debris = __esm({
  "src/normalize/debris.ts"() {
    init_builder();
    PINYIN_DEBRIS = /(?<=[\u3400-\u9fff\uf900-\ufaff])\((?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,6}\)/g;
    MAX_DEBRIS_LINE = 80;
    DEBRIS_LINES = [
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
    DEBRIS_LINE = new RegExp(DEBRIS_LINES.map((re) => `(?:${re.source})`).join("|"));
  }
});

// src/normalize/wraps.ts
function wrapSeparator(before2, after) {
  const a = lastChar(before2.trimEnd());
  const b = firstChar(after.trimStart());
  if (!a || !b) return "";
  if (CJK.test(a) || CJK.test(b)) return "";
  if (CLAUSE_PUNCT.test(a) && LETTER.test(b)) return " ";
  if (LETTER.test(a) && LETTER.test(b) && !UNIT_TAIL.test(before2.trimEnd())) return " ";
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
var CJK, LETTER, CLAUSE_PUNCT, UNIT_TAIL;
var init_wraps = __esm({
  "src/normalize/wraps.ts"() {
    CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;
    LETTER = /[A-Za-z\u00c0-\u024f]/;
    CLAUSE_PUNCT = /[,;:!?]/;
    UNIT_TAIL = /\d[A-Za-zΩμµ°·/^%-]*$/;
  }
});

// src/normalize/furniture.ts
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
    const before2 = nearestText(lines, i, -1);
    const after = nearestText(lines, i, 1);
    const near = line.includes("\f") || before2.pageBreak || after.pageBreak || before2.index >= 0 && page[before2.index] || after.index >= 0 && page[after.index];
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
var D, PAGE_NUMBER, PAGE_OF, BARE_NUMBER, MAX_HEADER, SINGLE_CJK;
var init_furniture = __esm({
  "src/normalize/furniture.ts"() {
    init_builder();
    init_wraps();
    D = "[0-9\uFF10-\uFF19]";
    PAGE_NUMBER = new RegExp(
      [
        `^[\u2014\u2013\uFF0D\\-\xB7\u2022]+\\s*${D}{1,4}\\s*[\u2014\u2013\uFF0D\\-\xB7\u2022]+$`,
        `^\u7B2C\\s*${D}{1,4}\\s*\u9875(\\s*[,\uFF0C/\uFF0F]?\\s*\u5171\\s*${D}{1,4}\\s*\u9875)?$`,
        `^\u5171\\s*${D}{1,4}\\s*\u9875\\s*\u7B2C\\s*${D}{1,4}\\s*\u9875$`,
        `^[Pp]age\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$`
      ].join("|")
    );
    PAGE_OF = new RegExp(`^(${D}{1,4})\\s*[/\uFF0F]\\s*(${D}{1,4})$`);
    BARE_NUMBER = new RegExp(`^${D}{1,4}$`);
    MAX_HEADER = 30;
    SINGLE_CJK = /^[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]$/;
  }
});

// src/normalize/kangxi.ts
function replaceKangxiRadicals(t) {
  return replaceMapped(t, LOOKALIKE, (m) => SUPPLEMENT[m[0]] ?? m[0].normalize("NFKC"));
}
var LOOKALIKE, SUPPLEMENT;
var init_kangxi = __esm({
  "src/normalize/kangxi.ts"() {
    init_builder();
    LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]|[\u{2f800}-\u{2fa1f}]/gu;
    SUPPLEMENT = {
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
  }
});

// src/normalize/latex.ts
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
      const open2 = m[1] !== void 0 ? 2 : 1;
      pieces = new Renderer(src).render(start + open2, end - open2, "math");
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
var SYMBOLS, TEXT_COMMANDS, ESCAPES, MATH_OR_COMMAND, CJK2, Renderer;
var init_latex = __esm({
  "src/normalize/latex.ts"() {
    init_builder();
    SYMBOLS = {
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
    TEXT_COMMANDS = /* @__PURE__ */ new Set([
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
    ESCAPES = {
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
    MATH_OR_COMMAND = /\$\$([^$\n]+?)\$\$|\$(?=[^\s$])((?:[^$\n]|\n(?![ \t]*\n))*?[^\s$\\])\$(?!\d)|\$([^\s$\\])\$(?!\d)|\\([A-Za-z]+)/g;
    CJK2 = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
    Renderer = class {
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
  }
});

// src/normalize/aligned-tables.ts
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
var GAP, AROUND_COLON, MIN_ROWS;
var init_aligned_tables = __esm({
  "src/normalize/aligned-tables.ts"() {
    init_builder();
    GAP = /[ \u3000]{2,}|\t+/g;
    AROUND_COLON = /[ \u3000\t]*[：:][ \u3000\t]*/g;
    MIN_ROWS = 3;
  }
});

// src/normalize/stacked-fields.ts
function formPairs(run) {
  const values = run.map((l, k) => isLabel(l.text) ? -1 : k % 2).filter((p) => p >= 0);
  const parity = values[0];
  if (!values.length || !values.every((p) => p === parity) || run.some((l) => PROSE.test(l.text))) return [];
  const first = parity === 0 ? 1 : 0;
  const pairs = [];
  for (let k = first; k + 1 < run.length; k += 2) pairs.push([run[k].to - (TRAILING_MARK.exec(run[k].text)?.[0].length ?? 0), run[k + 1].from]);
  return run.length - first <= pairs.length * 2 + 1 ? pairs : [];
}
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
var REMARK, LABEL, NUMBERED, PROSE, MIN_PAIRS, REQUIRED_MARK, TRAILING_MARK, isLabel;
var init_stacked_fields = __esm({
  "src/normalize/stacked-fields.ts"() {
    init_builder();
    REMARK = /[（(][^（）()]*[)）]$/;
    LABEL = /^[^\d\s。；;，,：:！!？?|、#>*•·\-【[（(][^\d\s。；;，,：:！!？?|、]{1,31}$/;
    NUMBERED = /^(?:[一二三四五六七八九十]+|第[一二三四五六七八九十]+[章节部分])/;
    PROSE = /。$|^.{81,}$/;
    MIN_PAIRS = 3;
    REQUIRED_MARK = /^[*＊]\s*|\s*[*＊]$/g;
    TRAILING_MARK = /\s*[*＊]$/;
    isLabel = (line) => {
      const name = line.replace(REQUIRED_MARK, "").replace(REMARK, "").replace(REQUIRED_MARK, "");
      return LABEL.test(name) && !NUMBERED.test(line);
    };
  }
});

// src/normalize/bilingual-labels.ts
function dropLabelTranslations(t) {
  if (!t.text.includes("/")) return t;
  return replaceMapped(replaceMapped(t, ENGLISH_FIRST, () => ""), ENGLISH_AFTER, () => "");
}
var ENGLISH, CHINESE, OPENS, CLOSES, ENGLISH_FIRST, ENGLISH_AFTER;
var init_bilingual_labels = __esm({
  "src/normalize/bilingual-labels.ts"() {
    init_builder();
    ENGLISH = String.raw`[A-Za-z][A-Za-z&.,'’()\- ]{0,40}?`;
    CHINESE = String.raw`[\p{Script=Han}（）()、]{2,20}`;
    OPENS = String.raw`(?<=^|\|)[ \t]*`;
    CLOSES = String.raw`(?=[ \t]*(?:[：:|]|$))`;
    ENGLISH_FIRST = new RegExp(String.raw`${OPENS}${ENGLISH}[ \t]*\/[ \t]*(?=${CHINESE}${CLOSES})`, "gmu");
    ENGLISH_AFTER = new RegExp(String.raw`(?<=(?:^|\|)[ \t]*${CHINESE})[ \t]*\/[ \t]*${ENGLISH}${CLOSES}`, "gmu");
  }
});

// src/ingest/xml.ts
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
var NAMED;
var init_xml = __esm({
  "src/ingest/xml.ts"() {
    NAMED = {
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
  }
});

// src/normalize/markdown.ts
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
    const open2 = m.index + m[1].length + m[2].length;
    found.push({ start: m.index + m[1].length, end: m.index + m[0].length, level: 4, title: [open2, open2 + m[3].length], badge: null });
  }
  const items = [...t.text.matchAll(BOLD_ITEM)];
  if (items.length) {
    const indents = items.map((m) => m[1].replace(/\t/g, "    ").length);
    const step = Math.min(...indents.filter((n) => n > 0), Infinity);
    items.forEach((m, k) => {
      const open2 = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
      const badge = m[4] ?? m[5];
      const badgeAt = badge ? m.index + m[0].lastIndexOf(badge) : -1;
      const depth = Number.isFinite(step) ? Math.round(indents[k] / step) : 0;
      found.push({ start: m.index + m[1].length, end: m.index + m[0].length, level: 4 + depth, title: [open2, open2 + m[3].length], badge: badge ? [badgeAt, badgeAt + badge.length] : null });
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
var WHOLE_BOLD, BOLD_ITEM, EMPHASIS, TABLE_RULE, ROW_EDGES, BOX_BORDER, BOX_SEPARATOR, CELL_BREAK, HTML_CELL_GAP, HTML_ROW_END, HTML_TABLE_TAG, HTML_BLOCK_TAG, HTML_INLINE_TAG, STRUCK, ENTITY, ESCAPE;
var init_markdown = __esm({
  "src/normalize/markdown.ts"() {
    init_xml();
    init_builder();
    WHOLE_BOLD = /^([ \t]*)(\*\*|__)([^*_\n]{2,80}?)\2[ \t]*$/gm;
    BOLD_ITEM = /^([ \t]*)[-*+][ \t]+(\*\*|__)([^*_\n]{2,80}?)\2[ \t]*(?:[\p{So}\uFE0F\u200D]*[ \t]*(?:\*\*|__)([^*_\n]{1,12}?)(?:\*\*|__)|([【［\[（(][^】］\]）)\n]{1,12}[】］\]）)]))?[ \t]*$/gmu;
    EMPHASIS = /\*\*|__/g;
    TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm;
    ROW_EDGES = /^(?:[ \t\u3000]*\|)+[ \t\u3000]*|(?:[ \t\u3000]*\|)+[ \t\u3000]*$/gm;
    BOX_BORDER = /^[ \t]*[│┃║+\-=]*[┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬╭╮╯╰][┌┐└┘├┤┬┴┼─━│┃║═╔╗╚╝╠╣╦╩╬╭╮╯╰+\-= \t]*$/gm;
    BOX_SEPARATOR = /[│┃║]/g;
    CELL_BREAK = /<br\s*\/?>/gi;
    HTML_CELL_GAP = /<\/t[dh]>\s*(?=<t[dh][\s>])/gi;
    HTML_ROW_END = /<\/tr>[ \t]*\n?/gi;
    HTML_TABLE_TAG = /<\/?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)(?:\s[^<>]*)?\/?>/gi;
    HTML_BLOCK_TAG = /<\/?(?:details|summary|div|p|ul|ol|li|section|article|blockquote|h[1-6]|dl|dt|dd)(?:\s[^<>]*)?>/gi;
    HTML_INLINE_TAG = /<\/?(?:b|strong|em|i|u|span|font|code|mark|small|sup|sub|a)(?:\s[^<>]*)?>/gi;
    STRUCK = /~~(?=\S)[^~\n]*?\S~~|<(del|s|strike)(?:\s[^<>]*)?>[\s\S]*?<\/\1\s*>/gi;
    ENTITY = /&(?:#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;
    ESCAPE = /\\(?=[~*_|#+\-.!<>[\]()`])/g;
  }
});

// src/normalize/list-tables.ts
function readListTables(t) {
  if (!t.text.includes(".. list-table::")) return t;
  return replaceMapped(t, ROW, (m) => {
    const cells = [m[1], ...m[2].split("\n").slice(1).map((c) => c.replace(/^[ \t]+-[ \t]*/, ""))].map((c) => c.trim());
    return cells.length > 1 ? cells.join(" | ") : m[0];
  });
}
var ROW;
var init_list_tables = __esm({
  "src/normalize/list-tables.ts"() {
    init_builder();
    ROW = /^[ \t]*\*[ \t]+-[ \t]*(.*)((?:\n[ \t]+-(?:[ \t]+.*)?)*)/gm;
  }
});

// src/normalize/quoted-cells.ts
function joinQuotedCells(t) {
  const text = t.text;
  if (!text.includes('	"')) return t;
  let b;
  let last = 0;
  OPENS2.lastIndex = 0;
  for (let m = OPENS2.exec(text); m; m = OPENS2.exec(text)) {
    const open2 = m.index + m[0].length - 1;
    const close = closingQuote(text, open2 + 1);
    const lineEnd = text.indexOf("\n", open2);
    if (close < 0 || lineEnd < 0 || close < lineEnd) continue;
    const closeLineEnd = text.indexOf("\n", close) < 0 ? text.length : text.indexOf("\n", close);
    const row = text.slice(text.lastIndexOf("\n", open2) + 1, closeLineEnd);
    if (!row.includes("	")) continue;
    b ??= new MappedTextBuilder(t);
    b.copy(last, open2);
    let k = open2 + 1;
    for (let i = open2 + 1; i < close; i++) {
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
var OPENS2, CSV_RECORD, CSV_FIELD_GAP;
var init_quoted_cells = __esm({
  "src/normalize/quoted-cells.ts"() {
    init_builder();
    OPENS2 = /(?:^|\t)"/gm;
    CSV_RECORD = /^"[^"\n]*"(?:,"[^"\n]*")+$/;
    CSV_FIELD_GAP = /",\s*"/g;
  }
});

// src/normalize/line-numbers.ts
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
var LEADING_NUMBER, MIN_RUN;
var init_line_numbers = __esm({
  "src/normalize/line-numbers.ts"() {
    init_builder();
    LEADING_NUMBER = /^[ \t]*(\d{1,4})(?![\d.．、,，:：%)）])[ \t]*/;
    MIN_RUN = 10;
  }
});

// src/normalize/mail-quotes.ts
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
var QUOTE_MARKS, MIN_RUN2;
var init_mail_quotes = __esm({
  "src/normalize/mail-quotes.ts"() {
    init_builder();
    QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*[ \t]?/;
    MIN_RUN2 = 3;
  }
});

// src/normalize/superscript.ts
function expandSuperscripts(t) {
  const sup = replaceMapped(t, SUPER_RUN, (m) => "^" + [...m[0]].map((c) => SUPER[c]).join(""));
  return replaceMapped(sup, SUB_RUN, (m) => [...m[0]].map((c) => SUB[c]).join(""));
}
var SUPER, SUB, SUPER_RUN, SUB_RUN;
var init_superscript = __esm({
  "src/normalize/superscript.ts"() {
    init_builder();
    SUPER = {
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
    SUB = {
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
    SUPER_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g;
    SUB_RUN = /[₀₁₂₃₄₅₆₇₈₉₋₊]+/g;
  }
});

// src/normalize/traditional.ts
function loadConverter() {
  converter ??= import("opencc-js/t2cn").then((OpenCC) => OpenCC.Converter({ from: "hk", to: "cn" }));
  return converter;
}
async function simplify(t) {
  if (!TRADITIONAL_ONLY.test(t.text)) return t;
  const convert = await loadConverter();
  const cache3 = /* @__PURE__ */ new Map();
  return t.mapChars((ch) => {
    const c = ch.charCodeAt(0);
    if (c < 13312 || c > 40959 && (c < 63744 || c > 64255)) return void 0;
    let r = cache3.get(ch);
    if (r === void 0) {
      r = convert(ch);
      cache3.set(ch, r);
    }
    return r;
  });
}
var TRADITIONAL_ONLY, converter;
var init_traditional = __esm({
  "src/normalize/traditional.ts"() {
    TRADITIONAL_ONLY = /[們這國來時會學對發關經業實開說現過還點種動後體進與區東長問產為應頭處辦項術劃聯網際據計電車書從麼將當總報當條團標準創鏈]/;
  }
});

// src/normalize/width.ts
function toHalfWidth(ch) {
  const c = ch.charCodeAt(0);
  if (c >= 65296 && c <= 65305 || c >= 65313 && c <= 65338 || c >= 65345 && c <= 65370)
    return String.fromCharCode(c - 65248);
  return OPERATORS[ch] ?? ch;
}
function toHalfWidthForms(t) {
  return substituteChars(t, FULL_WIDTH, toHalfWidth);
}
function readKeycapNumbers(t) {
  if (!t.text.includes("\u20E3") && !t.text.includes("\u{1F51F}")) return t;
  return replaceMapped(t, KEYCAP, (m) => `${m[1] ?? "10"}.`);
}
var OPERATORS, FULL_WIDTH, KEYCAP;
var init_width = __esm({
  "src/normalize/width.ts"() {
    init_builder();
    OPERATORS = {
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
    FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＋－＝＜＞％．／～＊＆＠＃\u3000]|(?<=[０-９])，(?=[０-９]{3}(?![０-９]))/g;
    KEYCAP = /([0-9])\uFE0F?\u20E3|\u{1F51F}/gu;
  }
});

// src/normalize/index.ts
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
var EDGE_SPACES;
var init_normalize = __esm({
  "src/normalize/index.ts"() {
    init_mapped_text();
    init_builder();
    init_debris();
    init_furniture();
    init_kangxi();
    init_latex();
    init_aligned_tables();
    init_stacked_fields();
    init_bilingual_labels();
    init_markdown();
    init_list_tables();
    init_quoted_cells();
    init_line_numbers();
    init_mail_quotes();
    init_superscript();
    init_traditional();
    init_width();
    init_encoding();
    init_wraps();
    EDGE_SPACES = /^[ \t]+|[ \t]+$/gm;
  }
});

// src/extract/number.ts
function parseNumberToken(s) {
  const t = s.replace(/,/g, "");
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}
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
function readArabic(s, pos) {
  ARABIC_RE.lastIndex = pos;
  const m = ARABIC_RE.exec(s);
  if (!m) return null;
  return { value: Number(m[0].replace(/[, \u2009\u202f]/g, "")), start: pos, end: pos + m[0].length, kind: "arabic" };
}
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
var CN_DIGITS, CN_SMALL_UNITS, CN_BIG_UNITS, NUMBER_SOURCE, CN_NUMERAL_CHARS, ARABIC_RE, TIMES, SCI_AFTER_RE, POW10_RE, FRACTION_RE, PRODUCT_RE, CN_RUN_RE;
var init_number = __esm({
  "src/extract/number.ts"() {
    CN_DIGITS = {
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
    CN_SMALL_UNITS = { \u5341: 10, \u767E: 100, \u5343: 1e3 };
    CN_BIG_UNITS = { \u4E07: 1e4, \u4EBF: 1e8, \u842C: 1e4, \u5104: 1e8 };
    NUMBER_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{1,6}`;
    CN_NUMERAL_CHARS = "\u96F6\u3007\u4E00\u4E8C\u4E24\u5169\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF\u842C\u5104";
    ARABIC_RE = /\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.])|\d+(?:\.\d+)?/y;
    TIMES = "\xD7xX*\u2715\u2573";
    SCI_AFTER_RE = /[ \t]*[×xX*✕][ \t]*10(?:\^(-?\d{1,3})|(-?\d{1,2}))(?![\d.])/y;
    POW10_RE = /10\^(-?\d{1,3})(?![\d.])/y;
    FRACTION_RE = /\/(\d+)(?![\d.])/y;
    PRODUCT_RE = /[ \t]*[×xX*✕][ \t]*(\d+(?:\.\d+)?)(?![\d.])/y;
    CN_RUN_RE = new RegExp(`[${CN_NUMERAL_CHARS}]+`, "y");
  }
});

// src/extract/money.ts
function scale(n, factor2) {
  return Math.round(n * factor2 * 100) / 100;
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
var MULTIPLIERS, MONEY_RE, CAP_SUBJECT, NOT_CAP, GOV_PART, NOT_GOV_PART, TOTAL_SUBJECTS;
var init_money = __esm({
  "src/extract/money.ts"() {
    init_lexicon();
    init_number();
    MULTIPLIERS = { \u4E07\u4EBF: 1e12, \u5343\u4E07: 1e7, \u767E\u4E07: 1e6, \u4EBF: 1e8, \u4E07: 1e4, \u5343: 1e3, "": 1 };
    MONEY_RE = new RegExp(
      String.raw`(?<![\d.])(?:人民币\s*)?(${NUMBER_SOURCE})\s*(万亿|千万|百万|亿|万|千)?\s*元(?![/／](?!(?:项|个|个项目|每项)(?![\u4e00-\u9fff])))(?:\s*人民币)?`,
      "g"
    );
    CAP_SUBJECT = new RegExp(
      alternation([...CAP_SUBJECTS, ...GOVERNMENT_FUNDS.filter((w) => w !== "\u8D22\u653F" && w !== "\u8CA1\u653F" && w !== "\u4E2D\u592E"), ...NOTICE_LABELS.find(([k]) => k === "funding")[1], "\u699C\u55AE\u91D1\u984D"])
    );
    NOT_CAP = new RegExp(
      alternation(["\u6982\u7B97", "\u603B\u989D", "\u603B\u8BA1", "\u5408\u8BA1", "\u5171\u8BA1", "\u603B\u89C4\u6A21", "\u9500\u552E", "\u6536\u5165", "\u4EA7\u503C", "\u5229\u6DA6", "\u8425\u6536", "\u7A0E", "\u6295\u8D44", "\u878D\u8D44", "\u8D37\u6B3E\u989D", "\u5E02\u573A", "\u81EA\u7B79", "\u914D\u5957", ...BUDGET_TOTALS.filter((w) => w.startsWith("\u603B"))])
    );
    GOV_PART = new RegExp(alternation(GOVERNMENT_FUNDS));
    NOT_GOV_PART = new RegExp(alternation([...SELF_FUNDS, "\u51FA\u8D44", "\u4F01\u4E1A", "\u5355\u4F4D", "\u793E\u4F1A", "\u94F6\u884C", "\u8D37\u6B3E"]));
    TOTAL_SUBJECTS = new RegExp(`(?:\u7ECF\u8D39|\u8D44\u91D1|\u8D44\u52A9)?(?:\u6982\u7B97|\u603B\u989D|\u603B\u8BA1)|${alternation(BUDGET_TOTALS.filter((w) => w === "\u603B\u7ECF\u8D39" || w === "\u603B\u9884\u7B97"))}`, "g");
  }
});

// src/extract/comparator.ts
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
var PREFIX_COMPARATORS, SUFFIX_COMPARATORS, esc, byLength, PREFIX_RE, SUFFIX_RE, REFERENCE;
var init_comparator = __esm({
  "src/extract/comparator.ts"() {
    PREFIX_COMPARATORS = {
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
    SUFFIX_COMPARATORS = {
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
    esc = (x) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    byLength = (xs) => [...xs].sort((a, b) => b.length - a.length);
    PREFIX_RE = new RegExp(
      `(${byLength(Object.keys(PREFIX_COMPARATORS)).map(esc).join("|")})[ \\t]*(?:\u6709|\u4E3A|\u5728|\u662F)?[ \\t]*$`
    );
    SUFFIX_RE = new RegExp(`[ \\t]*(${byLength(Object.keys(SUFFIX_COMPARATORS)).map(esc).join("|")})`, "y");
    REFERENCE = /^[^\d，,；;。、：:\s]{1,10}的[ \t]*$/;
  }
});

// src/extract/unit.ts
function byLength2(xs) {
  return [...xs].sort((a, b) => b.length - a.length);
}
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
var CN_MEASURE_UNITS, TIME_UNITS, esc2, CLASSIFIER_SET, CN_WORDS, COMPOUND, COMPOUND_RE, CN_WORD_RE, MONEY_RE2, ASCII_PIECE, ASCII_PIECE_NEG, SYMBOL, asciiRe, ASCII_NEG_RE, SLASH_TAIL_RE, CN_PER_RE, QUALIFIER_RE;
var init_unit = __esm({
  "src/extract/unit.ts"() {
    init_units();
    CN_MEASURE_UNITS = Object.keys(MEASURE_WORDS);
    TIME_UNITS = /* @__PURE__ */ new Set(["\u5C0F\u65F6", "h", "\u5929", "\u65E5"]);
    esc2 = (x) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    CLASSIFIER_SET = new Set(COUNT_CLASSIFIERS);
    CN_WORDS = byLength2([...CN_MEASURE_UNITS, ...COUNT_CLASSIFIERS]);
    COMPOUND = /* @__PURE__ */ new Map();
    for (const [written, unit] of Object.entries(COMPOUND_UNITS)) {
      COMPOUND.set(written, unit);
      COMPOUND.set(written.replace(/\(/g, "\uFF08").replace(/\)/g, "\uFF09"), unit);
    }
    COMPOUND_RE = new RegExp(`(?:${byLength2([...COMPOUND.keys()]).map(esc2).join("|")})(?![A-Za-z])`, "y");
    CN_WORD_RE = new RegExp(`(?:${CN_WORDS.map(esc2).join("|")})`, "y");
    MONEY_RE2 = new RegExp(`(?:${byLength2(MONEY_UNITS).map(esc2).join("|")})`, "y");
    ASCII_PIECE = "\u221A?[A-Za-z\u03BC\u03A9\xC5][A-Za-z\u03BC\u03A9]*(?:\\^-?\\d(?:/\\d)?(?![\\d.])|1/2(?![\\d.])|[1-4](?![\\d.]))?";
    ASCII_PIECE_NEG = "\u221A?[A-Za-z\u03BC\u03A9\xC5][A-Za-z\u03BC\u03A9]*(?:\\^-?\\d(?:/\\d)?(?![\\d.])|1/2(?![\\d.])|[1-4](?![\\d.])|-[1-4](?![\\d.A-Za-z]))?";
    SYMBOL = "wt%|vol%|at%|mol%|\\\\%|%|\u2030|\xB0C|\u2103|\xB0|\u2032|\u2033";
    asciiRe = (piece) => new RegExp(`(?:${SYMBOL}|/?${piece}(?:(?:[/\xB7]|\\.(?=[A-Za-z\u03BC\u03A9]))(?:${piece}|\\(${piece}(?:\xB7${piece})+\\)))*)`, "y");
    ASCII_NEG_RE = asciiRe(ASCII_PIECE_NEG);
    SLASH_TAIL_RE = new RegExp(`[/\xB7](?:${ASCII_PIECE}|${CN_WORDS.map(esc2).join("|")})|/[\u5206\u79D2\u65F6\u5929\u5468\u6708\u5E74](?![\\u4e00-\\u9fff])`, "y");
    CN_PER_RE = new RegExp(`/(?:${CN_WORDS.map(esc2).join("|")})`, "y");
    QUALIFIER_RE = /[(（][A-Za-z][A-Za-z-]{0,3}[)）]/y;
  }
});

// src/extract/threshold.ts
function isYear(v) {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}
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
function closingBracket(s, open2) {
  const close = s.indexOf(s[open2] === "\uFF08" ? "\uFF09" : ")", open2);
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
    const open2 = brackets[q.start];
    if (open2 < 0) return -1;
    let k = i - 1;
    while (k >= 0 && found[k].start > open2) k--;
    if (k < 0 || !/^[ \t]*$/.test(f.slice(found[k].end, open2))) return -1;
    const close = closingBracket(f, open2);
    const inside = f.slice(open2 + 1, close);
    if (/^\s*(?:其中|含|包括|包含)/.test(inside)) return -1;
    const bare = found.some((x) => x.start > open2 && x.end <= close && x.unit === "");
    return bare || CONDITION_WORDS.test(inside) ? k : -1;
  });
  const conditions = /* @__PURE__ */ new Map();
  found.forEach((q, i) => {
    let k = qualifies[i];
    while (k >= 0 && qualifies[k] >= 0) k = qualifies[k];
    if (k < 0) return;
    const open2 = brackets[q.start];
    conditions.set(k, text.slice(open2 + 1, closingBracket(f, open2)).trim());
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
    const atom2 = { metric, op: q.op, value: q.value, max: q.max, unit, text: text.slice(ta, tb), start: ta, end: tb };
    if (conditions.has(i)) atom2.condition = conditions.get(i);
    else {
      const after2 = /^[ \t]*[（(]([^（）()]{1,40})[）)]/.exec(f.slice(q.end));
      if (after2 && CONDITION_WORDS.test(after2[1])) {
        const at = q.end + after2[0].indexOf(after2[1]);
        atom2.condition = text.slice(at, at + after2[1].length);
      }
    }
    atoms.push(atom2);
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
var NUM_START_RE, RANGE_SEP_RE, PERCENT_LIKE, QUALIFIER_RE2, WEAK_PREFIX, CN_CHAR, HAN_ONLY, BAND_PREFIX, PER_TIME_BEFORE, UNIT_BEFORE, TIME_UNIT, TARGET_VERB_ZAI, COMPARED, CONDITION_AFTER, SMALLER_RE, SMALLER_IN_UNITS_RE, CLAUSE_BREAK, COMMA, COLON, OPEN, CLOSE, OPEN_FW, CLOSE_FW, isDigitCode, LIST_MARKER, LEAD_WORDS, TRAIL_WORDS, CAPS_UNITS, CONDITION_WORDS, BRACKETS, CONDITION_PHRASE;
var init_threshold = __esm({
  "src/extract/threshold.ts"() {
    init_comparator();
    init_lexicon();
    init_number();
    init_unit();
    NUM_START_RE = /-?\d|[零〇一二两兩三四五六七八九十百千万亿萬億]/g;
    RANGE_SEP_RE = /[ \t]*(~|～|〜|-|–|—|至|到)[ \t]*(?=[-+]?\d)/y;
    PERCENT_LIKE = /* @__PURE__ */ new Set(["%", "\u2030", "\u500D", "\u4E2A\u767E\u5206\u70B9", "\u767E\u5206\u70B9"]);
    QUALIFIER_RE2 = /^[（(][^（）()，,。；;]{1,12}[）)]/;
    WEAK_PREFIX = /^(达到|达|达至|提升至|提升到|提高至|提高到|增加至|增加到|增长至|增长到|控制在|控制到)$/;
    CN_CHAR = /[\u4e00-\u9fff]/;
    HAN_ONLY = /^[\u2e80-\uffff]{2,}$/;
    BAND_PREFIX = /(?:控制在|保持在|维持在|稳定在|介于|处于)[ \t]*$/;
    PER_TIME_BEFORE = /每[ \t]*(小时|秒钟|秒|分钟|天|日|h|s|min)[ \t]*$/;
    UNIT_BEFORE = /(?<![A-Za-z])(HR[A-HK]|HR\d{2}[NTWXY]|HV\d*(?:\.\d+)?|HBW|HBS|HB|HK|HLD|HS)[ \t]*$/;
    TIME_UNIT = /^(?:秒|秒钟|s|ms|毫秒|微秒|分钟|min|小时|h)$/;
    TARGET_VERB_ZAI = /(?:控制|保持|稳定|维持|限定|限制|降低|降至|提高|提升|处于|位于|集中|分布|落)在/;
    COMPARED = new RegExp(
      alternation(Object.entries(PREFIX_COMPARATORS).filter(([w, c]) => !c.relative && c.op !== "approx" && (w.length >= 2 || /^[≥≤<>＜＞]$/.test(w)) && !w.startsWith("\\")).map(([w]) => w))
    );
    CONDITION_AFTER = new RegExp(`\u4E0B|\u6761\u4EF6|\u8303\u56F4|\u533A\u95F4|\u9891\u6BB5|\u6E29\u533A|\u5185|\u65F6|${COMPARED.source}`);
    SMALLER_RE = new RegExp(`${alternation(SMALLER_IS_BETTER)}[^\uFF0C,\uFF1B;\u3002\uFF1A:]*$`);
    SMALLER_IN_UNITS_RE = new RegExp(`${alternation(SMALLER_IS_BETTER_IN_UNITS)}[^\uFF0C,\uFF1B;\u3002\uFF1A:]*$`);
    CLAUSE_BREAK = new Set([..."\uFF0C\uFF1B\u3002\uFF1A\uFF01\uFF1F!?;\n\r\u3001|	"].map((c) => c.charCodeAt(0)));
    [COMMA, COLON, OPEN, CLOSE, OPEN_FW, CLOSE_FW] = [...",:()\uFF08\uFF09"].map((c) => c.charCodeAt(0));
    isDigitCode = (c) => c >= 48 && c <= 57;
    LIST_MARKER = /^\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、)）](?!\d)|[①-⑳]|[一二三四五六七八九十]+\s*[、.])\s*/;
    LEAD_WORDS = /^(?:目标|实现|达到|支持|具备|开发|研制|建立|建成|形成|完成|突破|提出|构建|包括|其中|要求|确保|使得|使|并且|并|且|同时|可以|可|能够|应(?!用)|需|须|对|和|及|与|或|以及|等|在|将)+/;
    TRAIL_WORDS = /(?:分别|均|应|须|需|需要|必须|要|可|将|都|也|控制|为|在|是|的|有|和|或|及|与|要求|需达到|应达到)+$/;
    CAPS_UNITS = /* @__PURE__ */ new Set([
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
    CONDITION_WORDS = /条件|[@=＝]|时$|下$/;
    BRACKETS = /[（()）]/g;
    CONDITION_PHRASE = /在[^，；。,;\n在]{2,40}?(?:(?<!以)下|(?<![小实同及])时)(?=[，；。,;\n]|$|\s*[(（]|运|工作|测试|检测|使用|能|可|应|须|需|，)/g;
  }
});

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
var init_memo = __esm({
  "src/core/memo.ts"() {
  }
});

// src/structure/labels.ts
function innerLabels(text) {
  const out = [];
  if (text.length < 6) return out;
  for (const m of text.matchAll(INNER_LABEL_RE)) {
    const kind = KIND_OF.get(m[1]);
    out.push({ kind, label: m[1], start: m.index + m[0].indexOf(m[1]), contentStart: m.index + m[0].length });
  }
  return out;
}
var LABELS, REMARK2, LABEL_WORDS, PAYER, LABEL_RE, WORDS, INNER_LABEL_RE, KIND_OF, findInnerLabels;
var init_labels2 = __esm({
  "src/structure/labels.ts"() {
    init_memo();
    init_lexicon();
    init_labels();
    LABELS = NOTICE_LABELS;
    REMARK2 = "\\s*(?:[\uFF08(][^\uFF08\uFF09()]{0,60}[\uFF09)])?\\s*";
    LABEL_WORDS = LABELS.flatMap(([, words]) => words);
    PAYER = "(?:\u7701\u7EA7|\u5E02\u7EA7|\u53BF\u7EA7|\u533A\u7EA7|\u4E2D\u592E|\u56FD\u5BB6|\u7701|\u5E02|\u53BF|\u533A)(?=\u8D22\u653F)";
    LABEL_RE = new RegExp(
      `^(?:[\u3010[]\\s*(${alternation(LABEL_WORDS)})${REMARK2}[\u3011\\]]\\s*[\uFF1A:]?|(${alternation(LABEL_WORDS.filter((w) => !COLON_ONLY_LABELS.includes(w)))})${REMARK2}(?:[\uFF1A:]|$)|(${alternation(COLON_ONLY_LABELS)})${REMARK2}[\uFF1A:]|${PAYER}(${alternation(LABEL_WORDS)})${REMARK2}[\uFF1A:])`
    );
    WORDS = [...LABEL_WORDS].sort((a, b) => b.length - a.length).join("|");
    INNER_LABEL_RE = new RegExp(`(?<=[\u3002\uFF1B;\uFF0C,\uFF1A:])\\s*(${WORDS})\\s*(?:[\uFF08(][^\uFF08\uFF09()]{0,60}[\uFF09)])?\\s*[\uFF1A:]`, "g");
    KIND_OF = new Map(LABELS.flatMap(([kind, words]) => words.map((w) => [w, kind])));
    findInnerLabels = memoize(innerLabels, 4096);
  }
});

// src/structure/tables.ts
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
var CELL_BREAK2, NUMBER_HEADER, NAME_HEADER, AREA_HEADER;
var init_tables = __esm({
  "src/structure/tables.ts"() {
    init_lexicon();
    init_labels2();
    CELL_BREAK2 = /\s*\|\s*|\t/g;
    NUMBER_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.number)}$`, "i");
    NAME_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.name)}$`);
    AREA_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.area)}$`);
  }
});

// src/draft/fields.ts
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
function strip(v) {
  return v.replace(/^[\s:：]+/, "").replace(/[\s，,；;。]+$/, "");
}
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
var SECTION_NUMBER, LIST_MARKER2, SECTION_START, VALUE_END, SUB_LABEL, NONE;
var init_fields = __esm({
  "src/draft/fields.ts"() {
    init_tables();
    SECTION_NUMBER = String.raw`(?:[一二三四五六七八九十]+|[Ⅰ-Ⅻ]|[IVX]{1,4}(?=[.、．]))\s*[、.．]`;
    LIST_MARKER2 = new RegExp(
      String.raw`^\s*(?:>\s*)?(?:#{1,6}\s*)?(?:[-*+]\s+\[[ xX]\]\s*|第[一二三四五六七八九十\d]+[章节部分条]\s*|${SECTION_NUMBER}\s*|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*|\d+(?:\.\d+)*\s*[.、．)）]\s*|\d+\s+(?=\D)|[①-⑳]\s*|[-*•·●▪■◆]\s+|[（(]\s*[a-zA-Z]\s*[)）]\s*|[a-zA-Z]\s*[)）]\s*|[A-H][.．、](?![\dA-Za-z])\s*)`
    );
    SECTION_START = new RegExp(`^${SECTION_NUMBER}`);
    VALUE_END = /\s{2,}(?=\S{2,10}[:：])|[；;]\s*(?=\S{2,10}[:：])|。/;
    SUB_LABEL = /^(?:单位)?(?:名称|全称)$|^姓名$/;
    NONE = /^(?:暂无|无|没有|尚无|暂未|尚未(?:确定|落实)|待定|不涉及|无此项|否|[-—/／]+)(?=$|[。；;，,（(])/;
  }
});

// src/draft/budget.ts
function budgetKind(label) {
  if (SELF.test(label)) return "selfFunded";
  if (/总|合计|共计/.test(label) && !/其中/.test(label) && !GOV.test(label.replace(/^.*?(?:总|合计|共计)/, ""))) {
    if (TOTAL.test(label)) return "total";
  }
  if (GOV.test(label)) return "government";
  if (TOTAL.test(label)) return "total";
  return null;
}
function moneyOf(numText, unit) {
  const m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/.exec(numText.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ""));
  return { yuan: Math.round(n * SCALE[unit] * 100) / 100, text: `${m[1]}${unit}` };
}
function added(prev, money) {
  return { ...prev, value: { yuan: Math.round((prev.value.yuan + money.yuan) * 100) / 100, text: `${prev.value.text}+${money.text}` } };
}
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
var SELF, GOV, TOTAL, SUM_ROW, UNIT_LINE, CONTEXT, UNIT_IN, SCALE, MONEY_CELL, TOTAL_WORD, TOTAL_ROW, FIGURE;
var init_budget = __esm({
  "src/draft/budget.ts"() {
    init_money();
    init_threshold();
    init_lexicon();
    init_tables();
    init_fields();
    SELF = new RegExp(alternation(SELF_FUNDS));
    GOV = new RegExp(alternation([...GOVERNMENT_FUNDS, ...REQUESTED_FUNDS]));
    TOTAL = new RegExp(alternation(DRAFT_BUDGET_TOTALS));
    SUM_ROW = /合计|小计|总计|共计/;
    UNIT_LINE = /单位\s*[:：]\s*(亿元|万元|千元|元)|^[^|]{0,16}(?:经费|预算|资金|金额)[^|]{0,6}[（(]\s*(亿元|万元|千元|元)\s*[)）]/;
    CONTEXT = /经费|预算|资金|投入|投资|国拨|财政|自筹|配套|资助|补助/;
    UNIT_IN = /(亿元|万元|千元|元)/;
    SCALE = { \u4EBF\u5143: 1e8, \u4E07\u5143: 1e4, \u5343\u5143: 1e3, \u5143: 1 };
    MONEY_CELL = /^\s*[\d.,]+\s*(?:万|亿|千)?\s*元\s*(?:[（(][^（）()]*[)）])?\s*$/;
    TOTAL_WORD = /合计|总计|共计|总额/;
    TOTAL_ROW = new RegExp(`^(?:${TOTAL_WORD.source})|\u5408\u8BA1$`);
    FIGURE = /^\d[\d.,]*$/;
  }
});

// src/structure/heading-numbering.ts
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
var CIRCLED, CN, NOT_TITLE, PREFIXES, letterNumber, PATTERNS;
var init_heading_numbering = __esm({
  "src/structure/heading-numbering.ts"() {
    init_number();
    CIRCLED = "\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469\u246A\u246B\u246C\u246D\u246E\u246F\u2470\u2471\u2472\u2473";
    CN = "[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]{1,3}";
    NOT_TITLE = "[\\d%\u2030.\u5E74\u6708\u65E5\u4E07\u4EBF\u500D\u5143\u4E2A\u4EF6\u9879\u6B21%:\uFF1A/\xD7x*~\\-A-Za-z\u03BC\u03A9\xB0]";
    PREFIXES = "\u4E13\u9898|\u65B9\u5411|\u4EFB\u52A1|\u8BFE\u9898|\u5B50\u8BFE\u9898|\u699C\u5355|\u9879\u76EE|\u9886\u57DF|\u4E13\u9879|\u4E3B\u9898|\u677F\u5757";
    letterNumber = (c) => c.charCodeAt(0) - 64;
    PATTERNS = [
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
  }
});

// src/draft/direction.ts
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
var DIRECTION_LABEL, TITLE_LABEL, CN2, ID_LEAD, ID_RE, TRAILING_ID, PROSE2, COVER_LINES, COVER_ID;
var init_direction = __esm({
  "src/draft/direction.ts"() {
    init_lexicon();
    init_heading_numbering();
    init_fields();
    DIRECTION_LABEL = `(?:${DIRECTION_REFERENCE})`;
    TITLE_LABEL = alternation(DIRECTION_TITLE_LABELS);
    CN2 = "[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+";
    ID_LEAD = String.raw`(?:[\u4e00-\u9fff]{0,6}?(?:方向|榜单|专题|任务)|第)`;
    ID_RE = new RegExp(
      String.raw`^${ID_LEAD}?\s*(?:([（(]\s*(?:${CN2}|\d+)\s*[)）])|(\d+(?:[.．]\d+)*)(?![.．]?\d)(?![A-Za-z])(?![\d.．]*\s*[万亿千年月日个项家%％]))\s*[项号]?` + `|^${ID_LEAD}s*(${CN2})s*[\u9879\u53F7]?|^(${CN2})(?=s*[\u3001.\uFF0E]|s*$)`
    );
    TRAILING_ID = /[（(\[【]\s*(?:(?:指南)?方向|编号|榜单)?\s*(\d+(?:\.\d+)*|[一二三四五六七八九十]+)\s*[)）\]】]\s*$/;
    PROSE2 = /(?:申报|面向|针对|属于|对应|响应)[^。；;]{0,8}?(?:指南|榜单)?(?:方向)?\s*[“"「《]([^”"」》]{2,60})[”"」》]\s*(?:方向|榜单)?/;
    COVER_LINES = 20;
    COVER_ID = new RegExp(String.raw`(?:榜单|指南方向|申报方向)\s*([（(]\s*(?:${CN2}|\d{1,3})\s*[)）])`);
  }
});

// src/draft/front-matter.ts
function splitFrontMatter(raw) {
  const open2 = OPEN2.exec(raw);
  if (!open2) return null;
  const rest = raw.slice(open2[0].length);
  const close = CLOSE2.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const end = open2[0].length + close.index + close[0].length;
  const blanked = raw.slice(0, end).replace(/[^\n]/g, "");
  return { yaml, firstLine: 2, body: blanked + raw.slice(end) };
}
var OPEN2, CLOSE2;
var init_front_matter = __esm({
  "src/draft/front-matter.ts"() {
    OPEN2 = /^\uFEFF?[ \t]*-{3}[ \t]*\n/;
    CLOSE2 = /^[ \t]*(?:-{3}|\.{3})[ \t]*$/m;
  }
});

// src/draft/kpis.ts
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
function unPaired(s) {
  const m = PAIR_METRIC.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  const v = PAIR_VALUE.exec(rest);
  if (!v || v.index === 0) return s;
  const at = m[0].length + v.index;
  return " ".repeat(m[0].length) + s.slice(m[0].length, at) + " ".repeat(v[0].length) + s.slice(at + v[0].length);
}
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
    let before2 = clause.slice(0, qa.start);
    if (label && ca === 0) before2 = before2.slice(Math.min(before2.length, label[0].length));
    let metric = cleanMetric2(before2.replace(/(?:实现|达到|达|为|是|共|约)$/, ""));
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
      const before2 = shift > 0 && table.metric === 0 ? row.slice(0, shift).map((c) => c.text).join("") : "";
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
      const category = before2 || (table.category >= 0 && row.length === width ? cleanMetric2(row[table.category]?.text ?? "") : "");
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
var KPI_HEADING, OTHER_FIELD, METRIC_HEADER, GUIDE_HEADER, DRAFT_HEADER, NUMBER_HEADER2, UNIT_PAREN, CATEGORY_HEADER, STAGE_HEADER, STAGE_CELL, CATEGORY_PREFIX, PAIR_METRIC, PAIR_VALUE, BASELINE, RESTATED, COMMIT, BACKGROUND, DISCLAIMERS, BREAKDOWN, CLASSIFIER, GUIDE_QUOTE, LAST_VALUE;
var init_kpis = __esm({
  "src/draft/kpis.ts"() {
    init_lexicon();
    init_threshold();
    init_tables();
    init_fields();
    KPI_HEADING = new RegExp(alternation(DRAFT_FIELDS.kpi));
    OTHER_FIELD = new RegExp(String.raw`^${alternation(draftFieldsExcept("kpi", "title").filter((w) => !["\u627F\u62C5\u5355\u4F4D", "\u7275\u5934\u5355\u4F4D"].includes(w)))}\s*[:：]?`);
    METRIC_HEADER = new RegExp(String.raw`^${alternation(KPI_METRIC_HEADERS)}(?:[（(].*[)）])?$`);
    GUIDE_HEADER = /指南|榜单要求|考核要求|要求值/;
    DRAFT_HEADER = /本项目|本课题|申报|承诺|拟达到|预期|目标值|指标值|项目指标|完成值|达到值|考核值|实现值|本单位/;
    NUMBER_HEADER2 = /^(?:序号|编号|No\.?)$/i;
    UNIT_PAREN = /[（(]\s*([A-Za-z%‰°″′μΩ/·^\d\-]+|[\u4e00-\u9fff]{1,3})\s*[)）]\s*$/;
    CATEGORY_HEADER = new RegExp(`^${alternation(KPI_CATEGORY_HEADERS)}$`);
    STAGE_HEADER = /^(?:考核)?(?:阶段|节点|时间节点|考核时间|时点)$/;
    STAGE_CELL = /^(?:中期|验收|结题|终期|期末|年度|完成时|项目完成时?|项目结束时?|项目验收时?|执行期满|实施期满|第[一二三四五1-5]年|\d{4}\s*年)/;
    CATEGORY_PREFIX = new RegExp(`^${alternation(KPI_CATEGORY_HEADERS)}`);
    PAIR_METRIC = new RegExp(String.raw`^[^:：]{0,8}?(?:${alternation(KPI_METRIC_HEADERS)})\s*[:：]`);
    PAIR_VALUE = new RegExp(String.raw`[ \t\u3000]*(?:${DRAFT_HEADER.source})[^:：\s]{0,3}\s*(?=[:：])`);
    BASELINE = /[由从](?=[^，,。；;由从]{0,40}?\d)[^，,。；;由从]{0,40}?(?=(?:提升|提高|增加|增长|扩展|扩大|拓展|升|降低|减少|减小|缩短|缩减|压缩|下降|降)(?:至|到|为))/g;
    RESTATED = /^[\p{Script=Han}]{0,4}\s*[（(]\s*(?:约|即|合)?\s*([^（）()，,；;。]{1,16}?)\s*[）)]/u;
    COMMIT = /本项目|本课题|承诺|拟达到|我们/;
    BACKGROUND = new RegExp(`^[\\s(\uFF08\\d)\uFF09.\u3001]*${alternation(BACKGROUND_CUES)}`);
    DISCLAIMERS = /仅(?:作|供|为|用于)?(?:对比|参考|比较)|(?:不是|并非|非|不属于|不作为|不列入)本(?:项目|课题)(?:的)?(?:考核)?指标/g;
    BREAKDOWN = /[（(]\s*(?:其中|含|包括|包含)/;
    CLASSIFIER = /^[\u4e00-\u9fff]{1,2}$/;
    GUIDE_QUOTE = /^[^:：，,。；;]{0,10}?(?:指南|榜单|原文)[^:：，,。；;]{0,6}[:：]|^(?:考核|指标)?要求\s*[:：]/;
    LAST_VALUE = /(?:[<>≤≥]|不(?:低|少|高|超)于)?\s*[-+]?\d+(?:\.\d+)?\s*[^\s\d|，,；;]{0,8}$/;
  }
});

// src/draft/period.ts
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
var PERIOD_LABEL, CN_YEAR, CN_MONTH, CN_DAY, YM, RANGE_RE, LENGTH_RE, pad;
var init_period = __esm({
  "src/draft/period.ts"() {
    init_number();
    init_fields();
    PERIOD_LABEL = "\u9879\u76EE\u6267\u884C\u671F\u9650|\u6267\u884C\u671F\u9650|\u5B9E\u65BD\u671F\u9650|\u9879\u76EE\u6267\u884C\u671F|\u9879\u76EE\u5B9E\u65BD\u671F|\u6267\u884C\u671F|\u5B9E\u65BD\u671F|\u5B9E\u65BD\u5468\u671F|\u9879\u76EE\u5468\u671F|\u7814\u7A76\u671F\u9650|\u6267\u884C\u5E74\u9650|\u8D77\u6B62\u5E74\u9650|\u8D77\u6B62\u5E74\u6708|\u8D77\u6B62\u65F6\u95F4|\u9879\u76EE\u8D77\u6B62\u65F6\u95F4|\u7814\u7A76\u5E74\u9650";
    CN_YEAR = "[\u3007\u96F6\u4E00\u4E8C][\u3007\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]{3}";
    CN_MONTH = "\u5341[\u4E00\u4E8C]?|[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]";
    CN_DAY = "[\u4E00\u4E8C\u4E09]?\u5341[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]?|[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]";
    YM = String.raw`((?:19|20)\d{2}|${CN_YEAR})\s*(?:年\s*(?:(\d{1,2}|${CN_MONTH})\s*月?(?:\s*(?:\d{1,2}|${CN_DAY})\s*日)?)?|[.\-/／．]\s*(\d{1,2})(?:\s*[.\-/／．]\s*\d{1,2})?)`;
    RANGE_RE = new RegExp(`${YM}\\s*(?:\u81F3|\u5230|\u2014+|\u2013|-|~|\uFF5E|\u301C)\\s*${YM}`);
    LENGTH_RE = /(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(个月|个自然月|月|年|周年)(?!\d)/;
    pad = (n) => String(n).padStart(2, "0");
  }
});

// src/draft/parties.ts
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
  const en2 = EN_COUNTRIES[t.toLowerCase().replace(/\s+/g, " ")];
  if (en2) return en2;
  const m = COUNTRY_RE.exec(t);
  if (m && (m[0].length === t.length || /^(?:籍|的?)$/.test(t.slice(m[0].length)))) return m[0];
  return void 0;
}
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
function readCount(t) {
  for (const line of t.lines) {
    if (!/单位|家/.test(line.text)) continue;
    const m = COUNT_RE.exec(line.text);
    if (!m) continue;
    const raw = m[1] ?? m[2] ?? m[3];
    const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (!n) continue;
    const excl = m[4] && /不含|不包括|未含/.test(m[4]);
    const before2 = line.text.slice(0, m.index);
    if (!m[4] && !/单位/.test(m[0]) && !/单位/.test(before2.slice(-8))) continue;
    return t.fact(excl ? n + 1 : n, m[0].trim(), line.offset + m.index);
  }
  return null;
}
var DIVISION, LEAD_LABEL, SIDE, LEAD_ROLE, LEAD_MARK, TASK_UNIT, PARTICIPANT_LABEL, ADDRESS_LABEL, ADDRESS_HINT, ADDRESS_REGION, COUNTRIES, COUNTRY_RE, EN_COUNTRIES, DOMESTIC, FOREIGN_CONTEXT, PROSE_UNITS, PROSE_TASK_UNITS, TYPE_WORDS, BARE_TYPE, TYPE_NOTE, N, COUNT_RE, COUNTRY_NOTE;
var init_parties2 = __esm({
  "src/draft/parties.ts"() {
    init_lexicon();
    init_number();
    init_tables();
    init_fields();
    DIVISION = "(?:\u4E0E|\u53CA|\u548C)(?:\u4EFB\u52A1)?\u5206\u5DE5";
    LEAD_LABEL = `${alternation(LEAD_UNIT_LABELS)}(?:${DIVISION})?`;
    SIDE = "(?:\u4E2D\u65B9|\u56FD\u5185|\u56FD\u5916|\u56FD[\uFF08(]\u5883[)\uFF09]\u5916|\u5916\u65B9|\u5883\u5916|\u6D77\u5916)";
    LEAD_ROLE = new RegExp(`\u7275\u5934|${LEAD_LABEL}`);
    LEAD_MARK = /[（(]\s*牵头(?:单位)?\s*[)）]/;
    TASK_UNIT = /[（(]([^（）()]{2,60})[)）][。；;]?$/;
    PARTICIPANT_LABEL = `(?:(?:\u5176\u4ED6|${SIDE}|\u56FD\u9645)?(?:\u9879\u76EE)?${alternation(PARTICIPANT_UNIT_LABELS)}|${SIDE}\u5355\u4F4D)(?:\u540D\u79F0|\u540D\u5355|${DIVISION})?(?:\u5171?[\\d\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+\u5BB6)?`;
    ADDRESS_LABEL = "(?:\u5355\u4F4D)?(?:\u6CE8\u518C\u5730\u5740|\u6CE8\u518C\u5730|\u6CE8\u518C\u6240\u5728\u5730|\u4F4F\u6240|\u5730\u5740)";
    ADDRESS_HINT = /注册地|住所|地址/;
    ADDRESS_REGION = new RegExp(`^(?:${alternation(DOMESTIC_MARKERS)})?\\s*(?:([\\u4e00-\\u9fff]{2,3}?)(?:\u7701|\u81EA\u6CBB\u533A|\u7279\u522B\u884C\u653F\u533A)|(\u5317\u4EAC|\u5929\u6D25|\u4E0A\u6D77|\u91CD\u5E86)\u5E02)`);
    COUNTRIES = [
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
    COUNTRY_RE = new RegExp(`^(?:${COUNTRIES.join("|")})`);
    EN_COUNTRIES = {
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
    DOMESTIC = /^(?:中国|中方|国内|境内)$/;
    FOREIGN_CONTEXT = /国外|外方|境外|海外|国际|国[（(]境[)）]外/;
    PROSE_UNITS = /由([^，,。；;由]{2,40}?)(?:负责)?牵头[^，,。；;]{0,6}[，,]\s*(?:联合|会同|携手|并与|与)([^。；;]{2,160}?)(?:等)?(?:共同|联合|一起)?(?:申报|承担|实施|组成|开展)/;
    PROSE_TASK_UNITS = [
      ["\u7531", /由([^，,。；;由“”"]{4,40}?(?:[（(][^（）()]{0,20}[)）])?)(?:具体|牵头)?(?:承担|负责|实施)/g],
      ["\u4F5C\u4E3A", /([^，,。；;由“”"]{4,40}?(?:[（(][^（）()]{0,20}[)）])?)作为(?:参与|合作|协作)单位/g]
    ];
    TYPE_WORDS = [
      ...ORGANISATION_TYPES.map(([type, words]) => [new RegExp(alternation(words), "gi"), type]),
      [/政府|委员会|局$|厅$/g, "government"]
    ];
    BARE_TYPE = /^[\u4e00-\u9fff]{0,4}(?:企业|院校|高校|院所|研发机构|事业单位|医疗机构|其他)$/;
    TYPE_NOTE = /企业|公司|高校|大学|学院|院校|科研院所|研究所|研究院|院所|医院|医疗机构|政府|事业单位|其他/;
    N = "(\\d+|[\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+)";
    COUNT_RE = new RegExp(
      `(?:(?:\u4E2D\u65B9|\u56FD\u5185|\u56FD\u5916)?(?:\u53C2\u4E0E|\u5408\u4F5C|\u53C2\u52A0|\u7533\u62A5|\u627F\u62C5|\u9879\u76EE)?\u5355\u4F4D\\s*(?:\u5171\u8BA1?|\u603B\u8BA1|\u5408\u8BA1|\u4E3A|\u5171\u6709)\\s*${N}\\s*\u5BB6|(?:\u53C2\u4E0E|\u5408\u4F5C|\u9879\u76EE)?\u5355\u4F4D(?:\u6570\u91CF?|\u603B\u6570|\u4E2A\u6570)\\s*[:\uFF1A\u4E3A]?\\s*${N}\\s*\u5BB6?|(?:\u5171|\u7531|\u5171\u6709|\u5408\u8BA1)\\s*${N}\\s*\u5BB6(?:\u5355\u4F4D)?)(\\s*[\uFF08(]?\\s*(?:\u542B|\u5305\u62EC|\u5305\u542B|\u4E0D\u542B|\u4E0D\u5305\u62EC|\u672A\u542B)\u7275\u5934(?:\u5355\u4F4D)?\\s*[)\uFF09]?)?`
    );
    COUNTRY_NOTE = /^([^（(：:，。]{2,60})[（(]([^（）()]{1,12})[）)]\s*[:：]/;
  }
});

// src/draft/pi.ts
function readDate(s) {
  const m = /(19\d{2}|20\d{2})\s*(?:年|[.\-/／．])\s*(\d{1,2})(?:\s*(?:月|[.\-/／．])\s*(\d{1,2})\s*日?|\s*月)?(?!\d)/.exec(s);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const day = m[3] ? Number(m[3]) : null;
  const value = `${m[1]}-${String(month).padStart(2, "0")}${day && day <= 31 ? `-${String(day).padStart(2, "0")}` : ""}`;
  return { value, index: m.index, length: m[0].length };
}
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
var PI_LABEL, TITLES, TITLE_RE, RESIDENT_ID, BIRTH_RE, FIELD_STOP, isOrganisation, NO_ACTIVE, ACTIVE, OTHER_APPLICATIONS, NAME_COLUMN, BIRTH_COLUMN, TITLE_COLUMN, EMPLOYER_COLUMN, ROLE_COLUMN;
var init_pi = __esm({
  "src/draft/pi.ts"() {
    init_lexicon();
    init_tables();
    init_fields();
    init_parties2();
    PI_LABEL = `${alternation(DRAFT_FIELDS.pi)}(?:\u59D3\u540D|\u7B80\u4ECB|\u7B80\u5386|\u57FA\u672C\u60C5\u51B5|\u60C5\u51B5)?`;
    TITLES = [
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
    TITLE_RE = new RegExp(TITLES.join("|"));
    RESIDENT_ID = /(?<![\dA-Za-z])\d{6}((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/;
    BIRTH_RE = /出生于\s*|出生(?:年月|日期|年月日|时间)?\s*[:：|]?\s*|生于\s*/g;
    FIELD_STOP = new RegExp(`^(?:${alternation(draftFieldsExcept("pi"))}|${DIRECTION_REFERENCE})`);
    isOrganisation = (name) => unitType(name) !== null;
    NO_ACTIVE = /(?:无|没有|未(?:主持|承担)|不存在)(?:主持|承担)?(?:的)?在研[^，,；;。\n]{0,20}?(?:项目|课题)/;
    ACTIVE = /(?:主持|承担|负责)?在研(?:项目|课题)(?:情况)?\s*(?:[:：]|\|)\s*([^\n]+)|(?:主持|承担|负责)[^\n。；;]{0,60}?[（(][^）)\n]{0,40}在研[）)]/g;
    OTHER_APPLICATIONS = /(?:本年度|本年|同年度?|今年|当年|同期)[^：:|\n]{0,16}?申报的?(?:其他|其它)[^：:|\n]{0,16}?(?:项目|课题)(?:情况)?\s*(?:[:：]|\|)\s*([^\n|]+)/;
    NAME_COLUMN = /^姓\s*名$/;
    BIRTH_COLUMN = /出生/;
    TITLE_COLUMN = /^职\s*称|职务/;
    EMPLOYER_COLUMN = /工作单位|所在单位|单位名称|^单位$/;
    ROLE_COLUMN = /分工|角色|任务|职责/;
  }
});

// src/draft/text.ts
var DraftText;
var init_text = __esm({
  "src/draft/text.ts"() {
    DraftText = class {
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
          const before2 = this.doc.raw.slice(raw - (place.column ?? 1) + 1, raw);
          Object.assign(place, { table: word.table, row: word.row, cell: before2.split(" | ").length });
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
  }
});

// src/draft/index.ts
var draft_exports = {};
__export(draft_exports, {
  readDraft: () => readDraft
});
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
var TITLE_LABEL2;
var init_draft = __esm({
  "src/draft/index.ts"() {
    init_lexicon();
    init_doc();
    init_ingest();
    init_normalize();
    init_budget();
    init_direction();
    init_fields();
    init_front_matter();
    init_kpis();
    init_period();
    init_pi();
    init_text();
    init_parties2();
    TITLE_LABEL2 = alternation(DRAFT_FIELDS.title);
  }
});

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
var init_bare_direction = __esm({
  "src/model/bare-direction.ts"() {
  }
});

// src/model/published.ts
import { readFileSync } from "node:fs";
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
function pageUrl(path) {
  return `${REPOSITORY}/blob/v${VERSION}/${path}`;
}
var DEFAULT_REPOSITORY, PKG, VERSION, REPOSITORY;
var init_published = __esm({
  "src/model/published.ts"() {
    DEFAULT_REPOSITORY = "https://github.com/guide-cli/guide";
    PKG = readPackage();
    VERSION = PKG.version ?? "0.0.0";
    REPOSITORY = repositoryUrl(PKG.repository) ?? forgeHomepage(PKG.homepage) ?? DEFAULT_REPOSITORY;
  }
});

// src/check/docs.ts
function ruleDocsUrl(id) {
  return pageUrl(`src/check/rules/${id}.md`);
}
var init_docs = __esm({
  "src/check/docs.ts"() {
    init_published();
    init_published();
  }
});

// src/check/quantity-units.ts
function mul(a, b, exp) {
  const dims = { ...a.dims };
  for (const [k, e] of Object.entries(b.dims)) {
    dims[k] = (dims[k] ?? 0) + e * exp;
    if (dims[k] === 0) delete dims[k];
  }
  return { scale: a.scale * b.scale ** exp, dims };
}
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
function uncounted(dims) {
  return Object.fromEntries(Object.entries(dims).filter(([k]) => k !== "count"));
}
var SI, PREFIXABLE, PLAIN, CN_ALIAS, COUNT_RE2, CN_SCALES, CN_SCALES_LONGEST_FIRST, SUPERSCRIPT, normalizeUnit2, ONE, readUnit2, unitFactorOf, unitDimension;
var init_quantity_units = __esm({
  "src/check/quantity-units.ts"() {
    init_unit();
    init_memo();
    init_units();
    SI = {
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
    PREFIXABLE = {
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
    PLAIN = {
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
    CN_ALIAS = Object.fromEntries(Object.entries(MEASURE_WORDS).filter(([, symbol]) => symbol !== ""));
    COUNT_RE2 = /^[\u3400-\u9fff]{1,3}$/;
    CN_SCALES = { \u5341: 10, \u767E: 100, \u5343: 1e3, \u4E07: 1e4, \u5341\u4E07: 1e5, \u767E\u4E07: 1e6, \u5343\u4E07: 1e7, \u4EBF: 1e8, \u842C: 1e4, \u5104: 1e8 };
    CN_SCALES_LONGEST_FIRST = Object.entries(CN_SCALES).sort((a, b) => b[0].length - a[0].length);
    SUPERSCRIPT = { "\u2070": "0", "\xB9": "1", "\xB2": "2", "\xB3": "3", "\u2074": "4", "\u2075": "5", "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9", "\u207B": "-" };
    normalizeUnit2 = memoize(
      (unit) => normalizeUnit(unit).normalize("NFKC").replace(/′′/g, "\u2033").replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/g, (c) => SUPERSCRIPT[c] ?? c).replace(/µ/g, "\u03BC").replace(/\s+/g, "").replace(/\^/g, "").replace(/[∙•×*]/g, "\xB7").replace(/^·/, "\xD7")
    );
    ONE = { scale: 1, dims: {} };
    readUnit2 = memoize((unit) => {
      let u = normalizeUnit2(unit);
      u = normalizeUnit2(COMPOUND_UNITS[u] ?? u);
      let scale2 = 1;
      const pow = /^(?:[×xX]\s*)?10(-?\d{1,2})(?=$|[^\d])/.exec(u);
      if (pow && (u.startsWith("\xD7") || u.startsWith("x") || u.startsWith("X") || u.length > pow[0].length)) {
        scale2 = 10 ** Number(pow[1]);
        u = u.slice(pow[0].length).replace(/^·/, "");
      }
      if (u === "") return { scale: scale2, dims: {} };
      u = u.replace(/\/\(([^()]+)\)/g, (_, group) => "/" + group.split("\xB7").join("/"));
      const whole = atom(u);
      if (whole) return { scale: scale2 * whole.scale, dims: whole.dims };
      const parts = u.split("/");
      let out = { scale: scale2, dims: {} };
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
    unitFactorOf = memoize((pair) => {
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
    unitDimension = memoize((unit) => {
      const r = readUnit2(unit);
      if (!r) return "";
      return Object.entries(r.dims).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([k, e]) => `${k}^${e}`).join("\xB7");
    });
  }
});

// src/check/match.ts
function terms(text) {
  return text.length <= 400 ? shortTerms(text) : termsOf(text);
}
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
function similarity(a, b) {
  return dice(terms(a), terms(b));
}
function metricTerms(metric) {
  return terms(metric.replace(STOP, " "));
}
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
function specsOf(metric) {
  return new Set([...metric.matchAll(SPEC)].map((m) => m[0].toLowerCase()));
}
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
var shortTerms, STOP, guideMetricCache, SPEC, PER_BASE, MATCH_MIN, CONTESTED_MARGIN, cache, EPS, COVERAGE, eq;
var init_match = __esm({
  "src/check/match.ts"() {
    init_threshold();
    init_memo();
    init_quantity_units();
    shortTerms = memoize(termsOf);
    STOP = /(?:不低于|不少于|不超过|不高于|以上|以下|以内|达到|大于|小于|低于|高于|超过|至少|支持|实现|完成|具有|具备|提升|提高|降低|分别|其中|包括|研制|研发|制备出?|形成|建立|申请|授权|获得)/g;
    guideMetricCache = /* @__PURE__ */ new WeakMap();
    SPEC = /\d+(?:\.\d+)?(?:[A-Za-zμ]+|英寸|寸|代|层|核)/g;
    PER_BASE = /^每\s*(公斤|千克|吨|克|平方米|立方米|千瓦时|小时|天|台|套|件)/;
    MATCH_MIN = 0.3;
    CONTESTED_MARGIN = 0.05;
    cache = /* @__PURE__ */ new WeakMap();
    EPS = 1e-9;
    COVERAGE = /范围|覆盖|量程|工作温度|环境温度|频段|温区|波段|调谐/;
    eq = (a, b) => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
  }
});

// src/check/runner.ts
function factLabel(path, lang) {
  return path.split("|").map((p) => FACT_LABELS[p]?.[lang] ?? p).join(lang === "zh" ? " \u6216 " : " or ");
}
function renderMessage(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => k in data ? String(data[k]) : m);
}
function factAt(facts, path) {
  let cur = facts;
  for (const key of path.split(".")) {
    if (cur === null || cur === void 0 || typeof cur !== "object") return void 0;
    const o = cur;
    if (key in o) cur = o[key];
    else if (o.value && typeof o.value === "object") cur = o.value[key];
    else return void 0;
  }
  return cur;
}
function unfilledKey(facts, fact) {
  const paths = fact.split("|");
  return facts.unfilled.find((u) => paths.some((p) => u.value === p || u.value.startsWith(p + ".") || p.startsWith(u.value + ".")));
}
function statedEmpty(facts, path) {
  return Array.isArray(factAt(facts, path)) && facts.unfilled.some((u) => u.value === path);
}
function missing(v) {
  return v === null || v === void 0 || Array.isArray(v) && v.length === 0;
}
function effectiveConstraints(guide, direction) {
  const own = [...direction.constraints];
  const span = { startLine: direction.span.startLine, endLine: direction.span.endLine };
  if (direction.fundingCap)
    own.push({ kind: "funding_cap", value: direction.fundingCap.yuan, text: direction.fundingCap.text, span });
  if (direction.durationMaxYears !== null)
    own.push({ kind: "duration_max_years", value: direction.durationMaxYears, text: `${direction.durationMaxYears}\u5E74`, span });
  if (direction.matchingRatioMin !== null)
    own.push({ kind: "matching_ratio_min", value: direction.matchingRatioMin, text: `${direction.matchingRatioMin}:1`, span });
  const kinds = new Set(own.filter((c) => c.kind !== "other").map((c) => c.kind));
  const out = [...own];
  const seen = new Set(out.map((c) => `${c.kind}\0${String(c.value)}`));
  for (const r of guide.rules) {
    if (kinds.has(r.kind)) continue;
    if (r.condition && !(r.condition.appliesTo ?? []).includes(direction.id)) continue;
    const key = `${r.kind}\0${String(r.value)}`;
    if (r.kind !== "other" && seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}
function constraintOf(constraints, kind) {
  return constraints.find((c) => c.kind === kind);
}
function guideHas(constraints, direction, name) {
  return name.split("|").some((n) => n === "kpis" ? direction.kpis.length > 0 : constraints.some((c) => c.kind === n));
}
function missingFacts(meta, constraints, direction, facts) {
  const out = [];
  for (const req of meta.requires.draft) {
    const [path, cond] = req.split(/\s+if\s+/);
    if (cond && !guideHas(constraints, direction, cond)) continue;
    const alts = path.split("|");
    if (!alts.every((p) => missing(factAt(facts, p)) && !statedEmpty(facts, p))) continue;
    const roots = new Set(alts.map((p) => p.split(".")[0]));
    const root = roots.size === 1 ? [...roots][0] : null;
    const name = root && root !== path && missing(factAt(facts, root)) ? root : path;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
function defaultPlace(facts) {
  return facts.direction ? { line: facts.direction.line, source: facts.direction.source } : { line: 1, source: "text" };
}
function locationOf(at, path) {
  const location = { path, line: Math.max(1, Math.trunc(at.line) || 1) };
  if (at.column !== void 0 && at.column >= 1) location.column = at.column;
  if (at.page !== void 0 && at.page >= 1) location.page = at.page;
  for (const k of ["paragraph", "table", "row", "cell"]) if (at[k] !== void 0) location[k] = at[k];
  return location;
}
function quote(text) {
  if (!text) return void 0;
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 80 ? `${t.slice(0, 79)}\u2026` : t;
}
function stampFinding(meta, r, ctx) {
  const data = r.data ?? {};
  const shown = { ...data };
  for (const [k, v] of Object.entries(r.i18n ?? {})) shown[k] = v[ctx.lang];
  const template = meta.messages[r.messageId]?.[ctx.lang] ?? r.messageId;
  const location = locationOf(r.at ?? defaultPlace(ctx.facts), ctx.facts.path);
  const excerpt = r.at ? quote(ctx.facts.lines[location.line - 1]) : void 0;
  return makeFinding({
    ruleId: meta.id,
    severity: r.doubtful && ctx.severity === "error" ? "warning" : ctx.severity,
    message: renderMessage(template, shown),
    directionId: ctx.directionId,
    kpi: r.kpi,
    found: r.found,
    location,
    excerpt: excerpt || void 0,
    messageId: r.messageId,
    data,
    expected: r.expected,
    actual: r.actual,
    related: r.clause ? [{ path: ctx.guide.source.path, line: Math.max(1, r.clause.span.startLine), note: r.clause.note ?? quote(r.clause.text) ?? CLAUSE_NOTE[ctx.lang] }] : void 0,
    url: ruleDocsUrl(meta.id)
  });
}
function sortFindings(fs) {
  return fs.sort(
    (a, b) => a.location.line - b.location.line || (a.location.column ?? 0) - (b.location.column ?? 0) || cmp(a.ruleId, b.ruleId) || cmp(a.messageId, b.messageId) || cmp(a.message, b.message)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function runRules(input) {
  const { guide, direction, facts, rules } = input;
  const lang = input.lang ?? "zh";
  const constraints = effectiveConstraints(guide, direction);
  const findings = [];
  const missingBy = /* @__PURE__ */ new Map();
  const fieldMissing = rules.find((r) => r.meta.id === FIELD_MISSING_ID);
  for (const rule of rules) {
    const meta = rule.meta;
    const setting = input.severity?.[meta.id] ?? meta.defaultSeverity;
    if (setting === "off") continue;
    const ctx = { guide, facts, directionId: direction.id, lang, severity: setting };
    try {
      if (!meta.requires.guide.every((g) => guideHas(constraints, direction, g))) continue;
      const lacking = missingFacts(meta, constraints, direction, facts);
      if (lacking.length > 0) {
        for (const p of lacking) missingBy.set(p, [...missingBy.get(p) ?? [], meta.id]);
        continue;
      }
      rule.check?.({
        guide,
        direction,
        constraints,
        facts,
        report: (r) => findings.push(stampFinding(meta, r, ctx))
      });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      findings.push(
        makeFinding({
          ruleId: meta.id,
          severity: "error",
          message: renderMessage(CRASH[lang], { rule: meta.id, error }),
          directionId: direction.id,
          location: { path: facts.path, line: defaultPlace(facts).line },
          messageId: "rule-crashed",
          data: { rule: meta.id, error },
          url: ruleDocsUrl(meta.id),
          fatal: true
        })
      );
    }
  }
  const fmSetting = fieldMissing ? input.severity?.[FIELD_MISSING_ID] ?? fieldMissing.meta.defaultSeverity : "off";
  if (fieldMissing && fmSetting !== "off") {
    const ctx = { guide, facts, directionId: direction.id, lang, severity: fmSetting };
    for (const [fact, needers] of missingBy) {
      const empty = unfilledKey(facts, fact);
      findings.push(
        stampFinding(
          fieldMissing.meta,
          {
            messageId: empty ? "unfilled" : "missing",
            ...empty ? { at: empty } : {},
            data: { fact, rules: needers.join(", ") },
            i18n: { label: { zh: factLabel(fact, "zh"), en: factLabel(fact, "en") } },
            found: { fact, rules: needers }
          },
          ctx
        )
      );
    }
  }
  return sortFindings(findings);
}
var FACT_LABELS, CLAUSE_NOTE, CRASH, FIELD_MISSING_ID;
var init_runner = __esm({
  "src/check/runner.ts"() {
    init_finding();
    init_docs();
    FACT_LABELS = {
      direction: { zh: "\u7533\u62A5\u65B9\u5411", en: "the direction applied for" },
      projectTitle: { zh: "\u9879\u76EE\u540D\u79F0", en: "the project title" },
      leadUnit: { zh: "\u7275\u5934\uFF08\u627F\u62C5\uFF09\u5355\u4F4D", en: "the lead unit" },
      "leadUnit.type": { zh: "\u7275\u5934\u5355\u4F4D\u7C7B\u578B\uFF08\u4F01\u4E1A/\u9AD8\u6821/\u79D1\u7814\u9662\u6240\uFF09", en: "the lead unit's type (enterprise/university/institute)" },
      participants: { zh: "\u53C2\u4E0E\u5355\u4F4D", en: "the participating units" },
      participantCount: { zh: "\u53C2\u4E0E\u5355\u4F4D\u6570\u91CF", en: "the number of units" },
      pi: { zh: "\u9879\u76EE\u8D1F\u8D23\u4EBA", en: "the principal investigator" },
      "pi.birthDate": { zh: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u51FA\u751F\u5E74\u6708", en: "the PI's date of birth" },
      "pi.employedByLead": { zh: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u662F\u5426\u4E3A\u7275\u5934\u5355\u4F4D\u5728\u804C\u4EBA\u5458", en: "whether the PI is employed by the lead unit" },
      period: { zh: "\u6267\u884C\u671F\u9650", en: "the project period" },
      "period.months": { zh: "\u6267\u884C\u671F\u9650\uFF08\u6708\u6570\uFF09", en: "the project length in months" },
      "period.start": { zh: "\u6267\u884C\u671F\u9650\u8D77\u59CB\u5E74\u6708", en: "the project start" },
      "period.end": { zh: "\u6267\u884C\u671F\u9650\u7ED3\u675F\u5E74\u6708", en: "the project end" },
      "budget.government": { zh: "\u7533\u8BF7\u8D22\u653F\uFF08\u56FD\u62E8\uFF09\u7ECF\u8D39", en: "the requested government funding" },
      "budget.selfFunded": { zh: "\u81EA\u7B79\uFF08\u914D\u5957\uFF09\u7ECF\u8D39", en: "the self-raised (matching) funds" },
      "budget.total": { zh: "\u603B\u7ECF\u8D39\uFF08\u603B\u9884\u7B97\uFF09", en: "the total budget" },
      kpis: { zh: "\u8003\u6838\u6307\u6807", en: "the committed KPIs" },
      lines: { zh: "\u6B63\u6587", en: "the draft text" }
    };
    CLAUSE_NOTE = { zh: "\u6307\u5357\u6761\u6B3E", en: "guide clause" };
    CRASH = { zh: "\u89C4\u5219 {{rule}} \u8FD0\u884C\u51FA\u9519\uFF1A{{error}}", en: "Rule {{rule}} crashed: {{error}}" };
    FIELD_MISSING_ID = "field-missing";
  }
});

// src/check/kpis.ts
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
function kpiChecklist(direction, facts) {
  const noKpis = facts.kpis.length === 0;
  return assessKpis(direction, facts).map(({ pair, verdict, owed, doubtful }) => {
    const row = { kpi: pair.guide, required: requirementText(pair.guide), status: statusOf(verdict, owed, doubtful) };
    if (pair.committed) {
      row.stated = requirementText(pair.committed.value);
      row.location = locationOf(pair.committed, facts.path);
    }
    const ruleId = { fail: "kpi-threshold-not-met", incompatible: "kpi-unit-incompatible", unanswered: noKpis ? "field-missing" : "kpi-missing", pass: void 0 }[verdict];
    if (ruleId !== void 0 && row.status !== "not-required") row.ruleId = ruleId;
    return row;
  });
}
function statusOf(verdict, owed, doubtful) {
  if (verdict === "pass") return "met";
  if (verdict === "unanswered") return owed ? "not-stated" : "not-required";
  return doubtful ? "doubtful" : "not-met";
}
var cache2;
var init_kpis2 = __esm({
  "src/check/kpis.ts"() {
    init_match();
    init_quantity_units();
    init_runner();
    cache2 = /* @__PURE__ */ new WeakMap();
  }
});

// src/check/rule.ts
function defineRule(rule) {
  if (rule.check === void 0 === (rule.meta.reportedBy === void 0))
    throw new Error(`rule ${rule.meta.id}: give it a check() or meta.reportedBy, not ${rule.check ? "both" : "neither"}`);
  return rule;
}
var init_rule = __esm({
  "src/check/rule.ts"() {
  }
});

// src/check/facts.ts
function unitTypeOf(u) {
  return u.type ?? unitType(u.name);
}
function isForeign(u) {
  return u.country !== null && u.country.trim() !== "" && !DOMESTIC2.test(u.country.trim());
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
function roundingOf(m) {
  const num = /(\d+)(?:\.(\d+))?/.exec(m.text.replace(/,/g, ""));
  if (!num) return 0.5;
  if (!num[2]) return 0.5;
  const scale2 = MONEY_SCALE.find(([re]) => re.test(m.text))?.[1] ?? 1;
  return 0.5 * 10 ** -num[2].length * scale2;
}
function yuanText(yuan) {
  if (Math.abs(yuan) >= 1e8 && Math.abs(yuan) % 1e6 === 0) return `${Number((yuan / 1e8).toPrecision(10))}\u4EBF\u5143`;
  if (Math.abs(yuan) >= 1e4) return `${Number((yuan / 1e4).toFixed(2))}\u4E07\u5143`;
  return `${Number(yuan.toFixed(2))}\u5143`;
}
function percentText(x) {
  return `${Number((x * 100).toFixed(2))}%`;
}
function regionOf(text) {
  for (const r of Object.keys(REGIONS)) if (text.includes(r)) return r;
  for (const [r, places] of Object.entries(REGIONS)) if (places.some((p) => text.includes(p))) return r;
  return null;
}
function regionsInName(name) {
  return Object.entries(REGIONS).filter(([, places]) => places.some((p) => name.includes(p))).map(([r]) => r);
}
var DOMESTIC2, MONEY_SCALE, REGIONS;
var init_facts = __esm({
  "src/check/facts.ts"() {
    init_lexicon();
    init_parties2();
    DOMESTIC2 = new RegExp(`^${alternation(DOMESTIC_MARKERS)}$`, "i");
    MONEY_SCALE = [
      [/千万/, 1e7],
      [/百万/, 1e6],
      [/亿|億/, 1e8],
      [/万|萬/, 1e4],
      [/千元/, 1e3]
    ];
    REGIONS = {
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
  }
});

// src/check/rules/applicant-ineligible.ts
var applicant_ineligible_default;
var init_applicant_ineligible = __esm({
  "src/check/rules/applicant-ineligible.ts"() {
    init_rule();
    init_runner();
    init_facts();
    applicant_ineligible_default = defineRule({
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
  }
});

// src/check/rules/budget-inconsistent.ts
var budget_inconsistent_default;
var init_budget_inconsistent = __esm({
  "src/check/rules/budget-inconsistent.ts"() {
    init_rule();
    init_facts();
    budget_inconsistent_default = defineRule({
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
  }
});

// src/check/rules/content-not-covered.ts
function contentItems(direction) {
  const raw = direction.keywords.length > 0 ? direction.keywords : direction.title.split(/及|与|和|、|，|,|；|;|的|暨|以及|并|面向|基于/);
  const out = [];
  for (const r of raw) {
    const item = r.replace(GENERIC, "").replace(/[（）()“”"《》\s]/g, "").trim();
    if ((item.match(/[\u3400-\u9fff]/g) ?? []).length >= 2 || /[A-Za-z]{2,}/.test(item)) out.push(item);
  }
  return [...new Set(out)];
}
var GENERIC, COVERED, content_not_covered_default;
var init_content_not_covered = __esm({
  "src/check/rules/content-not-covered.ts"() {
    init_rule();
    init_match();
    GENERIC = /(?:关键技术|共性技术|技术研究|合作研发|合作研究|研究与示范|示范应用|应用示范|产业化|研究|研发|研制|开发|示范|应用|技术|攻关)/g;
    COVERED = 0.5;
    content_not_covered_default = defineRule({
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
  }
});

// src/check/rules/direction-not-found.ts
var direction_not_found_default;
var init_direction_not_found = __esm({
  "src/check/rules/direction-not-found.ts"() {
    init_rule();
    direction_not_found_default = defineRule({
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
  }
});

// src/check/rules/duration-too-long.ts
var duration_too_long_default;
var init_duration_too_long = __esm({
  "src/check/rules/duration-too-long.ts"() {
    init_rule();
    init_runner();
    init_facts();
    init_match();
    duration_too_long_default = defineRule({
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
  }
});

// src/check/rules/enterprise-partner-missing.ts
var enterprise_partner_missing_default;
var init_enterprise_partner_missing = __esm({
  "src/check/rules/enterprise-partner-missing.ts"() {
    init_rule();
    init_runner();
    init_facts();
    enterprise_partner_missing_default = defineRule({
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
  }
});

// src/check/rules/field-missing.ts
var field_missing_default;
var init_field_missing = __esm({
  "src/check/rules/field-missing.ts"() {
    init_rule();
    field_missing_default = defineRule({
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
  }
});

// src/check/rules/foreign-partner-missing.ts
var foreign_partner_missing_default;
var init_foreign_partner_missing = __esm({
  "src/check/rules/foreign-partner-missing.ts"() {
    init_rule();
    init_runner();
    init_facts();
    foreign_partner_missing_default = defineRule({
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
  }
});

// src/check/rules/front-matter-key-unknown.ts
var front_matter_key_unknown_default;
var init_front_matter_key_unknown = __esm({
  "src/check/rules/front-matter-key-unknown.ts"() {
    init_rule();
    front_matter_key_unknown_default = defineRule({
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
  }
});

// src/check/rules/funding-over-cap.ts
var funding_over_cap_default;
var init_funding_over_cap = __esm({
  "src/check/rules/funding-over-cap.ts"() {
    init_rule();
    init_runner();
    init_facts();
    funding_over_cap_default = defineRule({
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
  }
});

// src/check/rules/gov-share-too-high.ts
var gov_share_too_high_default;
var init_gov_share_too_high = __esm({
  "src/check/rules/gov-share-too-high.ts"() {
    init_rule();
    init_runner();
    init_facts();
    gov_share_too_high_default = defineRule({
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
  }
});

// src/check/rules/kpi-missing.ts
var kpi_missing_default;
var init_kpi_missing = __esm({
  "src/check/rules/kpi-missing.ts"() {
    init_rule();
    init_kpis2();
    init_match();
    kpi_missing_default = defineRule({
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
  }
});

// src/check/rules/kpi-threshold-not-met.ts
var kpi_threshold_not_met_default;
var init_kpi_threshold_not_met = __esm({
  "src/check/rules/kpi-threshold-not-met.ts"() {
    init_rule();
    init_kpis2();
    init_match();
    kpi_threshold_not_met_default = defineRule({
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
  }
});

// src/check/rules/kpi-unit-incompatible.ts
var kpi_unit_incompatible_default;
var init_kpi_unit_incompatible = __esm({
  "src/check/rules/kpi-unit-incompatible.ts"() {
    init_rule();
    init_kpis2();
    init_match();
    kpi_unit_incompatible_default = defineRule({
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
  }
});

// src/check/rules/matching-ratio-too-low.ts
var matching_ratio_too_low_default;
var init_matching_ratio_too_low = __esm({
  "src/check/rules/matching-ratio-too-low.ts"() {
    init_rule();
    init_runner();
    init_match();
    matching_ratio_too_low_default = defineRule({
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
  }
});

// src/check/rules/participants-too-many.ts
var participants_too_many_default;
var init_participants_too_many = __esm({
  "src/check/rules/participants-too-many.ts"() {
    init_rule();
    init_runner();
    init_facts();
    participants_too_many_default = defineRule({
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
  }
});

// src/check/rules/pi-ineligible.ts
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
function ageOn(birth, ref) {
  return ref.y - birth.y - (before(ref, { y: ref.y, m: birth.m, d: birth.d }) ? 1 : 0);
}
function referenceDate(guide, projectStart) {
  const s = guide.meta.publishedAt ?? guide.meta.deadlines[0]?.at ?? null;
  if (s) return readDate2(s, false);
  const y = projectStart ? /^(\d{4})/.exec(projectStart) : null;
  return y ? { y: Number(y[1]), m: 1, d: 1 } : null;
}
var LEVELS, before, CUTOFF, pi_ineligible_default;
var init_pi_ineligible = __esm({
  "src/check/rules/pi-ineligible.ts"() {
    init_pi();
    init_rule();
    init_runner();
    LEVELS = [/揭榜挂帅/, /国家/, /省/, /市/];
    before = (a, b) => a.y * 1e4 + a.m * 100 + a.d < b.y * 1e4 + b.m * 100 + b.d;
    CUTOFF = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*[（(]?含[)）]?\s*(?:及)?(?:以后|之后|后)出生|(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:及|或)?(?:以后|之后|后)出生/;
    pi_ineligible_default = defineRule({
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
  }
});

// src/check/rules/unused-waiver.ts
var unused_waiver_default;
var init_unused_waiver = __esm({
  "src/check/rules/unused-waiver.ts"() {
    init_rule();
    unused_waiver_default = defineRule({
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
  }
});

// src/check/rules/waiver-reason-missing.ts
var waiver_reason_missing_default;
var init_waiver_reason_missing = __esm({
  "src/check/rules/waiver-reason-missing.ts"() {
    init_rule();
    waiver_reason_missing_default = defineRule({
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
  }
});

// src/check/rules/index.ts
var RULES, RULE_LIST;
var init_rules2 = __esm({
  "src/check/rules/index.ts"() {
    init_applicant_ineligible();
    init_budget_inconsistent();
    init_content_not_covered();
    init_direction_not_found();
    init_duration_too_long();
    init_enterprise_partner_missing();
    init_field_missing();
    init_foreign_partner_missing();
    init_front_matter_key_unknown();
    init_funding_over_cap();
    init_gov_share_too_high();
    init_kpi_missing();
    init_kpi_threshold_not_met();
    init_kpi_unit_incompatible();
    init_matching_ratio_too_low();
    init_participants_too_many();
    init_pi_ineligible();
    init_unused_waiver();
    init_waiver_reason_missing();
    RULES = {
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
    RULE_LIST = Object.values(RULES);
  }
});

// src/check/index.ts
var check_exports = {};
__export(check_exports, {
  RULES: () => RULES,
  RULE_LIST: () => RULE_LIST,
  VERSION: () => VERSION,
  checkDraft: () => checkDraft,
  effectiveConstraints: () => effectiveConstraints,
  normalizeDirectionId: () => normalizeDirectionId,
  resolveDirection: () => resolveDirection,
  ruleDocsUrl: () => ruleDocsUrl
});
function rankByTitle(guide, title) {
  const t = terms(title);
  return guide.directions.map((d) => {
    const dt = terms(d.title);
    const di = dice(t, dt), cov = coverage(t, dt);
    return { d, s: (di + cov) / 2, dice: di, cov };
  }).sort((a, b) => b.s - a.s || (a.d.id < b.d.id ? -1 : a.d.id > b.d.id ? 1 : 0));
}
function ambiguous(best, second, min) {
  if (!second || second.s < min) return false;
  return best.s - second.s < AMBIGUOUS_GAP || best.cov >= 0.95 && second.cov >= 0.95 && best.dice < 0.95;
}
function resolveDirection(guide, facts, option) {
  const byId = (raw) => {
    const id = normalizeDirectionId(raw);
    return guide.directions.find((d) => d.id === id) ?? guide.directions.find((d) => d.id === raw.trim()) ?? null;
  };
  const closestById = (raw) => {
    const id = normalizeDirectionId(raw);
    return guide.directions.filter((d) => d.id.startsWith(id.split(".")[0])).slice(0, 3);
  };
  if (option !== void 0) {
    const d = byId(option);
    return d ? { direction: d, match: { by: "option", confidence: 1 } } : { direction: null, messageId: "notFound", found: option, candidates: closestById(option) };
  }
  const named = facts.direction?.value;
  const title = named?.title ?? null;
  if (named?.id) {
    const d = byId(named.id);
    if (d && title && similarity(title, d.title) < TITLE_MIN) {
      const ranked = rankByTitle(guide, title);
      const best = ranked[0];
      const sameNumber = best && best.d !== d && best.d.id.split(".").pop() === d.id.split(".").pop();
      if (sameNumber && best.s >= STATED_ID_TITLE_MIN && !ambiguous(best, ranked[1], TITLE_MIN))
        return { direction: best.d, match: { by: "title", confidence: Math.round(best.s * 100) / 100 } };
    }
    if (d) return { direction: d, match: { by: "id", confidence: 1 } };
  }
  const tryTitle = (t, by, min) => {
    const ranked = rankByTitle(guide, t);
    const best = ranked[0];
    if (!best) return null;
    const second = ranked[1];
    if (best.s >= min && !ambiguous(best, second, min))
      return { direction: best.d, match: { by, confidence: Math.round(best.s * 100) / 100 } };
    if (best.s >= min)
      return { direction: null, messageId: "ambiguous", found: t, candidates: ranked.slice(0, 3).map((r) => r.d) };
    return null;
  };
  if (title) {
    const statedWrong = !!named?.id && !guide.areas.some((a) => a.id === normalizeDirectionId(named.id));
    const r = tryTitle(title, "title", statedWrong ? STATED_ID_TITLE_MIN : TITLE_MIN);
    if (r) return r;
  }
  if (facts.projectTitle && !named?.id) {
    const r = tryTitle(facts.projectTitle.value, "project-title", PROJECT_TITLE_MIN);
    if (r) return r;
  }
  if (!named && guide.directions.length === 1) return { direction: guide.directions[0], match: { by: "only", confidence: 1 } };
  const found = named?.id ?? title ?? "";
  const probe = title ?? facts.projectTitle?.value ?? "";
  const candidates = probe ? rankByTitle(guide, probe).slice(0, 3).map((r) => r.d) : named?.id ? closestById(named.id) : [];
  return { direction: null, messageId: found ? "notFound" : "absent", found, candidates };
}
function checkDraft(guide, facts, options = {}) {
  const lang = options.lang ?? "zh";
  try {
    const res = resolveDirection(guide, facts, options.direction);
    if (!res.direction) {
      const meta = RULES["direction-not-found"].meta;
      const setting = options.severity?.[meta.id] ?? meta.defaultSeverity;
      if (setting === "off") return { directionId: null, findings: [] };
      const candidates = res.candidates.map((d) => `${d.id} ${d.title}`).join(lang === "zh" ? "\uFF1B" : "; ") || (lang === "zh" ? "\u65E0" : "none");
      const f = stampFinding(
        meta,
        {
          messageId: res.messageId,
          at: facts.direction ?? facts.projectTitle ?? null,
          data: { found: res.found, candidates },
          found: { direction: res.found, candidates: res.candidates.map((d) => d.id) },
          // certain only when the draft states an id the guide does not have; otherwise the reference is unclear
          doubtful: !(res.messageId === "notFound" && facts.direction?.value.id)
        },
        { guide, facts, directionId: null, lang, severity: setting }
      );
      const wide = runRules({
        guide,
        // a stand-in direction holding nothing of its own
        direction: bareDirection("", null, guide.meta.title ?? "", { startLine: 1, endLine: 1 }),
        facts,
        rules: (options.rules ?? RULE_LIST).filter((r) => !r.meta.requires.guide.includes("kpis")),
        lang,
        severity: options.severity
      }).filter((x) => x.ruleId !== "field-missing" && x.ruleId !== "content-not-covered");
      return { directionId: null, findings: sortFindings([f, ...wide]) };
    }
    const findings = runRules({
      guide,
      direction: res.direction,
      facts,
      rules: options.rules ?? RULE_LIST,
      lang,
      severity: options.severity
    });
    return { directionId: res.direction.id, directionMatch: res.match, findings: sortFindings(findings), kpiChecklist: kpiChecklist(res.direction, facts) };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    const tpl = { zh: "\u68C0\u67E5\u51FA\u9519\uFF1A{{error}}", en: "The check failed: {{error}}" };
    return {
      directionId: null,
      findings: [
        makeFinding({
          ruleId: "direction-not-found",
          severity: "error",
          message: renderMessage(tpl[lang], { error }),
          directionId: null,
          location: { path: facts?.path ?? "", line: facts ? defaultPlace(facts).line : 1 },
          messageId: "check-crashed",
          data: { error },
          url: ruleDocsUrl("direction-not-found"),
          fatal: true
        })
      ]
    };
  }
}
var TITLE_MIN, PROJECT_TITLE_MIN, STATED_ID_TITLE_MIN, AMBIGUOUS_GAP;
var init_check = __esm({
  "src/check/index.ts"() {
    init_finding();
    init_bare_direction();
    init_heading_numbering();
    init_docs();
    init_match();
    init_kpis2();
    init_rules2();
    init_runner();
    init_rules2();
    init_docs();
    init_runner();
    TITLE_MIN = 0.5;
    PROJECT_TITLE_MIN = 0.6;
    STATED_ID_TITLE_MIN = 0.85;
    AMBIGUOUS_GAP = 0.1;
  }
});

// src/batch/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/batch/check-one.ts
init_read_input();
import { readFile as readFile2 } from "node:fs/promises";
import { extname as extname2, resolve as resolve2 } from "node:path";
import { GuideError as GuideError2 } from "./core-errors.js";

// src/i18n/errors.ts
init_read_input();

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

// src/i18n/errors.ts
function formatGuideError(err, lang) {
  const m = messagesFor(lang);
  const data = { ...err.data, path: err.path, code: err.code };
  if (err.code === "unsupported-type") {
    data.ext = err.data.ext ? String(err.data.ext) : m.cli.noExt;
    if (data.hint === void 0) {
      const named = String(err.data.kind ?? "other");
      const kind = named in m.hints ? named : "other";
      data.hint = fill(m.hints[kind], { allowed: String(err.data.allowed ?? NOTICE_EXTENSIONS.join(" ")) });
    }
  }
  if (err.code === "usage" && typeof err.data.problem === "string" && err.data.problem in m.usage) {
    const suggestion = err.data.suggestion ? fill(m.cli.didYouMean, { id: String(err.data.suggestion) }) : "";
    data.detail = fill(m.usage[err.data.problem], { ...data, suggestion });
  }
  const template = m.errors[err.code] ?? m.cli.unknownError;
  return oneLine(fill(template, data)).replace(/([？?])[。.]/g, "$1");
}
function formatInternalError(err, lang) {
  const detail = err instanceof Error ? `${err.name === "Error" ? "" : err.name + ": "}${err.message}` : String(err);
  return oneLine(fill(messagesFor(lang).cli.internal, { detail }));
}
function oneLine(s) {
  return s.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

// src/batch/check-one.ts
init_finding();

// src/report/result.ts
var DRAFT_UNREADABLE = "draft-unreadable";

// src/batch/check-one.ts
async function checkOne(path, job2, engine2) {
  try {
    const piped = job2.stdin?.path === path ? job2.stdin : void 0;
    const input = piped ?? await readInput(path, { cwd: job2.cwd, maxBytes: job2.maxBytes });
    const sidecar = path === STDIN_PATH ? null : await readSidecar(path, job2.cwd);
    const facts = await engine2.readDraft(input.bytes, { path, sidecar, format: piped?.format });
    const checked = engine2.checkDraft(job2.guide, facts, { direction: job2.direction, lang: job2.lang, severity: job2.severity });
    return { path, directionId: checked.directionId, findings: checked.findings, ...checked.kpiChecklist ? { kpiChecklist: checked.kpiChecklist } : {} };
  } catch (err) {
    return {
      path,
      directionId: null,
      findings: [unreadableFinding(path, err, job2.lang, engine2.ruleUrl(DRAFT_UNREADABLE))],
      stack: err instanceof Error ? err.stack : void 0
    };
  }
}
function unreadableFinding(path, err, lang, url) {
  const isInput = err instanceof GuideError2;
  const line = isInput ? formatGuideError(err, lang) : fill(messagesFor(lang).check.unreadable, { detail: formatInternalError(err, lang) });
  return makeFinding({
    ruleId: DRAFT_UNREADABLE,
    severity: "error",
    message: line.replace(/guide: /g, ""),
    directionId: null,
    location: { path, line: 1 },
    messageId: isInput ? err.code : "internal",
    data: isInput ? { code: err.code } : {},
    url,
    fatal: true
  });
}
async function readSidecar(draft, cwd) {
  const sidecar = resolve2(cwd, draft.slice(0, draft.length - extname2(draft).length) + ".proposal.yaml");
  try {
    return await readFile2(sidecar);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new GuideError2("file-unreadable", sidecar, { detail: code ?? String(err) });
  }
}

// src/batch/engine.ts
async function loadEngine() {
  const [draft, check] = await Promise.all([Promise.resolve().then(() => (init_draft(), draft_exports)), Promise.resolve().then(() => (init_check(), check_exports))]);
  const rules = {};
  for (const [id, rule] of Object.entries(check.RULES)) rules[id] = rule.meta;
  return { readDraft: draft.readDraft, checkDraft: check.checkDraft, rules, ruleUrl: check.ruleDocsUrl };
}

// src/batch/worker.ts
var job = workerData;
var engine = await loadEngine();
parentPort.on("message", async (req) => {
  const outcome = await checkOne(req.path, job, engine);
  parentPort.postMessage({ seq: req.seq, outcome });
});
parentPort.postMessage("ready");
