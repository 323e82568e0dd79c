// Shared by drafts.test.ts and drafts-heldout.test.ts: load a draft case folder (fixtures/drafts*/<case>),
// strip its 【expect: …】 markers, run readDraft → checkDraft in process, and compare the findings with
// the expected ones by rule id, KPI and line (HOUSE-STYLE 7.6), never by wording.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import YAML from "yaml";

/** One expected finding: marker-derived ones have a line; absences (kpi-missing, field-missing) do not. */
export interface ExpectedFinding {
  ruleId: string;
  /** A substring of the guide KPI's metric or text the finding must name. */
  kpiMetric?: string;
  line?: number;
}

/** expected.json of a case. */
export interface Expected {
  guide: string;
  direction: string | null;
  sidecar?: string;
  findings: ExpectedFinding[];
  notes?: string;
}

/** A draft case ready to check. */
export interface DraftCase {
  name: string;
  dir: string;
  draftFile: string;
  /** Draft bytes with the markers removed, in the draft's own encoding. */
  bytes: Uint8Array;
  sidecar?: { path: string; bytes: Uint8Array };
  expected: Expected;
  /** Markers found in the draft: [{ruleId, kpiMetric?, line}]. */
  markers: ExpectedFinding[];
}

/** The finding shape the comparison needs (a subset of model/check Finding). */
export interface GotFinding {
  ruleId: string;
  severity: "error" | "warning" | "info";
  messageId?: string;
  message?: string;
  kpi?: { metric: string; text: string };
  data?: Record<string, unknown>;
  found?: Record<string, unknown>;
  location: { path: string; line: number; column?: number };
}

const MARKER = /【expect:\s*([a-z-]+)(?:\s*@([^】]+))?】/g;
const DRAFT_FILES = ["draft.txt", "draft.md", "draft.docx", "draft.pdf"];

/** Case folders of a fixtures root, sorted. */
export function listCases(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => existsSync(join(root, n, "expected.json")))
    .sort();
}

/** Read a case: find its draft, decode TXT/MD (UTF-8 or GB18030), strip markers and re-encode. */
export function loadCase(root: string, name: string): DraftCase {
  const dir = join(root, name);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
  const file = DRAFT_FILES.find((f) => existsSync(join(dir, f)));
  if (!file) throw new Error(`${dir}: no draft.{txt,md,docx,pdf}`);
  const raw = new Uint8Array(readFileSync(join(dir, file)));
  let bytes = raw;
  const markers: ExpectedFinding[] = [];
  if (file.endsWith(".txt") || file.endsWith(".md")) {
    const utf8 = new TextDecoder("utf-8").decode(raw);
    const gb = utf8.includes("\uFFFD");
    const text = gb ? iconv.decode(Buffer.from(raw), "gb18030") : utf8;
    text.split(/\r?\n/).forEach((l, i) => {
      for (const m of l.matchAll(MARKER))
        markers.push({ ruleId: m[1], ...(m[2] ? { kpiMetric: m[2].trim() } : {}), line: i + 1 });
    });
    // Strip the markers and the spaces before them, keeping every line in place.
    const stripped = text.replace(/[ \t\u3000]*【expect:[^】]*】/g, "");
    bytes = gb ? new Uint8Array(iconv.encode(stripped, "gb18030")) : new TextEncoder().encode(stripped);
  }
  const sidecarName = expected.sidecar ?? file.replace(/\.[a-z]+$/, ".proposal.yaml");
  const sidecarPath = join(dir, sidecarName);
  const sidecar = existsSync(sidecarPath) ? { path: sidecarPath, bytes: new Uint8Array(readFileSync(sidecarPath)) } : undefined;
  return { name, dir, draftFile: join(dir, file), bytes, sidecar, expected, markers };
}

/** Guides are parsed once per path. */
const guideCache = new Map<string, unknown>();
export function loadGuide(root: string, rel: string): unknown {
  const p = join(root, rel);
  if (!guideCache.has(p)) guideCache.set(p, YAML.parse(readFileSync(p, "utf8")));
  return guideCache.get(p);
}

/** The modules under test, or why they cannot be used yet. */
export interface Pipeline {
  readDraft: (bytes: Uint8Array, opts: { path: string; sidecar?: unknown }) => unknown;
  checkDraft: (guide: unknown, facts: unknown, opts?: { direction?: string; lang?: string }) => unknown;
}

export async function loadPipeline(): Promise<{ pipeline?: Pipeline; missing?: string }> {
  const missing: string[] = [];
  let draftMod: Record<string, unknown> | undefined;
  let checkMod: Record<string, unknown> | undefined;
  if (!existsSync("src/draft/index.ts")) missing.push("src/draft/index.ts");
  else draftMod = await import("../src/draft/index.js").catch((e: Error) => (missing.push(`src/draft/index.ts (${e.message})`), undefined));
  if (!existsSync("src/check/index.ts")) missing.push("src/check/index.ts");
  else checkMod = await import("../src/check/index.js").catch((e: Error) => (missing.push(`src/check/index.ts (${e.message})`), undefined));
  if (draftMod && typeof draftMod.readDraft !== "function") missing.push("readDraft export of src/draft/index.ts");
  if (checkMod && typeof checkMod.checkDraft !== "function") missing.push("checkDraft export of src/check/index.ts");
  if (missing.length) return { missing: `module not there yet: ${missing.join(", ")}` };
  return { pipeline: { readDraft: draftMod!.readDraft as Pipeline["readDraft"], checkDraft: checkMod!.checkDraft as Pipeline["checkDraft"] } };
}

/** Run one case through readDraft → checkDraft. */
export async function runCase(p: Pipeline, root: string, c: DraftCase): Promise<{ directionId: string | null; findings: GotFinding[] }> {
  const guide = loadGuide(root, c.expected.guide);
  const facts = await p.readDraft(c.bytes, { path: c.draftFile, ...(c.sidecar ? { sidecar: c.sidecar.bytes } : {}) });
  const res = (await p.checkDraft(guide, facts, { lang: "zh" })) as { directionId: string | null; findings: GotFinding[] };
  return res;
}

function kpiMatches(e: ExpectedFinding, f: GotFinding): boolean {
  if (!e.kpiMetric) return true;
  const hay = [f.kpi?.metric, f.kpi?.text].filter(Boolean).join(" ");
  return hay.includes(e.kpiMetric);
}

/** The outcome of comparing one case. */
export interface Comparison {
  /** Expected findings with a matching actual finding (rule, KPI, and line when given). */
  matched: ExpectedFinding[];
  /** Expected findings nothing matched; `near` says when only the line differed. */
  missing: { expected: ExpectedFinding; near?: GotFinding }[];
  /** Error/warning findings no expected finding accounts for (content-not-covered only when expected). */
  unexpected: GotFinding[];
  /** Error-level findings (for clean drafts). */
  errors: GotFinding[];
  directionOk: boolean;
}

/** Compare got with expected: sets of {ruleId, kpi, line}; info findings count only when expected. */
export function compare(exp: Expected, got: { directionId: string | null; findings: GotFinding[] }): Comparison {
  const matched: ExpectedFinding[] = [];
  const missing: Comparison["missing"] = [];
  const used = new Set<GotFinding>();
  for (const e of exp.findings) {
    const hits = got.findings.filter((f) => f.ruleId === e.ruleId && kpiMatches(e, f) && (e.line == null || f.location?.line === e.line));
    if (hits.length) {
      matched.push(e);
      hits.forEach((h) => used.add(h));
    } else {
      const near = got.findings.find((f) => f.ruleId === e.ruleId && kpiMatches(e, f));
      missing.push({ expected: e, near });
    }
  }
  // The drafts are excerpts (申报书 sections, not the whole 研究内容), so content-not-covered counts only
  // when a case expects it.
  const unexpected = got.findings.filter((f) => f.severity !== "info" && f.ruleId !== "content-not-covered" && !used.has(f));
  const errors = got.findings.filter((f) => f.severity === "error");
  return { matched, missing, unexpected, errors, directionOk: (got.directionId ?? null) === (exp.direction ?? null) };
}

/** One line per finding, for failure messages and reports. */
export function describeFinding(f: GotFinding): string {
  const kpi = f.kpi ? ` kpi=${f.kpi.metric}` : "";
  return `${f.severity} ${f.ruleId}${kpi} @${f.location?.line}${f.messageId ? ` (${f.messageId})` : ""}: ${f.message ?? ""}`;
}

export function describeExpected(e: ExpectedFinding): string {
  return `${e.ruleId}${e.kpiMetric ? ` kpi~${e.kpiMetric}` : ""}${e.line != null ? ` @${e.line}` : ""}`;
}

/** The stable part of a result for snapshots: no absolute paths, no urls. */
export function snapshotOf(got: { directionId: string | null; findings: GotFinding[] }): string {
  const findings = got.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    messageId: f.messageId,
    line: f.location?.line,
    kpi: f.kpi ? { metric: f.kpi.metric, text: f.kpi.text } : undefined,
    data: f.data,
    message: f.message,
  }));
  return JSON.stringify({ directionId: got.directionId, findings }, null, 2) + "\n";
}
