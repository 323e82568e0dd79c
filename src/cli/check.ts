import { defaultCacheDir } from "../batch/cache.js";
import { checkBatch } from "../batch/index.js";
import type { RuleMeta } from "../check/rule.js";
import { en } from "../i18n/en.js";
import type { Lang } from "../i18n/index.js";
import { zh } from "../i18n/zh.js";
import { FORMATTERS, type FormatName } from "../report/formatters/index.js";
import { buildResult, DRAFT_UNREADABLE, exitCodeOf, type CheckedFile } from "../report/result.js";
import type { CheckEngine } from "./engine.js";
import { loadGuide } from "./load-guide.js";
import { createProgress } from "./progress.js";

/** Options of `guide check` after commander. */
export interface CheckCommandOptions {
  guide: string;
  direction?: string;
  format: FormatName;
  failOn: "warning" | "error";
  output?: string;
  maxBytes: number;
  /** --jobs N: worker threads (default: os.availableParallelism()). */
  jobs?: number;
  /** false with --no-cache: parse a notice given as --guide even when the cache holds it. */
  cache?: boolean;
  /** --quiet: no progress bar. */
  quiet?: boolean;
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

  const guide = await loadGuide(opts.guide, cwd, opts.maxBytes, opts.cache === false ? null : defaultCacheDir(cwd));
  const engine = io.engine ?? (await (await import("./engine.js")).loadEngine());

  // Drafts in parallel on worker threads (src/batch); results come back in argument order.
  const progress = await createProgress(drafts.length, { stderr: io.stderr, env: io.env, quiet: opts.quiet === true, lang });
  let files: CheckedFile[];
  try {
    files = await checkBatch({
      guide,
      drafts,
      cwd,
      jobs: opts.jobs,
      lang,
      direction: opts.direction,
      maxBytes: opts.maxBytes,
      engine: io.engine,
      onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
      onError: io.debug ? (_path, stack) => void io.stderr.write(stack + "\n") : undefined,
    });
  } finally {
    progress?.stop();
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
