import type { Lang } from "../i18n/index.js";

/** Where the bar is drawn: process.stderr, or a collector in tests. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** When and how `guide check` shows progress. */
export interface ProgressOptions {
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
  /** --quiet */
  quiet: boolean;
  lang: Lang;
}

/** A running progress bar. */
export interface Progress {
  update(done: number, total: number): void;
  /** Remove the bar (it is cleared, so the report that follows starts on a clean line). */
  stop(): void;
}

// Kept here rather than in i18n/: the bar's label is its only text.
const LABEL: Record<Lang, string> = { zh: "检查", en: "checking" };

/**
 * Whether a bar may be drawn: only for a person watching a terminal, so never in CI (`CI` set, as every CI
 * service does; CI=false counts as unset), never when stderr is piped or redirected, never with --quiet.
 */
export function progressWanted(options: Omit<ProgressOptions, "lang">): boolean {
  const ci = options.env.CI;
  const inCi = ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false";
  return !options.quiet && !inCi && options.stderr.isTTY === true;
}

/**
 * A progress bar of `total` drafts on stderr (cli-progress), or null when none is wanted (progressWanted)
 * or there is only one draft. Colour only without NO_COLOR (no-color.org: any non-empty value).
 */
export async function createProgress(total: number, options: ProgressOptions): Promise<Progress | null> {
  if (total < 2 || !progressWanted(options)) return null;
  const [{ default: cliProgress }, { Chalk }] = await Promise.all([import("cli-progress"), import("chalk")]);
  const color = !options.env.NO_COLOR;
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const bar = new cliProgress.SingleBar({
    stream: options.stderr as NodeJS.WritableStream,
    format: `${LABEL[options.lang]} ${chalk.cyan("{bar}")} {value}/{total} {percentage}% {duration}s`,
    barCompleteChar: color ? "█" : "#",
    barIncompleteChar: color ? "░" : "-",
    hideCursor: true,
    // Restores the cursor on Ctrl-C.
    gracefulExit: true,
    clearOnComplete: true,
    stopOnComplete: false,
    fps: 10,
  });
  bar.start(total, 0);
  return {
    update: (done, all) => {
      if (all !== bar.getTotal()) bar.setTotal(all);
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
