import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "./ajv.js";
import { CheckResult } from "../src/model/check.js";
import { FORMAT_NAMES, FORMATTERS } from "../src/report/formatters/index.js";
import { escapeData, escapeProperty } from "../src/report/formatters/github.js";
import { exitCodeOf } from "../src/report/result.js";
import type { FormatContext } from "../src/report/types.js";
import { escapeXml, escapeXmlAttr } from "../src/report/xml.js";
import { cleanResult, CWD, RULE_META, sampleResult } from "./report-fixtures.js";

const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({
  lang: "zh",
  color: false,
  cwd: CWD,
  rules: RULE_META,
  guidePath: "guides/sichuan.yaml",
  version: "0.1.0",
  generatedAt: "2026-01-01T08:00:00Z",
  ...over,
});

const ESC = /\u001b\[/;

describe("formatters: snapshots of a hand-made result", () => {
  for (const name of FORMAT_NAMES) {
    it(`${name}`, async () => {
      const out = FORMATTERS[name](sampleResult(), ctx());
      await expect(out).toMatchFileSnapshot(`__snapshots__/report-${name}.${name === "text" || name === "github" ? "txt" : name === "junit" ? "xml" : "json"}`);
      expect(FORMATTERS[name](sampleResult(), ctx())).toBe(out); // same input, same bytes
      expect(out).not.toMatch(ESC);
    });
  }
  it("text --lang en", async () => {
    await expect(FORMATTERS.text(sampleResult(), ctx({ lang: "en" }))).toMatchFileSnapshot("__snapshots__/report-text.en.txt");
  });
});

describe("text", () => {
  it("colours only when ctx.color", () => {
    expect(FORMATTERS.text(sampleResult(), ctx({ color: true }))).toMatch(ESC);
    expect(FORMATTERS.text(sampleResult(), ctx({ color: false }))).not.toMatch(ESC);
  });
  it("leads each finding with path:line:column relative to cwd, quotes the guide clause and ends with one summary line", () => {
    const out = FORMATTERS.text(sampleResult(), ctx());
    expect(out).toContain("    drafts/a b.md:12:5  考核指标“光电转换效率”承诺 20%，未达到指南要求 ≥21%  kpi-threshold-not-met\n");
    expect(out).toContain("指南 guides/sichuan.yaml:45：「光电转换效率≥21%」");
    expect(out.trimEnd().split("\n").at(-1)).toBe("✖ 共检查 3 个文件：2 个错误，1 个警告，1 条提示");
    // grouped by severity within a file: 错误 before 警告 before 提示
    const a = out.slice(0, out.indexOf("drafts/clean.txt"));
    expect(a.indexOf("  错误")).toBeLessThan(a.indexOf("  警告"));
    expect(a.indexOf("  警告")).toBeLessThan(a.indexOf("  提示"));
    // a multi-line message stays on one line
    expect(out).toContain("a:b second line");
  });
  it("absolute paths inside cwd are shown relative", () => {
    const r = cleanResult();
    r.files[0].path = "/repo/drafts/clean.txt";
    expect(FORMATTERS.text(r, ctx()).startsWith("drafts/clean.txt")).toBe(true);
  });
  it("a clean run says so in the summary", () => {
    expect(FORMATTERS.text(cleanResult(), ctx({ lang: "en" }))).toContain("✓ 1 file(s) checked: 0 error(s), 0 warning(s), 0 info(s)");
  });
});

describe("json", () => {
  it("is the SPEC contract: valid against schemas/check.schema.json, keys in the model's order", () => {
    const out = FORMATTERS.json(sampleResult(), ctx());
    const value = JSON.parse(out);
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(readFileSync(resolve(import.meta.dirname, "../schemas/check.schema.json"), "utf8")));
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    // zod rebuilds objects in the model's key order: the formatter's bytes must equal that.
    expect(out).toBe(JSON.stringify(CheckResult.parse(value), null, 2) + "\n");
    expect(Object.keys(value)).toEqual(["schemaVersion", "files", "summary"]);
    expect(Object.keys(value.files[0].findings[1]).slice(0, 7)).toEqual(["ruleId", "severity", "message", "directionId", "location", "messageId", "data"]);
    expect(value.summary).toEqual({ errors: 2, warnings: 1, infos: 1 });
  });
  it("findings are sorted by line then column", () => {
    const lines = JSON.parse(FORMATTERS.json(sampleResult(), ctx())).files[0].findings.map((f: { location: { line: number } }) => f.location.line);
    expect(lines).toEqual([1, 3, 12]);
  });
});

describe("sarif", () => {
  const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, "../fixtures/sarif/sarif-schema-2.1.0.json"), "utf8"));
  // The committed schema declares draft 2020-12 (see fixtures/README.md); no format plugin is installed.
  const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

  it("validates against the official SARIF 2.1.0 schema", () => {
    for (const r of [sampleResult(), cleanResult()]) {
      const log = JSON.parse(FORMATTERS.sarif(r, ctx()));
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    // and the validator does bite
    const bad = JSON.parse(FORMATTERS.sarif(sampleResult(), ctx()));
    bad.runs[0].results[0].level = "fatal";
    expect(validate(bad)).toBe(false);
  });

  it("maps findings as HOUSE-STYLE 7.7 says", () => {
    const log = JSON.parse(FORMATTERS.sarif(sampleResult(), ctx()));
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.tool.driver).toMatchObject({ name: "guide", version: "0.1.0" });
    const rules = run.tool.driver.rules as { id: string }[];
    expect(rules.map((r) => r.id)).toEqual(["draft-unreadable", "duration-too-long", "field-missing", "kpi-threshold-not-met"]);
    expect(rules[3]).toMatchObject({
      shortDescription: { text: "申报书承诺的考核指标未达到指南要求。" },
      fullDescription: { text: "申报书承诺的考核指标未达到指南要求。比较前换算单位。" },
      helpUri: "https://example.invalid/guide/0.1.0/rules/kpi-threshold-not-met",
      defaultConfiguration: { level: "error" },
    });
    expect(rules[1]).toMatchObject({ defaultConfiguration: { level: "warning" } });
    const [info, warning, error, fatal] = run.results;
    expect([info.level, warning.level, error.level, fatal.level]).toEqual(["note", "warning", "error", "error"]);
    expect(error.ruleIndex).toBe(3);
    expect(error.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "drafts/a%20b.md" },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 9 },
    });
    expect(error.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: "guides/sichuan.yaml" }, region: { startLine: 45 } }, message: { text: "光电转换效率≥21%" } },
    ]);
    expect(warning.properties.page).toBe(2);
    expect(fatal.properties.fatal).toBe(true);
  });

  it("a path outside cwd becomes a file: URL", () => {
    const r = cleanResult();
    r.files[0].findings.push({ ...sampleResult().files[0].findings[2], location: { path: "/elsewhere/x.md", line: 2 } });
    const log = JSON.parse(FORMATTERS.sarif(r, ctx()));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("file:///elsewhere/x.md");
    expect(validate(log)).toBe(true);
  });
});

/** A tiny well-formedness check: every tag closes in order, attributes are quoted, text has no bare & or <. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(body))) {
    consumed = token.lastIndex;
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[5])) return false;
      if (stack.length === 0 && m[5].trim() !== "") return false;
      continue;
    }
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[3])) return false;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]);
  }
  return consumed === body.length && stack.length === 0;
}

describe("junit", () => {
  it("is well-formed: one testsuite per draft, <failure> for errors, <error> for fatal, warnings left out, a passing case for a clean draft", () => {
    const out = FORMATTERS.junit(sampleResult(), ctx());
    expect(wellFormed(out)).toBe(true);
    expect(out.match(/<testsuite /g)).toHaveLength(3);
    expect(out.match(/<testcase /g)).toHaveLength(3);
    expect(out.match(/<failure /g)).toHaveLength(1);
    expect(out.match(/<error /g)).toHaveLength(1);
    expect(out).not.toContain("duration-too-long");
    expect(out).not.toContain("field-missing");
    expect(out).toContain('<testsuites name="guide check" tests="3" failures="1" errors="1">');
    expect(out).toMatch(/<testsuite name="drafts\/clean.txt" tests="1" failures="0" errors="0" skipped="0">\n {4}<testcase classname="drafts\/clean.txt" name="符合指南要求 \(方向 2.3\)"\/>/);
  });
  it("escapes what XML cannot carry", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'\u0000\u001b`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    expect(escapeXmlAttr("x\ny\tz")).toBe("x&#10;y&#9;z");
    const r = sampleResult();
    r.files[0].findings[2] = { ...r.files[0].findings[2], message: `<bad> & "quoted" ]]> \u0007` };
    const out = FORMATTERS.junit(r, ctx());
    expect(wellFormed(out)).toBe(true);
    expect(out).toContain('message="&lt;bad&gt; &amp; &quot;quoted&quot; ]]&gt; "');
  });
  it("the check itself catches broken XML", () => {
    expect(wellFormed('<a><b x="1"></a></b>')).toBe(false);
    expect(wellFormed("<a>x & y</a>")).toBe(false);
    expect(wellFormed('<a x="1"><b/>t</a>')).toBe(true);
  });
});

describe("github", () => {
  it("one workflow command per finding, by level", () => {
    const out = FORMATTERS.github(sampleResult(), ctx());
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0].startsWith("::notice file=drafts/a b.md,line=1,title=guide [field-missing]::")).toBe(true);
    expect(lines[2]).toBe(
      "::error file=drafts/a b.md,line=12,endLine=12,col=5,endColumn=9,title=guide [kpi-threshold-not-met]::考核指标“光电转换效率”承诺 20%25，未达到指南要求 ≥21%25%0Aguides/sichuan.yaml:45: 光电转换效率≥21%25",
    );
    expect(lines[1]).toContain("::warning file=drafts/a b.md,line=3,title=guide [duration-too-long]::");
    expect(lines[1]).toContain("100%25, a:b%0Asecond line");
    expect(lines[3].startsWith("::error file=drafts/broken.docx,line=1,title=guide [draft-unreadable]::")).toBe(true);
  });
  it("escapes % CR LF in data, and also : , in properties", () => {
    expect(escapeData("50%\r\nx:y,z")).toBe("50%25%0D%0Ax:y,z");
    expect(escapeProperty("C:\\a,b%\n")).toBe("C%3A\\a%2Cb%25%0A");
    const r = cleanResult();
    r.files[0].findings.push({ ...sampleResult().files[0].findings[0], location: { path: "dir,x/a:b.md", line: 2 } });
    expect(FORMATTERS.github(r, ctx())).toContain("file=dir%2Cx/a%3Ab.md,line=2,");
  });
});

describe("exit codes of a result", () => {
  it("2 on fatal, 1 at or above --fail-on, else 0", () => {
    expect(exitCodeOf(sampleResult())).toBe(2);
    expect(exitCodeOf(cleanResult())).toBe(0);
    const warnOnly = sampleResult();
    warnOnly.files = [{ ...warnOnly.files[0], findings: warnOnly.files[0].findings.filter((f) => f.severity !== "error") }];
    expect(exitCodeOf(warnOnly, "error")).toBe(0);
    expect(exitCodeOf(warnOnly, "warning")).toBe(1);
  });
});
