import { type Command, InvalidArgumentError, Option } from "commander";
import { withCommonOptions, type CommandContext } from "./command.js";

const MODES = ["定向委托", "揭榜挂帅", "竞争择优", "none"] as const;

/** Parse a number of 万元 for --cap-min / --cap-max. */
function wan(value: string): number {
  const n = Number(value.replace(/万元?$/, ""));
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError("amount");
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
      .argument("<guide>")
      .option("--keyword <word>")
      .addOption(new Option("--mode <mode>").choices([...MODES]))
      .addOption(new Option("--cap-min <wan>").argParser(wan))
      .addOption(new Option("--cap-max <wan>").argParser(wan))
      .addOption(new Option("--format <format>").choices(["text", "json"]).default("text")),
  ).action(async (guide: string, opts: import("./list.js").ListOptions) => {
    const { runList } = await import("./list.js");
    ctx.setExit(await runList(guide, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });

  withCommonOptions(
    program
      .command("show")
      .argument("<guide>")
      .argument("<id>")
      .addOption(new Option("--format <format>").choices(["text", "json"]).default("text")),
  ).action(async (guide: string, id: string, opts: { format: "text" | "json" }) => {
    const { runShow } = await import("./show.js");
    ctx.setExit(await runShow(guide, id, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });

  withCommonOptions(
    program
      .command("template")
      .argument("<guide>")
      .requiredOption("--direction <id>")
      .option("-o, --output <file>"),
  ).action(async (guide: string, opts: { direction: string; output?: string }) => {
    const { runTemplate } = await import("./template.js");
    ctx.setExit(await runTemplate(guide, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });

  withCommonOptions(
    program
      .command("diff")
      .argument("<old>")
      .argument("<new>")
      .addOption(new Option("--format <format>").choices(["text", "json"]).default("text")),
  ).action(async (oldGuide: string, newGuide: string, opts: { format: "text" | "json" }) => {
    const { runDiff } = await import("./diff.js");
    ctx.setExit(await runDiff(oldGuide, newGuide, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });
}
