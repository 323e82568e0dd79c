import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, link, open, readFile, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { glob } from "tinyglobby";
import { CONFIG_NAME } from "../config/load.js";
import { GuideError } from "../core/errors.js";
import type { Lang } from "../i18n/index.js";

/** What runInit may touch. */
export interface InitIo {
  stdout: { write(chunk: string): unknown };
  cwd: string;
  lang: Lang;
}

/** What `guide init` found in the repository. */
export interface Detected {
  /** Notices (申报通知/指南/榜单) and parsed guides (.yaml/.json from guide parse), POSIX paths relative to the folder. */
  notices: string[];
  /** Draft globs (drafts/**\/*.md) and single drafts (…申报书….docx). */
  drafts: string[];
  /** How many draft files the globs and paths cover. */
  draftCount: number;
}

/** Folders never searched: tools, builds, dependencies. */
const SKIP = ["**/node_modules/**", "**/.git/**", "**/dist/**", "**/build/**", "**/.guide-cache/**", "**/coverage/**"];
const NOTICE_EXT = new Set([".txt", ".md", ".pdf", ".docx", ".html", ".htm"]);
const DRAFT_EXT = new Set([".md", ".docx", ".txt", ".pdf"]);
const DRAFT_DIRS = /^(drafts?|proposals?|申报书)$/i;
const NOTICE_NAME = /申报指南|项目指南|指南|通知|榜单|notice/i;
const DRAFT_NAME = /申报书|proposal/i;
/** Searching stops after this many files: a proposal repository is far smaller. */
const MAX_FILES = 5000;

async function head(path: string, bytes = 2048): Promise<string> {
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
 * Look for notices and drafts below `dir`. Drafts: Markdown/DOCX/TXT/PDF files under a drafts/ or
 * proposals/ folder (one glob per folder and type), and files named …申报书…. Notices: files whose name
 * says 申报指南/通知/榜单, text files whose first lines do, and guides parsed by `guide parse`
 * (.yaml/.json starting with schemaVersion and source).
 */
export async function detect(dir: string): Promise<Detected> {
  const files = (await glob(["**/*"], { cwd: dir, ignore: SKIP, onlyFiles: true, dot: false, followSymbolicLinks: false, deep: 8 }))
    .sort()
    .slice(0, MAX_FILES);
  const notices: string[] = [];
  const globs = new Set<string>();
  const single: string[] = [];
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

const q = (s: string): string => JSON.stringify(s);

/** The commented starter config for what was found (always valid against schemas/config.schema.json). */
export function renderStarter(found: Detected, lang: Lang): string {
  const zh = lang === "zh";
  const c = (zhText: string, enText: string): string => `# ${zh ? zhText : enText}`;
  const out: string[] = [];
  out.push(
    c("guide 的配置文件（由 guide init 生成）。guide check 不带文件参数时检查这里列出的全部申报书。", "guide configuration (written by guide init). guide check without file arguments checks every draft named here."),
    c("路径和通配符都相对于本文件所在目录，且不能指向仓库之外。", "Paths and globs are relative to this file's folder and must stay inside the repository."),
    c("模式定义：schemas/config.schema.json（guide schema --name config）。", "Schema: schemas/config.schema.json (guide schema --name config)."),
    "",
    c("guides：哪些申报书对照哪份指南检查。notice 为申报通知/指南原文（PDF、DOCX、TXT、MD、HTML，检查时解析），", "guides: which drafts are checked against which guide. notice: the notice itself (PDF, DOCX, TXT, MD, HTML, parsed when checking),"),
    c("或用 guide 指向 guide parse 生成的 .yaml；drafts 为申报书的通配符；direction 可固定指南方向编号。", "or guide: a .yaml written by guide parse; drafts: globs of the drafts; direction: pin the direction id."),
  );
  if (found.notices.length === 0) {
    out.push(
      c("未找到申报指南；请按下面的示例填写。", "No notice found; fill in an entry like the example below."),
      "guides: []",
      "#  - id: main",
      "#    notice: notices/申报指南.pdf",
      `#    drafts: [${(found.drafts.length > 0 ? found.drafts : ["drafts/**/*.md", "drafts/**/*.docx"]).map(q).join(", ")}]`,
      '#    direction: "1.1"',
    );
  } else {
    out.push("guides:");
    found.notices.forEach((n, i) => {
      const isGuide = /\.(ya?ml|json)$/i.test(n);
      const key = isGuide ? "guide" : "notice";
      // Only the first notice gets the drafts found; a second notice is usually an older version or another call.
      const drafts = i === 0 && found.drafts.length > 0 ? found.drafts : ["drafts/**/*.md", "drafts/**/*.docx"];
      const p = i === 0 ? "" : "# ";
      if (i === 1) out.push(c("其他找到的指南（如需使用，取消注释并改写 drafts）：", "Other notices found (uncomment and adjust drafts to use them):"));
      out.push(`${p}  - id: ${q(basename(n, extname(n)) || `guide-${i + 1}`)}`, `${p}    ${key}: ${q(n)}`, `${p}    drafts: [${drafts.map(q).join(", ")}]`);
      if (i === 0) out.push(`    ${c("direction: \"1.1\"   # 所有申报书都对照这个方向（默认读取申报书中写明的方向）", "direction: \"1.1\"   # check every draft against this direction (default: the one each draft names)")}`);
    });
  }
  out.push(
    "",
    c("rules：按规则编号设置级别：off（不检查）| info | warn | error。规则说明见 src/check/rules/<编号>.md。", "rules: severity by rule id: off | info | warn | error. Each rule is documented in src/check/rules/<id>.md."),
    "rules: {}",
    "  # content-not-covered: warn",
    "  # field-missing: error",
    "",
    c("overrides：对匹配 files 的申报书另行设置 rules 或 direction；后面的条目优先。", "overrides: other rules or a direction for the drafts matching files; later entries win."),
    "overrides: []",
    "#  - files: [\"drafts/early/**\"]",
    "#    rules: { field-missing: off }",
    "",
    c("ignores：永不检查的文件。", "ignores: files never checked."),
    "ignores:",
    '  - "**/archive/**"',
    "",
    c("waivers：DOCX/PDF 申报书的豁免（Markdown/TXT 可直接写 <!-- guide-disable-next-line 规则编号 -- 理由 -->）。", "waivers: waivers for DOCX/PDF drafts (Markdown/TXT drafts can say <!-- guide-disable-next-line rule-id -- reason -->)."),
    c("每条须写 reason；kpi 可限定某个考核指标。", "Each needs a reason; kpi limits it to one KPI metric."),
    "waivers: []",
    "#  - file: drafts/张三-申报书.docx",
    "#    rule: kpi-threshold-not-met",
    "#    kpi: 光电转换效率",
    "#    reason: 专家论证会同意以 19.5% 申报（2025-03-02 会议纪要）",
    "",
    c("baseline：已接受问题的基线文件（guide check --write-baseline 生成；只有新问题才会失败）。", "baseline: the file of accepted findings (written by guide check --write-baseline; only new findings fail)."),
    "# baseline: .guide-baseline.json",
    "",
  );
  return out.join("\n");
}

/**
 * `guide init`: write a commented starter guide.config.yaml in the working directory, listing the notices
 * and drafts found below it. Never overwrites: an existing config is a `file-exists` error (exit 2). The
 * file appears whole or not at all (a temp file hard-linked into place, which fails if the name exists).
 */
export async function runInit(io: InitIo): Promise<number> {
  const target = join(io.cwd, CONFIG_NAME);
  if (existsSync(target)) throw new GuideError("file-exists", CONFIG_NAME);
  const found = await detect(io.cwd);
  const text = renderStarter(found, io.lang);
  const tmp = join(dirname(target), `.${CONFIG_NAME}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, { flag: "wx" });
    await link(tmp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new GuideError("file-exists", CONFIG_NAME);
    throw new GuideError("output-unwritable", CONFIG_NAME, { detail: code ?? String(err) });
  } finally {
    await unlink(tmp).catch(() => {});
  }
  io.stdout.write(
    io.lang === "zh"
      ? `已写入 ${CONFIG_NAME}：找到 ${found.notices.length} 份指南、${found.draftCount} 份申报书。请检查后运行 guide check。\n`
      : `wrote ${CONFIG_NAME}: ${found.notices.length} notice(s), ${found.draftCount} draft(s) found. Review it, then run guide check.\n`,
  );
  if (await ignoreCache(io.cwd))
    io.stdout.write(io.lang === "zh" ? `已把 ${CACHE_DIR}/ 加入 .gitignore（解析缓存不入库）。\n` : `added ${CACHE_DIR}/ to .gitignore (the parse cache stays out of the repository).\n`);
  return 0;
}

const CACHE_DIR = ".guide-cache";

/** Add the parse cache to .gitignore (made if absent) unless a line already ignores it; true when added. */
async function ignoreCache(cwd: string): Promise<boolean> {
  const path = join(cwd, ".gitignore");
  const text = await readFile(path, "utf8").catch(() => "");
  if (text.split(/\r?\n/).some((l) => /^\/?\.guide-cache\/?\*{0,2}\s*$/.test(l.trim()))) return false;
  await appendFile(path, `${text && !text.endsWith("\n") ? "\n" : ""}${CACHE_DIR}/\n`);
  return true;
}
