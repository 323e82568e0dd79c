import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GuideError } from "../src/core/errors.js";
import { ingest } from "../src/ingest/index.js";
import { ingestDocx } from "../src/ingest/docx.js";
import { ingestHtml } from "../src/ingest/html.js";
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

describe("markup nested thousands of levels deep is refused as damaged, never by running out of stack", () => {
  /** `fixtures/docx/zhejiang-directions.docx` with its body wrapped in `pairs` content controls (w:sdt/w:sdtContent). */
  async function nestedDocx(pairs: number): Promise<Uint8Array> {
    const { strFromU8, strToU8, unzipSync, zipSync } = await import("fflate");
    const parts = unzipSync(new Uint8Array(readFileSync(join(ROOT, "fixtures/docx/zhejiang-directions.docx"))));
    const xml = strFromU8(parts["word/document.xml"]);
    const open = xml.indexOf("<w:body>") + "<w:body>".length;
    const close = xml.lastIndexOf("</w:body>");
    const body = "<w:sdt><w:sdtContent>".repeat(pairs) + xml.slice(open, close) + "</w:sdtContent></w:sdt>".repeat(pairs);
    parts["word/document.xml"] = strToU8(xml.slice(0, open) + body + xml.slice(close));
    return zipSync(parts);
  }
  /** An article page whose text sits inside `depth` nested <div>. */
  const nestedHtml = (depth: number) =>
    new TextEncoder().encode(`<html><body>${"<div>".repeat(depth)}<p>一、智能制造</p><p>考核指标：精度不低于95%。</p>${"</div>".repeat(depth)}</body></html>`);

  it("DOCX: 5,000 levels → corrupt-file naming the part; 800 levels read like the flat file", async () => {
    await expect(ingestDocx(await nestedDocx(2500), "deep.docx")).rejects.toMatchObject({ code: "corrupt-file", data: { detail: expect.stringMatching(/^word\/document\.xml: elements nested more than \d+ deep/) } });
    const flat = await ingestDocx(new Uint8Array(readFileSync(join(ROOT, "fixtures/docx/zhejiang-directions.docx"))), "flat.docx");
    expect((await ingestDocx(await nestedDocx(400), "nested.docx")).text).toBe(flat.text);
  });

  it("HTML: 5,000 levels → corrupt-file; 900 levels read", async () => {
    await expect(ingestHtml(nestedHtml(5000), "deep.html")).rejects.toMatchObject({ code: "corrupt-file", data: { detail: expect.stringMatching(/elements nested more than \d+ deep/) } });
    expect((await ingestHtml(nestedHtml(900), "nested.html")).text).toBe("一、智能制造\n考核指标：精度不低于95%。\n");
  });
});
