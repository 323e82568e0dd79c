import { readFileSync } from "node:fs";
import { PDFParse } from "pdf-parse";
const p = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])) });
const doc = await p.load();
const page = await doc.getPage(1);
const ops = await page.getOperatorList();
ops.fnArray.forEach((f, i) => { if (f === 91) { const a = ops.argsArray[i]; console.log(a[0], a[1]?.[0]?.length ?? a[1]?.length, Array.from(a[1][0] ?? a[1]).slice(0, 30).map((x) => Math.round(x * 10) / 10).join(","), Array.from(a[2])); } });
