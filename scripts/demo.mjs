// `npm run demo`: the main job end to end on bundled files. Parses the sample notice into a guide, lists its
// directions, then checks a sample draft against it and shows the findings. Arguments are passed on to every
// command (`npm run demo -- --lang en`). Exits 0 when the commands ran (the draft's findings are the point
// of the demo, not a failure), else the failing command's exit code.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const NOTICE = "fixtures/notices/003-sichuan-ai-jiebang/input.txt";
const DRAFT = "fixtures/demo/draft.md";
// Inside the tool's own cache folder, which git ignores: the parsed guide stays there to look at.
const GUIDE = ".guide-cache/demo/guide.yaml";
const extra = process.argv.slice(2);

mkdirSync(join(ROOT, ".guide-cache/demo"), { recursive: true });
const steps = [
  { args: ["parse", NOTICE, "-o", GUIDE], ok: [0] },
  { args: ["list", GUIDE], ok: [0] },
  // exit 1: the draft has findings, which is what the demo shows
  { args: ["check", DRAFT, "--guide", GUIDE], ok: [0, 1] },
];
for (const [i, step] of steps.entries()) {
  const args = [...step.args, ...extra];
  process.stdout.write(`${i > 0 ? "\n" : ""}$ guide ${args.join(" ")}\n`);
  const run = spawnSync(process.execPath, [join(ROOT, "bin/guide.js"), ...args], { cwd: ROOT, stdio: "inherit" });
  const code = run.status ?? 2;
  if (!step.ok.includes(code)) process.exit(code);
}
