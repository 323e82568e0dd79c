#!/usr/bin/env node
// Benchmarks of the SPEC's non-functional targets (issue 14's table; never run as timed tests). Every row is
// measured in this one run, the whole-process rows interleaved so machine noise hits both sides alike, with
// the 1-minute load average at the start and end of each row printed beside it:
//   1. `guide parse <seed 001 TXT>` (default YAML) and `--format json`, whole process, over `node -e 0`
//      (wall and CPU; targets ≤ 2.2× and ≤ 1.8× wall);
//   2. `guide check one draft --guide <parsed guide YAML>` (a pre-commit run, warm guide cache) over
//      `node -e 0` (CPU and wall; target ≤ 3× CPU);
//   3. `guide check` over 1,000 drafts, whole process, `--jobs 2`: drafts/s (target ≥ 300), and linearity
//      (the same over 200 drafts, and the marginal rate between the two);
//   4. PDF: `guide parse <seed 001 PDF>` (48 pages) over a process that only runs pdf-parse's own
//      `getText()` (target ≤ 1.05×), and over poppler's `pdftotext` (information, skipped where absent);
//      peak RSS of `guide parse` on a 100-page PDF made at bench time from the seed 001 PDF repeated
//      (qpdf; pdfkit when qpdf is absent) (target ≤ 170 MB);
//   5. in-process parseGuide time per seed, peak RSS of a TXT parse, and that a TXT parse loads no heavy
//      module (pdf-parse, mammoth).
// CPU of a child = user + system of its whole process (all threads), reported at exit by the preloaded
// bench/cpu-report.cjs (baseline and guide both get it).
// Usage: npm run bench   (builds first).  Options: --runs N (default 15), --pdf-runs N (5), --big-runs N (3),
// --no-pdf, --no-drafts, --json.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { draftTemplates, draftVariation } from "./drafts.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) && Number(args[args.indexOf(name) + 1]) > 0 ? Number(args[args.indexOf(name) + 1]) : d);
const RUNS = opt("--runs", 15);
const BIG_RUNS = opt("--big-runs", 3);
const WARMUPS = 2;
const AS_JSON = args.includes("--json");
const NOTICE = "fixtures/notices/001-national-intl-cooperation/input.txt";
// The one-draft check: the largest parsed guide of fixtures/drafts and a clean draft written for it.
const ONE_GUIDE = "fixtures/drafts/guides/001.yaml";
const ONE_DRAFT = "fixtures/drafts/001-intl-clean-at-threshold/draft.txt";
// 1,000 drafts: the TXT/MD fixtures written for guide 003, varied (bench/drafts.mjs), as bench/check.mjs.
const MANY_GUIDE = "fixtures/drafts/guides/003.yaml";
const HEAVY = /\/node_modules\/(pdf-parse|pdfjs-dist|mammoth)\//;
const CPU_REPORT = join(import.meta.dirname, "cpu-report.cjs");
const TARGETS = { parseYaml: 2.2, parseJson: 1.8, checkOne: 3, draftsPerSecond: 300, vsPdfParse: 1.05, hundredPagesRssMB: 170 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load1 = () => round(loadavg()[0], 2);

/** Wall and CPU time (ms) of `node <argv>` in `cwd`; throws unless it exits with one of `ok`. */
function timed(argv, { cwd = ROOT, ok = [0], env } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", CPU_REPORT, ...argv], { cwd, env, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "ignore", "pipe"] });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!ok.includes(r.status)) throw new Error(`node ${argv.join(" ").slice(0, 200)} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const cpu = /GUIDE_BENCH_CPU (\d+)\s*$/.exec(r.stderr);
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) / 1000 : NaN };
}

// The working folder of the check rows: a repository (.git marks its root, so the guide cache is its
// .guide-cache/) holding the two guides, the one draft, and 1,000 varied drafts.
const repo = mkdtempSync(join(tmpdir(), "guide-bench-"));
mkdirSync(join(repo, ".git"));
copyFileSync(join(ROOT, ONE_GUIDE), join(repo, "g.yaml"));
copyFileSync(join(ROOT, ONE_DRAFT), join(repo, "one.txt"));
copyFileSync(join(ROOT, MANY_GUIDE), join(repo, "g003.yaml"));
const manyDrafts = [];
if (!args.includes("--no-drafts")) {
  const templates = draftTemplates(ROOT);
  const vary = draftVariation(42);
  mkdirSync(join(repo, "drafts"));
  for (let i = 0; i < 1000; i++) {
    const t = templates[i % templates.length];
    const f = `drafts/${String(i).padStart(4, "0")}${t.ext}`;
    writeFileSync(join(repo, f), vary(t.text, i));
    manyDrafts.push(f);
  }
}

// 1–2. the start-up rows, interleaved
const rows = {
  node: { argv: ["-e", "0"] },
  parseYaml: { argv: ["bin/guide.js", "parse", NOTICE] },
  parseJson: { argv: ["bin/guide.js", "parse", NOTICE, "--format", "json"] },
  // the CLI shell alone (commander, messages, input checks; the parser is never imported): attributes the cost
  shell: { argv: ["bin/guide.js", "parse", "missing.txt"], ok: [2] },
  // exit 0 or 1 (findings); its guide cache is warm after the warm-ups, as in a pre-commit run
  checkOne: { argv: [join(ROOT, "bin/guide.js"), "check", "one.txt", "--guide", "g.yaml", "--format", "json"], cwd: repo, ok: [0, 1] },
};
const startLoad = load1();
for (let i = 0; i < WARMUPS; i++) for (const r of Object.values(rows)) timed(r.argv, r);
for (const r of Object.values(rows)) r.samples = [];
for (let i = 0; i < RUNS; i++) for (const r of Object.values(rows)) r.samples.push(timed(r.argv, r));
const startupLoad = [startLoad, load1()];
const med = (r, k) => median(r.samples.map((s) => s[k]));
const startup = Object.fromEntries(
  Object.entries(rows).map(([name, r]) => [
    name,
    {
      wallMs: round(med(r, "wallMs")),
      cpuMs: round(med(r, "cpuMs")),
      ...(name === "node" ? {} : { wallRatio: round(med(r, "wallMs") / med(rows.node, "wallMs"), 2), cpuRatio: round(med(r, "cpuMs") / med(rows.node, "cpuMs"), 2), target: TARGETS[name] }),
    },
  ]),
);

// 3. 1,000 drafts (and 200, for linearity), whole process, 2 jobs, warm cache; interleaved
let many = { skipped: "--no-drafts" };
if (manyDrafts.length) {
  const checkMany = (n) =>
    timed([join(ROOT, "bin/guide.js"), "check", ...manyDrafts.slice(0, n), "--guide", "g003.yaml", "--format", "json", "--jobs", "2"], {
      cwd: repo,
      ok: [0, 1],
      env: { ...process.env, CI: "1" },
    });
  const before = load1();
  checkMany(200); // warm-up (and the guide cache)
  const t200 = [];
  const t1000 = [];
  for (let i = 0; i < BIG_RUNS; i++) {
    t200.push(checkMany(200));
    t1000.push(checkMany(1000));
  }
  const w200 = median(t200.map((t) => t.wallMs));
  const w1000 = median(t1000.map((t) => t.wallMs));
  many = {
    runs: BIG_RUNS,
    load: [before, load1()],
    ms200: round(w200),
    ms1000: round(w1000),
    perSecond200: round((200 / w200) * 1000),
    perSecond: round((1000 / w1000) * 1000),
    // the cost of each draft past the 200th: equal to perSecond when the process's fixed cost is nil
    marginalPerSecond: round((800 / (w1000 - w200)) * 1000),
    cpuMs1000: round(median(t1000.map((t) => t.cpuMs))),
    target: TARGETS.draftsPerSecond,
  };
}

// 4. PDF
const PDF_RUNS = opt("--pdf-runs", 5);
const pdf = args.includes("--no-pdf") ? { skipped: "--no-pdf" } : await benchPdf();
rmSync(repo, { recursive: true, force: true });

// 5. in-process parseGuide per seed
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

// peak RSS of a whole CLI run, measured inside the child (resourceUsage is per process)
const rssScript = `
  const { main } = await import(${JSON.stringify(join(ROOT, "dist/cli/main.js"))});
  const code = await main({ argv: ["parse", ${JSON.stringify(NOTICE)}], cwd: ${JSON.stringify(ROOT)},
    stdout: { write() {} }, stderr: process.stderr });
  process.stdout.write(JSON.stringify({ code, maxRssMB: process.resourceUsage().maxRSS / 1024 }));`;
const rss = spawnSync(process.execPath, ["--input-type=module", "-e", rssScript], { cwd: ROOT, encoding: "utf8" });
const peakRssMB = round(JSON.parse(rss.stdout).maxRssMB, 1);

// which packages a TXT parse loads: a resolve hook (runs in the loader thread) reports every URL.
const hook = `export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write("GUIDE_RESOLVED " + r.url + "\\n"); return r; }`;
const register = `import { register } from "node:module"; register(${JSON.stringify("data:text/javascript," + encodeURIComponent(hook))});`;
const traced = spawnSync(process.execPath, ["--import", "data:text/javascript," + encodeURIComponent(register), ...rows.parseJson.argv], {
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
  runs: RUNS,
  startupLoad,
  startup,
  many,
  pdf,
  perSeed,
  peakRssMB,
  txtParse: { packagesLoaded: packages, heavyModulesLoaded: heavyLoaded },
};

// One verdict per row of the table; null where the row was skipped.
const verdicts = {
  parseYaml: startup.parseYaml.wallRatio <= TARGETS.parseYaml,
  parseJson: startup.parseJson.wallRatio <= TARGETS.parseJson,
  checkOne: startup.checkOne.cpuRatio <= TARGETS.checkOne,
  drafts: many.skipped ? null : many.perSecond >= TARGETS.draftsPerSecond,
  vsPdfParse: pdf.skipped ? null : pdf.vsPdfParse <= TARGETS.vsPdfParse,
  hundredPages: pdf.skipped || pdf.hundredPages.skipped ? null : pdf.hundredPages.peakRssMB <= TARGETS.hundredPagesRssMB,
};
result.verdicts = verdicts;

if (AS_JSON) {
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
} else {
  const m = result.machine;
  const mark = (v) => (v === null ? "skipped" : v ? "OK" : "OVER BUDGET");
  const loads = (l) => `load ${l[0]} → ${l[1]}`;
  const table = [];
  const row = (what, measured, target, verdict, load) => table.push([what, measured, target, mark(verdict), load]);
  const s = startup;
  console.log(`machine: ${m.nproc} × ${m.cpu}, node ${m.node}, ${m.platform}`);
  console.log(`node -e 0: ${s.node.wallMs} ms wall, ${s.node.cpuMs} ms CPU (median of ${RUNS} interleaved runs after ${WARMUPS} warm-ups, ${loads(startupLoad)})`);
  row("guide parse 001.txt (YAML) / node -e 0", `${s.parseYaml.wallRatio}× wall (${s.parseYaml.cpuRatio}× CPU; ${s.parseYaml.wallMs} ms)`, `≤ ${TARGETS.parseYaml}× wall`, verdicts.parseYaml, loads(startupLoad));
  row("guide parse 001.txt --format json / node -e 0", `${s.parseJson.wallRatio}× wall (${s.parseJson.cpuRatio}× CPU; ${s.parseJson.wallMs} ms)`, `≤ ${TARGETS.parseJson}× wall`, verdicts.parseJson, loads(startupLoad));
  row("guide check one draft --guide g.yaml / node -e 0", `${s.checkOne.cpuRatio}× CPU, ${s.checkOne.wallRatio}× wall (${s.checkOne.cpuMs} ms CPU)`, `≤ ${TARGETS.checkOne}× CPU`, verdicts.checkOne, loads(startupLoad));
  if (many.skipped) row("guide check 1,000 drafts", "skipped", `≥ ${TARGETS.draftsPerSecond}/s`, null, "");
  else
    row(
      "guide check 1,000 drafts, whole process, --jobs 2",
      `${many.perSecond} drafts/s (${many.ms1000} ms; 200 drafts ${many.perSecond200}/s; marginal ${many.marginalPerSecond}/s)`,
      `≥ ${TARGETS.draftsPerSecond}/s`,
      verdicts.drafts,
      loads(many.load),
    );
  if (pdf.skipped) row("PDF", `skipped (${pdf.skipped})`, "", null, "");
  else {
    row(`PDF ${pdf.pages} pages: guide parse / pdf-parse getText()`, `${pdf.vsPdfParse}× wall (${pdf.guideMedianMs} / ${pdf.pdfParseMedianMs} ms)`, `≤ ${TARGETS.vsPdfParse}×`, verdicts.vsPdfParse, loads(pdf.load));
    if (pdf.hundredPages.skipped) row("PDF 100 pages: peak RSS", `skipped (${pdf.hundredPages.skipped})`, `≤ ${TARGETS.hundredPagesRssMB} MB`, null, "");
    else row("PDF 100 pages: peak RSS", `${pdf.hundredPages.peakRssMB} MB (${pdf.hundredPages.wallMs} ms, ${pdf.hundredPages.madeWith})`, `≤ ${TARGETS.hundredPagesRssMB} MB`, verdicts.hundredPages, loads(pdf.hundredPages.load));
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => r[i].length)));
  for (const r of table) console.log(r.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join("  "));
  console.log("also measured:");
  console.log(`  guide parse missing.txt (CLI shell only): ${s.shell.wallMs} ms wall, ${s.shell.wallRatio}× node -e 0`);
  if (!pdf.skipped)
    console.log(`  PDF vs poppler pdftotext: ${pdf.pdftotextMedianMs === null ? pdf.pdftotextNote : `${pdf.vsPdftotext}× (${pdf.pdftotextMedianMs} ms; information only: pdf.js alone is ≈ 4× poppler)`}`);
  console.log("  in-process parseGuide (median of 5 after 1 warm-up):");
  for (const p of perSeed) console.log(`    ${p.seed.padEnd(34)} ${String(p.kb).padStart(6)} KB  ${p.medianMs} ms`);
  console.log(`  peak RSS of guide parse 001.txt (YAML): ${peakRssMB} MB`);
  console.log(`  packages loaded by a TXT parse (--format json): ${packages.join(", ") || "(none)"}`);
  console.log(`  pdf-parse / mammoth loaded for TXT: ${heavyLoaded.length ? "YES — " + heavyLoaded.join(", ") : "no"}`);
}
if (Object.values(verdicts).includes(false) || heavyLoaded.length) process.exitCode = 1;

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
  const before = load1();
  timed(guideArgv);
  timed(pdfParseArgv);
  if (poppler) wallCmd("pdftotext", [abs, "/dev/null"]);
  const g = [];
  const pp = [];
  const pt = [];
  for (let i = 0; i < PDF_RUNS; i++) {
    g.push(timed(guideArgv).wallMs);
    pp.push(timed(pdfParseArgv).wallMs);
    if (poppler) pt.push(wallCmd("pdftotext", [abs, "/dev/null"]));
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [abs], { encoding: "utf8" }).stdout ?? "")?.[1] ?? 0) || null;
  return {
    file,
    pages,
    kb: round(statSync(abs).size / 1024),
    runs: PDF_RUNS,
    load: [before, load1()],
    guideMedianMs: round(median(g)),
    pdfParseMedianMs: round(median(pp)),
    vsPdfParse: round(median(g) / median(pp), 2),
    vsPdfParseTarget: TARGETS.vsPdfParse,
    pdftotextMedianMs: poppler ? round(median(pt)) : null,
    pdftotextNote: poppler ? null : "poppler's pdftotext is not installed (apt-get install poppler-utils); comparison skipped",
    vsPdftotext: poppler ? round(median(g) / median(pt), 2) : null,
    hundredPages: await hundredPages(abs),
  };
}

/** Peak RSS and wall time of `guide parse` (whole CLI, in a child) on a 100-page PDF made in a temp dir. */
async function hundredPages(seedPdf) {
  const dir = mkdtempSync(join(tmpdir(), "guide-bench-"));
  try {
    const made = await hundredPagePdf(dir, seedPdf, join(ROOT, NOTICE));
    if (!made) return { skipped: "neither qpdf nor pdfkit with the Noto CJK font is available to make it", target: TARGETS.hundredPagesRssMB };
    const before = load1();
    const script = `
      const { main } = await import(${JSON.stringify(join(ROOT, "dist/cli/main.js"))});
      const t0 = performance.now();
      const code = await main({ argv: ["parse", ${JSON.stringify(made.path)}, "--format", "json"], cwd: ${JSON.stringify(ROOT)},
        stdout: { write() {} }, stderr: process.stderr });
      process.stdout.write(JSON.stringify({ code, ms: performance.now() - t0, maxRssMB: process.resourceUsage().maxRSS / 1024 }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    const out = JSON.parse(r.stdout);
    if (out.code !== 0) throw new Error(`guide parse of the 100-page PDF exited ${out.code}: ${r.stderr}`);
    return { madeWith: made.madeWith, kb: round(statSync(made.path).size / 1024), wallMs: round(out.ms), peakRssMB: round(out.maxRssMB), target: TARGETS.hundredPagesRssMB, load: [before, load1()] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(x, d = 1) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}
