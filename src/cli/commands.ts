import { readFile } from "node:fs/promises";
import { Option } from "commander";
import { DEFAULT_MAX_BYTES } from "../core/read-input.js";
import { VERSION } from "../check/docs.js";
import { registerAuthorCommands } from "./author.js";
import type { CheckCommandOptions } from "./check.js";
import { EXIT, maxBytesOf, parseCount, parseJobs, parseSeconds, withCommonOptions, type RegisterCommand } from "./command.js";
import { runParse, type ParseCommandOptions } from "./parse.js";
import { runValidate } from "./validate.js";

// The files of src/model/emit-schemas.ts SCHEMAS (not imported here: it loads zod and every model).
const SCHEMA_NAMES = ["guide", "check", "proposal", "config"] as const;

// The names of src/report/formatters/index.ts FORMATTERS (not imported here: it loads chalk and the formatters).
const CHECK_FORMATS = ["text", "json", "sarif", "junit", "github", "html"] as const;

const registerParse: RegisterCommand = (program, ctx) =>
  withCommonOptions(
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
  ).action(async (notice: string, opts: ParseCommandOptions) => ctx.setExit(await runParse(notice, opts, ctx)));

const registerSchema: RegisterCommand = (program, ctx) =>
  withCommonOptions(
    program
      .command("schema")
      .description("print a JSON Schema: guide (parsed notice), check (check --format json), proposal (draft front matter)")
      .addOption(new Option("--name <name>", "which schema").choices([...SCHEMA_NAMES]).default("guide")),
  ).action(async (opts: { name: string }) => {
    ctx.stdout.write(await readFile(new URL(`../../schemas/${opts.name}.schema.json`, import.meta.url), "utf8"));
    ctx.setExit(EXIT.ok);
  });

const registerCheck: RegisterCommand = (program, ctx) =>
  withCommonOptions(
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
      .option("--quiet", "report errors only (no warnings or infos, as ESLint's --quiet), and no progress bar")
      .option("--no-progress", "no progress bar (there is none in CI or when stderr is not a terminal)")
      .addOption(new Option("--max-warnings <n>", "exit 1 when there are more warnings than N").argParser(parseCount))
      .option("--write-baseline [file]", "accept the current findings into a baseline file (default: .guide-baseline.json next to the config)")
      .option("--no-baseline", "ignore the baseline file: report every finding")
      .option("--report-unused-waivers", "report waivers that matched no finding (unused-waiver)")
      .option("--print-config <file>", "print how FILE would be checked (config entry, guide, direction, rule severities, waivers) as YAML, or JSON with --format json, and check nothing"),
  ).action(async (drafts: string[], opts: Omit<CheckCommandOptions, "maxBytes"> & { maxSize?: string }) => {
    const maxBytes = maxBytesOf(opts.maxSize, "", ctx.lang());
    const { runCheck } = await import("./check.js");
    const io = { stdout: ctx.stdout, stderr: ctx.stderr, cwd: ctx.cwd, env: ctx.env, lang: ctx.lang(), debug: ctx.debug(), version: VERSION, engine: ctx.checkEngine };
    ctx.setExit(await runCheck(drafts, { ...opts, maxBytes }, io));
  });

const registerInit: RegisterCommand = (program, ctx) =>
  withCommonOptions(
    program
      .command("init")
      .description("write a commented starter guide.config.yaml here, listing the notices and drafts found below (never overwrites)"),
  ).action(async () => {
    const { runInit } = await import("./init.js");
    ctx.setExit(await runInit({ stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });

const registerValidate: RegisterCommand = (program, ctx) =>
  withCommonOptions(
    program
      .command("validate")
      .description("validate a parsed guide (YAML or JSON) against the schema")
      .argument("<file>", "guide.yaml or guide.json"),
  ).action(async (file: string) => ctx.setExit(await runValidate(file, ctx)));

const registerRules: RegisterCommand = (program, ctx) =>
  withCommonOptions(
    program
      .command("rules")
      .description("list every check rule (id, default severity, what it checks), or print one rule's doc with a failing and a passing example")
      .argument("[id]", "the rule id, as guide rules lists it"),
  ).action(async (id: string | undefined) => {
    const { runRules } = await import("./rules.js");
    ctx.setExit(runRules(id, { stdout: ctx.stdout, lang: ctx.lang() }));
  });

/** The commands of `guide`, in the order `--help` lists them; list, show, template and diff are src/cli/author.ts. */
export const COMMANDS: readonly RegisterCommand[] = [registerParse, registerSchema, registerCheck, registerInit, registerValidate, registerRules, registerAuthorCommands];
