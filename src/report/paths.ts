import { isAbsolute, relative, resolve, sep } from "node:path";

/**
 * A path as shown to people and CI: relative to `cwd` when inside it, with `/` separators, so that
 * `path:line:column` links in terminals and editors and matches the repository's paths in CI.
 */
export function displayPath(path: string, cwd: string): string {
  if (path === "") return path;
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  const shown = rel === "" ? path : rel.startsWith("..") || isAbsolute(rel) ? abs : rel;
  return sep === "/" ? shown : shown.split(sep).join("/");
}
