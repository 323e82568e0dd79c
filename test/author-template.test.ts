import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { effectiveCap, effectiveDuration, effectiveRatio, trimNumber } from "../src/author/common.js";
import { PLACEHOLDER, templateDraft } from "../src/author/template.js";
import { checkDraft, effectiveConstraints } from "../src/check/index.js";
import { readDraft } from "../src/draft/index.js";
import type { Direction, GuideDocument, Kpi } from "../src/model/guide.js";
import { schemaModeline } from "../src/model/published.js";
import { parseNotice, runCli } from "./helpers.js";

// Issue 5, "Done when": guide template output round-trips through guide check with no findings once filled
// with passing values. Each direction below is filled the way a writer would: every "" of the front matter and
// every 【待填写…】 of the body, with values that meet the threshold, the cap, the ratio, the duration and the
// unit rules the guide states for that direction.
const CASES: [string, string[]][] = [
  ["001-national-intl-cooperation", ["1.1", "1.6", "2.4", "3.5", "5.8", "6.4"]],
  ["002-jiangsu-major-projects", ["1001", "3001", "3002", "6001", "8001", "9006"]],
  ["003-sichuan-ai-jiebang", ["1", "2", "5", "7", "10"]],
];

/** A committed value that meets a guide KPI, in the guide's unit. */
export function passingValue(k: Kpi): string {
  const up = (v: number) => (Number.isInteger(v) ? v + 1 : Number((v * 1.1).toPrecision(6)));
  const down = (v: number) => Number((v * 0.9).toPrecision(6));
  const v =
    k.op === ">" ? up(k.value) : k.op === "<" ? down(k.value) : k.op === "range" ? (k.max !== null ? (k.value + k.max) / 2 : k.value) : k.value;
  return `${trimNumber(v)}${k.unit}`;
}

const FOREIGN = [
  ["慕尼黑工业大学", "德国"],
  ["巴黎萨克雷大学", "法国"],
  ["丹麦技术大学", "丹麦"],
];

/** Fill every placeholder of a template with values meeting the guide's rules for the direction. */
export function fillTemplate(text: string, guide: GuideDocument, d: Direction): string {
  const end = text.indexOf("\n---\n", 4);
  const doc = parseDocument(text.slice(4, end + 1));
  const cs = effectiveConstraints(guide, d);
  const num = (kind: string) => {
    const v = cs.find((c) => c.kind === kind)?.value;
    return typeof v === "number" ? v : null;
  };
  doc.setIn(["title"], `${d.title}合作研究项目`);
  // a lead the template already types as an enterprise (项目由企业牵头申报) stays one
  const leadIsEnterprise = doc.getIn(["leadUnit", "type"]) === "enterprise";
  doc.setIn(["leadUnit", "name"], leadIsEnterprise ? "示范智造股份有限公司" : "示范大学");
  doc.setIn(["leadUnit", "type"], leadIsEnterprise ? "enterprise" : "university");
  const participants = doc.getIn(["participants"]) as { items: unknown[] };
  let f = 0;
  participants.items.forEach((_, i) => {
    const type = doc.getIn(["participants", i, "type"]);
    if (doc.hasIn(["participants", i, "country"])) {
      doc.setIn(["participants", i, "name"], FOREIGN[f][0]);
      doc.setIn(["participants", i, "type"], "university");
      doc.setIn(["participants", i, "country"], FOREIGN[f][1]);
      f++;
    } else {
      doc.setIn(["participants", i, "name"], type === "enterprise" ? "示范科技股份有限公司" : "示范研究院");
      if (type !== "enterprise") doc.setIn(["participants", i, "type"], "institute");
    }
  });
  doc.setIn(["pi", "name"], "张明");
  doc.setIn(["pi", "birthDate"], "1985-06");
  doc.setIn(["pi", "title"], "教授");
  doc.setIn(["pi", "employedByLead"], true);
  const years = effectiveDuration(guide, d)?.value ?? 3;
  const months = Math.round(years * 12);
  const endMonth = 2025 * 12 + months - 1;
  doc.setIn(["period", "start"], "2025-01");
  doc.setIn(["period", "end"], `${Math.floor(endMonth / 12)}-${String((endMonth % 12) + 1).padStart(2, "0")}`);
  doc.setIn(["period", "months"], months);
  const gov = (effectiveCap(guide, d)?.value.yuan ?? 5_000_000) / 10000;
  const share = num("gov_share_max");
  const ratio = Math.max(effectiveRatio(guide, d)?.value ?? 0, share !== null ? 1 / share - 1 : 0, 1);
  const self = gov * ratio;
  doc.setIn(["budget", "government"], `${trimNumber(gov)}万元`);
  doc.setIn(["budget", "selfFunded"], `${trimNumber(self)}万元`);
  doc.setIn(["budget", "total"], `${trimNumber(gov + self)}万元`);

  let body = text.slice(end + 5);
  body = body.replace(/【待填写：[^】]*】/g, `本项目围绕${d.title}开展研究${d.keywords.length > 0 ? `，涉及${d.keywords.join("、")}` : ""}。`);
  let row = 0;
  body = body.replace(new RegExp(PLACEHOLDER, "g"), () => passingValue(d.kpis[row++]));
  return `---\n${doc.toString()}---\n${body}`;
}

async function check(guide: GuideDocument, text: string, path = "filled.md") {
  const facts = await readDraft(new TextEncoder().encode(text), { path });
  return checkDraft(guide, facts, {});
}

describe("guide template", () => {
  for (const [seed, ids] of CASES) {
    describe(seed, () => {
      it.each(ids)("direction %s: filled with passing values, guide check finds no error or warning", async (id) => {
        const guide = await parseNotice(seed);
        const d = guide.directions.find((x) => x.id === id)!;
        const text = templateDraft(guide, id)!;
        expect(text).toContain(`direction: "${id}"`);
        const filled = fillTemplate(text, guide, d);
        expect(filled).not.toContain("【待填写");
        expect(filled).not.toMatch(/: ""/);
        const r = await check(guide, filled);
        expect(r.directionId).toBe(id);
        const bad = r.findings.filter((x) => x.severity !== "info").map((x) => `${x.ruleId} L${x.location.line}: ${x.message}`);
        expect(bad).toEqual([]);
        // and nothing was read from a placeholder hint or the quoted guide clauses
        expect(r.findings.map((x) => x.ruleId)).toEqual([]);
      });
    });
  }

  it("unfilled, the skeleton is checked against the right direction and every KPI is still owed", async () => {
    const guide = await parseNotice("003-sichuan-ai-jiebang");
    const r = await check(guide, templateDraft(guide, "2")!);
    expect(r.directionId).toBe("2");
    const d = guide.directions.find((x) => x.id === "2")!;
    expect(r.findings.filter((f) => f.ruleId === "kpi-missing")).toHaveLength(d.kpis.length);
  });

  it("has the front matter keys of src/model/proposal.ts, the cap as a hint and the thresholds in the KPI table", async () => {
    const guide = await parseNotice("003-sichuan-ai-jiebang");
    const text = templateDraft(guide, "1")!;
    for (const key of ["direction:", "title:", "leadUnit:", "participants:", "pi:", "period:", "budget:"]) expect(text).toMatch(new RegExp(`^${key}`, "m"));
    expect(text).toMatch(/government: "".*上限 2000万元/);
    expect(text).toContain("| 序号 | 指标名称 | 指南要求 | 本项目指标 |");
    expect(text.match(new RegExp(PLACEHOLDER, "g"))).toHaveLength(guide.directions[0].kpis.length);
  });

  it("opens its front matter with the yaml-language-server line of the proposal schema, which the reader passes over", async () => {
    const guide = await parseNotice("001-national-intl-cooperation");
    const text = templateDraft(guide, "1.1")!;
    const lines = text.split("\n");
    expect(lines.slice(0, 2)).toEqual(["---", schemaModeline("proposal")]);
    expect(lines[1]).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/schemas\/proposal\.schema\.json$/);
    const facts = await readDraft(new TextEncoder().encode(text), { path: "t.md" });
    expect(facts.direction).toMatchObject({ value: { id: "1.1" }, line: lines.indexOf('direction: "1.1"  # ' + guide.directions[0].title) + 1, source: "front-matter" });
    expect(facts.unknownKeys.map((k) => k.text).join("\n")).not.toContain("yaml-language-server");
  });

  it("returns null for a direction the guide does not have", async () => {
    expect(templateDraft(await parseNotice("003-sichuan-ai-jiebang"), "99")).toBeNull();
  });

  it("CLI: writes the skeleton to -o, and the filled file passes guide check (exit 0)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "guide-template-"));
    const out = join(dir, "draft.md");
    const notice = "fixtures/notices/003-sichuan-ai-jiebang/input.txt";
    const made = await runCli(["template", notice, "--direction", "5", "-o", out]);
    expect(made).toMatchObject({ code: 0, stderr: "" });
    const guide = await parseNotice("003-sichuan-ai-jiebang");
    writeFileSync(out, fillTemplate(readFileSync(out, "utf8"), guide, guide.directions.find((x) => x.id === "5")!));
    const checked = await runCli(["check", out, "--guide", notice, "--format", "json", "--fail-on", "warning"]);
    expect(JSON.parse(checked.stdout).summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(checked.code).toBe(0);
    const missing = await runCli(["template", notice, "--direction", "99"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/99/);
  });
});
