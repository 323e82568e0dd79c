// The layering of src/ (issue 12), enforced in `npm test` and so in CI: dependency-cruiser with the rules of
// .dependency-cruiser.cjs (nothing imports src/cli, src/model imports no other room, no circles), run as
// `npm run lint:deps` runs it. The second test plants each violation in a scratch tree, so the rules are
// known to bite and this file cannot pass by checking nothing.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const DEPCRUISE = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const RULES = ["no-cli-from-library", "model-stands-alone", "no-circular", "not-to-unresolvable"];

interface Cruise {
  modules: { source: string; dependencies: { resolved: string; couldNotResolve: boolean }[] }[];
  summary: { violations: { rule: { name: string }; from: string; to: string }[]; ruleSetUsed: { forbidden: { name: string }[] } };
}

/** depcruise over `src` of `cwd` with the repository's config; its JSON report (it exits non-zero on a violation). */
function cruise(cwd: string): Cruise {
  try {
    return JSON.parse(execFileSync(process.execPath, [DEPCRUISE, "src", "--config", join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "json"], { cwd, encoding: "utf8" }));
  } catch (err) {
    const stdout = (err as { stdout?: string }).stdout;
    if (stdout) return JSON.parse(stdout);
    throw err;
  }
}

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("the layering of src/", () => {
  it("has no violation, with every rule in force and every import resolved", () => {
    const r = cruise(ROOT);
    expect(r.summary.ruleSetUsed.forbidden.map((f) => f.name)).toEqual(RULES);
    expect(r.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
    // The rules see the real graph: the `.js` specifiers of src/ resolve to the .ts files.
    const deps = new Map(r.modules.map((m) => [m.source, m.dependencies.map((d) => d.resolved)]));
    expect(deps.get("src/cli/check.ts")).toContain("src/batch/run.ts");
    expect(deps.get("src/index.ts")).toContain("src/batch/run.ts");
    expect(r.modules.filter((m) => m.source.startsWith("src/")).length).toBeGreaterThan(100);
  }, 60_000);

  it("catches an import of src/cli, a model importing another room, and a circle", () => {
    const dir = mkdtempSync(join(tmpdir(), "guide-layers-"));
    scratch.push(dir);
    const files: Record<string, string> = {
      "src/cli/main.ts": 'import { run } from "../batch/run.js";\nexport const main = run;\n',
      "src/batch/run.ts": 'import { main } from "../cli/main.js";\nexport const run = () => main;\n',
      "src/model/guide.ts": 'import { fill } from "../i18n/index.js";\nexport const g = fill;\n',
      "src/i18n/index.ts": 'export const fill = 1;\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    copyFileSync(join(ROOT, "tsconfig.json"), join(dir, "tsconfig.json"));
    const found = cruise(dir).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(found).toContain("model-stands-alone: src/model/guide.ts → src/i18n/index.ts");
    expect(found).toContain("no-cli-from-library: src/batch/run.ts → src/cli/main.ts");
    expect(found).toHaveLength(3);
    // A circle is reported once, at the edge where depcruise first closes it.
    expect(found.filter((v) => v.startsWith("no-circular: "))).toHaveLength(1);
  }, 60_000);
});
