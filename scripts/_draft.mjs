import { readFileSync } from "node:fs";
import { readDraft } from "../dist/draft/index.js";
const file = process.argv[2];
const facts = await readDraft(new Uint8Array(readFileSync(file)), { path: file });
if (process.argv[3] === "text") console.log(facts.text ?? "");
else console.log(JSON.stringify(facts, (k, v) => (k === "text" && typeof v === "string" && v.length > 500 ? v.slice(0, 100) : v), 1));
