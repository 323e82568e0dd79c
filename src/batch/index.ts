import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ruleDocsUrl } from "../check/docs.js";
import type { StdinInput } from "../core/read-input.js";
import type { Lang } from "../i18n/index.js";
import type { Finding, KpiCheck } from "../model/check.js";
import type { GuideDocument } from "../model/guide.js";
import { DRAFT_UNREADABLE } from "../report/result.js";
import { checkOne, unreadableFinding, type DraftJob, type DraftOutcome } from "./check-one.js";
import type { CheckEngine } from "./engine.js";
import type { WorkerAnswer, WorkerRequest } from "./worker.js";

export { checkOne, readSidecar, unreadableFinding, type DraftJob, type DraftOutcome } from "./check-one.js";
export { defaultCacheDir, loadGuideCached, type GuideCacheOptions } from "./cache.js";

/** Below this many drafts the batch runs in process: starting workers would cost more than it saves. */
export const MIN_DRAFTS_FOR_WORKERS = 8;

/** Options of checkBatch. */
export interface BatchOptions {
  /** The guide every draft is checked against (sent to each worker once, as structured-clone data). */
  guide: GuideDocument;
  /** The drafts, as the user named them (relative to `cwd`); results come back in this order. */
  drafts: string[];
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Worker threads (`--jobs`); 1 runs in process. Default os.availableParallelism(). */
  jobs?: number;
  lang: Lang;
  /** --direction: check every draft against this direction instead of the one it names. */
  direction?: string;
  /** Severity by rule id ("off" does not run the rule). */
  severity?: Record<string, "off" | "info" | "warning" | "error">;
  /** Refuse drafts larger than this many bytes. */
  maxBytes: number;
  /** Standard input, read: the draft whose path is its `path` comes from it, not from disk. */
  stdin?: StdinInput;
  /** Called after each draft is checked (in completion order), e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Called with the stack of the error that made a draft unreadable (the CLI prints it under --debug). */
  onError?: (path: string, stack: string) => void;
  /** An engine to use instead of the real one; forces in-process checking (tests pass fakes to `main`). */
  engine?: CheckEngine;
  /** The worker script (default: worker.js next to this module, in dist/). Tests and benchmarks only. */
  workerUrl?: URL;
}

/** One checked draft, as `guide check --format json` reports it. */
export interface BatchResult {
  path: string;
  directionId: string | null;
  findings: Finding[];
  /** The direction's KPIs as the draft meets them; absent when no direction was matched or the draft was unreadable. */
  kpiChecklist?: KpiCheck[];
}

/**
 * Check many drafts against one guide, on `jobs` worker threads (in process for jobs 1 or fewer than
 * MIN_DRAFTS_FOR_WORKERS drafts). Results are in input order whatever the scheduling; a draft that cannot
 * be read, or whose worker crashes, becomes one fatal `draft-unreadable` finding and the others still run.
 * Never rejects for a draft's sake.
 */
export async function checkBatch(options: BatchOptions): Promise<BatchResult[]> {
  const { drafts } = options;
  const job: DraftJob = {
    guide: options.guide,
    cwd: options.cwd,
    lang: options.lang,
    direction: options.direction,
    severity: options.severity,
    maxBytes: options.maxBytes,
    stdin: options.stdin,
  };
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const results: BatchResult[] = new Array(drafts.length);
  let done = 0;
  const finish = (index: number, outcome: DraftOutcome): void => {
    if (outcome.stack !== undefined) options.onError?.(outcome.path, outcome.stack);
    const { path, directionId, findings, kpiChecklist } = outcome;
    results[index] = { path, directionId, findings, ...(kpiChecklist ? { kpiChecklist } : {}) };
    options.onProgress?.(++done, drafts.length);
  };

  const queue = drafts.map((_, i) => i);
  if (options.engine || jobs === 1 || drafts.length < MIN_DRAFTS_FOR_WORKERS) {
    await runInProcess(queue, drafts, job, options.engine, finish);
    return results;
  }
  await runOnWorkers(queue, drafts, job, Math.min(jobs, drafts.length), options.workerUrl ?? workerScript(), finish);
  // Workers that could not start at all (no dist/, a broken install) leave their drafts to the main thread.
  if (queue.length > 0) await runInProcess(queue, drafts, job, options.engine, finish);
  return results;
}

async function runInProcess(
  queue: number[],
  drafts: string[],
  job: DraftJob,
  given: CheckEngine | undefined,
  finish: (index: number, outcome: DraftOutcome) => void,
): Promise<void> {
  const engine = given ?? (await (await import("./engine.js")).loadEngine());
  for (let i = queue.shift(); i !== undefined; i = queue.shift()) finish(i, await checkOne(drafts[i], job, engine));
}

/**
 * Hand drafts to `count` workers one at a time (the next goes to whichever worker answers first, so a
 * slow PDF does not hold up a queue behind it). A worker that dies while checking a draft marks that
 * draft unreadable and is replaced while drafts remain; one that dies before it is ready is not replaced,
 * and what is left in `queue` when none is alive is the caller's to run.
 */
function runOnWorkers(
  queue: number[],
  drafts: string[],
  job: DraftJob,
  count: number,
  url: URL,
  finish: (index: number, outcome: DraftOutcome) => void,
): Promise<void> {
  return new Promise((resolveAll) => {
    let live = 0;
    const spawn = (): void => {
      live++;
      let current: number | null = null;
      let failure: unknown = null;
      let ready = false;
      const worker = new Worker(url, { workerData: job });
      const feed = (): void => {
        const next = queue.shift();
        if (next === undefined) {
          current = null;
          void worker.terminate();
          return;
        }
        current = next;
        worker.postMessage({ seq: next, path: drafts[next] } satisfies WorkerRequest);
      };
      worker.on("message", (msg: WorkerAnswer | "ready") => {
        if (msg === "ready") {
          ready = true;
          return feed();
        }
        if (msg.seq !== current) return;
        current = null;
        finish(msg.seq, msg.outcome);
        feed();
      });
      worker.on("error", (err) => {
        failure = err;
      });
      worker.on("exit", (code) => {
        live--;
        if (current !== null) {
          const path = drafts[current];
          const err = failure ?? new Error(`worker thread stopped with exit code ${code} while checking ${path}`);
          finish(current, {
            path,
            directionId: null,
            findings: [unreadableFinding(path, err, job.lang, ruleDocsUrl(DRAFT_UNREADABLE))],
            stack: err instanceof Error ? err.stack : undefined,
          });
          current = null;
        }
        if (ready && queue.length > 0) spawn();
        if (live === 0) resolveAll();
      });
    };
    for (let k = 0; k < count; k++) spawn();
  });
}

/**
 * worker.js next to this module: dist/batch/worker.js, or the bundled worker beside the bundled check
 * (dist/bundle/, scripts/bundle.mjs); from the sources (vitest runs src/*.ts), the compiled one in dist/.
 */
function workerScript(): URL {
  return import.meta.url.endsWith(".ts") ? new URL("../../dist/batch/worker.js", import.meta.url) : new URL("./worker.js", import.meta.url);
}
