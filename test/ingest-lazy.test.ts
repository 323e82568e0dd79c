import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "./ingest-helpers.js";

// Resolve hook in a child process: records every module URL resolved, so the test sees whether reading
// a TXT resolved pdf-parse/pdfjs/fflate/node-html-parser (HOUSE-STYLE 7.8 principle 5). Runs on dist/,
// which `npm test` builds first.
const SCRIPT = `
import { register } from "node:module";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on("message", (u) => seen.push(u));
port1.unref();
register("data:text/javascript,let p;export function initialize(d){p=d.port}export async function resolve(s,c,n){const r=await n(s,c);p.postMessage(r.url);return r}", { data: { port: port2 }, transferList: [port2] });
const root = process.argv[1];
const heavy = (u) => /node_modules\\/(pdf-parse|pdfjs-dist|mammoth|fflate|node-html-parser)\\//.test(u);
const m = await import(pathToFileURL(root + "/dist/ingest/index.js").href);
await m.ingest(new TextEncoder().encode("一、总则\\n"), "a.txt");
await new Promise((r) => setTimeout(r, 100));
const afterTxt = seen.filter(heavy);
await m.ingest(new Uint8Array(readFileSync(root + "/fixtures/pdf/zhejiang-directions.pdf")), "a.pdf");
await new Promise((r) => setTimeout(r, 100));
console.log(JSON.stringify({ afterTxt, afterPdf: seen.filter(heavy).length }));
`;

describe("lazy loading of format libraries", () => {
  it("importing ingest and reading TXT loads no PDF/DOCX/HTML library; reading a PDF does", () => {
    expect(existsSync(join(ROOT, "dist/ingest/index.js")), "dist/ is missing: run npm run build (npm test does)").toBe(true);
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", SCRIPT, ROOT], { encoding: "utf8" });
    const r = JSON.parse(out.trim().split("\n").pop()!);
    expect(r.afterTxt).toEqual([]);
    expect(r.afterPdf).toBeGreaterThan(0);
  });
});

// `guide check` of a TXT draft against a parsed guide (JSON, so no YAML to read) on the modules of dist/ and
// on the bundle bin/guide.js runs (dist/bundle/, scripts/bundle.mjs), in a child with the same resolve hook: what a pre-commit run pays for (issue 14). zod and yaml load only for a
// config, a baseline, front matter or a sidecar; ajv never (the guide schema is compiled ahead of time).
const CHECK_SCRIPT = `
import { register } from "node:module";
import { pathToFileURL } from "node:url";
const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on("message", (u) => seen.push(u));
port1.unref();
register("data:text/javascript,let p;export function initialize(d){p=d.port}export async function resolve(s,c,n){const r=await n(s,c);p.postMessage(r.url);return r}", { data: { port: port2 }, transferList: [port2] });
const [entry, cwd, ...argv] = process.argv.slice(1);
const { main } = await import(pathToFileURL(entry).href);
let out = "";
const code = await main({ argv, cwd, env: {}, stdout: { write: (s) => (out += s) }, stderr: process.stderr });
await new Promise((r) => setTimeout(r, 100));
const packages = [...new Set(seen.map((u) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(u)?.[1]).filter(Boolean))].sort();
console.log(JSON.stringify({ code, packages, files: JSON.parse(out).files.length }));
`;

describe.each(["dist/cli/main.js", "dist/bundle/main.js"])("lazy loading on the check path (%s)", (entry) => {
  const built = existsSync(join(ROOT, entry));
  it.skipIf(!built)("checking a TXT draft against a JSON guide loads no zod, yaml, ajv or glob library", () => {
    const dir = mkdtempSync(join(tmpdir(), "guide-lazy-"));
    try {
      const guide = parse(readFileSync(join(ROOT, "fixtures/drafts/guides/003.yaml"), "utf8"));
      writeFileSync(join(dir, "guide.json"), JSON.stringify(guide));
      copyFileSync(join(ROOT, "fixtures/drafts/023-sichuan-strict-at-threshold/draft.txt"), join(dir, "draft.txt"));
      const out = execFileSync(process.execPath, ["--input-type=module", "-e", CHECK_SCRIPT, join(ROOT, entry), dir, "check", "draft.txt", "--guide", "guide.json", "--format", "json", "--no-cache"], { encoding: "utf8" });
      const r = JSON.parse(out.trim().split("\n").pop()!);
      expect(r.files).toBe(1);
      expect(r.packages.filter((p: string) => /^(zod|yaml|ajv|tinyglobby|fdir|picomatch)$/.test(p))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
