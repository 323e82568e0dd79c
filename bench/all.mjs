#!/usr/bin/env node
// `npm run bench`: every benchmark in one run — start-up, parse and PDF (run.mjs), check throughput
// (check.mjs) and the 200-draft repository with and without the guide cache (repo.mjs). Arguments are
// passed to run.mjs; the exit code is 1 when any of them reports a missed target.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

let failed = false;
for (const [script, args] of [["run.mjs", process.argv.slice(2)], ["check.mjs", []], ["repo.mjs", []]]) {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, script), ...args], { stdio: "inherit" });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
