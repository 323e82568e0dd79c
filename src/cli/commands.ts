import { readFile } from "node:fs/promises";
import { Option } from "commander";
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
      .argument("<notice>")
      .addOption(new Option("--format <format>").choices(["yaml", "json"]))
      .option("-o, --output <file>")
      .option("--max-size <bytes>")
      .addOption(new Option("--timeout <seconds>").argParser(parseSeconds))
      .option("--outline")
      .option("--directions <number>")
      .option("--strict")
      .option("--stdin-filename <name>"),
  ).action(async (notice: string, opts: ParseCommandOptions) => ctx.setExit(await runParse(notice, opts, ctx)));

const registerSchema: RegisterCommand = (program, ctx) =>
  withCommonOptions(
    program
      .command("schema")
      .addOption(new Option("--name <name>").choices([...SCHEMA_NAMES]).default("guide")),
  ).action(async (opts: { name: string }) => {
    ctx.stdout.write(await readFile(new URL(`../../schemas/${opts.name}.schema.json`, import.meta.url), "utf8"));
    ctx.setExit(EXIT.ok);
  });

const registerCheck: RegisterCommand = (program, ctx) =>
  withCommonOptions(
    program
      .command("check")
      .argument("[drafts...]")
      .option("--guide <guide>")
      .option("--config <file>")
      .option("--direction <id>")
      .addOption(new Option("--format <format>").choices([...CHECK_FORMATS]).default("text"))
      .addOption(new Option("--fail-on <severity>").choices(["warning", "error"]).default("error"))
      .option("-o, --output <file>")
      .option("--max-size <bytes>")
      .addOption(new Option("--jobs <n>").argParser(parseJobs))
      .option("--no-cache")
      .option("--quiet")
      .option("--no-progress")
      .addOption(new Option("--max-warnings <n>").argParser(parseCount))
      .option("--write-baseline [file]")
      .option("--no-baseline")
      .option("--report-unused-waivers")
      .option("--stdin-filename <name>")
      .option("--print-config <file>"),
  ).action(async (drafts: string[], opts: Omit<CheckCommandOptions, "maxBytes"> & { maxSize?: string }) => {
    const maxBytes = maxBytesOf(opts.maxSize, "", ctx.lang());
    const { runCheck } = await import("./check.js");
    const io = { stdout: ctx.stdout, stderr: ctx.stderr, stdin: ctx.stdin, cwd: ctx.cwd, env: ctx.env, lang: ctx.lang(), debug: ctx.debug(), version: VERSION, engine: ctx.checkEngine };
    ctx.setExit(await runCheck(drafts, { ...opts, maxBytes }, io));
  });

const registerInit: RegisterCommand = (program, ctx) =>
  withCommonOptions(
    program
      .command("init"),
  ).action(async () => {
    const { runInit } = await import("./init.js");
    ctx.setExit(await runInit({ stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });

const registerValidate: RegisterCommand = (program, ctx) =>
  withCommonOptions(
    program
      .command("validate")
      .argument("<file>"),
  ).action(async (file: string) => ctx.setExit(await runValidate(file, ctx)));

const registerRules: RegisterCommand = (program, ctx) =>
  withCommonOptions(
    program
      .command("rules")
      .argument("[id]"),
  ).action(async (id: string | undefined) => {
    const { runRules } = await import("./rules.js");
    ctx.setExit(runRules(id, { stdout: ctx.stdout, lang: ctx.lang() }));
  });

/** The commands of `guide`, in the order `--help` lists them; list, show, template and diff are src/cli/author.ts. */
export const COMMANDS: readonly RegisterCommand[] = [registerParse, registerSchema, registerCheck, registerInit, registerValidate, registerRules, registerAuthorCommands];
