import { type Command, InvalidArgumentError, Option } from "commander";
import type { CheckEngine } from "../batch/engine.js";
import { GuideError } from "../core/errors.js";
import { DEFAULT_MAX_BYTES, type StdinStream } from "../core/read-input.js";
import { fill, messagesFor, type Lang } from "../i18n/index.js";

/** Something the CLI can write to: process.stdout, or a collector in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True for a terminal: `guide check` colours its text report only then (and never with NO_COLOR). */
  isTTY?: boolean;
}

/** Exit codes (SPEC): 0 ok, 1 findings or invalid, 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** What a command's action may touch; `lang` and `debug` are read when it runs (after --lang, --debug). */
export interface CommandContext {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directory relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input, read only for the argument `-`. */
  stdin: () => StdinStream;
  lang: () => Lang;
  debug: () => boolean;
  setExit: (code: number) => void;
  /** The engine of `guide check`; tests may pass their own. */
  checkEngine?: CheckEngine;
}

/** Adds a command to the program: its options and its action. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/** The options every command has. */
export function withCommonOptions(cmd: Command): Command {
  return cmd.addOption(new Option("--lang <lang>").choices(["zh", "en"])).option("--debug");
}

/** --max-size: bytes, `k`, `MB`, `g` (default DEFAULT_MAX_BYTES); a usage error naming `path` when not a size. */
export function maxBytesOf(value: string | undefined, path: string, lang: Lang): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const bytes = parseSize(value);
  if (bytes === null) throw new GuideError("usage", path, { detail: fill(messagesFor(lang).cli.badSize, { value }) });
  return bytes;
}

/** "20000000", "512k", "20MB", "1.5m" → bytes; null when not a size. */
function parseSize(s: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(s);
  if (!match) return null;
  const mult = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase() as "" | "k" | "m" | "g"];
  return Math.floor(Number(match[1]) * mult);
}

/** --jobs: a whole number ≥ 1 (commander turns the throw into a usage error; its message is the UsageProblem). */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("wholeNumber");
  return n;
}

/** --max-warnings: a whole number ≥ 0. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("count");
  return n;
}

/** --timeout: seconds > 0, decimals allowed (commander turns the throw into a usage error). */
export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(n > 0)) throw new InvalidArgumentError("seconds");
  return n;
}
