/**
 * What `guide init` writes: the drafts and notices found below a folder, told apart by what the readers
 * find in them (not by folder or file names), and the commented starter guide.config.yaml listing them.
 */
import { open, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { DEFAULT_MAX_BYTES, NOTICE_EXTENSIONS } from "../core/read-input.js";
import type { DraftFacts } from "../draft/types.js";
import type { Lang } from "../i18n/index.js";
import { schemaModeline } from "../model/published.js";
import { BASELINE_NAME, CONFIG_NAME } from "./load.js";

/** What `guide init` found in the repository. */
export interface Detected {
  /** Notices (申报通知/指南/榜单) and parsed guides (.yaml/.json from guide parse), POSIX paths relative to the folder. */
  notices: string[];
  /** Draft globs (`申报书/**\/*.docx`, each matching drafts only) and drafts no such glob covers, by path. */
  drafts: string[];
  /** How many drafts the globs and paths cover. */
  draftCount: number;
}

/** Folders never searched: tools, builds, dependencies, the parse cache. */
const SKIP = ["**/node_modules/**", "**/.git/**", "**/dist/**", "**/build/**", "**/.guide-cache/**", "**/coverage/**"];
/** Searching stops after this many files: a proposal repository is far smaller. */
const MAX_FILES = 5000;
/** A PDF that takes longer to read is neither draft nor notice here (a scanned book, say); `guide check` allows 60 s. */
const PDF_TIMEOUT_MS = 10_000;
/** What the title of a notice ends in: 通知, 指南, 榜单 (and their relatives). */
const NOTICE_TITLE = /通知|通告|公告|指南|榜单|榜單/;

/**
 * A draft by what the draft reader reads from it: a direction stated in front matter or a sidecar (a
 * skeleton of `guide template`), or a PI with at least three more of the six facts of a proposal
 * (direction, title, lead unit, PI, period, budget). A notice never names a PI (it says what one must
 * be), and a notice reads as at most four of the six; the drafts of fixtures/drafts read as five or six.
 */
export function isDraft(facts: DraftFacts): boolean {
  if (facts.direction && facts.direction.source !== "text") return true;
  const budget = Object.values(facts.budget ?? {}).some(Boolean);
  const stated = [facts.direction, facts.projectTitle, facts.leadUnit, facts.pi, facts.period, budget].filter(Boolean).length;
  return facts.pi !== null && stated >= 4;
}

async function head(path: string, bytes: number): Promise<string> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString("utf8");
  } finally {
    await fh.close();
  }
}

/**
 * Look for drafts and notices below `dir` (node_modules, .git, .guide-cache, build folders and dot folders
 * left out). Every file `guide check` can read is read once by the draft reader: a draft is what
 * isDraft says. Of the rest, a notice is one the notice reader finds directions in and whose title (as
 * the reader reads it, or the file name) ends as a notice's does; guides parsed by `guide parse`
 * (.yaml/.json starting with schemaVersion and source) are notices too. Drafts are then written as globs
 * where a glob of a folder matches drafts only (at least two), else one by one.
 */
export async function detect(dir: string): Promise<Detected> {
  const { glob } = await import("tinyglobby");
  const files = (await glob(["**/*"], { cwd: dir, ignore: SKIP, onlyFiles: true, dot: false, followSymbolicLinks: false, deep: 8 }))
    .sort()
    .slice(0, MAX_FILES);
  const [{ readDraft }, { parseGuide }] = await Promise.all([import("../draft/index.js"), import("../parse.js")]);
  const notices: string[] = [];
  const drafts: string[] = [];
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
    if (!(NOTICE_EXTENSIONS as readonly string[]).includes(ext) && ext !== ".markdown") continue;
    if ((await stat(join(dir, f))).size > DEFAULT_MAX_BYTES) continue;
    const bytes = await readFile(join(dir, f));
    const sidecarPath = f.slice(0, f.length - extname(f).length) + ".proposal.yaml";
    const sidecar = present.has(sidecarPath) ? await readFile(join(dir, sidecarPath)) : null;
    // a file neither reader can read (empty, scanned, encrypted, corrupt) is neither a draft nor a notice
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

/**
 * The drafts as config entries: for each draft, the glob `FOLDER/**\/*.EXT` of its highest folder (below
 * `dir`) that matches at least two files, all of them drafts, as `guide check` expands it; drafts no such
 * glob covers stay paths. Sorted: globs first, then paths.
 */
async function draftGlobs(dir: string, drafts: readonly string[]): Promise<string[]> {
  const { glob } = await import("tinyglobby");
  const isDraft = new Set(drafts);
  const covered = new Set<string>();
  const globs: string[] = [];
  const paths: string[] = [];
  for (const d of drafts) {
    if (covered.has(d)) continue;
    const parts = d.split("/");
    let chosen: string[] | null = null;
    for (let depth = 1; depth < parts.length && !chosen; depth++) {
      const pattern = `${parts.slice(0, depth).join("/")}/**/*${extname(d)}`;
      // the options of src/config/plan.ts expand(), so the glob means here what it will mean to guide check
      const matched = await glob(pattern, { cwd: dir, onlyFiles: true, dot: false, followSymbolicLinks: false });
      if (matched.length >= 2 && matched.every((m) => isDraft.has(m))) {
        chosen = matched;
        globs.push(pattern);
      }
    }
    if (chosen) for (const m of chosen) covered.add(m);
    else paths.push(d);
  }
  return [...globs.sort(), ...paths];
}

const q = (s: string): string => JSON.stringify(s);

/**
 * The commented starter config for what was found. Its first line points editors at the config schema.
 * Prose comments are `# text`; commented-out settings are the YAML line behind a bare `#` (`#rules:`,
 * `#  field-missing: error`), so that removing that `#` from any of them leaves a config that
 * schemas/config.schema.json accepts (test/init.test.ts removes it from all of them at once).
 */
export function renderStarter(found: Detected, lang: Lang): string {
  const zh = lang === "zh";
  const c = (zhText: string, enText: string): string => `# ${zh ? zhText : enText}`;
  const ex = (yaml: string): string => `#${yaml}`;
  const exampleDrafts = found.drafts.length > 0 ? found.drafts : ["drafts/**/*.md", "drafts/**/*.docx"];
  const out: string[] = [
    schemaModeline("config"),
    c("guide 的配置文件（由 guide init 生成）。guide check 不带文件参数时检查这里列出的全部申报书。", "guide configuration (written by guide init). guide check without file arguments checks every draft named here."),
    c("路径和通配符都相对于本文件所在目录，且不能指向仓库之外。", "Paths and globs are relative to this file's folder and must stay inside the repository."),
    c("模式定义：schemas/config.schema.json（guide schema --name config）。", "Schema: schemas/config.schema.json (guide schema --name config)."),
    c("以 # 紧接内容的行是示例设置：删去行首的 # 即可启用。", "Lines with no space after the # are example settings: delete that # to use one."),
    "",
    c("guides：哪些申报书对照哪份指南检查。notice 为申报通知/指南原文（PDF、DOCX、TXT、MD、HTML，检查时解析），", "guides: which drafts are checked against which guide. notice: the notice itself (PDF, DOCX, TXT, MD, HTML, parsed when checking),"),
    c("或用 guide 指向 guide parse 生成的 .yaml；drafts 为申报书的通配符；direction 可固定指南方向编号。", "or guide: a .yaml written by guide parse; drafts: globs of the drafts; direction: pin the direction id."),
  ];
  if (found.notices.length === 0) {
    out.push(
      c("未找到申报指南；请按下面的示例填写。", "No notice found; fill in an entry like the example below."),
      ex("guides:"),
      ex("  - id: main"),
      ex("    notice: notices/申报指南.pdf"),
      ex(`    drafts: [${exampleDrafts.map(q).join(", ")}]`),
      ex('    direction: "1.1"'),
    );
  } else {
    out.push("guides:");
    found.notices.forEach((n, i) => {
      const isGuide = /\.(ya?ml|json)$/i.test(n);
      // Only the first notice gets the drafts found; a second notice is usually an older version or another call.
      const drafts = i === 0 ? exampleDrafts : ["drafts/**/*.md", "drafts/**/*.docx"];
      const entry = [`  - id: ${q(basename(n, extname(n)) || `guide-${i + 1}`)}`, `    ${isGuide ? "guide" : "notice"}: ${q(n)}`, `    drafts: [${drafts.map(q).join(", ")}]`];
      if (i === 0) {
        out.push(...entry, ex(`    direction: "1.1"   ${c("所有申报书都对照这个方向（默认读取申报书中写明的方向）", "check every draft against this direction (default: the one each draft names)")}`));
        if (!isGuide) out.push(ex(`    directions: "（一）"   ${c("指南方向的编号形式，仅在解析有误时填写（同 guide parse --directions）", "how the notice numbers its directions, only where parsing gets it wrong (as guide parse --directions)")}`));
      } else {
        if (i === 1) out.push(c("其他找到的指南（如需使用，删去 # 并改写 drafts）：", "Other notices found (delete the # to use them, and adjust drafts):"));
        out.push(...entry.map(ex));
      }
    });
  }
  const waived = found.drafts.find((d) => /\.(docx|pdf)$/i.test(d) && !/[*?[\]{}]/.test(d)) ?? "drafts/张三-申报书.docx";
  out.push(
    "",
    c("rules：按规则编号设置级别：off（不检查）| info | warn | error。规则说明见 guide rules <编号>。", "rules: severity by rule id: off | info | warn | error. guide rules <id> explains each rule."),
    ex("rules:"),
    ex("  content-not-covered: warn"),
    ex("  field-missing: error"),
    "",
    c("overrides：对匹配 files 的申报书另行设置 rules 或 direction；后面的条目优先。", "overrides: other rules or a direction for the drafts matching files; later entries win."),
    ex("overrides:"),
    ex('  - files: ["drafts/early/**"]'),
    ex("    rules: { field-missing: off }"),
    "",
    c("ignores：永不检查的文件。", "ignores: files never checked."),
    "ignores:",
    '  - "**/archive/**"',
    "",
    c("waivers：DOCX/PDF 申报书的豁免（Markdown/TXT 可直接写 <!-- guide-disable-next-line 规则编号 -- 理由 -->）。", "waivers: waivers for DOCX/PDF drafts (Markdown/TXT drafts can say <!-- guide-disable-next-line rule-id -- reason -->)."),
    c("每条须写 reason；kpi 可限定某个考核指标。", "Each needs a reason; kpi limits it to one KPI metric."),
    ex("waivers:"),
    ex(`  - file: ${q(waived)}`),
    ex("    rule: kpi-threshold-not-met"),
    ex("    kpi: 光电转换效率"),
    ex("    reason: 专家论证会同意以 19.5% 申报（2025-03-02 会议纪要）"),
    "",
    c("baseline：已接受问题的基线文件（guide check --write-baseline 生成；只有新问题才会失败）。", "baseline: the file of accepted findings (written by guide check --write-baseline; only new findings fail)."),
    ex(`baseline: ${BASELINE_NAME}`),
    "",
  );
  return out.join("\n");
}
