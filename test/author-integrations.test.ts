import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "./helpers.js";

// The integrations of issue 5: the pre-commit hook, the composite GitHub Action and the README's CI examples.
const read = (p: string) => readFileSync(join(ROOT, p), "utf8");

describe("integrations", () => {
  it(".pre-commit-hooks.yaml: a guide-check hook, node, entry guide check, matching drafts only", () => {
    const [hook] = parse(read(".pre-commit-hooks.yaml")) as { id: string; entry: string; language: string; files: string }[];
    expect(hook).toMatchObject({ id: "guide-check", entry: "guide check", language: "node" });
    const files = new RegExp(hook.files);
    for (const p of ["drafts/a.md", "drafts/sichuan/b.docx", "proposals/x.pdf", "材料/张三-申报书.docx"]) expect(files.test(p), p).toBe(true);
    for (const p of ["README.md", "src/cli/main.ts", "notices/guide.txt"]) expect(files.test(p), p).toBe(false);
  });

  it("action.yml: composite, Node 20, npm ci, guide check --format sarif -o, upload-sarif", () => {
    const action = parse(read("action.yml")) as { runs: { using: string; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] } };
    expect(action.runs.using).toBe("composite");
    const steps = action.runs.steps;
    expect(steps.find((s) => s.uses?.startsWith("actions/setup-node@"))?.with).toEqual({ "node-version": 20 });
    expect(steps.some((s) => s.run?.includes("npm ci"))).toBe(true);
    expect(steps.some((s) => /guide\.js" check .*--format sarif -o/.test(s.run ?? ""))).toBe(true);
    expect(steps.some((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))).toBe(true);
  });

  it("README: every YAML example parses; a workflow uploads SARIF and a GitLab job publishes JUnit", () => {
    const readme = read("README.md");
    const section = readme.slice(readme.indexOf("### CI: pre-commit, GitHub code scanning, GitLab"), readme.indexOf("### Exit codes and messages"));
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) expect(() => parse(b), b).not.toThrow();
    expect(blocks.some((b) => b.includes("security-events: write") && b.includes("uses: <owner>/guide@"))).toBe(true);
    expect(blocks.some((b) => /reports:\s*\n\s*junit: guide-junit\.xml/.test(b) && b.includes("--format junit"))).toBe(true);
  });
});
