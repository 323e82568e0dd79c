/**
 * A RuleTester in the ESLint manner: inline mini guides and DraftFacts, valid[] cases that yield no
 * finding of the rule (nor field-missing), invalid[] cases asserting ruleId, messageId, data and line.
 */
import { describe, expect, it } from "vitest";
import { checkDraft, RULES, type CheckOptions } from "../../src/check/index.js";
import type { Rule } from "../../src/check/rule.js";
import type { CommittedKpi, DraftFacts, DraftUnit, Fact } from "../../src/draft/types.js";
import type { Finding } from "../../src/model/check.js";
import type { Comparator, Constraint, ConstraintKind, Direction, GuideDocument, Kpi, Meta, Money } from "../../src/model/guide.js";
import { bareDirection } from "../../src/model/bare-direction.js";

/** A guide KPI on one line: kpi("光电转换效率", ">=", 20, "%", 30). */
export function kpi(metric: string, op: Comparator, value: number, unit: string, line = 30, max: number | null = null, text?: string): Kpi {
  const shown = op === "range" ? `${value}-${max}` : `${op}${value}`;
  return { metric, op, value, max, unit, text: text ?? `${metric}${shown}${unit}`, span: { startLine: line, endLine: line } };
}

/** A constraint of the guide: constraint("participants_max", 10, 5). */
export function constraint(kind: ConstraintKind, value: Constraint["value"], line = 5, text?: string): Constraint {
  return { kind, value, text: text ?? `${kind} ${String(value)}`, span: { startLine: line, endLine: line } };
}

/** A direction with defaults: id 1.1, lines 20–40, no caps, no KPIs. */
export function direction(p: Partial<Direction> = {}): Direction {
  return { ...bareDirection("1.1", "1", "柔性钙钛矿太阳能电池关键技术研发", { startLine: 20, endLine: 40 }), ...p };
}

/** A mini guide: document rules and directions (default: one direction built from `dir`). */
export function guide(p: { rules?: Constraint[]; directions?: Direction[]; dir?: Partial<Direction>; meta?: Partial<Meta> } = {}): GuideDocument {
  return {
    schemaVersion: 1,
    source: { path: "guide.txt", format: "txt", sha256: "0".repeat(64) },
    meta: { title: "测试指南", docNumber: null, issuers: [], publishedAt: "2024-07-03", deadlines: [], ...p.meta },
    rules: p.rules ?? [],
    areas: [],
    directions: p.directions ?? [direction(p.dir)],
  };
}

/** A located fact: fact(value, line). */
export function fact<T>(value: T, line: number, text = ""): Fact<T> {
  return { value, line, source: "text", text };
}

/** Money as written: money("500万元") → {yuan: 5000000, text}. */
export function money(text: string): Money {
  const m = /([\d.]+)\s*(亿|万)?/.exec(text)!;
  const scale = m[2] === "亿" ? 1e8 : m[2] === "万" ? 1e4 : 1;
  return { yuan: Math.round(Number(m[1]) * scale * 100) / 100, text };
}

/** A unit of the draft. */
export function unit(name: string, type: DraftUnit["type"] = null, country: string | null = null): DraftUnit {
  return { name, type, country };
}

/** A committed KPI fact: committed("光电转换效率", ">=", 21, "%", 50). */
export function committed(
  metric: string,
  op: Comparator,
  value: number,
  unitText: string,
  line = 50,
  extra: Partial<CommittedKpi> = {},
): Fact<CommittedKpi> {
  return fact({ metric, op, value, max: null, unit: unitText, ...extra }, line, `${metric}${op}${value}${unitText}`);
}

/** Draft facts with defaults: the direction 1.1 named on line 2, everything else absent. */
export function facts(p: Partial<DraftFacts> = {}): DraftFacts {
  return {
    path: "draft.txt",
    format: "txt",
    direction: fact({ id: "1.1", title: null }, 2),
    projectTitle: null,
    leadUnit: null,
    participants: [],
    participantCount: null,
    pi: null,
    period: null,
    budget: { government: null, selfFunded: null, total: null },
    kpis: [],
    lines: ["项目名称：测试项目"],
    unknownKeys: [],
    unfilled: [],
    ...p,
  };
}

/** One case: a guide (default: the default mini guide) and draft facts. */
export interface Case {
  name?: string;
  guide?: GuideDocument;
  facts: DraftFacts;
  options?: CheckOptions;
}

/** An expected finding: what tests assert (never the wording). */
export interface Expected {
  ruleId?: string;
  messageId: string;
  data?: Record<string, string | number>;
  line: number;
  /** "warning" for a doubtful case: read, but not sure enough for an error. */
  severity?: "error" | "warning";
}

/** Run one rule (with field-missing) on a case; findings of other rules are dropped. */
export function run(rule: Rule, c: Case): Finding[] {
  const rules = rule.meta.id === "field-missing" ? [rule] : [rule, RULES["field-missing"]];
  const out = checkDraft(c.guide ?? guide(), c.facts, { rules, ...c.options });
  return out.findings.filter((f) => f.ruleId === rule.meta.id || f.ruleId === "field-missing");
}

/** Declare the valid and invalid cases of a rule as vitest tests. */
export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: (Case & { errors: Expected[] })[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((c, i) =>
      it(`valid ${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        expect(run(rule, c).map((f) => [f.ruleId, f.messageId, f.data])).toEqual([]);
      }),
    );
    cases.invalid.forEach((c, i) =>
      it(`invalid ${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        const got = run(rule, c);
        expect(got.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.location.line }))).toEqual(
          c.errors.map((e) => ({ ruleId: e.ruleId ?? rule.meta.id, messageId: e.messageId, line: e.line })),
        );
        c.errors.forEach((e, j) => {
          if (e.data) expect(got[j].data).toMatchObject(e.data);
          if (e.severity) expect(got[j].severity).toBe(e.severity);
          expect(got[j].message).not.toMatch(/\{\{/);
          expect(got[j].url).toContain(`${got[j].ruleId}.md`);
        });
      }),
    );
  });
}
