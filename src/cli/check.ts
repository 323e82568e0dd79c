import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { RuleMeta } from "../check/rule.js";
import { GuideError } from "../core/errors.js";
import { readInput } from "../core/read-input.js";
import { en } from "../i18n/en.js";
import { fill, messagesFor, type Lang } from "../i18n/index.js";
import { zh } from "../i18n/zh.js";
import type { Finding } from "../model/check.js";
import { FORMATTERS, type FormatName } from "../report/formatters/index.js";
import { buildResult, DRAFT_UNREADABLE, exitCodeOf, type CheckedFile } from "../report/result.js";
import type { CheckEngine } from "./engine.js";
import { loadGuide } from "./load-guide.js";
import { formatGuideError, formatInternalError } from "./errors.js";

/** Options of `guide check` after commander. */
export interface CheckCommandOptions {
  guide: string;
  direction?: string;
  format: FormatName;
  failOn: "warning" | "error";
  output?: string;
  maxBytes: number;
}

/** What runCheck may touch. */
export interface CheckIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
  lang: Lang;
  debug: boolean;
  version: string;
  /** The check engine; the real one (src/draft, src/check) when absent. */
  engine?: CheckEngine;
}

/**
 * `guide check DRAFT... --guide GUIDE`: load the guide (a parsed .yaml/.json validated against the
 * schema, or a notice parsed now), read and check each draft in argument order, print one report in
 * `--format`, and return the exit code (SPEC): 0 nothing at or above --fail-on, 1 findings, 2 a fatal
 * finding. A bad guide, or a usage error, throws a GuideError (exit 2). A draft that cannot be read
 * becomes a fatal finding of that draft and the others still run (HOUSE-STYLE 7.8.10).
 */
export async function runCheck(drafts: string[], opts: CheckCommandOptions, io: CheckIo): Promise<number> {
  const { cwd, lang } = io;
  let emit = async (text: string): Promise<void> => void io.stdout.write(text);
  const output = opts.output;
  if (output !== undefined) {
    const { assertNotInput, writeFileAtomic } = await import("../core/atomic-write.js");
    for (const input of [opts.guide, ...drafts]) await assertNotInput(output, input, cwd);
    emit = (text) => writeFileAtomic(output, text, cwd);
  }

  const guide = await loadGuide(opts.guide, cwd, opts.maxBytes);
  const engine = io.engine ?? (await (await import("./engine.js")).loadEngine());

  const files: CheckedFile[] = [];
  for (const path of drafts) {
    try {
      const input = await readInput(path, { cwd, maxBytes: opts.maxBytes });
      const sidecar = await readSidecar(path, cwd);
      const facts = await engine.readDraft(input.bytes, { path, sidecar });
      const checked = engine.checkDraft(guide, facts, { direction: opts.direction, lang });
      files.push({ path, directionId: checked.directionId, findings: checked.findings });
    } catch (err) {
      if (io.debug && err instanceof Error && err.stack) io.stderr.write(err.stack + "\n");
      files.push({ path, directionId: null, findings: [unreadable(path, err, lang, engine.ruleUrl(DRAFT_UNREADABLE))] });
    }
  }

  const result = buildResult(files);
  const rules: Record<string, RuleMeta & { url?: string }> = {};
  for (const [id, meta] of Object.entries(engine.rules)) rules[id] = { ...meta, url: engine.ruleUrl(id) };
  rules[DRAFT_UNREADABLE] = { ...UNREADABLE_META, url: engine.ruleUrl(DRAFT_UNREADABLE) };
  // Colour only for people: text on a terminal, and never when NO_COLOR is set (no-color.org: non-empty).
  const color = opts.format === "text" && output === undefined && io.stdout.isTTY === true && !io.env.NO_COLOR;
  await emit(FORMATTERS[opts.format](result, { lang, color, cwd, rules, guidePath: opts.guide, version: io.version }));
  return exitCodeOf(result, opts.failOn);
}

/** Meta of the fatal input "rule", for SARIF's driver rules. */
const UNREADABLE_META: RuleMeta = {
  id: DRAFT_UNREADABLE,
  category: "input",
  defaultSeverity: "error",
  description: { zh: zh.check.unreadableRule, en: en.check.unreadableRule },
  requires: { guide: [], draft: [] },
  messages: {},
};

/** The fatal finding of a draft that could not be read: the one-line message of its error. */
function unreadable(path: string, err: unknown, lang: Lang, url: string): Finding {
  const isInput = err instanceof GuideError;
  const line = isInput ? formatGuideError(err, lang) : fill(messagesFor(lang).check.unreadable, { detail: formatInternalError(err, lang) });
  return {
    ruleId: DRAFT_UNREADABLE,
    severity: "error",
    message: line.replace(/guide: /g, ""),
    directionId: null,
    location: { path, line: 1 },
    messageId: isInput ? err.code : "internal",
    data: isInput ? { code: err.code } : {},
    url,
    fatal: true,
  };
}

/** NAME.proposal.yaml next to NAME.ext, when there is one (it states the draft's facts explicitly). */
async function readSidecar(draft: string, cwd: string): Promise<Uint8Array | null> {
  const sidecar = resolve(cwd, draft.slice(0, draft.length - extname(draft).length) + ".proposal.yaml");
  try {
    return await readFile(sidecar);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new GuideError("file-unreadable", sidecar, { detail: code ?? String(err) });
  }
}
