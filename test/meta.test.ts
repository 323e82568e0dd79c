import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES, RULE_LIST, ruleDocsUrl, VERSION } from "../src/check/index.js";

const SPEC_IDS = [
  "direction-not-found", "kpi-missing", "kpi-threshold-not-met", "kpi-unit-incompatible", "funding-over-cap",
  "matching-ratio-too-low", "gov-share-too-high", "budget-inconsistent", "duration-too-long", "participants-too-many",
  "foreign-partner-missing", "enterprise-partner-missing", "applicant-ineligible", "pi-ineligible", "field-missing",
  "content-not-covered",
];
const RULE_DIR = "src/check/rules";

describe("rule metadata", () => {
  it("every SPEC rule id is implemented", () => {
    for (const id of SPEC_IDS) expect(RULES[id], id).toBeDefined();
  });
  it("RULES is sorted by id and keyed by meta.id", () => {
    const ids = Object.keys(RULES);
    expect(ids).toEqual([...ids].sort());
    for (const [k, r] of Object.entries(RULES)) expect(r.meta.id).toBe(k);
    expect(RULE_LIST.map((r) => r.meta.id)).toEqual(ids);
  });
  it("every rule file is registered", () => {
    const files = readdirSync(RULE_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.slice(0, -3)).sort();
    expect(files).toEqual(Object.keys(RULES));
  });
  it("the docs URL is the doc in package.json's repository, pinned to the package version", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string; repository: { url: string } };
    expect(VERSION).toBe(pkg.version);
    const home = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    expect(ruleDocsUrl("funding-over-cap")).toBe(`${home}/blob/v${pkg.version}/src/check/rules/funding-over-cap.md`);
  });
  describe.each(Object.keys(RULES))("%s", (id) => {
    const meta = RULES[id].meta;
    it("has a SPEC-style id equal to its file name", () => {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      expect(existsSync(`${RULE_DIR}/${id}.ts`)).toBe(true);
    });
    it("has a doc page and a test file", () => {
      expect(existsSync(`${RULE_DIR}/${id}.md`)).toBe(true);
      expect(readFileSync(`${RULE_DIR}/${id}.md`, "utf8")).toMatch(new RegExp(`^# ${id}\\n`));
      expect(existsSync(`test/rules/${id}.test.ts`)).toBe(true);
    });
    it("has zh and en for its description and every message", () => {
      expect(meta.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(meta.description.en).toMatch(/^[\x20-\x7e]+$/);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      for (const [mid, m] of Object.entries(meta.messages)) {
        expect(m.zh, mid).toMatch(/[\u4e00-\u9fff]/);
        expect(m.en.length, mid).toBeGreaterThan(0);
        // the same placeholders in both languages
        const ph = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1]).sort();
        expect(ph(m.zh), mid).toEqual(ph(m.en));
      }
    });
    it("has a known severity, category and requires", () => {
      expect(["error", "warning", "info"]).toContain(meta.defaultSeverity);
      expect(Array.isArray(meta.requires.guide) && Array.isArray(meta.requires.draft)).toBe(true);
    });
  });
});
