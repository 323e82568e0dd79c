import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/core/atomic-write.ts
import { randomBytes } from "node:crypto";
import { open, realpath, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { GuideError } from "./core-errors.js";
async function assertNotInput(outPath, inPath, cwd, shownPath = outPath) {
  const out = await canonical(resolve(cwd, outPath));
  const inp = await canonical(resolve(cwd, inPath));
  if (out === inp) throw new GuideError("output-is-input", shownPath);
}
async function writeFileAtomic(path, data, cwd, shownPath = path) {
  const target = resolve(cwd, path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fh = await open(tmp, "wx", 420);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => {
    });
    const code = err?.code;
    throw new GuideError("output-unwritable", shownPath, { detail: code ?? String(err?.message ?? err) });
  }
}
async function canonical(abs) {
  try {
    return await realpath(abs);
  } catch {
    try {
      return join(await realpath(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}
export {
  assertNotInput,
  writeFileAtomic
};
