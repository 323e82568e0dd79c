import { DEFAULT_MAX_BYTES } from "../core/read-input.js";
import { templateDraft } from "../author/template.js";
import type { AuthorIo } from "./list.js";
import { loadGuide, unknownDirection } from "../batch/guide.js";

/** `guide template GUIDE --direction ID [-o FILE]`: the Markdown skeleton on stdout, or written atomically to FILE. */
export async function runTemplate(guidePath: string, opts: { direction: string; output?: string }, io: AuthorIo): Promise<number> {
  const output = opts.output;
  if (output !== undefined) {
    const { assertNotInput } = await import("../core/atomic-write.js");
    await assertNotInput(output, guidePath, io.cwd);
  }
  const guide = await loadGuide(guidePath, io.cwd, DEFAULT_MAX_BYTES);
  const text = templateDraft(guide, opts.direction, { lang: io.lang });
  if (text === null) throw unknownDirection(guidePath, guide, opts.direction, io.lang);
  if (output === undefined) io.stdout.write(text);
  else await (await import("../core/atomic-write.js")).writeFileAtomic(output, text, io.cwd);
  return 0;
}
