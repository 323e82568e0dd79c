import { GuideError } from "../core/errors.js";
import { GUIDE_EXTENSIONS, readInput } from "../core/read-input.js";
import { fill, messagesFor } from "../i18n/index.js";
import { EXIT, type CommandContext } from "./command.js";

/** `guide validate FILE`: the guide against schemas/guide.schema.json; exit 0 valid, 1 with one line per violation. */
export async function runValidate(file: string, ctx: CommandContext): Promise<number> {
  const { stdout, cwd } = ctx;
  const m = messagesFor(ctx.lang());
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
    stdout.write(fill(m.cli.valid, { path: file }) + "\n");
    return EXIT.ok;
  }
  stdout.write(fill(m.cli.invalidSummary, { path: file, count: issues.length }) + "\n");
  for (const issue of issues) stdout.write(`${file}: ${issue.path || "(root)"}: ${issue.message}\n`);
  return EXIT.findings;
}
