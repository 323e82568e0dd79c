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
