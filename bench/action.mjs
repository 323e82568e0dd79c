// The GitHub Action's overhead before its first finding, simulated locally (issue 13): a checkout of a commit
// (git archive, as the runner's checkout of the action), the install step of that commit's action.yml run
// as it is there, with the npm cache warm, then the Action's first `guide check` (SARIF) on the example
// repository fixtures/repo-example. setup-node and the SARIF upload are not counted.
//
//   node bench/action.mjs [--ref REV] [--runs N]     (REV: HEAD; N: 3; medians)
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";

const ROOT = resolve(import.meta.dirname, "..");
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const ref = arg("--ref", "HEAD");
const runs = Number(arg("--runs", "3"));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
};
const seconds = (f) => {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e9;
};
const du = (dir) => execFileSync("du", ["-sm", dir], { encoding: "utf8" }).split("\t")[0];

const installs = [], checks = [];
let size = "", install = "";
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), "guide-action-"));
  try {
    execFileSync("sh", ["-c", `git -C "${ROOT}" archive ${ref} | tar -x -C "${dir}"`]);
    const action = parse(readFileSync(join(dir, "action.yml"), "utf8"));
    install = action.runs.steps.find((s) => s.name === "Install guide").run.trim();
    installs.push(seconds(() => execFileSync("sh", ["-c", install], { cwd: dir, stdio: "ignore" })));
    const example = join(dir, "fixtures/repo-example");
    let status;
    checks.push(seconds(() => ({ status } = spawnSync(process.execPath, [join(dir, "bin/guide.js"), "check", "--format", "sarif", "-o", join(dir, "guide-results.sarif"), "--quiet"], { cwd: example }))));
    if (status !== 1) throw new Error(`guide check exited ${status}, not 1 (findings)`);
    size = du(join(dir, "node_modules"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const load = () => readFileSync("/proc/loadavg", "utf8").split(" ")[0];
console.log(`${ref} (${execFileSync("git", ["-C", ROOT, "rev-parse", "--short", ref], { encoding: "utf8" }).trim()}): \`${install}\``);
console.log(`  install ${median(installs).toFixed(1)} s + first guide check ${median(checks).toFixed(2)} s = ${(median(installs) + median(checks)).toFixed(1)} s (medians of ${runs}; node_modules ${size} MB; load ${load()})`);
