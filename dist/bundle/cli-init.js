import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/cli/init.ts
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, link, readFile as readFile2, unlink, writeFile } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";

// src/config/load.ts
import { GuideError as GuideError2 } from "./core-errors.js";

// src/core/guide-file.ts
import { GuideError } from "./core-errors.js";

// src/config/load.ts
var CONFIG_NAME = "guide.config.yaml";
var BASELINE_NAME = ".guide-baseline.json";
var MAX_CONFIG_BYTES = 1024 * 1024;

// src/config/starter.ts
import { open, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";

// src/core/read-input.ts
import { GuideError as GuideError3 } from "./core-errors.js";
var DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
var NOTICE_EXTENSIONS = [".txt", ".md", ".text", ".pdf", ".docx", ".html", ".htm"];

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
function rawUrl(path) {
  const github = /^https:\/\/github\.com\/(.+)$/.exec(REPOSITORY);
  return github ? `https://raw.githubusercontent.com/${github[1]}/v${VERSION}/${path}` : `${REPOSITORY}/raw/v${VERSION}/${path}`;
}
function schemaId(name) {
  return rawUrl(`schemas/${name}.schema.json`);
}
function schemaModeline(name) {
  return `# yaml-language-server: $schema=${schemaId(name)}`;
}

// src/config/starter.ts
var SKIP = ["**/node_modules/**", "**/.git/**", "**/dist/**", "**/build/**", "**/.guide-cache/**", "**/coverage/**"];
var MAX_FILES = 5e3;
var PDF_TIMEOUT_MS = 1e4;
var NOTICE_TITLE = /通知|通告|公告|指南|榜单|榜單/;
function isDraft(facts) {
  if (facts.direction && facts.direction.source !== "text") return true;
  const budget = Object.values(facts.budget ?? {}).some(Boolean);
  const stated = [facts.direction, facts.projectTitle, facts.leadUnit, facts.pi, facts.period, budget].filter(Boolean).length;
  return facts.pi !== null && stated >= 4;
}
async function head(path, bytes) {
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
  const { glob } = await import("tinyglobby");
  const files = (await glob(["**/*"], { cwd: dir, ignore: SKIP, onlyFiles: true, dot: false, followSymbolicLinks: false, deep: 8 })).sort().slice(0, MAX_FILES);
  const [{ readDraft }, { parseGuide }] = await Promise.all([import("./draft-index.js"), import("./parse.js")]);
  const notices = [];
  const drafts = [];
  const present = new Set(files);
  for (const f of files) {
    const ext = extname(f).toLowerCase();
    const name = basename(f);
    if (name === CONFIG_NAME || name === BASELINE_NAME || name.endsWith(".proposal.yaml")) continue;
    if ([".yaml", ".yml", ".json"].includes(ext)) {
      const first = await head(join(dir, f), 512);
      if (/["']?schemaVersion["']?\s*:\s*1/.test(first) && /["']?source["']?\s*:/.test(first) && !/["']?files["']?\s*:/.test(first)) notices.push(f);
      continue;
    }
    if (!NOTICE_EXTENSIONS.includes(ext) && ext !== ".markdown") continue;
    if ((await stat(join(dir, f))).size > DEFAULT_MAX_BYTES) continue;
    const bytes = await readFile(join(dir, f));
    const sidecarPath = f.slice(0, f.length - extname(f).length) + ".proposal.yaml";
    const sidecar = present.has(sidecarPath) ? await readFile(join(dir, sidecarPath)) : null;
    const facts = await readDraft(bytes, { path: f, sidecar, pdfTimeoutMs: PDF_TIMEOUT_MS }).catch(() => null);
    if (facts && isDraft(facts)) {
      drafts.push(f);
      continue;
    }
    const guide = await parseGuide(bytes, { path: f, timeoutMs: PDF_TIMEOUT_MS }).catch(() => null);
    if (guide && guide.directions.length > 0 && (NOTICE_TITLE.test(guide.meta.title ?? "") || NOTICE_TITLE.test(basename(f, ext)))) notices.push(f);
  }
  return { notices, drafts: await draftGlobs(dir, drafts), draftCount: drafts.length };
}
async function draftGlobs(dir, drafts) {
  const { glob } = await import("tinyglobby");
  const isDraft2 = new Set(drafts);
  const covered = /* @__PURE__ */ new Set();
  const globs = [];
  const paths = [];
  for (const d of drafts) {
    if (covered.has(d)) continue;
    const parts = d.split("/");
    let chosen = null;
    for (let depth = 1; depth < parts.length && !chosen; depth++) {
      const pattern = `${parts.slice(0, depth).join("/")}/**/*${extname(d)}`;
      const matched = await glob(pattern, { cwd: dir, onlyFiles: true, dot: false, followSymbolicLinks: false });
      if (matched.length >= 2 && matched.every((m) => isDraft2.has(m))) {
        chosen = matched;
        globs.push(pattern);
      }
    }
    if (chosen) for (const m of chosen) covered.add(m);
    else paths.push(d);
  }
  return [...globs.sort(), ...paths];
}
var q = (s) => JSON.stringify(s);
function renderStarter(found, lang) {
  const zh = lang === "zh";
  const c = (zhText, enText) => `# ${zh ? zhText : enText}`;
  const ex = (yaml) => `#${yaml}`;
  const exampleDrafts = found.drafts.length > 0 ? found.drafts : ["drafts/**/*.md", "drafts/**/*.docx"];
  const out = [
    schemaModeline("config"),
    c("guide \u7684\u914D\u7F6E\u6587\u4EF6\uFF08\u7531 guide init \u751F\u6210\uFF09\u3002guide check \u4E0D\u5E26\u6587\u4EF6\u53C2\u6570\u65F6\u68C0\u67E5\u8FD9\u91CC\u5217\u51FA\u7684\u5168\u90E8\u7533\u62A5\u4E66\u3002", "guide configuration (written by guide init). guide check without file arguments checks every draft named here."),
    c("\u8DEF\u5F84\u548C\u901A\u914D\u7B26\u90FD\u76F8\u5BF9\u4E8E\u672C\u6587\u4EF6\u6240\u5728\u76EE\u5F55\uFF0C\u4E14\u4E0D\u80FD\u6307\u5411\u4ED3\u5E93\u4E4B\u5916\u3002", "Paths and globs are relative to this file's folder and must stay inside the repository."),
    c("\u6A21\u5F0F\u5B9A\u4E49\uFF1Aschemas/config.schema.json\uFF08guide schema --name config\uFF09\u3002", "Schema: schemas/config.schema.json (guide schema --name config)."),
    c("\u4EE5 # \u7D27\u63A5\u5185\u5BB9\u7684\u884C\u662F\u793A\u4F8B\u8BBE\u7F6E\uFF1A\u5220\u53BB\u884C\u9996\u7684 # \u5373\u53EF\u542F\u7528\u3002", "Lines with no space after the # are example settings: delete that # to use one."),
    "",
    c("guides\uFF1A\u54EA\u4E9B\u7533\u62A5\u4E66\u5BF9\u7167\u54EA\u4EFD\u6307\u5357\u68C0\u67E5\u3002notice \u4E3A\u7533\u62A5\u901A\u77E5/\u6307\u5357\u539F\u6587\uFF08PDF\u3001DOCX\u3001TXT\u3001MD\u3001HTML\uFF0C\u68C0\u67E5\u65F6\u89E3\u6790\uFF09\uFF0C", "guides: which drafts are checked against which guide. notice: the notice itself (PDF, DOCX, TXT, MD, HTML, parsed when checking),"),
    c("\u6216\u7528 guide \u6307\u5411 guide parse \u751F\u6210\u7684 .yaml\uFF1Bdrafts \u4E3A\u7533\u62A5\u4E66\u7684\u901A\u914D\u7B26\uFF1Bdirection \u53EF\u56FA\u5B9A\u6307\u5357\u65B9\u5411\u7F16\u53F7\u3002", "or guide: a .yaml written by guide parse; drafts: globs of the drafts; direction: pin the direction id.")
  ];
  if (found.notices.length === 0) {
    out.push(
      c("\u672A\u627E\u5230\u7533\u62A5\u6307\u5357\uFF1B\u8BF7\u6309\u4E0B\u9762\u7684\u793A\u4F8B\u586B\u5199\u3002", "No notice found; fill in an entry like the example below."),
      ex("guides:"),
      ex("  - id: main"),
      ex("    notice: notices/\u7533\u62A5\u6307\u5357.pdf"),
      ex(`    drafts: [${exampleDrafts.map(q).join(", ")}]`),
      ex('    direction: "1.1"')
    );
  } else {
    out.push("guides:");
    found.notices.forEach((n, i) => {
      const isGuide = /\.(ya?ml|json)$/i.test(n);
      const drafts = i === 0 ? exampleDrafts : ["drafts/**/*.md", "drafts/**/*.docx"];
      const entry = [`  - id: ${q(basename(n, extname(n)) || `guide-${i + 1}`)}`, `    ${isGuide ? "guide" : "notice"}: ${q(n)}`, `    drafts: [${drafts.map(q).join(", ")}]`];
      if (i === 0) {
        out.push(...entry, ex(`    direction: "1.1"   ${c("\u6240\u6709\u7533\u62A5\u4E66\u90FD\u5BF9\u7167\u8FD9\u4E2A\u65B9\u5411\uFF08\u9ED8\u8BA4\u8BFB\u53D6\u7533\u62A5\u4E66\u4E2D\u5199\u660E\u7684\u65B9\u5411\uFF09", "check every draft against this direction (default: the one each draft names)")}`));
        if (!isGuide) out.push(ex(`    directions: "\uFF08\u4E00\uFF09"   ${c("\u6307\u5357\u65B9\u5411\u7684\u7F16\u53F7\u5F62\u5F0F\uFF0C\u4EC5\u5728\u89E3\u6790\u6709\u8BEF\u65F6\u586B\u5199\uFF08\u540C guide parse --directions\uFF09", "how the notice numbers its directions, only where parsing gets it wrong (as guide parse --directions)")}`));
      } else {
        if (i === 1) out.push(c("\u5176\u4ED6\u627E\u5230\u7684\u6307\u5357\uFF08\u5982\u9700\u4F7F\u7528\uFF0C\u5220\u53BB # \u5E76\u6539\u5199 drafts\uFF09\uFF1A", "Other notices found (delete the # to use them, and adjust drafts):"));
        out.push(...entry.map(ex));
      }
    });
  }
  const waived = found.drafts.find((d) => /\.(docx|pdf)$/i.test(d) && !/[*?[\]{}]/.test(d)) ?? "drafts/\u5F20\u4E09-\u7533\u62A5\u4E66.docx";
  out.push(
    "",
    c("rules\uFF1A\u6309\u89C4\u5219\u7F16\u53F7\u8BBE\u7F6E\u7EA7\u522B\uFF1Aoff\uFF08\u4E0D\u68C0\u67E5\uFF09| info | warn | error\u3002\u89C4\u5219\u8BF4\u660E\u89C1 guide rules <\u7F16\u53F7>\u3002", "rules: severity by rule id: off | info | warn | error. guide rules <id> explains each rule."),
    ex("rules:"),
    ex("  content-not-covered: warn"),
    ex("  field-missing: error"),
    "",
    c("overrides\uFF1A\u5BF9\u5339\u914D files \u7684\u7533\u62A5\u4E66\u53E6\u884C\u8BBE\u7F6E rules \u6216 direction\uFF1B\u540E\u9762\u7684\u6761\u76EE\u4F18\u5148\u3002", "overrides: other rules or a direction for the drafts matching files; later entries win."),
    ex("overrides:"),
    ex('  - files: ["drafts/early/**"]'),
    ex("    rules: { field-missing: off }"),
    "",
    c("ignores\uFF1A\u6C38\u4E0D\u68C0\u67E5\u7684\u6587\u4EF6\u3002", "ignores: files never checked."),
    "ignores:",
    '  - "**/archive/**"',
    "",
    c("waivers\uFF1ADOCX/PDF \u7533\u62A5\u4E66\u7684\u8C41\u514D\uFF08Markdown/TXT \u53EF\u76F4\u63A5\u5199 <!-- guide-disable-next-line \u89C4\u5219\u7F16\u53F7 -- \u7406\u7531 -->\uFF09\u3002", "waivers: waivers for DOCX/PDF drafts (Markdown/TXT drafts can say <!-- guide-disable-next-line rule-id -- reason -->)."),
    c("\u6BCF\u6761\u987B\u5199 reason\uFF1Bkpi \u53EF\u9650\u5B9A\u67D0\u4E2A\u8003\u6838\u6307\u6807\u3002", "Each needs a reason; kpi limits it to one KPI metric."),
    ex("waivers:"),
    ex(`  - file: ${q(waived)}`),
    ex("    rule: kpi-threshold-not-met"),
    ex("    kpi: \u5149\u7535\u8F6C\u6362\u6548\u7387"),
    ex("    reason: \u4E13\u5BB6\u8BBA\u8BC1\u4F1A\u540C\u610F\u4EE5 19.5% \u7533\u62A5\uFF082025-03-02 \u4F1A\u8BAE\u7EAA\u8981\uFF09"),
    "",
    c("baseline\uFF1A\u5DF2\u63A5\u53D7\u95EE\u9898\u7684\u57FA\u7EBF\u6587\u4EF6\uFF08guide check --write-baseline \u751F\u6210\uFF1B\u53EA\u6709\u65B0\u95EE\u9898\u624D\u4F1A\u5931\u8D25\uFF09\u3002", "baseline: the file of accepted findings (written by guide check --write-baseline; only new findings fail)."),
    ex(`baseline: ${BASELINE_NAME}`),
    ""
  );
  return out.join("\n");
}

// src/cli/init.ts
import { GuideError as GuideError4 } from "./core-errors.js";
async function runInit(io) {
  const target = join2(io.cwd, CONFIG_NAME);
  if (existsSync(target)) throw new GuideError4("file-exists", CONFIG_NAME);
  const found = await detect(io.cwd);
  const text = renderStarter(found, io.lang);
  const tmp = join2(dirname(target), `.${CONFIG_NAME}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, { flag: "wx" });
    await link(tmp, target);
  } catch (err) {
    const code = err.code;
    if (code === "EEXIST") throw new GuideError4("file-exists", CONFIG_NAME);
    throw new GuideError4("output-unwritable", CONFIG_NAME, { detail: code ?? String(err) });
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
  const path = join2(cwd, ".gitignore");
  const text = await readFile2(path, "utf8").catch(() => "");
  if (text.split(/\r?\n/).some((l) => /^\/?\.guide-cache\/?\*{0,2}\s*$/.test(l.trim()))) return false;
  await appendFile(path, `${text && !text.endsWith("\n") ? "\n" : ""}${CACHE_DIR}/
`);
  return true;
}
export {
  runInit
};
