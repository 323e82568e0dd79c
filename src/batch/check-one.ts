import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { CheckEngine } from "./engine.js";
import { GuideError } from "../core/errors.js";
import { readInput, STDIN_PATH, type StdinInput } from "../core/read-input.js";
import { formatGuideError, formatInternalError } from "../i18n/errors.js";
import { fill, messagesFor, type Lang } from "../i18n/index.js";
import type { Finding, KpiCheck } from "../model/check.js";
import { makeFinding } from "../model/finding.js";
import type { GuideDocument } from "../model/guide.js";
import { DRAFT_UNREADABLE } from "../report/result.js";

/** What checking one draft needs besides the draft: the same for every draft of a batch. */
export interface DraftJob {
  guide: GuideDocument;
  cwd: string;
  lang: Lang;
  /** --direction: check every draft against this direction instead of the one it names. */
  direction?: string;
  /** Severity by rule id ("off" does not run the rule). */
  severity?: Record<string, "off" | "info" | "warning" | "error">;
  maxBytes: number;
  /** Standard input, read: the draft whose path is its `path` comes from it, not from disk. */
  stdin?: StdinInput;
}

/** One checked draft. `stack` is the stack of the error that made it unreadable (for --debug). */
export interface DraftOutcome {
  path: string;
  directionId: string | null;
  findings: Finding[];
  /** The direction's KPIs as the draft meets them (checkDraft's); absent when the draft was not checked. */
  kpiChecklist?: KpiCheck[];
  stack?: string;
}

/**
 * Read and check one draft: its bytes, the sidecar NAME.proposal.yaml next to it, readDraft, checkDraft.
 * Never throws: a draft that cannot be read becomes one fatal `draft-unreadable` finding (HOUSE-STYLE 7.8.10).
 */
export async function checkOne(path: string, job: DraftJob, engine: CheckEngine): Promise<DraftOutcome> {
  try {
    const piped = job.stdin?.path === path ? job.stdin : undefined;
    const input = piped ?? (await readInput(path, { cwd: job.cwd, maxBytes: job.maxBytes }));
    // a sidecar sits next to the file --stdin-filename names; `<stdin>` has none
    const sidecar = path === STDIN_PATH ? null : await readSidecar(path, job.cwd);
    const facts = await engine.readDraft(input.bytes, { path, sidecar, format: piped?.format });
    const checked = engine.checkDraft(job.guide, facts, { direction: job.direction, lang: job.lang, severity: job.severity });
    return { path, directionId: checked.directionId, findings: checked.findings, ...(checked.kpiChecklist ? { kpiChecklist: checked.kpiChecklist } : {}) };
  } catch (err) {
    return {
      path,
      directionId: null,
      findings: [unreadableFinding(path, err, job.lang, engine.ruleUrl(DRAFT_UNREADABLE))],
      stack: err instanceof Error ? err.stack : undefined,
    };
  }
}

/** The fatal finding of a draft that could not be read: the one-line message of its error. */
export function unreadableFinding(path: string, err: unknown, lang: Lang, url: string): Finding {
  const isInput = err instanceof GuideError;
  const line = isInput ? formatGuideError(err, lang) : fill(messagesFor(lang).check.unreadable, { detail: formatInternalError(err, lang) });
  return makeFinding({
    ruleId: DRAFT_UNREADABLE,
    severity: "error",
    message: line.replace(/guide: /g, ""),
    directionId: null,
    location: { path, line: 1 },
    messageId: isInput ? err.code : "internal",
    data: isInput ? { code: err.code } : {},
    url,
    fatal: true,
  });
}

/** NAME.proposal.yaml next to NAME.ext, when there is one (it states the draft's facts explicitly). */
export async function readSidecar(draft: string, cwd: string): Promise<Uint8Array | null> {
  const sidecar = resolve(cwd, draft.slice(0, draft.length - extname(draft).length) + ".proposal.yaml");
  try {
    return await readFile(sidecar);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new GuideError("file-unreadable", sidecar, { detail: code ?? String(err) });
  }
}
