import { readFileSync } from "node:fs";

function readVersion(): string {
  try {
    // src/check/docs.ts and dist/check/docs.js both sit two levels below package.json
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** The package version, read once from package.json. */
export const VERSION = readVersion();

/** Where a rule's documentation lives, pinned to the package version. */
export function ruleDocsUrl(id: string): string {
  return `https://github.com/guide-cli/guide/blob/v${VERSION}/src/check/rules/${id}.md`;
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
