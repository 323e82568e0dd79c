/**
 * Issue 6, "Malformed corpus": every case of the issue through the in-process CLI. Each refusal is exit 2,
 * exactly one line on stderr in the user's language (zh and en) that matches the template of its GuideError
 * code and names the file, no stack trace, nothing on stdout, no output file (nor temp file) written, the
 * inputs byte for byte unchanged, within a few seconds. The corpus is fixtures/bad/ (this issue) plus
 * fixtures/bad-input/ (issue 3, whose `guide parse` cases test/bad-input.test.ts already runs; here they
 * also go through the guide loader of `guide check --guide` and `guide list`). Large inputs are made in a
 * temp dir at test time and never committed. fixtures/README.md lists every file and its expected message.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GuideErrorCode } from "../src/core/errors.js";
import { messagesFor } from "../src/i18n/index.js";
import { ROOT, runCli } from "./helpers.js";

/** Per-case limit: every refusal is quick; the bound is what the test asserts, not a speed target. */
const CASE_MS = 15_000;
const DRAFT = "fixtures/draft-samples/basic.txt";
const GOOD_GUIDE = "fixtures/notices/102-tasks-circled/expected.yaml";
const LANGS = ["zh", "en"] as const;

let tmp: string;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => void rejections.push(reason);

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "guide-malformed-"));
  process.on("unhandledRejection", onRejection);
});
afterAll(async () => {
  process.off("unhandledRejection", onRejection);
  await rm(tmp, { recursive: true, force: true });
  expect(rejections).toEqual([]);
});

const sha = (abs: string) => createHash("sha256").update(readFileSync(abs)).digest("hex");

/** The template of `code` in `lang` as an anchored regex: placeholders match anything, an empty `（{{detail}}）` may be dropped. */
function templateRegex(code: GuideErrorCode, lang: (typeof LANGS)[number]): RegExp {
  const template = messagesFor(lang).errors[code];
  const parts = template.split(/(（\{\{\w+\}\}）| \(\{\{\w+\}\}\)|\{\{\w+\}\})/);
  const body = parts
    .map((p, i) => {
      if (i % 2 === 0) return p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return p.startsWith("{") ? ".*?" : `(?:${p.startsWith(" ") ? " \\(" : "（"}.*?${p.startsWith(" ") ? "\\)" : "）"})?`;
    })
    .join("");
  return new RegExp(`^${body}$`);
}

interface Refusal {
  /** CLI arguments; `{out}` is replaced by a fresh output path in the temp dir, which must not appear. */
  argv: string[];
  /** The file the message must name, as the user typed it (or as the config loader resolves it). */
  names: string;
  code: GuideErrorCode;
  /** More the line must say (in both languages), e.g. the ajv path or the --max-size hint. */
  also?: RegExp;
  /** Files whose bytes must be unchanged (default: every argument that is an existing file). */
  inputs?: string[];
}

/** Run a refusal in zh and en and assert the whole contract of issue 6. */
async function expectRefused(c: Refusal): Promise<void> {
  const inputs = (c.inputs ?? c.argv.filter((a) => !a.startsWith("-") && existsSync(resolve(ROOT, a)) && !a.endsWith("/"))).map((a) =>
    resolve(ROOT, a),
  );
  const files = inputs.filter((a) => existsSync(a) && !readdirSafe(a));
  const before = files.map(sha);
  for (const lang of LANGS) {
    const out = join(tmp, `out-${lang}-${Math.random().toString(36).slice(2)}.yaml`);
    const argv = [...c.argv.map((a) => (a === "{out}" ? out : a)), "--lang", lang];
    const r = await runCli(argv);
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines, r.stderr).toHaveLength(1);
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(lines[0]).toContain(c.names);
    expect(lines[0]).toMatch(templateRegex(c.code, lang));
    if (c.also) expect(lines[0]).toMatch(c.also);
    expect(r.stderr).not.toMatch(/^\s+at |internal error|内部错误/m);
    expect(existsSync(out)).toBe(false);
  }
  expect(files.map(sha)).toEqual(before);
  expect((await readdir(tmp)).filter((f) => f.endsWith(".tmp") || f.startsWith("out-"))).toEqual([]);
}

function readdirSafe(abs: string): boolean {
  try {
    readdirSync(abs);
    return true;
  } catch {
    return false;
  }
}

describe("PDF, DOCX and binary junk", () => {
  // [file, code, what the line also says]
  const cases: [string, GuideErrorCode, RegExp | undefined][] = [
    ["fixtures/bad-input/truncated.pdf", "corrupt-file", undefined],
    ["fixtures/bad-input/random.pdf", "corrupt-file", undefined],
    ["fixtures/bad-input/encrypted.pdf", "encrypted-pdf", undefined],
    ["fixtures/bad-input/scanned.pdf", "no-text-layer", /OCR/],
    ["fixtures/bad/random-bytes.pdf", "corrupt-file", /%PDF/],
    ["fixtures/bad-input/random.docx", "corrupt-file", undefined],
    ["fixtures/bad-input/truncated.docx", "corrupt-file", undefined],
    ["fixtures/bad-input/missing-document-xml.docx", "corrupt-file", /document\.xml/],
    ["fixtures/bad-input/zip-bomb.docx", "zip-bomb", undefined],
    ["fixtures/bad-input/nul-bytes.txt", "binary-file", undefined],
    ["fixtures/bad/nul-in-text.txt", "binary-file", undefined],
    // Decided behaviour (fixtures/README.md): UTF-8 and GB18030 lines in one file are refused, not guessed.
    ["fixtures/bad/mixed-encoding.txt", "bad-encoding", /line 1 .*UTF-8.*line 247/],
  ];

  it.each(cases)("parse %s → %s", async (file, code, also) => {
    await expectRefused({ argv: ["parse", file, "-o", "{out}"], names: file, code, also });
  }, CASE_MS);

  it.each(cases)("check --guide %s → %s", async (file, code, also) => {
    await expectRefused({ argv: ["check", DRAFT, "--guide", file, "-o", "{out}"], names: file, code, also });
  }, CASE_MS);

  it.each(cases.filter(([f]) => f.includes("/bad/")))("list %s → %s", async (file, code, also) => {
    await expectRefused({ argv: ["list", file], names: file, code, also });
  }, CASE_MS);
});

describe("YAML guides", () => {
  const cases: [string, GuideErrorCode, RegExp][] = [
    ["fixtures/bad/billion-laughs.yaml", "invalid-guide", /alias/i],
    ["fixtures/bad/deep-nesting.yaml", "invalid-guide", /nested too deeply/],
    ["fixtures/bad/js-function-tag.yaml", "invalid-guide", /Unresolved tag: .*js\/function/],
    ["fixtures/bad/custom-tag.yaml", "invalid-guide", /Unresolved tag: !custom/],
    ["fixtures/bad/schema-invalid.yaml", "invalid-guide", /directions\/2\/mode: must be equal to one of the allowed values/],
  ];

  it.each(cases)("check --guide %s → %s", async (file, code, also) => {
    await expectRefused({ argv: ["check", DRAFT, "--guide", file, "-o", "{out}"], names: file, code, also });
  }, CASE_MS);

  it.each(cases.filter(([f]) => !f.includes("schema-invalid")))("validate %s → %s", async (file, code, also) => {
    await expectRefused({ argv: ["validate", file], names: file, code, also });
  }, CASE_MS);

  it.each(cases.slice(0, 4))("as --config, %s → invalid-config", async (file) => {
    await expectRefused({ argv: ["check", DRAFT, "--config", file, "-o", "{out}"], names: file, code: "invalid-config" });
  }, CASE_MS);

  it("validate reports a schema failure as findings (exit 1), each with its ajv path", async () => {
    const file = "fixtures/bad/schema-invalid.yaml";
    const r = await runCli(["validate", file, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`${file}: directions/2/mode: must be equal to one of the allowed values`);
  }, CASE_MS);

  it("the same guide without the tag is valid: the tag alone is refused", async () => {
    const r = await runCli(["validate", GOOD_GUIDE]);
    expect(r.code, r.stderr).toBe(0);
  }, CASE_MS);
});

describe("config", () => {
  it.each(["fixtures/bad/outside-globs.config.yaml", "fixtures/bad/outside-absolute.config.yaml"])(
    "%s: globs outside the repository",
    async (file) => {
      await expectRefused({
        argv: ["check", "--config", file, "-o", "{out}"],
        names: resolve(ROOT, file),
        code: "invalid-config",
        also: /points outside the repository/,
      });
    },
    CASE_MS,
  );
});

describe("output paths", () => {
  it("parse -o the input itself", async () => {
    const input = join(tmp, "same.txt");
    await copyFile(join(ROOT, "fixtures/notices/000-work-plan/input.txt"), input);
    await expectRefused({ argv: ["parse", input, "-o", input], names: input, code: "output-is-input", inputs: [input] });
    await rm(input);
  }, CASE_MS);

  it("parse -o the input through another spelling (./x/../same.txt)", async () => {
    const input = join(tmp, "same.txt");
    await copyFile(join(ROOT, "fixtures/notices/000-work-plan/input.txt"), input);
    const other = `${tmp}/x/../same.txt`;
    await expectRefused({ argv: ["parse", input, "-o", other], names: other, code: "output-is-input", inputs: [input] });
    await rm(input);
  }, CASE_MS);

  it("check -o the draft", async () => {
    const draft = join(tmp, "draft.txt");
    await copyFile(join(ROOT, DRAFT), draft);
    await expectRefused({ argv: ["check", draft, "--guide", GOOD_GUIDE, "-o", draft], names: draft, code: "output-is-input", inputs: [draft] });
    await rm(draft);
  }, CASE_MS);

  it("check -o the guide", async () => {
    const guide = join(tmp, "guide.yaml");
    await copyFile(join(ROOT, GOOD_GUIDE), guide);
    await expectRefused({ argv: ["check", DRAFT, "--guide", guide, "-o", guide], names: guide, code: "output-is-input", inputs: [guide, DRAFT] });
    await rm(guide);
  }, CASE_MS);

  // Works as root too: a path below a regular file cannot be created by anyone (ENOTDIR).
  it("output below a regular file (parse and check)", async () => {
    const file = join(tmp, "file.txt");
    await writeFile(file, "not a directory\n");
    const out = join(file, "out.yaml");
    await expectRefused({ argv: ["parse", "fixtures/notices/000-work-plan/input.txt", "-o", out], names: out, code: "output-unwritable", also: /ENOTDIR/ });
    await expectRefused({ argv: ["check", DRAFT, "--guide", GOOD_GUIDE, "-o", out], names: out, code: "output-unwritable", also: /ENOTDIR/ });
    expect(readFileSync(file, "utf8")).toBe("not a directory\n");
    await rm(file);
  }, CASE_MS);

  // chmod does not stop root (CAP_DAC_OVERRIDE), and these tests run as root in CI containers: skipped there,
  // the case above covers an unwritable output location for every user.
  it.skipIf(process.getuid?.() === 0)("output in a read-only directory (chmod 0555; skipped as root, who may write there)", async () => {
    const dir = join(tmp, "readonly");
    await mkdir(dir);
    await chmod(dir, 0o555);
    const out = join(dir, "out.yaml");
    await expectRefused({ argv: ["parse", "fixtures/notices/000-work-plan/input.txt", "-o", out], names: out, code: "output-unwritable" });
    expect(await readdir(dir)).toEqual([]);
    await chmod(dir, 0o755);
    await rm(dir, { recursive: true });
  }, CASE_MS);
});

describe("a directory passed as a file", () => {
  let dir: string;
  beforeAll(async () => {
    dir = join(tmp, "dirs", "guide.yaml");
    await mkdir(dir, { recursive: true });
    await mkdir(join(tmp, "dirs", "notice.txt"));
  });
  afterAll(() => rm(join(tmp, "dirs"), { recursive: true, force: true }));

  it.each([
    ["parse", (d: string) => ["parse", join(d, "..", "notice.txt"), "-o", "{out}"], "notice.txt"],
    ["validate", (d: string) => ["validate", d], "guide.yaml"],
    ["check --guide", (d: string) => ["check", DRAFT, "--guide", d, "-o", "{out}"], "guide.yaml"],
    ["check --config", (d: string) => ["check", DRAFT, "--config", d, "-o", "{out}"], "guide.yaml"],
    ["list", (d: string) => ["list", d], "guide.yaml"],
  ] as const)("%s", async (_name, argv, leaf) => {
    const args = argv(dir);
    await expectRefused({ argv: [...args], names: leaf, code: "is-directory", inputs: [] });
  }, CASE_MS);
});

describe("large text inputs (made at test time, never committed)", () => {
  let big: string;
  let line: string;
  beforeAll(async () => {
    // 50 MB: seed 000, then one ordinary sentence of notice prose repeated up to 50 MB. (Seed 001 repeated to
    // 50 MB also parses, linearly, in about 70 s on a 2-core machine: too slow for the default run.)
    const head = readFileSync(join(ROOT, "fixtures/notices/000-work-plan/input.txt"));
    const para = Buffer.from("各有关单位应当严格按照本指南要求组织项目申报工作，认真审核申报材料的真实性和完整性，确保申报内容符合相关规定。\n");
    big = join(tmp, "big.txt");
    await writeFile(big, Buffer.concat([head, Buffer.alloc(50 * 1024 * 1024 - head.length - (50 * 1024 * 1024 - head.length) % para.length).fill(para)]));
    // One line of 5 MB: seed 001 with its line breaks turned into spaces, repeated, cut at a character boundary.
    const flat = readFileSync(join(ROOT, "fixtures/notices/001-national-intl-cooperation/input.txt"), "utf8").replace(/\n/g, " ");
    const text = flat.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(flat)));
    line = join(tmp, "one-line.txt");
    await writeFile(line, Buffer.from(Buffer.from(text).subarray(0, 5 * 1024 * 1024).toString("utf8").replace(/\uFFFD+$/, "") + "\n"));
  }, 60_000);

  it("50 MB text file: refused by the default size limit, with the hint to raise it (--max-size)", async () => {
    expect((await stat(big)).size).toBeGreaterThanOrEqual(50 * 1024 * 1024 - 200);
    await expectRefused({ argv: ["parse", big, "-o", "{out}"], names: big, code: "too-large", also: /--max-size/ });
    await expectRefused({ argv: ["check", DRAFT, "--guide", big, "-o", "{out}"], names: big, code: "too-large", also: /--max-size/ });
  }, CASE_MS);

  // Bounded time is asserted by the timeout only: the speed of the parser is measured by `npm run bench`.
  it("50 MB text file with --max-size raised: parses and finishes", async () => {
    const before = sha(big);
    const out = join(tmp, "big.yaml");
    const r = await runCli(["parse", big, "--max-size", "60MB", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^schemaVersion: 1\n/);
    expect(sha(big)).toBe(before);
    await rm(out);
  }, 300_000);

  // Not an error: a notice saved without line breaks is still a notice, parsed best effort (exit 0).
  it("one 5 MB line: parses and finishes", async () => {
    const before = sha(line);
    const out = join(tmp, "one-line.yaml");
    const r = await runCli(["parse", line, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^schemaVersion: 1\n/);
    expect(sha(line)).toBe(before);
    await rm(out);
  }, 120_000);
});

describe("the corpus", () => {
  it("a message matches the template of its own code only", () => {
    const line = "guide: 文件已损坏或不完整，无法读取：x.pdf（no %PDF header）。请重新下载或导出。";
    expect(line).toMatch(templateRegex("corrupt-file", "zh"));
    expect(line).not.toMatch(templateRegex("zip-bomb", "zh"));
    expect(line).not.toMatch(templateRegex("corrupt-file", "en"));
    expect("guide: 文件已损坏或不完整，无法读取：x.pdf。请重新下载或导出。").toMatch(templateRegex("corrupt-file", "zh"));
  });

  it("every file in fixtures/bad/ has a case in this test", () => {
    const src = readFileSync(join(ROOT, "test/malformed.test.ts"), "utf8");
    for (const f of readdirSync(join(ROOT, "fixtures/bad"))) expect(src, f).toContain(`fixtures/bad/${f}`);
  });
});
