import { readFileSync } from "node:fs";
import { pageUrl } from "../model/published.js";

/** The package version, read once from package.json. */
export { VERSION } from "../model/published.js";

/**
 * Where a rule's documentation lives: src/check/rules/ID.md, which ships in the package, at the version's tag of
 * the project's repository (package.json `repository`); the path alone when the package names no repository.
 */
export function ruleDocsUrl(id: string): string {
  return pageUrl(`src/check/rules/${id}.md`);
}

/**
 * A rule's documentation, src/check/rules/ID.md, read from the package (which ships the docs): this file,
 * dist/check/docs.js and the CLI bundle all sit two levels below the package root. Null when there is none.
 */
export function readRuleDoc(id: string): string | null {
  try {
    return readFileSync(new URL(`../../src/check/rules/${id}.md`, import.meta.url), "utf8");
  } catch {
    return null;
  }
}

/** One example of a rule doc: a notice (申报指南) and a proposal draft (申报书) to check against it. */
export interface RuleDocExample {
  /** The notice, as plain text (a ```notice block). */
  notice: string;
  /** The draft, as Markdown or plain text, front matter and waiver comments included (a ```draft block). */
  draft: string;
}

/**
 * The failing and passing examples of a rule doc: the ```notice and ```draft blocks that follow its `Fails…:` and
 * `Passes…:` lines. A Passes example without a notice block is checked against the Fails example's notice.
 * Null for an example that is missing, has no draft, or no notice to check it against.
 */
export function ruleDocExamples(doc: string): { fails: RuleDocExample | null; passes: RuleDocExample | null } {
  const blocks = (label: string): Record<string, string> | null => {
    const line = new RegExp(`^${label}[^\\n]*:[ \\t]*\\n`, "m").exec(doc);
    if (!line) return null;
    // the fenced blocks right after the label line, with only blank lines between them
    const block = /\s*```([^\n]*)\n([\s\S]*?)\n```[ \t]*(?:\n|$)/y;
    block.lastIndex = line.index + line[0].length;
    const found: Record<string, string> = {};
    for (let m = block.exec(doc); m; m = block.exec(doc)) found[m[1].trim()] = m[2];
    return found;
  };
  const example = (parts: Record<string, string> | null, notice?: string): RuleDocExample | null => {
    const n = parts?.notice ?? notice;
    return parts?.draft !== undefined && n !== undefined ? { notice: n, draft: parts.draft } : null;
  };
  const fails = example(blocks("Fails"));
  return { fails, passes: example(blocks("Passes"), fails?.notice) };
}
