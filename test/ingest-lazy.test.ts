import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
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
  const built = existsSync(join(ROOT, "dist/ingest/index.js"));
  it.skipIf(!built)("importing ingest and reading TXT loads no PDF/DOCX/HTML library; reading a PDF does", () => {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", SCRIPT, ROOT], { encoding: "utf8" });
    const r = JSON.parse(out.trim().split("\n").pop()!);
    expect(r.afterTxt).toEqual([]);
    expect(r.afterPdf).toBeGreaterThan(0);
  });
});
