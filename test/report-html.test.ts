import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import type { CheckResult, Finding } from "../src/model/check.js";
import { FORMATTERS } from "../src/report/formatters/index.js";
import { html, requirement } from "../src/report/formatters/html.js";
import { buildResult } from "../src/report/result.js";
import type { FormatContext } from "../src/report/types.js";
import { cleanResult, CWD, RULE_META, sampleResult } from "./report-fixtures.js";

const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({
  lang: "zh",
  color: false,
  cwd: CWD,
  rules: RULE_META,
  guidePath: "guides/sichuan.yaml",
  version: "0.1.0",
  ...over,
});

const doc = (out: string) => parse(out);
const texts = (out: string, selector: string) => doc(out).querySelectorAll(selector).map((e) => e.text.replace(/\s+/g, " ").trim());

/** A result whose message, rule id, path, clause and URL all try to inject markup. */
function hostileResult(): CheckResult {
  const f: Finding = {
    ruleId: "kpi-threshold-not-met",
    severity: "error",
    message: '<script>alert("x")</script> & <img src=x onerror=alert(1)>',
    directionId: "1",
    kpi: { metric: "<b>指标</b>", op: ">=", value: 1, max: null, unit: "%", text: '"><script>k</script>', span: { startLine: 3, endLine: 3 } },
    found: { value: 0.5, unit: "%" },
    location: { path: 'drafts/<x>"&.md', line: 2 },
    messageId: "notMet",
    data: {},
    related: [{ path: "guides/g.yaml", line: 3, note: "</blockquote><script>c</script>" }],
    url: "javascript:alert(1)",
  };
  return buildResult([{ path: 'drafts/<x>"&.md', directionId: "1", findings: [f] }]);
}

describe("html report", () => {
  it("is one self-contained, deterministic page: no script, no external resource", () => {
    const out = html(sampleResult(), ctx());
    expect(out.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html(sampleResult(), ctx())).toBe(out);
    expect(out).not.toMatch(/<script\b/i);
    expect(out).not.toMatch(/<link\b|@import|@font-face|url\(|<img\b|<iframe\b/i);
    // the only URLs are the rule pages, as links
    const srcs = doc(out).querySelectorAll("[src]");
    expect(srcs).toEqual([]);
    expect(doc(out).querySelectorAll("a[href^=http]").every((a) => a.getAttribute("href")!.startsWith("https://example.invalid/"))).toBe(true);
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/); // no timestamp
    expect(FORMATTERS.html).toBe(html);
  });

  it("escapes every text and attribute it writes", () => {
    const out = html(hostileResult(), ctx());
    expect(out).not.toMatch(/<script\b/i);
    expect(out).not.toMatch(/<img\b/i);
    expect(out).not.toContain("<b>指标</b>");
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
    // the parsed page reads back the original text
    expect(texts(out, "tr.finding td.msg p")[0]).toBe('<script>alert("x")</script> & <img src=x onerror=alert(1)>');
    expect(texts(out, "blockquote.clause p")[0]).toBe("</blockquote><script>c</script>");
    expect(doc(out).querySelector("tr.kpi-row td.required")!.getAttribute("title")).toBe('"><script>k</script>');
    expect(doc(out).querySelector("section.draft")!.getAttribute("data-path")).toBe('drafts/<x>"&.md');
    // a javascript: URL is not made a link
    expect(out).not.toContain("javascript:");
    expect(doc(out).querySelector("tr.finding td.rule a")).toBeNull();
    expect(texts(out, "tr.finding td.rule")[0]).toBe("kpi-threshold-not-met");
  });

  it("summary: files, errors, warnings, infos and the guide path", () => {
    const out = html(sampleResult(), ctx());
    const count = (k: string) => doc(out).querySelector(`[data-count=${k}] dd`)!.text;
    expect([count("files"), count("errors"), count("warnings"), count("infos")]).toEqual(["3", "2", "1", "1"]);
    expect(doc(out).querySelector("[data-guide]")!.text).toBe("guides/sichuan.yaml");
    expect(texts(out, ".verdict")[0]).toBe("✗ 共检查 3 个文件：2 个错误，1 个警告，1 条提示");
    expect(doc(out).querySelectorAll("table.files tbody tr").map((r) => r.querySelectorAll("td").map((c) => c.text.trim()).join(" | "))).toEqual([
      "drafts/a b.md | 1.1 | 1 | 1 | 1 | ✗ 有问题",
      "drafts/clean.txt | 2.3 | 0 | 0 | 0 | ✓ 通过",
      "drafts/broken.docx | 未匹配方向 | 1 | 0 | 0 | ✗ 有问题",
    ]);
  });

  it("per draft: findings grouped by severity, each with path:line, message, linked rule id and the guide clause", () => {
    const out = html(sampleResult(), ctx());
    const a = doc(out).querySelector("section.draft#draft-1")!;
    expect(a.getAttribute("data-path")).toBe("drafts/a b.md");
    expect(a.querySelectorAll("section.group").map((g) => g.getAttribute("data-severity"))).toEqual(["error", "warning", "info"]);
    const row = a.querySelector('tr.finding[data-rule="kpi-threshold-not-met"]')!;
    expect(row.querySelector("td.loc")!.text).toBe("drafts/a b.md:12:5");
    expect(row.querySelector("td.msg p")!.text).toBe("考核指标“光电转换效率”承诺 20%，未达到指南要求 ≥21%");
    expect(row.querySelector("td.msg .details")!.text).toBe("指南要求 ≥21% · 申报书 20%");
    expect(row.querySelector("td.rule a")!.getAttribute("href")).toBe("https://example.invalid/guide/0.1.0/rules/kpi-threshold-not-met");
    expect(row.querySelector("td.rule a")!.text).toBe("kpi-threshold-not-met");
    expect(row.querySelector("blockquote.clause p")!.text).toBe("光电转换效率≥21%");
    expect(row.querySelector("blockquote.clause cite")!.text).toBe("guides/sichuan.yaml:45");
    // the page of a paged location
    expect(a.querySelector('tr.finding[data-rule="duration-too-long"] td.loc')!.text).toBe("drafts/a b.md:3 (第 2 页)");
    // a fatal finding has its own group
    expect(doc(out).querySelector("#draft-3 section.group")!.getAttribute("data-severity")).toBe("fatal");
  });

  it("KPI table: the guide's requirement beside what the draft says, failing rows coloured and marked ✗", () => {
    const out = html(sampleResult(), ctx());
    const rows = doc(out).querySelectorAll("#draft-1 table.kpi tbody tr");
    expect(rows).toHaveLength(1);
    expect(rows[0].getAttribute("data-state")).toBe("fail");
    expect(rows[0].classList.contains("state-fail")).toBe(true);
    expect(rows.map((r) => r.querySelectorAll("th, td").map((c) => c.text.trim()))).toEqual([
      ["✗ 未达标", "光电转换效率", "≥21%", "20%", "drafts/a b.md:12:5", "kpi-threshold-not-met"],
    ]);
    // the colour comes with a text mark, and the CSS colours the failing status cell
    expect(rows[0].querySelector(".mark-fail")!.text).toBe("✗");
    expect(out).toMatch(/tr\.state-fail td\.status\{background:var\(--err-bg\);color:var\(--err\)/);
    // drafts without KPI findings have no KPI table
    expect(doc(out).querySelectorAll("#draft-2 table.kpi, #draft-3 table.kpi")).toHaveLength(0);
  });

  it("KPI rows: found without actual, a missing KPI, an info-level row is a note", () => {
    const base = sampleResult().files[0].findings.find((f) => f.kpi)!;
    const noActual: Finding = { ...base, actual: undefined, found: { op: "range", value: 3, max: 5, unit: "件" } };
    const missing: Finding = { ...base, ruleId: "kpi-missing", actual: undefined, found: undefined, location: { path: "drafts/a b.md", line: 1 } };
    const info: Finding = { ...base, severity: "info", location: { path: "drafts/a b.md", line: 30 } };
    const out = html(buildResult([{ path: "drafts/a b.md", directionId: "1.1", findings: [noActual, missing, info] }]), ctx({ lang: "en" }));
    const cells = doc(out).querySelectorAll("table.kpi tbody tr").map((r) => [r.getAttribute("data-state"), r.querySelector("td.stated")!.text]);
    expect(cells).toEqual([
      ["fail", "not stated"],
      ["fail", "3–5件"],
      ["note", "20%"],
    ]);
  });

  it("formats requirements: ≥ ≤ range ≈ and the others as written", () => {
    const k = (op: Parameters<typeof requirement>[0]["op"], value: number, max: number | null = null, unit = "%") => requirement({ op, value, max, unit });
    expect([k(">=", 95), k("<=", 36, null, "个月"), k("range", 3, 5, "件"), k("approx", 10, null, ""), k(">", 1), k("=", 2, null, "项")]).toEqual([
      "≥95%",
      "≤36个月",
      "3–5件",
      "≈10",
      ">1%",
      "=2项",
    ]);
  });

  it("each finding shows the draft's own words at its place (excerpt), escaped", () => {
    const r = hostileResult();
    r.files[0].findings[0].excerpt = "电导率 | 105mS/cm <第三方检测>";
    const out = html(r, ctx());
    expect(texts(out, "q.excerpt")).toEqual(["电导率 | 105mS/cm <第三方检测>"]);
    expect(out).not.toContain("<第三方检测>");
  });

  it("a clean draft shows a clear no-findings state", () => {
    const out = html(cleanResult(), ctx());
    expect(texts(out, "#draft-1 .no-findings")).toEqual(["✓ 未发现问题：此申报书符合指南中已检查的各项要求。"]);
    expect(texts(out, ".all-clean")).toEqual(["全部 1 个文件均未发现问题。"]);
    expect(doc(out).querySelectorAll("table.findings, table.kpi")).toHaveLength(0);
    expect(doc(out).querySelector(".summary")!.classList.contains("overall-ok")).toBe(true);
    expect(texts(out, ".verdict")[0]).toBe("✓ 共检查 1 个文件：0 个错误，0 个警告，0 条提示");
  });

  it("zh by default, en with lang en: the page's words and its lang attribute", () => {
    const zh = html(sampleResult(), ctx());
    const en = html(sampleResult(), ctx({ lang: "en" }));
    expect(doc(zh).querySelector("html")!.getAttribute("lang")).toBe("zh-CN");
    expect(doc(en).querySelector("html")!.getAttribute("lang")).toBe("en");
    expect(doc(zh).querySelector("h1")!.text).toBe("申报书检查报告");
    expect(doc(en).querySelector("h1")!.text).toBe("Proposal check report");
    expect(texts(en, "#draft-1 table.kpi thead th")).toEqual(["Result", "Metric", "Guide requires", "Draft says", "Location", "Rule"]);
    expect(texts(en, "#draft-1 table.kpi tbody td.status")).toEqual(["✗ not met"]);
    expect(texts(en, "#draft-2 .no-findings")[0]).toBe("✓ No findings: this draft meets every requirement of the guide that was checked.");
    expect(texts(en, ".verdict")[0]).toBe("✗ 3 file(s) checked: 2 error(s), 1 warning(s), 1 info(s)");
    expect(texts(en, "#draft-1 section.group h3")).toEqual(["✗ error (1)", "⚠ warning (1)", "ⓘ info (1)"]);
  });

  it("severity filters are checkboxes handled by CSS, one per severity present", () => {
    const out = html(sampleResult(), ctx());
    expect(doc(out).querySelectorAll(".filters input[type=checkbox]").map((i) => i.id)).toEqual(["show-fatal", "show-error", "show-warning", "show-info"]);
    expect(doc(html(cleanResult(), ctx())).querySelectorAll(".filters input").map((i) => i.id)).toEqual(["show-error", "show-warning", "show-info"]);
    expect(out).toContain("body:has(#show-info:not(:checked)) .sev-info:is(section,tr)");
  });
});
