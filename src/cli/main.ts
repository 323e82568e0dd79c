import type { StdinStream } from "../core/read-input.js";
import { Command, CommanderError } from "commander";
import type { CheckEngine } from "../batch/engine.js";
import { VERSION } from "../check/docs.js";
import { GuideError } from "../core/errors.js";
import { formatGuideError, formatInternalError } from "../i18n/errors.js";
import type { Lang } from "../i18n/index.js";
import { EXIT, withCommonOptions, type CommandContext, type OutputStream } from "./command.js";
import { COMMANDS } from "./commands.js";
import { localizeHelp } from "./help.js";
import { usageError } from "./usage.js";

export { EXIT, type OutputStream };

/** Everything the CLI touches, injected so that tests run it in process. */
export interface MainParams {
  /** Arguments after `node guide.js`. */
  argv: string[];
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Standard input, for the argument `-`; defaults to process.stdin. */
  stdin?: StdinStream;
  /** Environment (GUIDE_LANG, NO_COLOR); defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** The engine of `guide check` (src/draft + src/check); tests may pass their own. */
  checkEngine?: CheckEngine;
}

/**
 * Run the guide CLI. Returns the exit code and never calls process.exit; every GuideError becomes
 * one line on stderr in the user's language (stack only with --debug).
 */
export async function main(params: MainParams): Promise<number> {
  const { argv, stdout, stderr, cwd } = params;
  const env = params.env ?? process.env;
  // Read before commander runs, so that its own usage errors are also in the user's language.
  let { lang, debug } = prescan(argv, env);
  let exitCode: number = EXIT.ok;
  const ctx: CommandContext = {
    stdout,
    stderr,
    cwd,
    env,
    stdin: () => params.stdin ?? process.stdin,
    lang: () => lang,
    debug: () => debug,
    setExit: (code) => (exitCode = code),
    checkEngine: params.checkEngine,
  };

  const program = withCommonOptions(
    new Command("guide")
      .version(VERSION, "-V, --version")
      .exitOverride()
      .configureOutput({
        writeOut: (s) => stdout.write(s),
        writeErr: (s) => stderr.write(s),
        // Usage errors are reformatted below into our one-line template.
        outputError: () => {},
      }),
  );
  for (const register of COMMANDS) register(program, ctx);
  localizeHelp(program, lang);
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
      stderr.write(formatGuideError(usageError(err), lang) + "\n");
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
