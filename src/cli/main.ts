import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { GuideError } from "../core/errors.js";
import { DEFAULT_MAX_BYTES, GUIDE_EXTENSIONS, readInput } from "../core/read-input.js";
import { formatGuideError, formatInternalError } from "../i18n/errors.js";
import { fill, messagesFor, type Lang } from "../i18n/index.js";
import { registerAuthorCommands } from "./author.js";
import type { CheckCommandOptions } from "./check.js";
import type { CheckEngine } from "../batch/engine.js";
import type { GuideFormat } from "./render.js";

/** Something the CLI can write to: process.stdout, or a collector in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True for a terminal: `guide check` colours its text report only then (and never with NO_COLOR). */
  isTTY?: boolean;
}

/** Everything the CLI touches, injected so that tests run it in process. */
export interface MainParams {
  /** Arguments after `node guide.js`. */
  argv: string[];
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Environment (GUIDE_LANG, NO_COLOR); defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** The engine of `guide check` (src/draft + src/check); tests may pass their own. */
  checkEngine?: CheckEngine;
}

/** Exit codes (SPEC): 0 ok, 1 findings or invalid, 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

// The files of src/model/emit-schemas.ts SCHEMAS (not imported here: it loads zod and every model).
const SCHEMA_NAMES = ["guide", "check", "proposal", "config"] as const;

// The names of src/report/formatters/index.ts FORMATTERS (not imported here: it loads chalk and the formatters).
const CHECK_FORMATS = ["text", "json", "sarif", "junit", "github", "html"] as const;

/**
 * Run the guide CLI. Returns the exit code and never calls process.exit; every GuideError becomes
 * one line on stderr in the user's language (stack only with --debug).
 */
export async function main(params: MainParams): Promise<number> {
  const { argv, stdout, stderr, cwd } = params;
  const env = params.env ?? process.env;
  // Read before commander runs, so that its own usage errors are also in the user's language.
  const pre = prescan(argv, env);
  let lang: Lang = pre.lang;
  let debug = pre.debug;
  let exitCode: number = EXIT.ok;
  const m = () => messagesFor(lang);

  const program = new Command("guide")
    .description("Parse Chinese research-funding notices (申报指南) into a typed model and check proposal drafts against them")
    .version(readVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => stdout.write(s),
      writeErr: (s) => stderr.write(s),
      // Usage errors are reformatted below into our one-line template.
      outputError: () => {},
    });

  const common = (cmd: Command) =>
    cmd
      .addOption(new Option("--lang <lang>", "message language").choices(["zh", "en"]))
      .option("--debug", "show stack traces of errors");

  common(program);

  common(
    program
      .command("parse")
      .description("parse a notice (TXT, MD, HTML, PDF, DOCX) into YAML or JSON")
      .argument("<notice>", "the notice file")
      .addOption(new Option("--format <format>", "output format (default: yaml, or json for -o *.json)").choices(["yaml", "json"]))
      .option("-o, --output <file>", "write to FILE atomically instead of stdout")
      .option("--max-size <bytes>", `refuse larger inputs (default: ${DEFAULT_MAX_BYTES})`)
      .addOption(new Option("--timeout <seconds>", "stop reading a PDF after this many seconds (default: 60)").argParser(parseSeconds))
      .option("--outline", "print the heading tree as the reader sees it (level, number, role, evidence) instead of the guide")
      .option("--directions <number>", 'the numbering of the direction headings as written, e.g. "（一）", "1.", "方向1", "1001", where the reader picks the wrong level')
      .option("--strict", "exit 1 when the reader has warnings (no direction found, repeated numbers, empty directions)"),
  ).action(async (notice: string, opts: ParseOpts) => {
    exitCode = await runParse(notice, opts);
  });

  common(
    program
      .command("schema")
      .description("print a JSON Schema: guide (parsed notice), check (check --format json), proposal (draft front matter)")
      .addOption(new Option("--name <name>", "which schema").choices([...SCHEMA_NAMES]).default("guide")),
  ).action(async (opts: { name: string }) => {
    stdout.write(await readFile(new URL(`../../schemas/${opts.name}.schema.json`, import.meta.url), "utf8"));
    exitCode = EXIT.ok;
  });

  common(
    program
      .command("check")
      .description("check proposal drafts (TXT, MD, DOCX, PDF) against a guide; exit 0 ok, 1 findings, 2 input error")
      .argument("[drafts...]", "the drafts, checked and reported in this order (default: every draft guide.config.yaml names)")
      .option("--guide <guide>", "the guide: parsed .yaml/.json, or a notice (.txt .md .pdf .docx .html) parsed now; wins over the config")
      .option("--config <file>", "the config (default: guide.config.yaml found upward from here)")
      .option("--direction <id>", "check every draft against this direction instead of the one it names")
      .addOption(new Option("--format <format>", "report format").choices([...CHECK_FORMATS]).default("text"))
      .addOption(new Option("--fail-on <severity>", "lowest severity that makes the exit code 1").choices(["warning", "error"]).default("error"))
      .option("-o, --output <file>", "write the report to FILE atomically instead of stdout")
      .option("--max-size <bytes>", `refuse larger inputs (default: ${DEFAULT_MAX_BYTES})`)
      .addOption(new Option("--jobs <n>", "worker threads checking drafts in parallel (default: number of cores)").argParser(parseJobs))
      .option("--no-cache", "parse notices again even when the guide cache holds them")
      .option("--quiet", "no progress bar (there is none in CI or when stderr is not a terminal)")
      .option("--write-baseline [file]", "accept the current findings into a baseline file (default: .guide-baseline.json next to the config)")
      .option("--no-baseline", "ignore the baseline file: report every finding")
      .option("--report-unused-waivers", "report waivers that matched no finding (unused-waiver)"),
  ).action(async (drafts: string[], opts: Omit<CheckCommandOptions, "maxBytes"> & { maxSize?: string }) => {
    const maxBytes = opts.maxSize === undefined ? DEFAULT_MAX_BYTES : parseSize(opts.maxSize);
    if (maxBytes === null) throw new GuideError("usage", "", { detail: fill(m().cli.badSize, { value: String(opts.maxSize) }) });
    const { runCheck } = await import("./check.js");
    exitCode = await runCheck(drafts, { ...opts, maxBytes }, {
      stdout,
      stderr,
      cwd,
      env,
      lang,
      debug,
      version: readVersion(),
      engine: params.checkEngine,
    });
  });

  common(
    program
      .command("init")
      .description("write a commented starter guide.config.yaml here, listing the notices and drafts found below (never overwrites)"),
  ).action(async () => {
    const { runInit } = await import("./init.js");
    exitCode = await runInit({ stdout, cwd, lang });
  });

  common(
    program
      .command("validate")
      .description("validate a parsed guide (YAML or JSON) against the schema")
      .argument("<file>", "guide.yaml or guide.json"),
  ).action(async (file: string) => {
    exitCode = await runValidate(file);
  });

  // list, show, template, diff: the authoring helpers (src/cli/author.ts)
  registerAuthorCommands(program, { stdout, cwd, lang: () => lang, setExit: (code) => (exitCode = code), common });

  interface ParseOpts {
    format?: GuideFormat;
    output?: string;
    maxSize?: string;
    /** --timeout, in seconds. */
    timeout?: number;
    outline?: boolean;
    directions?: string;
    strict?: boolean;
  }

  async function runParse(notice: string, opts: ParseOpts): Promise<number> {
    const maxBytes = opts.maxSize === undefined ? DEFAULT_MAX_BYTES : parseSize(opts.maxSize);
    if (maxBytes === null) throw new GuideError("usage", notice, { detail: fill(m().cli.badSize, { value: String(opts.maxSize) }) });
    const format: GuideFormat = opts.format ?? (opts.output && extname(opts.output).toLowerCase() === ".json" ? "json" : "yaml");
    let emit = async (text: string): Promise<void> => void stdout.write(text);
    const output = opts.output;
    if (output !== undefined) {
      const { assertNotInput, writeFileAtomic } = await import("../core/atomic-write.js");
      // Refused before any work, so an output-is-input mistake costs nothing and touches nothing.
      await assertNotInput(output, notice, cwd);
      emit = (text) => writeFileAtomic(output, text, cwd);
    }

    const input = await readInput(notice, { cwd, maxBytes });
    const parseOptions = {
      path: notice,
      maxBytes,
      ...(opts.timeout === undefined ? {} : { timeoutMs: opts.timeout * 1000 }),
      ...(opts.directions === undefined ? {} : { directions: opts.directions }),
    };
    if (opts.outline) {
      const [{ readNoticeOutline }, { renderOutline }] = await Promise.all([import("../parse.js"), import("./outline.js")]);
      await emit(renderOutline(await readNoticeOutline(input.bytes, parseOptions), m()));
      return EXIT.ok;
    }
    // Loaded only now: the pipeline is the bulk of the code, which `guide --help` or a usage error need not pay for.
    const [{ parseGuide }, { renderGuide }] = await Promise.all([import("../parse.js"), import("./render.js")]);
    // parseGuide builds every object in the schema's key order (the tests validate its output), so output diffs stay stable.
    const guide = await parseGuide(input.bytes, parseOptions);
    await emit(await renderGuide(guide, format));
    const warnings = guide.warnings ?? [];
    for (const w of warnings)
      stderr.write(fill(m().cli.parseWarning, { path: notice, line: w.span?.startLine ?? 1, code: w.code, message: fill(m().cli.warnings[w.code], w.data ?? {}) }) + "\n");
    if (opts.strict && warnings.length > 0) {
      stderr.write(fill(m().cli.strictFailed, { path: notice, count: warnings.length }) + "\n");
      return EXIT.findings;
    }
    return EXIT.ok;
  }

  async function runValidate(file: string): Promise<number> {
    const input = await readInput(file, { cwd, extensions: GUIDE_EXTENSIONS });
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input.bytes);
    } catch {
      throw new GuideError("invalid-guide", file, { detail: "not UTF-8" });
    }
    const { loadGuideText, validateGuideValue } = await import("../core/guide-file.js");
    const issues = await validateGuideValue(await loadGuideText(text, file));
    if (issues.length === 0) {
      stdout.write(fill(m().cli.valid, { path: file }) + "\n");
      return EXIT.ok;
    }
    stdout.write(fill(m().cli.invalidSummary, { path: file, count: issues.length }) + "\n");
    for (const issue of issues) stdout.write(`${file}: ${issue.path || "(root)"}: ${issue.message}\n`);
    return EXIT.findings;
  }

  program.hook("preAction", (_this, action) => {
    const o = { ...program.opts(), ...action.opts() } as { lang?: Lang; debug?: boolean };
    if (o.lang) lang = o.lang;
    if (o.debug) debug = true;
  });

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT.ok;
      // `guide` alone prints the help to stderr: that is already the whole message.
      if (err.code === "commander.help") return EXIT.error;
      const detail = err.message.replace(/^error:\s*/i, "").replace(/[.。\s]+$/, "");
      stderr.write(formatGuideError(new GuideError("usage", "", { detail }), lang) + "\n");
      return EXIT.error;
    }
    stderr.write((err instanceof GuideError ? formatGuideError(err, lang) : formatInternalError(err, lang)) + "\n");
    if (debug && err instanceof Error && err.stack) stderr.write(err.stack + "\n");
    return EXIT.error;
  }
}

function prescan(argv: string[], env: Record<string, string | undefined>): { lang: Lang; debug: boolean } {
  let lang: Lang = /^en/i.test(env.GUIDE_LANG ?? "") ? "en" : "zh";
  let debug = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    if (a === "--debug") debug = true;
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "en" || v === "zh") lang = v;
  }
  return { lang, debug };
}

/** --jobs: a whole number ≥ 1 (commander turns the throw into a usage error). */
function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`--jobs ${value}: expected a whole number ≥ 1`);
  return n;
}

/** --timeout: seconds > 0, decimals allowed (commander turns the throw into a usage error). */
function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(n > 0)) throw new InvalidArgumentError(`--timeout ${value}: expected a number of seconds > 0`);
  return n;
}

/** "20000000", "512k", "20MB", "1.5m" → bytes; null when not a size. */
function parseSize(s: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(s);
  if (!match) return null;
  const mult = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase() as "" | "k" | "m" | "g"];
  return Math.floor(Number(match[1]) * mult);
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return "0.0.0";
  }
}
