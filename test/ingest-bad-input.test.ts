import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GuideError } from "../src/core/errors.js";
import { ingest } from "../src/ingest/index.js";
import { ingestDocx } from "../src/ingest/docx.js";
import { ingestPdf } from "../src/ingest/pdf.js";
import { ROOT, runCli } from "./helpers.js";

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(GuideError);
    return (err as GuideError).code;
  }
  return "no error";
}

const read = (name: string) => new Uint8Array(readFileSync(join(ROOT, "fixtures/bad-input", name)));

describe("bad PDF and DOCX input: one GuideError each", () => {
  it.each([
    ["encrypted.pdf", "encrypted-pdf"],
    ["scanned.pdf", "no-text-layer"],
    ["truncated.pdf", "corrupt-file"],
    ["random.pdf", "corrupt-file"],
    ["truncated.docx", "corrupt-file"],
    ["random.docx", "corrupt-file"],
    ["missing-document-xml.docx", "corrupt-file"],
    ["zip-bomb.docx", "zip-bomb"],
    ["legacy.doc", "unsupported-type"],
    ["legacy.wps", "unsupported-type"],
  ])("%s → %s", async (name, code) => {
    expect(await codeOf(() => ingest(read(name), `fixtures/bad-input/${name}`))).toBe(code);
  });

  it("the zip bomb is stopped by bounded inflation, not by reading it whole", async () => {
    const before = process.memoryUsage().rss;
    expect(await codeOf(() => ingestDocx(read("zip-bomb.docx"), "zip-bomb.docx"))).toBe("zip-bomb");
    expect(process.memoryUsage().rss - before).toBeLessThan(120 * 1024 * 1024);
  });

  it("a PDF that takes longer than the limit → timeout", async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, "fixtures/notices/003-sichuan-ai-jiebang/input.pdf")));
    expect(await codeOf(() => ingestPdf(bytes, "slow.pdf", { timeoutMs: 1 }))).toBe("timeout");
  });

  it(".doc is refused with the legacy-office hint (save as DOCX or PDF)", async () => {
    const refusal = ingest(read("legacy.doc"), "x.doc");
    await expect(refusal).rejects.toBeInstanceOf(GuideError);
    await expect(refusal).rejects.toMatchObject({ code: "unsupported-type", data: { ext: ".doc", kind: "legacy-office" } });
  });
});

describe("bad PDF and DOCX input through the CLI: exit 2, one line naming the file", () => {
  it.each([
    ["encrypted.pdf", /密码|password/],
    ["scanned.pdf", /OCR/],
    ["truncated.pdf", /损坏|damaged/],
    ["truncated.docx", /损坏|damaged/],
    ["zip-bomb.docx", /压缩炸弹|zip bomb/],
    ["missing-document-xml.docx", /损坏|damaged/],
  ])("%s", async (name, mention) => {
    for (const lang of ["zh", "en"]) {
      const { code, stdout, stderr } = await runCli(["parse", `fixtures/bad-input/${name}`, "--lang", lang]);
      expect(code, stderr).toBe(2);
      expect(stdout).toBe("");
      const lines = stderr.split("\n").filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`fixtures/bad-input/${name}`);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(lines[0]).toMatch(mention);
    }
  });
});
