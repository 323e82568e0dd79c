#!/usr/bin/env node
// Benchmark of `guide check` throughput in process (SPEC: ≥ 300 drafts/s on 2 cores, cost linear in the number of
// drafts). Generates 1,000 drafts in a temp dir from the TXT/MD fixtures of fixtures/drafts that are
// checked against seed 003 (values, names and dates varied), then checks them against that one guide in
// process: readDraft → checkDraft from dist/, on 2 worker threads of its own (readDraft → checkDraft alone; bench/repo.mjs times the whole run), each worker
// reading its files from disk and holding the parsed guide. Also times 10, 50, 100, 200, 500 and 1000 drafts on
// the same pool, and 1000 drafts sequentially on the main thread.
// Usage: npm run bench:check   (builds first).  Options: --drafts N (default 1000), --workers N (2), --json.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { draftTemplates, draftVariation } from "./drafts.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const GUIDE = "fixtures/drafts/guides/003.yaml";
// SPEC; the whole-process figure (start-up and workers included) is a row of bench/run.mjs
const TARGET = 300;

async function loadPipeline() {
  const { readDraft } = await import(join(ROOT, "dist/draft/index.js"));
  const { checkDraft } = await import(join(ROOT, "dist/check/index.js"));
  const YAML = (await import("yaml")).default;
  const guide = YAML.parse(readFileSync(join(ROOT, GUIDE), "utf8"));
  return async (file) => {
    const facts = await readDraft(new Uint8Array(readFileSync(file)), { path: file });
    const res = await checkDraft(guide, facts, { lang: "zh" });
    return res.findings.length;
  };
}

if (!isMainThread) {
  const check = await loadPipeline();
  parentPort.on("message", async (files) => {
    let findings = 0, failed = 0;
    for (const f of files) {
      try {
        findings += await check(f);
      } catch {
        failed++;
      }
    }
    parentPort.postMessage({ findings, failed });
  });
  parentPort.postMessage("ready");
} else {
  const args = process.argv.slice(2);
  const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
  const N = opt("--drafts", 1000);
  const WORKERS = opt("--workers", 2);
  const AS_JSON = args.includes("--json");
  for (const f of ["dist/draft/index.js", "dist/check/index.js"])
    if (!existsSync(join(ROOT, f))) {
      console.error(`bench:check: ${f} is missing — run npm run build (the check modules may not be written yet)`);
      process.exit(2);
    }

  // Templates: the TXT/MD fixtures against guide 003, markers removed.
  const templates = draftTemplates(ROOT);
  const vary = draftVariation(42);

  const tmp = mkdtempSync(join(tmpdir(), "guide-bench-check-"));
  const files = [];
  for (let i = 0; i < N; i++) {
    const t = templates[i % templates.length];
    const f = join(tmp, `draft-${String(i).padStart(4, "0")}${t.ext}`);
    writeFileSync(f, vary(t.text, i));
    files.push(f);
  }

  const pool = await Promise.all(
    Array.from({ length: WORKERS }, () =>
      new Promise((res, rej) => {
        const w = new Worker(new URL(import.meta.url));
        w.once("message", () => res(w));
        w.once("error", rej);
      }),
    ),
  );
  const runOn = (w, batch) => new Promise((res) => { w.once("message", res); w.postMessage(batch); });
  async function timed(n) {
    const batch = files.slice(0, n);
    const t0 = performance.now();
    const parts = await Promise.all(pool.map((w, k) => runOn(w, batch.filter((_, i) => i % WORKERS === k))));
    const ms = performance.now() - t0;
    return { n, ms, findings: parts.reduce((a, p) => a + p.findings, 0), failed: parts.reduce((a, p) => a + p.failed, 0) };
  }
  await timed(Math.min(50, N)); // warm-up: JIT, lazy modules
  const sizes = [10, 50, 100, 200, 500, 1000].filter((n) => n <= N);
  if (!sizes.includes(N)) sizes.push(N);
  const rows = [];
  for (const n of sizes) rows.push(await timed(n));
  await Promise.all(pool.map((w) => w.terminate()));

  const check = await loadPipeline();
  for (const f of files.slice(0, 20)) await check(f); // warm-up
  const t0 = performance.now();
  let seqFailed = 0;
  for (const f of files) await check(f).catch(() => seqFailed++);
  const seqMs = performance.now() - t0;
  rmSync(tmp, { recursive: true, force: true });

  const full = rows[rows.length - 1];
  const rate = (full.n / full.ms) * 1000;
  const result = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, load: loadavg().map((x) => +x.toFixed(2)) },
    guide: GUIDE,
    templates: templates.length,
    workers: WORKERS,
    rows: rows.map((r) => ({ drafts: r.n, ms: Math.round(r.ms), perSecond: Math.round((r.n / r.ms) * 1000), msPerDraft: +(r.ms / r.n).toFixed(2), findings: r.findings, failed: r.failed })),
    sequential: { drafts: N, ms: Math.round(seqMs), perSecond: Math.round((N / seqMs) * 1000), failed: seqFailed },
    target: { perSecond: TARGET, met: rate >= TARGET },
  };
  if (AS_JSON) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`guide check bench: ${N} drafts from ${templates.length} templates against ${GUIDE}; ${WORKERS} worker threads; ${result.machine.cpus} CPUs (${result.machine.model}), Node ${process.version}, load ${result.machine.load.join(" ")}`);
    console.log("drafts  ms      drafts/s  ms/draft  findings  failed");
    for (const r of result.rows)
      console.log(`${String(r.drafts).padEnd(8)}${String(r.ms).padEnd(8)}${String(r.perSecond).padEnd(10)}${String(r.msPerDraft).padEnd(10)}${String(r.findings).padEnd(10)}${r.failed}`);
    console.log(`sequential (main thread): ${N} drafts in ${result.sequential.ms} ms = ${result.sequential.perSecond} drafts/s${seqFailed ? `, ${seqFailed} failed` : ""}`);
    console.log(`target ≥ ${TARGET} drafts/s on ${WORKERS} workers: ${result.target.met ? "met" : "MISSED"} (${Math.round(rate)}/s)`);
  }
  process.exitCode = result.target.met && !full.failed ? 0 : 1;
}
