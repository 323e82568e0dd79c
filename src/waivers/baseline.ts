/**
 * The baseline: findings accepted once (`guide check --write-baseline`), so that only new ones fail.
 * Keyed without line numbers, so edits above a finding do not make it new: the draft's path relative
 * to the repository, the rule id, the direction, the KPI metric and a hash of the message id and data.
 * The same key may occur several times in a draft; the baseline keeps the count.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { z } from "zod";
import { GuideError } from "../core/errors.js";
import type { Finding } from "../model/check.js";

/** One accepted finding (or several with the same key). */
export const BaselineEntry = z.strictObject({
  file: z.string().describe("The draft, relative to the repository root, POSIX separators"),
  ruleId: z.string(),
  directionId: z.string().nullable(),
  kpi: z.string().nullable().describe("The KPI metric the finding is about, if any"),
  hash: z.string().describe("sha256 of the messageId and the message data (first 16 hex digits)"),
  count: z.number().int().min(1),
});
export type BaselineEntry = z.infer<typeof BaselineEntry>;

/** The baseline file (.guide-baseline.json). */
export const Baseline = z.strictObject({
  schemaVersion: z.literal(1),
  findings: z.array(BaselineEntry),
});
export type Baseline = z.infer<typeof Baseline>;

/** A checked draft as the baseline sees it. */
export interface BaselineFile {
  path: string;
  findings: Finding[];
}

/** Stable JSON: object keys sorted, so the hash does not depend on key order. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

/** The repository-relative POSIX path of a draft shown as `path` from `cwd`. */
export function repoPath(path: string, cwd: string, root: string): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  return relative(root, abs).split(sep).join("/");
}

/** The key of a finding (without the count). */
export function findingKey(file: string, f: Finding): Omit<BaselineEntry, "count"> {
  const hash = createHash("sha256").update(stable({ messageId: f.messageId, data: f.data })).digest("hex").slice(0, 16);
  const kpi = f.kpi?.metric ?? (typeof f.data.metric === "string" ? f.data.metric : null);
  return { file, ruleId: f.ruleId, directionId: f.directionId, kpi, hash };
}

const keyString = (k: Omit<BaselineEntry, "count">): string => stable([k.file, k.ruleId, k.directionId, k.kpi, k.hash]);

/** Build a baseline from checked drafts; fatal findings are never accepted. Entries sorted, so diffs stay small. */
export function buildBaseline(files: readonly BaselineFile[], cwd: string, root: string): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const file of files) {
    const rel = repoPath(file.path, cwd, root);
    for (const f of file.findings) {
      if (f.fatal) continue;
      const k = findingKey(rel, f);
      const s = keyString(k);
      const e = counts.get(s);
      if (e) e.count++;
      else counts.set(s, { ...k, count: 1 });
    }
  }
  const findings = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  return { schemaVersion: 1, findings };
}

/** The text of a baseline file: 2-space JSON, trailing newline. */
export function renderBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + "\n";
}

/** Read a baseline file; null when it does not exist. A malformed one is an `invalid-config` error. */
export async function readBaseline(abs: string, shown: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(abs, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new GuideError("file-unreadable", shown, { detail: code ?? String(err) });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new GuideError("invalid-config", shown, { detail: `not JSON: ${(err as Error).message}` });
  }
  const r = Baseline.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new GuideError("invalid-config", shown, { detail: `${issue.path.join(".") || "(root)"}: ${issue.message}` });
  }
  return r.data;
}

/**
 * Remove the findings the baseline accepts (each entry accepts up to `count` findings with its key);
 * returns what is left per file and how many were accepted. Fatal findings always stay.
 */
export function applyBaseline<T extends BaselineFile>(files: readonly T[], baseline: Baseline, cwd: string, root: string): { files: T[]; accepted: number } {
  const left = new Map<string, number>();
  for (const e of baseline.findings) left.set(keyString(e), (left.get(keyString(e)) ?? 0) + e.count);
  let accepted = 0;
  const out = files.map((file) => {
    const rel = repoPath(file.path, cwd, root);
    const findings = file.findings.filter((f) => {
      if (f.fatal) return true;
      const s = keyString(findingKey(rel, f));
      const n = left.get(s) ?? 0;
      if (n <= 0) return true;
      left.set(s, n - 1);
      accepted++;
      return false;
    });
    return { ...file, findings };
  });
  return { files: out, accepted };
}
