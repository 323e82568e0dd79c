// The lexicon (src/lexicon) walked table by table: every entry read in a sentence of the kind it serves, every
// unit read after a number and converted by the check; and a guard that no matcher outside src/lexicon keeps a
// second list of the same words (issue 10).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { budgetKind } from "../src/draft/budget.js";
import { readConstraints } from "../src/extract/constraint.js";
import { readKpis } from "../src/extract/threshold.js";
import { unitFactor } from "../src/check/quantity-units.js";
import { readLabel } from "../src/structure/labels.js";
import * as L from "../src/lexicon/index.js";
import { ROOT } from "./helpers.js";

const kinds = (s: string) => readConstraints(s).map((c) => c.kind);

describe("each lexicon entry in a sentence of its kind", () => {
  it.each(L.NOTICE_LABELS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)))("label %s opens %s", (w, kind) => {
    expect(readLabel(`${w}：说明文字`)?.kind).toBe(kind);
  });
  it.each([...L.GOVERNMENT_FUNDS, ...L.REQUESTED_FUNDS])("%s is government money in a budget", (w) => {
    expect(budgetKind(`申请${w}经费`)).toBe("government");
  });
  it.each([...L.SELF_FUNDS])("%s is the applicant's own money in a budget", (w) => {
    expect(budgetKind(`${w}`)).toBe("selfFunded");
  });
  it.each([...L.GOVERNMENT_FUNDS])("%s names the government side of a share", (w) => {
    expect(kinds(`${w}经费原则上不超过项目总预算的50%。`)).toContain("gov_share_max");
  });
  it.each([...L.BUDGET_TOTALS])("%s is the whole a share is taken of", (w) => {
    expect(kinds(`省财政资助经费不超过项目${w}的40%。`)).toContain("gov_share_max");
  });
  it.each(L.AT_MOST.filter((w) => w !== "限" && w !== "最多"))("%s bounds a share from above", (w) => {
    expect(kinds(`市财政资助资金${w}项目总投入的30%。`)).toContain("gov_share_max");
  });
  it.each([...L.APPLICANTS])("%s must be registered in a region", (w) => {
    expect(kinds(`${w}须为本市注册的独立法人。`)).toContain("applicant_region");
  });
  it.each([...L.REGION_WORDS])("%s is a region an applicant belongs to", (w) => {
    expect(kinds(`申报单位应为${w}注册的企业。`)).toContain("applicant_region");
  });
  it.each([...L.PRINCIPAL_INVESTIGATORS])("%s is limited to one application", (w) => {
    expect(kinds(`${w}限申报1项。`)).toContain("pi_one_application_per_year");
  });
  it.each([...L.APPLICATION_LIMITS])("%s limits how many a PI may apply for", (w) => {
    expect(kinds(`项目负责人${w}申报1项。`)).toContain("pi_one_application_per_year");
  });
  it.each([...L.ACTIVE_PROJECT_STATES])("%s bars a PI with such a project", (w) => {
    expect(kinds(`作为项目负责人承担的市级项目${w}的，不得申报。`)).toContain("pi_active_project_limit");
  });
  it.each([...L.PROHIBITIONS])("%s forbids", (w) => {
    expect(kinds(`在研项目的负责人${w}牵头申报。`)).toContain("pi_active_project_limit");
  });
  it.each([...L.PARTNER_UNITS])("%s are counted against the partner limit", (w) => {
    expect(readConstraints(`${w}总数不超过5家。`).find((c) => c.kind === "participants_max")?.value).toBe(5);
  });
  it.each([...L.FOREIGN_MARKERS])("%s makes a partner foreign", (w) => {
    expect(kinds(`须有1家${w}合作单位参与。`)).toContain("foreign_partner_min");
  });
  const directionField = new RegExp(`^(?:${L.DIRECTION_REFERENCE})$`);
  it.each([
    "指南方向", "申报指南方向", "申报的指南方向", "指南方向编号", "指南方向代码", "拟申报方向编号", "申报方向", "所属方向",
    "方向编号", "指南编号", "揭榜方向", "揭榜榜单方向", "揭榜榜单", "揭榜项目", "揭榜任务", "榜单编号", "申报榜单", "榜单",
    "申报专题", "所属专题", "申报领域及方向", "专项及方向",
    // combinations composed from the same parts
    "攻关任务", "指南编号及名称", "拟申报榜单编号", "对应方向代码及名称", "所属领域", "重点攻关方向", "任务编号",
  ])("%s names a draft's direction", (w) => {
    expect(directionField.test(w)).toBe(true);
  });
  it.each(["研究方向", "任务", "方向", "申报指南", "指南", "研究任务", "任务分工", "承担任务", "领域", "申报项目名称", "方向名称"])(
    "%s does not",
    (w) => {
      expect(directionField.test(w)).toBe(false);
    },
  );
});

describe("units: read after a number, converted by the check", () => {
  const rows: [string, string][] = [
    ...L.COUNT_CLASSIFIERS.filter((w) => !w.includes("/")).map((w): [string, string] => [w, w]),
    ...Object.keys(L.MEASURE_WORDS).map((w): [string, string] => [w, w === "万吨" ? "吨" : w]),
    ...Object.entries(L.COMPOUND_UNITS),
    ...L.MONEY_UNITS.map((w): [string, string] => [w, w]),
  ];
  it("has at least 150 rows", () => expect(rows.length).toBeGreaterThanOrEqual(150));
  it.each(rows)("不低于12%s → unit %s", (written, unit) => {
    const atoms = readKpis(`目标值不低于12${written}，`);
    expect(atoms.map((a) => a.unit)).toEqual([unit]);
  });
  it.each(Object.entries(L.MEASURE_WORDS).filter(([, s]) => s !== ""))("%s converts as %s", (word, symbol) => {
    expect(unitFactor(word, symbol)).toBe(1);
  });
});

/** Regex sources of a TypeScript file: /…/ literals and String.raw`…` templates, comments removed. */
function regexSources(code: string): string[] {
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:\\])\/\/.*$/gm, "$1");
  const out: string[] = [];
  for (const m of noComments.matchAll(/(?<=[=(,:!&|?;{}[]\s*)\/((?:\\.|\[(?:\\.|[^\]])*\]|[^/\n\\[])+)\/[dgimsuy]*/g)) out.push(m[1]);
  for (const m of noComments.matchAll(/String\.raw`([^`]*)`/g)) out.push(m[1]);
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("one list of each vocabulary", () => {
  it("no matcher outside src/lexicon spells out a word of the lexicon's label and party tables", () => {
    const vocabulary = new Set<string>(
      [
        ...L.NOTICE_LABELS.flatMap(([, w]) => w),
        ...L.DIRECTION_TITLE_LABELS,
        ...L.GOVERNMENT_FUNDS, ...L.SELF_FUNDS, ...L.REQUESTED_FUNDS, ...L.BUDGET_TOTALS, ...L.CAP_SUBJECTS,
        ...L.APPLICANTS, ...L.PRINCIPAL_INVESTIGATORS, ...L.PARTNER_UNITS, ...L.FOREIGN_MARKERS,
        ...L.ACTIVE_PROJECT_STATES, ...L.REGION_WORDS,
      ].filter((w) => [...w].length >= 3),
    );
    const found: string[] = [];
    for (const path of files(join(ROOT, "src"))) {
      const rel = relative(ROOT, path);
      if (rel.startsWith(join("src", "lexicon"))) continue;
      for (const source of regexSources(readFileSync(path, "utf8")))
        for (const branch of source.split(/[|()]|\(\?:/))
          if (vocabulary.has(branch.replace(/^\?:/, "").trim())) found.push(`${rel}: ${branch}`);
    }
    expect(found).toEqual([]);
  });
});
