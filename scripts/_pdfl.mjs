import { readFileSync } from "node:fs";
import { PDFParse } from "pdf-parse";
const p = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])) });
const doc = await p.load();
const page = await doc.getPage(Number(process.argv[3] ?? 1));
const c = await page.getTextContent();
for (const it of c.items) if (it.str.trim()) console.log(Math.round(it.transform[5]*10)/10, Math.round(it.transform[4]*10)/10, Math.round(it.width), it.str.slice(0, 30));
