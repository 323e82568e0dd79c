import { randomBytes } from "node:crypto";
import { open, realpath, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { GuideError } from "./errors.js";

/**
 * Throw `output-is-input` when `outPath` names the same file as `inPath` (directly, through `..` or
 * through a symlink). Call it before doing any work, so the user learns early.
 */
export async function assertNotInput(outPath: string, inPath: string, cwd: string, shownPath = outPath): Promise<void> {
  const out = await canonical(resolve(cwd, outPath));
  const inp = await canonical(resolve(cwd, inPath));
  if (out === inp) throw new GuideError("output-is-input", shownPath);
}

/**
 * Write `data` to `path` atomically: a temp file in the same directory (same filesystem, so the rename
 * is atomic), flushed, then renamed over the target. Readers see the old file or the new one, never a
 * half-written one; on failure the temp file is removed and `output-unwritable` is thrown.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, cwd: string, shownPath = path): Promise<void> {
  const target = resolve(cwd, path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fh = await open(tmp, "wx", 0o644);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new GuideError("output-unwritable", shownPath, { detail: code ?? String((err as Error)?.message ?? err) });
  }
}

async function canonical(abs: string): Promise<string> {
  try {
    return await realpath(abs);
  } catch {
    // A not-yet-existing output: resolve its directory, which may itself be a symlink.
    try {
      return join(await realpath(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}
