import { readFileSync } from "node:fs";

interface PackageJson {
  version?: string;
  repository?: string | { type?: string; url?: string };
}

function readPackage(): PackageJson {
  try {
    // src/check/docs.ts, dist/check/docs.js and the CLI bundle all sit two levels below package.json
    return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as PackageJson;
  } catch {
    return {};
  }
}

const PKG = readPackage();

/** The package version, read once from package.json. */
export const VERSION = PKG.version ?? "0.0.0";

/**
 * The project's home as a web address: package.json `repository` (`git+https://…/x.git`, an object with a url,
 * or `github:owner/name`), the one setting the rule docs' URLs follow. "" when there is none.
 */
export function repositoryUrl(repository: PackageJson["repository"]): string {
  const url = typeof repository === "string" ? repository : (repository?.url ?? "");
  const github = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (github) return `https://github.com/${github[1]}`;
  return url.replace(/^git\+/, "").replace(/^git:\/\//, "https://").replace(/\.git$/, "").replace(/\/+$/, "");
}

const HOME = repositoryUrl(PKG.repository);

/**
 * Where a rule's documentation lives: src/check/rules/ID.md, which ships in the package, at the version's tag of
 * the project's repository (package.json `repository`); the path alone when the package names no repository.
 */
export function ruleDocsUrl(id: string): string {
  const path = `src/check/rules/${id}.md`;
  return HOME ? `${HOME}/blob/v${VERSION}/${path}` : path;
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
