import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { ROOT } from "./helpers.js";

const DRAFTS = resolve(ROOT, "fixtures/drafts");

/** A draft fixture's text without its 【expect: …】 markers. */
export function draftText(name: string): string {
  return readFileSync(join(DRAFTS, name, "draft.txt"), "utf8").replace(/【expect:[^】]*】/g, "");
}

/**
 * A throw-away repository for the config, waiver and baseline tests: a `.git` folder, guides/001.yaml and
 * guides/003.yaml (parsed guides of fixtures/drafts), and the files given (path → text or a fixture to copy).
 */
export function makeRepo(files: Record<string, string | { copy: string }> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "guide-config-"));
  mkdirSync(join(dir, ".git"));
  mkdirSync(join(dir, "guides"));
  cpSync(join(DRAFTS, "guides/001.yaml"), join(dir, "guides/001.yaml"));
  cpSync(join(DRAFTS, "guides/003.yaml"), join(dir, "guides/003.yaml"));
  for (const [p, content] of Object.entries(files)) write(dir, p, content);
  return dir;
}

/** Write (or copy) one file into the repository. */
export function write(dir: string, p: string, content: string | { copy: string }): void {
  mkdirSync(dirname(join(dir, p)), { recursive: true });
  if (typeof content === "string") writeFileSync(join(dir, p), content);
  else cpSync(resolve(ROOT, content.copy), join(dir, p));
}

/** The drafts used most: 001 is clean (direction 1.1), 007 misses one KPI at line 29 (direction 1.2). */
export const CLEAN = () => draftText("001-intl-clean-at-threshold");
export const SHORT = () => draftText("007-intl-kpi-short-1pct");

/** A config with guide 001 for drafts/**\/*.md and content-not-covered off (it would add warnings to 007). */
export const BASIC = `guides:
  - guide: guides/001.yaml
    drafts: ["drafts/**/*.md"]
rules:
  content-not-covered: off
`;

/** Findings of a JSON report as [path, ruleId, line] rows. */
export function rows(stdout: string): [string, string, number][] {
  const r = JSON.parse(stdout) as { files: { path: string; findings: { ruleId: string; location: { line: number } }[] }[] };
  return r.files.flatMap((f) => f.findings.map((x) => [f.path, x.ruleId, x.location.line] as [string, string, number]));
}
