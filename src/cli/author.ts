import { type Command, Option } from "commander";
import { withCommonOptions, type CommandContext } from "./command.js";

const MODES = ["定向委托", "揭榜挂帅", "竞争择优", "none"] as const;

/** Parse a number of 万元 for --cap-min / --cap-max. */
function wan(value: string): number {
  const n = Number(value.replace(/万元?$/, ""));
  if (!Number.isFinite(n) || n < 0) throw new Error(`not an amount in 万元: ${value}`);
  return n;
}

/**
 * Register the authoring helpers on the program: `list`, `show`, `template`, `diff`. Each loads its module
 * (and the parser, for a notice) only when it runs.
 */
export function registerAuthorCommands(program: Command, ctx: CommandContext): void {
  withCommonOptions(
    program
      .command("list")
      .description("list the directions of a guide: id, title, mode, cap (万元), duration, KPI count")
      .argument("<guide>", "parsed .yaml/.json, or a notice (.txt .md .pdf .docx .html) parsed now")
      .option("--keyword <word>", "keep directions whose id, title, category or keywords contain WORD")
      .addOption(new Option("--mode <mode>", "keep directions of this 组织方式 (none: not stated)").choices([...MODES]))
      .addOption(new Option("--cap-min <wan>", "keep directions whose cap is at least this many 万元").argParser(wan))
      .addOption(new Option("--cap-max <wan>", "keep directions whose cap is at most this many 万元").argParser(wan))
      .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")),
  ).action(async (guide: string, opts: import("./list.js").ListOptions) => {
    const { runList } = await import("./list.js");
    ctx.setExit(await runList(guide, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });

  withCommonOptions(
    program
      .command("show")
      .description("show one direction in full: fields, the constraints that apply with their clauses, KPIs with their source lines")
      .argument("<guide>", "parsed .yaml/.json, or a notice parsed now")
      .argument("<id>", "the direction id, as guide list prints it")
      .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")),
  ).action(async (guide: string, id: string, opts: { format: "text" | "json" }) => {
    const { runShow } = await import("./show.js");
    ctx.setExit(await runShow(guide, id, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });

  withCommonOptions(
    program
      .command("template")
      .description("write a Markdown draft skeleton for a direction: front matter, the KPI table with the guide's thresholds")
      .argument("<guide>", "parsed .yaml/.json, or a notice parsed now")
      .requiredOption("--direction <id>", "the direction id")
      .option("-o, --output <file>", "write to FILE atomically instead of stdout"),
  ).action(async (guide: string, opts: { direction: string; output?: string }) => {
    const { runTemplate } = await import("./template.js");
    ctx.setExit(await runTemplate(guide, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });

  withCommonOptions(
    program
      .command("diff")
      .description("what changed between two versions of a notice: directions, thresholds, caps, ratios, durations, modes, deadlines, rules")
      .argument("<old>", "the earlier version: parsed .yaml/.json or a notice")
      .argument("<new>", "the later version: parsed .yaml/.json or a notice")
      .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")),
  ).action(async (oldGuide: string, newGuide: string, opts: { format: "text" | "json" }) => {
    const { runDiff } = await import("./diff.js");
    ctx.setExit(await runDiff(oldGuide, newGuide, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });
}
