import { chmod, mkdtemp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers.js";

const BAD = join(ROOT, "fixtures/bad-input");

const run = runCli;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "guide-bad-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** SPEC "Bad input": exit 2, one line naming the file, no stack, nothing written. */
async function expectRejected(input: string, extra: string[] = [], mention?: RegExp) {
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}.yaml`);
  for (const lang of ["zh", "en"]) {
    const r = await run(["parse", input, "-o", out, "--lang", lang, ...extra]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    expect(lines, r.stderr).toHaveLength(1);
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(lines[0]).toContain(input);
    expect(lines[0]).toMatch(/^guide: /);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toMatch(/internal error|内部错误/);
    if (mention) expect(lines[0]).toMatch(mention);
    expect(existsSync(out)).toBe(false);
  }
  // no temp file left behind either
  expect((await readdir(tmp)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}

describe("fixtures/bad-input", () => {
  const cases: Record<string, RegExp | undefined> = {
    "empty.txt": /文件为空|file is empty/,
    "only-bom.txt": /文件为空|file is empty/,
    "binary.txt": undefined,
    "nul-bytes.txt": undefined,
    "image.png": /OCR/,
    "legacy.doc": /DOCX/,
    "legacy.wps": /DOCX/,
    // renamed by hand: the message says what the file really is and how to fix it
    "renamed-legacy.docx": /其实是旧版 Word\/WPS 文件.*改扩展名不能转换格式.*另存为」DOCX|an old Word\/WPS file .* renamed to \.docx; renaming does not convert it.*save it as DOCX/,
    "docx-named.doc": /内容是 DOCX 文件，扩展名却是 \.doc。请把扩展名改为 \.docx|holds a DOCX file but is named \.doc\. Rename it to \.docx/,
    "pdf-named.wps": /内容是 PDF 文件，扩展名却是 \.wps。请把扩展名改为 \.pdf|holds a PDF file but is named \.wps\. Rename it to \.pdf/,
    "encrypted.pdf": /密码|password/,
    "scanned.pdf": /OCR/,
    "truncated.pdf": /损坏|damaged/,
    "random.pdf": /损坏|damaged/,
    "truncated.docx": /损坏|damaged/,
    "random.docx": /损坏|damaged/,
    "missing-document-xml.docx": /损坏|damaged/,
    "zip-bomb.docx": /压缩炸弹|zip bomb/,
  };

  it("has a test case for every fixture", () => {
    expect(readdirSync(BAD).filter((f) => f !== "README.md").sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))("%s", async (name, mention) => {
    await expectRejected(`fixtures/bad-input/${name}`, [], mention);
  });
});

describe("other bad input", () => {
  it("missing file", async () => {
    await expectRejected("fixtures/bad-input/does-not-exist.txt", [], /找不到文件|not found/);
  });

  it("directory", async () => {
    const dir = join(tmp, "notice.txt");
    await mkdir(dir);
    await expectRejected(dir, [], /目录|directory/);
  });

  it("file over the size limit (--max-size)", async () => {
    await expectRejected("fixtures/notices/000-work-plan/input.txt", ["--max-size", "100"], /--max-size/);
  });

  it("unknown extension", async () => {
    await expectRejected("package.json", [], /\.txt/);
  });

  it.skipIf(process.getuid?.() === 0)("unreadable file", async () => {
    const f = join(tmp, "locked.txt");
    await writeFile(f, "申报指南\n");
    await chmod(f, 0o000);
    await expectRejected(f, [], /权限|permission/);
  });

  it("output equal to the input is refused and the input is kept", async () => {
    const f = join(tmp, "same.txt");
    await writeFile(f, "申报指南\n");
    const r = await run(["parse", f, "-o", f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/输出文件与输入文件相同/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("usage errors exit 2 with one line", async () => {
    for (const argv of [["parse"], ["parse", "x.txt", "--format", "xml"], ["frobnicate"], ["parse", "x.txt", "--bogus"]]) {
      const r = await run(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), argv.join(" ")).toHaveLength(1);
    }
  });
});
