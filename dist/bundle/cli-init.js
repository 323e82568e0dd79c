import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/cli/init.ts
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, link, open, readFile, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { glob } from "tinyglobby";

// src/config/load.ts
import { GuideError as GuideError2 } from "./core-errors.js";

// src/core/guide-file.ts
import { GuideError } from "./core-errors.js";

// src/config/load.ts
var CONFIG_NAME = "guide.config.yaml";
var MAX_CONFIG_BYTES = 1024 * 1024;

// src/cli/init.ts
import { GuideError as GuideError3 } from "./core-errors.js";
var SKIP = ["**/node_modules/**", "**/.git/**", "**/dist/**", "**/build/**", "**/.guide-cache/**", "**/coverage/**"];
var NOTICE_EXT = /* @__PURE__ */ new Set([".txt", ".md", ".pdf", ".docx", ".html", ".htm"]);
var DRAFT_EXT = /* @__PURE__ */ new Set([".md", ".docx", ".txt", ".pdf"]);
var DRAFT_DIRS = /^(drafts?|proposals?|申报书)$/i;
var NOTICE_NAME = /申报指南|项目指南|指南|通知|榜单|notice/i;
var DRAFT_NAME = /申报书|proposal/i;
var MAX_FILES = 5e3;
async function head(path, bytes = 2048) {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString("utf8");
  } finally {
    await fh.close();
  }
}
async function detect(dir) {
  const files = (await glob(["**/*"], { cwd: dir, ignore: SKIP, onlyFiles: true, dot: false, followSymbolicLinks: false, deep: 8 })).sort().slice(0, MAX_FILES);
  const notices = [];
  const globs = /* @__PURE__ */ new Set();
  const single = [];
  let draftCount = 0;
  for (const f of files) {
    const ext = extname(f).toLowerCase();
    const name = basename(f);
    const parts = f.split("/");
    const draftDir = parts.slice(0, -1).findIndex((p) => DRAFT_DIRS.test(p));
    if (name === CONFIG_NAME || name.endsWith(".proposal.yaml") || name === ".guide-baseline.json") continue;
    if (DRAFT_EXT.has(ext) && draftDir >= 0) {
      globs.add(`${parts.slice(0, draftDir + 1).join("/")}/**/*${ext}`);
      draftCount++;
      continue;
    }
    if (DRAFT_EXT.has(ext) && DRAFT_NAME.test(name) && !NOTICE_NAME.test(name)) {
      single.push(f);
      draftCount++;
      continue;
    }
    if (NOTICE_EXT.has(ext) && NOTICE_NAME.test(name) && !/readme/i.test(name)) {
      notices.push(f);
      continue;
    }
    if ([".txt", ".md", ".html", ".htm"].includes(ext) && !/readme|changelog|license/i.test(name)) {
      const first = (await head(join(dir, f))).split(/\r?\n/).slice(0, 8).join("\n");
      if (/申报指南|项目指南|申报通知|关于.{0,40}通知|榜单/.test(first)) notices.push(f);
      continue;
    }
    if ([".yaml", ".yml", ".json"].includes(ext)) {
      const first = await head(join(dir, f), 512);
      if (/["']?schemaVersion["']?\s*:\s*1/.test(first) && /["']?source["']?\s*:/.test(first) && !/["']?files["']?\s*:/.test(first)) notices.push(f);
    }
  }
  return { notices, drafts: [...[...globs].sort(), ...single], draftCount };
}
var q = (s) => JSON.stringify(s);
function renderStarter(found, lang) {
  const zh = lang === "zh";
  const c = (zhText, enText) => `# ${zh ? zhText : enText}`;
  const out = [];
  out.push(
    c("guide \u7684\u914D\u7F6E\u6587\u4EF6\uFF08\u7531 guide init \u751F\u6210\uFF09\u3002guide check \u4E0D\u5E26\u6587\u4EF6\u53C2\u6570\u65F6\u68C0\u67E5\u8FD9\u91CC\u5217\u51FA\u7684\u5168\u90E8\u7533\u62A5\u4E66\u3002", "guide configuration (written by guide init). guide check without file arguments checks every draft named here."),
    c("\u8DEF\u5F84\u548C\u901A\u914D\u7B26\u90FD\u76F8\u5BF9\u4E8E\u672C\u6587\u4EF6\u6240\u5728\u76EE\u5F55\uFF0C\u4E14\u4E0D\u80FD\u6307\u5411\u4ED3\u5E93\u4E4B\u5916\u3002", "Paths and globs are relative to this file's folder and must stay inside the repository."),
    c("\u6A21\u5F0F\u5B9A\u4E49\uFF1Aschemas/config.schema.json\uFF08guide schema --name config\uFF09\u3002", "Schema: schemas/config.schema.json (guide schema --name config)."),
    "",
    c("guides\uFF1A\u54EA\u4E9B\u7533\u62A5\u4E66\u5BF9\u7167\u54EA\u4EFD\u6307\u5357\u68C0\u67E5\u3002notice \u4E3A\u7533\u62A5\u901A\u77E5/\u6307\u5357\u539F\u6587\uFF08PDF\u3001DOCX\u3001TXT\u3001MD\u3001HTML\uFF0C\u68C0\u67E5\u65F6\u89E3\u6790\uFF09\uFF0C", "guides: which drafts are checked against which guide. notice: the notice itself (PDF, DOCX, TXT, MD, HTML, parsed when checking),"),
    c("\u6216\u7528 guide \u6307\u5411 guide parse \u751F\u6210\u7684 .yaml\uFF1Bdrafts \u4E3A\u7533\u62A5\u4E66\u7684\u901A\u914D\u7B26\uFF1Bdirection \u53EF\u56FA\u5B9A\u6307\u5357\u65B9\u5411\u7F16\u53F7\u3002", "or guide: a .yaml written by guide parse; drafts: globs of the drafts; direction: pin the direction id.")
  );
  if (found.notices.length === 0) {
    out.push(
      c("\u672A\u627E\u5230\u7533\u62A5\u6307\u5357\uFF1B\u8BF7\u6309\u4E0B\u9762\u7684\u793A\u4F8B\u586B\u5199\u3002", "No notice found; fill in an entry like the example below."),
      "guides: []",
      "#  - id: main",
      "#    notice: notices/\u7533\u62A5\u6307\u5357.pdf",
      `#    drafts: [${(found.drafts.length > 0 ? found.drafts : ["drafts/**/*.md", "drafts/**/*.docx"]).map(q).join(", ")}]`,
      '#    direction: "1.1"'
    );
  } else {
    out.push("guides:");
    found.notices.forEach((n, i) => {
      const isGuide = /\.(ya?ml|json)$/i.test(n);
      const key = isGuide ? "guide" : "notice";
      const drafts = i === 0 && found.drafts.length > 0 ? found.drafts : ["drafts/**/*.md", "drafts/**/*.docx"];
      const p = i === 0 ? "" : "# ";
      if (i === 1) out.push(c("\u5176\u4ED6\u627E\u5230\u7684\u6307\u5357\uFF08\u5982\u9700\u4F7F\u7528\uFF0C\u53D6\u6D88\u6CE8\u91CA\u5E76\u6539\u5199 drafts\uFF09\uFF1A", "Other notices found (uncomment and adjust drafts to use them):"));
      out.push(`${p}  - id: ${q(basename(n, extname(n)) || `guide-${i + 1}`)}`, `${p}    ${key}: ${q(n)}`, `${p}    drafts: [${drafts.map(q).join(", ")}]`);
      if (i === 0) out.push(`    ${c('direction: "1.1"   # \u6240\u6709\u7533\u62A5\u4E66\u90FD\u5BF9\u7167\u8FD9\u4E2A\u65B9\u5411\uFF08\u9ED8\u8BA4\u8BFB\u53D6\u7533\u62A5\u4E66\u4E2D\u5199\u660E\u7684\u65B9\u5411\uFF09', 'direction: "1.1"   # check every draft against this direction (default: the one each draft names)')}`);
    });
  }
  out.push(
    "",
    c("rules\uFF1A\u6309\u89C4\u5219\u7F16\u53F7\u8BBE\u7F6E\u7EA7\u522B\uFF1Aoff\uFF08\u4E0D\u68C0\u67E5\uFF09| info | warn | error\u3002\u89C4\u5219\u8BF4\u660E\u89C1 src/check/rules/<\u7F16\u53F7>.md\u3002", "rules: severity by rule id: off | info | warn | error. Each rule is documented in src/check/rules/<id>.md."),
    "rules: {}",
    "  # content-not-covered: warn",
    "  # field-missing: error",
    "",
    c("overrides\uFF1A\u5BF9\u5339\u914D files \u7684\u7533\u62A5\u4E66\u53E6\u884C\u8BBE\u7F6E rules \u6216 direction\uFF1B\u540E\u9762\u7684\u6761\u76EE\u4F18\u5148\u3002", "overrides: other rules or a direction for the drafts matching files; later entries win."),
    "overrides: []",
    '#  - files: ["drafts/early/**"]',
    "#    rules: { field-missing: off }",
    "",
    c("ignores\uFF1A\u6C38\u4E0D\u68C0\u67E5\u7684\u6587\u4EF6\u3002", "ignores: files never checked."),
    "ignores:",
    '  - "**/archive/**"',
    "",
    c("waivers\uFF1ADOCX/PDF \u7533\u62A5\u4E66\u7684\u8C41\u514D\uFF08Markdown/TXT \u53EF\u76F4\u63A5\u5199 <!-- guide-disable-next-line \u89C4\u5219\u7F16\u53F7 -- \u7406\u7531 -->\uFF09\u3002", "waivers: waivers for DOCX/PDF drafts (Markdown/TXT drafts can say <!-- guide-disable-next-line rule-id -- reason -->)."),
    c("\u6BCF\u6761\u987B\u5199 reason\uFF1Bkpi \u53EF\u9650\u5B9A\u67D0\u4E2A\u8003\u6838\u6307\u6807\u3002", "Each needs a reason; kpi limits it to one KPI metric."),
    "waivers: []",
    "#  - file: drafts/\u5F20\u4E09-\u7533\u62A5\u4E66.docx",
    "#    rule: kpi-threshold-not-met",
    "#    kpi: \u5149\u7535\u8F6C\u6362\u6548\u7387",
    "#    reason: \u4E13\u5BB6\u8BBA\u8BC1\u4F1A\u540C\u610F\u4EE5 19.5% \u7533\u62A5\uFF082025-03-02 \u4F1A\u8BAE\u7EAA\u8981\uFF09",
    "",
    c("baseline\uFF1A\u5DF2\u63A5\u53D7\u95EE\u9898\u7684\u57FA\u7EBF\u6587\u4EF6\uFF08guide check --write-baseline \u751F\u6210\uFF1B\u53EA\u6709\u65B0\u95EE\u9898\u624D\u4F1A\u5931\u8D25\uFF09\u3002", "baseline: the file of accepted findings (written by guide check --write-baseline; only new findings fail)."),
    "# baseline: .guide-baseline.json",
    ""
  );
  return out.join("\n");
}
async function runInit(io) {
  const target = join(io.cwd, CONFIG_NAME);
  if (existsSync(target)) throw new GuideError3("file-exists", CONFIG_NAME);
  const found = await detect(io.cwd);
  const text = renderStarter(found, io.lang);
  const tmp = join(dirname(target), `.${CONFIG_NAME}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, { flag: "wx" });
    await link(tmp, target);
  } catch (err) {
    const code = err.code;
    if (code === "EEXIST") throw new GuideError3("file-exists", CONFIG_NAME);
    throw new GuideError3("output-unwritable", CONFIG_NAME, { detail: code ?? String(err) });
  } finally {
    await unlink(tmp).catch(() => {
    });
  }
  io.stdout.write(
    io.lang === "zh" ? `\u5DF2\u5199\u5165 ${CONFIG_NAME}\uFF1A\u627E\u5230 ${found.notices.length} \u4EFD\u6307\u5357\u3001${found.draftCount} \u4EFD\u7533\u62A5\u4E66\u3002\u8BF7\u68C0\u67E5\u540E\u8FD0\u884C guide check\u3002
` : `wrote ${CONFIG_NAME}: ${found.notices.length} notice(s), ${found.draftCount} draft(s) found. Review it, then run guide check.
`
  );
  if (await ignoreCache(io.cwd))
    io.stdout.write(io.lang === "zh" ? `\u5DF2\u628A ${CACHE_DIR}/ \u52A0\u5165 .gitignore\uFF08\u89E3\u6790\u7F13\u5B58\u4E0D\u5165\u5E93\uFF09\u3002
` : `added ${CACHE_DIR}/ to .gitignore (the parse cache stays out of the repository).
`);
  return 0;
}
var CACHE_DIR = ".guide-cache";
async function ignoreCache(cwd) {
  const path = join(cwd, ".gitignore");
  const text = await readFile(path, "utf8").catch(() => "");
  if (text.split(/\r?\n/).some((l) => /^\/?\.guide-cache\/?\*{0,2}\s*$/.test(l.trim()))) return false;
  await appendFile(path, `${text && !text.endsWith("\n") ? "\n" : ""}${CACHE_DIR}/
`);
  return true;
}
export {
  detect,
  renderStarter,
  runInit
};
