import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, link, readFile, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CONFIG_NAME } from "../config/load.js";
import { detect, renderStarter } from "../config/starter.js";
import { GuideError } from "../core/errors.js";
import type { Lang } from "../i18n/index.js";

/** What runInit may touch. */
export interface InitIo {
  stdout: { write(chunk: string): unknown };
  cwd: string;
  lang: Lang;
}

/**
 * `guide init`: write a commented starter guide.config.yaml in the working directory, listing the notices
 * and drafts found below it (src/config/starter.ts). Never overwrites: an existing config is a `file-exists`
 * error (exit 2). The file appears whole or not at all (a temp file hard-linked into place, which fails if the
 * name exists).
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
