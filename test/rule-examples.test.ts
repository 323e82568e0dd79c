// Every rule doc's examples run (issue 13): `guide rules ID` prints a failing and a passing example, each a
// notice and a draft, and here they go through the whole `guide check` run (parse, read, check, waivers).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFiles } from "../src/batch/run.js";
import { readRuleDoc, ruleDocExamples, type RuleDocExample } from "../src/check/docs.js";
import { RULE_LIST } from "../src/check/rules/index.js";

/** The findings of `guide check draft.md --guide notice.txt --report-unused-waivers` on one example, as [ruleId, severity]. */
async function check(example: RuleDocExample): Promise<[string, string][]> {
  const dir = mkdtempSync(join(tmpdir(), "guide-rule-example-"));
  // a repository of its own, so no guide.config.yaml above the temporary folder is found
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, "notice.txt"), example.notice);
  writeFileSync(join(dir, "draft.md"), example.draft);
  try {
    const run = await checkFiles({ cwd: dir, files: ["draft.md"], guide: "notice.txt", jobs: 1, cache: false, reportUnusedWaivers: true });
    return run.result.files.flatMap((f) => f.findings.map((x): [string, string] => [x.ruleId, x.severity]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("ruleDocExamples", () => {
  it("reads the notice and draft blocks after each label; a Passes example without a notice is checked against the Fails one", () => {
    const doc = "Fails — too much:\n\n```notice\nN\n```\n\n```draft\nA\n```\n\nPasses:\n\n```draft\nB\n```\n\nMessages.\n\n```draft\nC\n```\n";
    expect(ruleDocExamples(doc)).toEqual({ fails: { notice: "N", draft: "A" }, passes: { notice: "N", draft: "B" } });
  });

  it("an example without a draft, or with no notice to check it against, is null", () => {
    expect(ruleDocExamples("Fails:\n\n```notice\nN\n```\n\nPasses:\n\n```draft\nB\n```\n")).toEqual({ fails: null, passes: null });
    expect(ruleDocExamples("Fails:\n\n```draft\nA\n```\n")).toEqual({ fails: null, passes: null });
  });
});

describe.each(RULE_LIST.map((r) => [r.meta.id, r.meta.defaultSeverity] as const))("%s: the examples of its doc", (id, severity) => {
  const { fails, passes } = ruleDocExamples(readRuleDoc(id) ?? "");

  it("Fails: a finding of this rule at its default severity, and of no other rule", async () => {
    expect(fails).not.toBeNull();
    const findings = await check(fails!);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(findings.map(() => [id, severity]));
  });

  it("Passes: no finding at all", async () => {
    expect(passes).not.toBeNull();
    expect(await check(passes!)).toEqual([]);
  });
});
