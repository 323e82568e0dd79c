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

/** The failing and passing examples of a rule doc: the code blocks after its `Fails…:` and `Passes…:` lines. */
export function ruleDocExamples(doc: string): { fails: string | null; passes: string | null } {
  const example = (label: string): string | null => {
    const match = new RegExp(`^${label}[^\\n]*:\\s*\\n+\`\`\`[^\\n]*\\n([\\s\\S]*?)\\n\`\`\``, "m").exec(doc);
    return match ? match[1] : null;
  };
  return { fails: example("Fails"), passes: example("Passes") };
}
