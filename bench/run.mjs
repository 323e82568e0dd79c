#!/usr/bin/env node
// Benchmarks of the SPEC's non-functional targets (never run as timed tests):
//   1. start-up: `guide parse <largest TXT seed> --format json` whole-process wall time ≤ 2× `node -e 0`,
//      both measured in this run, interleaved so machine noise hits both alike;
//   2. in-process parseGuide time per seed notice;
//   3. peak RSS of a whole `guide parse`;
//   4. heavy modules (pdf-parse, mammoth) are not loaded for a TXT input.
// Usage: npm run bench   (builds first).  Options: --runs N (default 15), --json.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1]) > 0 && args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 15;
const WARMUPS = 2;
const AS_JSON = args.includes("--json");
const NOTICE = "fixtures/notices/001-national-intl-cooperation/input.txt";
const HEAVY = /\/node_modules\/(pdf-parse|pdfjs-dist|mammoth)\//;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function wall(argv, expectStatus = 0) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== expectStatus) throw new Error(`node ${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

// 1. start-up (plus load average, since the ratio means little on a busy machine)
const baselineArgv = ["-e", "0"];
const guideArgv = ["bin/guide.js", "parse", NOTICE, "--format", "json"];
// The CLI shell alone (commander, messages, input checks; the parser is never imported): attributes the cost.
const shellArgv = ["bin/guide.js", "parse", "missing.txt"];
for (let i = 0; i < WARMUPS; i++) {
  wall(baselineArgv);
  wall(guideArgv);
  wall(shellArgv, 2);
}
const base = [];
const guide = [];
const shell = [];
for (let i = 0; i < RUNS; i++) {
  base.push(wall(baselineArgv));
  guide.push(wall(guideArgv));
  shell.push(wall(shellArgv, 2));
}
const startup = {
  runs: RUNS,
  nodeMedianMs: round(median(base)),
  guideMedianMs: round(median(guide)),
  shellMedianMs: round(median(shell)),
  ratio: round(median(guide) / median(base), 2),
  target: 2,
};

// 2. in-process parseGuide per seed
const { parseGuide } = await import(join(ROOT, "dist/index.js"));
// The seed notices (and any other TXT notice); Markdown notices are hand-made layout fixtures.
const seeds = readdirSync(join(ROOT, "fixtures/notices"))
  .filter((name) => existsSync(join(ROOT, "fixtures/notices", name, "input.txt")))
  .sort();
const perSeed = [];
for (const name of seeds) {
  const path = `fixtures/notices/${name}/input.txt`;
  const bytes = readFileSync(join(ROOT, path));
  await parseGuide(bytes, { path });
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await parseGuide(bytes, { path });
    times.push(performance.now() - t0);
  }
  perSeed.push({ seed: name, kb: round(statSync(join(ROOT, path)).size / 1024, 1), medianMs: round(median(times), 2) });
}

// 3. peak RSS of a whole CLI run, measured inside the child (resourceUsage is per process)
const rssScript = `
  const { main } = await import(${JSON.stringify(join(ROOT, "dist/cli/main.js"))});
  const code = await main({ argv: ["parse", ${JSON.stringify(NOTICE)}, "--format", "json"], cwd: ${JSON.stringify(ROOT)},
    stdout: { write() {} }, stderr: process.stderr });
  process.stdout.write(JSON.stringify({ code, maxRssMB: process.resourceUsage().maxRSS / 1024 }));`;
const rss = spawnSync(process.execPath, ["--input-type=module", "-e", rssScript], { cwd: ROOT, encoding: "utf8" });
const peakRssMB = round(JSON.parse(rss.stdout).maxRssMB, 1);

// 4. which packages a TXT parse loads: a resolve hook (runs in the loader thread) reports every URL.
const hook = `export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write("GUIDE_RESOLVED " + r.url + "\\n"); return r; }`;
const register = `import { register } from "node:module"; register(${JSON.stringify("data:text/javascript," + encodeURIComponent(hook))});`;
const traced = spawnSync(process.execPath, ["--import", "data:text/javascript," + encodeURIComponent(register), ...guideArgv], {
  cwd: ROOT,
  encoding: "utf8",
  stdio: ["ignore", "ignore", "pipe"],
});
const urls = traced.stderr
  .split("\n")
  .filter((l) => l.startsWith("GUIDE_RESOLVED "))
  .map((l) => l.slice(15));
const packages = [...new Set(urls.map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter(Boolean))].sort();
const heavyLoaded = urls.filter((u) => HEAVY.test(u));

const result = {
  machine: { loadavg: loadavg().map((x) => round(x, 2)), nproc: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version, platform: `${process.platform}-${process.arch}` },
  startup,
  perSeed,
  peakRssMB,
  txtParse: { packagesLoaded: packages, heavyModulesLoaded: heavyLoaded },
};

if (AS_JSON) {
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
} else {
  const m = result.machine;
  console.log(`machine: ${m.nproc} × ${m.cpu}, node ${m.node}, ${m.platform}, load ${m.loadavg.join(" ")}`);
  console.log(`start-up (${RUNS} runs after ${WARMUPS} warm-ups, median):`);
  console.log(`  node -e 0                           ${startup.nodeMedianMs} ms`);
  console.log(`  guide parse ${NOTICE.split("/")[2]} --format json  ${startup.guideMedianMs} ms`);
  console.log(`  guide parse missing.txt (CLI shell only)  ${startup.shellMedianMs} ms`);
  console.log(`  ratio ${startup.ratio}× (target ≤ ${startup.target}×) ${startup.ratio <= startup.target ? "OK" : "OVER BUDGET"}`);
  console.log("in-process parseGuide (median of 5 after 1 warm-up):");
  for (const s of perSeed) console.log(`  ${s.seed.padEnd(34)} ${String(s.kb).padStart(6)} KB  ${s.medianMs} ms`);
  console.log(`peak RSS of guide parse (001, json): ${peakRssMB} MB`);
  console.log(`packages loaded by a TXT parse: ${packages.join(", ") || "(none)"}`);
  console.log(`pdf-parse / mammoth loaded for TXT: ${heavyLoaded.length ? "YES — " + heavyLoaded.join(", ") : "no"}`);
}
if (startup.ratio > startup.target || heavyLoaded.length) process.exitCode = 1;

function round(x, d = 1) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}
