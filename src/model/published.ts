import { readFileSync } from "node:fs";

/** Where the project lives when package.json names no repository (and no homepage). */
export const DEFAULT_REPOSITORY = "https://github.com/guide-cli/guide";

interface PackageJson {
  version?: string;
  repository?: string | { url?: string };
  homepage?: string;
}

function readPackage(): PackageJson {
  try {
    // src/model/published.ts, dist/model/published.js and the CLI bundle all sit two levels below package.json
    return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as PackageJson;
  } catch {
    return {};
  }
}

/**
 * The https address of a repository as package.json writes it: `git+https://github.com/o/r.git`,
 * `git@github.com:o/r.git`, `github:o/r`, `o/r` (npm's GitHub shorthand) or a plain URL. Null for what is
 * none of these.
 */
export function repositoryUrl(repository: PackageJson["repository"]): string | null {
  const raw = (typeof repository === "string" ? repository : repository?.url)?.trim();
  if (!raw) return null;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1].replace(/\.git$/, "")}`;
  const url = /^(?:git\+)?(?:(?:https?|ssh|git):\/\/)?(?:[^@/]+@)?([^/:]+)[/:]([^#?]+?)(?:\.git)?\/?(?:[#?].*)?$/.exec(raw);
  return url ? `https://${url[1]}/${url[2]}` : null;
}

/** A homepage that is a repository's page on a forge (https://github.com/o/r#readme), as a repository. */
function forgeHomepage(homepage: string | undefined): string | null {
  const m = /^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\/([\w.-]+\/[\w.-]+)/.exec(homepage ?? "");
  return m ? `https://${m[1]}/${m[2]}` : null;
}

const PKG = readPackage();

/** The package version, read once from package.json. */
export const VERSION = PKG.version ?? "0.0.0";

/**
 * The project's repository: package.json `repository`, else its `homepage` when that is a repository
 * page, else DEFAULT_REPOSITORY. Rule doc links and schema addresses are built on it (one place).
 */
export const REPOSITORY = repositoryUrl(PKG.repository) ?? forgeHomepage(PKG.homepage) ?? DEFAULT_REPOSITORY;

/** A file of the repository as a web page, at the tag of this version: …/blob/v0.1.0/PATH. */
export function pageUrl(path: string): string {
  return `${REPOSITORY}/blob/v${VERSION}/${path}`;
}

/**
 * A file of the repository as raw bytes at the tag of this version, which editors can fetch: GitHub serves
 * them from raw.githubusercontent.com; GitLab, Gitea and Forgejo from …/raw/TAG/PATH.
 */
export function rawUrl(path: string): string {
  const github = /^https:\/\/github\.com\/(.+)$/.exec(REPOSITORY);
  return github ? `https://raw.githubusercontent.com/${github[1]}/v${VERSION}/${path}` : `${REPOSITORY}/raw/v${VERSION}/${path}`;
}

/**
 * The `$id` of a published schema, schemas/NAME.schema.json: where this version of it can be fetched.
 * The same address goes in the `# yaml-language-server: $schema=…` line of the files guide writes.
 */
export function schemaId(name: string): string {
  return rawUrl(`schemas/${name}.schema.json`);
}

/** The first line of a YAML file guide writes, so that editors with the YAML language server check it against schema NAME. */
export function schemaModeline(name: string): string {
  return `# yaml-language-server: $schema=${schemaId(name)}`;
}
