import { extname } from "node:path";
import { readInput, readStdin, STDIN_ARGUMENT, type InputFormat } from "../core/read-input.js";
import { fill, messagesFor } from "../i18n/index.js";
import { EXIT, maxBytesOf, type CommandContext } from "./command.js";
import type { GuideFormat } from "./render.js";

/** Options of `guide parse` after commander. */
export interface ParseCommandOptions {
  format?: GuideFormat;
  output?: string;
  maxSize?: string;
  /** --timeout, in seconds. */
  timeout?: number;
  outline?: boolean;
  directions?: string;
  strict?: boolean;
  /** --stdin-filename: with `-`, the name standard input is reported under (its extension tells the format). */
  stdinFilename?: string;
}

/**
 * `guide parse NOTICE`: the guide as YAML or JSON (or, with --outline, the heading tree) on stdout or in
 * `-o FILE`, the reader's warnings on stderr; exit 1 with --strict when there are warnings.
 */
export async function runParse(notice: string, opts: ParseCommandOptions, ctx: CommandContext): Promise<number> {
  const { stdout, stderr, cwd } = ctx;
  const m = messagesFor(ctx.lang());
  const maxBytes = maxBytesOf(opts.maxSize, notice, ctx.lang());
  const fromStdin = notice === STDIN_ARGUMENT;
  const format: GuideFormat = opts.format ?? (opts.output && extname(opts.output).toLowerCase() === ".json" ? "json" : "yaml");
  let emit = async (text: string): Promise<void> => void stdout.write(text);
  const output = opts.output;
  if (output !== undefined) {
    const { assertNotInput, writeFileAtomic } = await import("../core/atomic-write.js");
    // Refused before any work, so an output-is-input mistake costs nothing and touches nothing.
    if (!fromStdin) await assertNotInput(output, notice, cwd);
    emit = (text) => writeFileAtomic(output, text, cwd);
  }

  let input: { path: string; bytes: Uint8Array; format?: InputFormat };
  if (fromStdin) input = await readStdin(ctx.stdin(), opts.stdinFilename, maxBytes);
  else input = await readInput(notice, { cwd, maxBytes });
  const parseOptions = {
    path: input.path,
    format: input.format,
    maxBytes,
    ...(opts.timeout === undefined ? {} : { timeoutMs: opts.timeout * 1000 }),
    ...(opts.directions === undefined ? {} : { directions: opts.directions }),
  };
  if (opts.outline) {
    const [{ readNoticeOutline }, { renderOutline }] = await Promise.all([import("../parse.js"), import("./outline.js")]);
    await emit(renderOutline(await readNoticeOutline(input.bytes, parseOptions), m));
    return EXIT.ok;
  }
  // Loaded only now: the pipeline is the bulk of the code, which `guide --help` or a usage error need not pay for.
  const [{ parseGuide }, { renderGuide }] = await Promise.all([import("../parse.js"), import("./render.js")]);
  // parseGuide builds every object in the schema's key order (the tests validate its output), so output diffs stay stable.
  const guide = await parseGuide(input.bytes, parseOptions);
  await emit(await renderGuide(guide, format));
  const warnings = guide.warnings ?? [];
  for (const w of warnings)
    stderr.write(fill(m.cli.parseWarning, { path: input.path, line: w.span?.startLine ?? 1, code: w.code, message: fill(m.cli.warnings[w.code], w.data ?? {}) }) + "\n");
  if (opts.strict && warnings.length > 0) {
    stderr.write(fill(m.cli.strictFailed, { path: input.path, count: warnings.length }) + "\n");
    return EXIT.findings;
  }
  return EXIT.ok;
}
