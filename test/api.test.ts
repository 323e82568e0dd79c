// The library API as a consumer uses it (issue 12): README.md's "API" example, taken from the README as
// written, runs against the built package imported by its name ("guide", through node_modules as after
// `npm install`), and prints what the README says it prints; every export the README's table names is
// there. So the API section cannot drift from the code. Runs on dist/: `npm test` builds first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

/** The README's API section: its first js block (the example) and the text block after it (its output). */
function readmeApi(): { section: string; code: string; output: string } {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = /^## API\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## API" section');
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  const output = /```js\n[\s\S]*?```[\s\S]*?```text\n([\s\S]*?)```/.exec(section)?.[1];
  if (code === undefined || output === undefined) throw new Error("README.md API: expected a ```js example followed by a ```text block of its output");
  return { section, code, output };
}

let consumer: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/index.js"))) throw new Error("dist/index.js is missing: run npm run build (npm test does)");
  // A consumer's project: its own folder, with the package installed under its name.
  consumer = mkdtempSync(join(tmpdir(), "guide-api-"));
  mkdirSync(join(consumer, "node_modules"));
  symlinkSync(ROOT, join(consumer, "node_modules", "guide"), "dir");
});
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe("README API", () => {
  it("the example runs as written and prints what the README shows", () => {
    const { code, output } = readmeApi();
    const file = join(consumer, "example.mjs");
    writeFileSync(file, code);
    // From the repository root, as the README says: the example names fixtures/ relative to it.
    const r = spawnSync(process.execPath, [file], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(output);
    expect(r.status).toBe(1);
  }, 60_000);

  it("every export the README names is exported by the package entry, which prints nothing when imported", async () => {
    const { section } = readmeApi();
    const table = section.split("\n").filter((l) => l.startsWith("| `"));
    const named = [...new Set(table.flatMap((l) => [...l.split("|")[1].matchAll(/`(\w+)/g)].map((m) => m[1])))];
    expect(named).toEqual(expect.arrayContaining(["parseGuide", "readDraft", "checkDraft", "checkFiles", "FORMATTERS", "exitCodeOf"]));
    const api = await import(pathToFileURL(join(ROOT, "dist/index.js")).href);
    expect(named.filter((n) => !(n in api))).toEqual([]);
    expect(Object.keys(api.FORMATTERS).sort()).toEqual(["github", "html", "json", "junit", "sarif", "text"]);
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", 'const api = await import("guide"); if (typeof api.checkFiles !== "function") process.exit(3);'], { cwd: consumer, encoding: "utf8" });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 0, stdout: "", stderr: "" });
  }, 60_000);
});
