#!/usr/bin/env node
// Benchmarks of the SPEC's non-functional targets (never run as timed tests):
//   1. start-up: `guide parse <largest TXT seed> --format json` whole-process wall time ≤ 2× `node -e 0`,
//      both measured in this run, interleaved so machine noise hits both alike;
//   2. in-process parseGuide time per seed notice;
//   3. peak RSS of a whole `guide parse`;
//   4. heavy modules (pdf-parse, mammoth) are not loaded for a TXT input;
//   5. PDF (issue 3): `guide parse <seed 001 PDF>` whole-process wall time vs poppler `pdftotext` on the same
//      file (target ≤ 3×; skipped with a note where pdftotext is absent) and vs a process that only runs
//      pdf-parse's own `getText()` (target ≤ 1.2×), interleaved; peak RSS of `guide parse` on a 100-page PDF
//      made at bench time in a temp dir from the seed 001 PDF repeated (qpdf; pdfkit when qpdf is absent)
//      (target ≤ 200 MB).
// Usage: npm run bench   (builds first).  Options: --runs N (default 15), --pdf-runs N (default 5), --no-pdf, --json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
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

// 5. PDF
const PDF_RUNS = args.includes("--pdf-runs") && Number(args[args.indexOf("--pdf-runs") + 1]) > 0 ? Number(args[args.indexOf("--pdf-runs") + 1]) : 5;
const pdf = args.includes("--no-pdf") ? { skipped: "--no-pdf" } : await benchPdf();

const result = {
  machine: { loadavg: loadavg().map((x) => round(x, 2)), nproc: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version, platform: `${process.platform}-${process.arch}` },
  startup,
  perSeed,
  peakRssMB,
  txtParse: { packagesLoaded: packages, heavyModulesLoaded: heavyLoaded },
  pdf,
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
  if (pdf.skipped) console.log(`PDF: skipped (${pdf.skipped})`);
  else {
    const ok = (r, t) => (r === null ? "" : r <= t ? "OK" : "OVER BUDGET");
    console.log(`PDF: ${pdf.file} (${pdf.pages} pages, ${pdf.kb} KB), ${PDF_RUNS} interleaved runs after 1 warm-up, median:`);
    console.log(`  guide parse --format json               ${pdf.guideMedianMs} ms`);
    console.log(`  pdf-parse getText() alone (node process) ${pdf.pdfParseMedianMs} ms  → ratio ${pdf.vsPdfParse}× (target ≤ ${pdf.vsPdfParseTarget}×) ${ok(pdf.vsPdfParse, pdf.vsPdfParseTarget)}`);
    if (pdf.pdftotextMedianMs === null) console.log(`  pdftotext: ${pdf.pdftotextNote}`);
    else console.log(`  pdftotext (poppler)                      ${pdf.pdftotextMedianMs} ms  → ratio ${pdf.vsPdftotext}× (target ≤ ${pdf.vsPdftotextTarget}×) ${ok(pdf.vsPdftotext, pdf.vsPdftotextTarget)}`);
    if (pdf.hundredPages.skipped) console.log(`  100-page PDF: skipped (${pdf.hundredPages.skipped})`);
    else console.log(`  100-page PDF (${pdf.hundredPages.madeWith}, ${pdf.hundredPages.kb} KB): guide parse ${pdf.hundredPages.wallMs} ms, peak RSS ${pdf.hundredPages.peakRssMB} MB (target ≤ ${pdf.hundredPages.target} MB) ${ok(pdf.hundredPages.peakRssMB, pdf.hundredPages.target)}`);
  }
}
const pdfOver =
  !pdf.skipped &&
  ((pdf.vsPdftotext !== null && pdf.vsPdftotext > pdf.vsPdftotextTarget) ||
    pdf.vsPdfParse > pdf.vsPdfParseTarget ||
    (!pdf.hundredPages.skipped && pdf.hundredPages.peakRssMB > pdf.hundredPages.target));
if (startup.ratio > startup.target || heavyLoaded.length || pdfOver) process.exitCode = 1;

/** Whether a command runs here (poppler's pdftotext, qpdf). */
function has(cmd) {
  return spawnSync(cmd, ["-v"], { stdio: "ignore" }).error === undefined;
}

/** Wall time of any command, in ms. */
function wallCmd(cmd, argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/**
 * A 100-page PDF from the seed 001 PDF (48 pages, LibreOffice) repeated: qpdf takes pages 1-48, 1-48, 1-4.
 * Without qpdf, pdfkit (a dev dependency) writes seed 001's text with the Noto CJK font until 100 pages.
 */
async function hundredPagePdf(dir, seedPdf, seedTxt) {
  const out = join(dir, "hundred-pages.pdf");
  if (has("qpdf")) {
    const r = spawnSync("qpdf", ["--empty", "--pages", seedPdf, "1-z", seedPdf, "1-z", seedPdf, "1-4", "--", out]);
    if (r.status === 0) return { path: out, madeWith: "qpdf from the seed 001 PDF" };
  }
  const font = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
  if (!existsSync(font)) return null;
  const { default: PDFDocument } = await import("pdfkit").catch(() => ({ default: null }));
  if (!PDFDocument) return null;
  const { createWriteStream } = await import("node:fs");
  const doc = new PDFDocument({ size: "A4", margin: 72 });
  doc.registerFont("cjk", font, "NotoSansCJKsc-Regular").font("cjk").fontSize(12);
  const lines = readFileSync(seedTxt, "utf8").split("\n").filter((l) => l.trim());
  let pages = 1;
  doc.on("pageAdded", () => pages++);
  for (let i = 0; pages < 100; i = (i + 1) % lines.length) doc.text(lines[i], { align: "justify", indent: 24 });
  await new Promise((ok) => {
    const s = createWriteStream(out);
    doc.pipe(s);
    s.on("finish", ok);
    doc.end();
  });
  return { path: out, madeWith: "pdfkit from the seed 001 text" };
}

async function benchPdf() {
  const file = "fixtures/notices/001-national-intl-cooperation/input.pdf";
  const abs = join(ROOT, file);
  if (!existsSync(abs)) return { skipped: `${file} not found` };
  const guideArgv = ["bin/guide.js", "parse", file, "--format", "json"];
  // pdf-parse on its own, as a user of the library would call it: load, getText(), destroy.
  const pdfParseScript = `const { PDFParse } = await import("pdf-parse");
    const p = new PDFParse({ data: new Uint8Array((await import("node:fs")).readFileSync(${JSON.stringify(abs)})) });
    await p.getText(); await p.destroy();`;
  const pdfParseArgv = ["--input-type=module", "-e", pdfParseScript];
  const poppler = has("pdftotext");
  wall(guideArgv);
  wall(pdfParseArgv);
  if (poppler) wallCmd("pdftotext", [abs, "/dev/null"]);
  const g = [];
  const pp = [];
  const pt = [];
  for (let i = 0; i < PDF_RUNS; i++) {
    g.push(wall(guideArgv));
    pp.push(wall(pdfParseArgv));
    if (poppler) pt.push(wallCmd("pdftotext", [abs, "/dev/null"]));
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [abs], { encoding: "utf8" }).stdout ?? "")?.[1] ?? 0) || null;
  return {
    file,
    pages,
    kb: round(statSync(abs).size / 1024),
    runs: PDF_RUNS,
    guideMedianMs: round(median(g)),
    pdfParseMedianMs: round(median(pp)),
    vsPdfParse: round(median(g) / median(pp), 2),
    vsPdfParseTarget: 1.2,
    pdftotextMedianMs: poppler ? round(median(pt)) : null,
    pdftotextNote: poppler ? null : "poppler's pdftotext is not installed (apt-get install poppler-utils); comparison skipped",
    vsPdftotext: poppler ? round(median(g) / median(pt), 2) : null,
    vsPdftotextTarget: 3,
    hundredPages: await hundredPages(abs),
  };
}

/** Peak RSS and wall time of `guide parse` (whole CLI, in a child) on a 100-page PDF made in a temp dir. */
async function hundredPages(seedPdf) {
  const dir = mkdtempSync(join(tmpdir(), "guide-bench-"));
  try {
    const made = await hundredPagePdf(dir, seedPdf, join(ROOT, NOTICE));
    if (!made) return { skipped: "neither qpdf nor pdfkit with the Noto CJK font is available to make it", target: 200 };
    const script = `
      const { main } = await import(${JSON.stringify(join(ROOT, "dist/cli/main.js"))});
      const t0 = performance.now();
      const code = await main({ argv: ["parse", ${JSON.stringify(made.path)}, "--format", "json"], cwd: ${JSON.stringify(ROOT)},
        stdout: { write() {} }, stderr: process.stderr });
      process.stdout.write(JSON.stringify({ code, ms: performance.now() - t0, maxRssMB: process.resourceUsage().maxRSS / 1024 }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    const out = JSON.parse(r.stdout);
    if (out.code !== 0) throw new Error(`guide parse of the 100-page PDF exited ${out.code}: ${r.stderr}`);
    return { madeWith: made.madeWith, kb: round(statSync(made.path).size / 1024), wallMs: round(out.ms), peakRssMB: round(out.maxRssMB), target: 200 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(x, d = 1) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}
