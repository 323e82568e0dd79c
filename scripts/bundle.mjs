// Bundle the CLI into dist/bundle/ (run by `npm run build` after tsc), which bin/guide.js imports: a few files
// instead of ~60 ES modules for `guide parse` and ~110 for `guide check` to resolve and load, which is most of
// a short run's time over `node -e 0` (bench/README.md):
//   main.js   src/cli/main.ts and its static imports (commander, messages) and the output of `guide parse`
//             (render.ts, outline.ts), evaluated only when imported;
//   parse.js  the `guide parse` pipeline (src/parse.ts), imported by main.js and by the check for a notice;
//   check.js  `guide check` (src/cli/check.ts with the draft reader, the rules, the batch, the reports);
//   worker.js a worker thread of the batch (src/batch/worker.ts), started by check.js from beside it.
// One file per path rather than esbuild's code splitting: a run then loads two or three files, not a dozen
// shared chunks. Every other import() of src/ — the other commands, the PDF/DOCX/HTML adapters, front matter,
// the guide validator — gets a file of its own here too (src/ingest/docx.ts → ingest-docx.js), and
// src/core/errors.ts is one file (core-errors.js) that all of them import, so that one GuideError class is
// shared (main.ts tests instanceof). The bundle thus needs nothing else of dist/: it is committed, and the
// GitHub Action runs it after `npm ci --omit=dev --ignore-scripts`, with no compile step (action.yml;
// test/package.test.ts fails when it is not the bundle of src/). The packages (yaml, zod, pdf-parse, opencc…)
// except commander and chalk are imported from node_modules at run time. The bundle sits two levels below the
// package root like the dist/ modules, so their `new URL("../../…", import.meta.url)` paths hold.
//
// `node scripts/bundle.mjs --out DIR` writes the bundle to DIR instead (the staleness test).
import { build } from "esbuild";
import { existsSync, rmSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
const outArg = process.argv.indexOf("--out");
const OUT_DIR = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(ROOT, "dist/bundle");
const src = (path) => join(SRC, path);
// Each file of the bundle: its entry, and the modules it imports with import() that it carries (evaluated
// only when imported). An import() of another file's entry loads that file.
const FILES = {
  main: { entry: src("cli/main.ts"), lazy: [src("cli/render.ts"), src("cli/outline.ts")] },
  parse: { entry: src("parse.ts"), lazy: [] },
  check: {
    entry: src("cli/check.ts"),
    lazy: ["batch/engine.ts", "draft/index.ts", "check/index.ts", "batch/cache.ts", "waivers/apply.ts", "waivers/inline.ts", "core/atomic-write.ts"].map(src),
  },
  // the batch's worker thread, started by check.js from beside it (src/batch/index.ts workerScript)
  worker: { entry: src("batch/worker.ts"), lazy: ["batch/check-one.ts", "batch/engine.ts", "draft/index.ts", "check/index.ts"].map(src) },
};
// A module moved or renamed must be moved here too, or its file would silently fall out of the bundle.
for (const f of Object.values(FILES).flatMap((f) => [f.entry, ...f.lazy])) if (!existsSync(f)) throw new Error(`scripts/bundle.mjs: ${f} does not exist`);
// Modules shared by identity by all the files (classes tested with instanceof): a file of their own.
const SHARED = new Set([src("core/errors.ts")]);
// Packages bundled (the rest are imported from node_modules at run time).
const BUNDLED_PACKAGES = new Set(["commander", "chalk"]);

/** The bundle file of a src/ module imported with import() or shared: src/ingest/docx.ts → ingest-docx. */
const ownFileName = (srcFile) => relative(SRC, srcFile).replace(/\.ts$/, "").split(sep).join("-");
// The files found on the way: a module imported with import() that no file of FILES carries, or a shared one.
const OWN = new Set(SHARED);

function keepApart(own) {
  return {
    name: "keep-apart",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        // builtins, and a bundled package's own subpath imports (chalk's #ansi-styles)
        if (args.path.startsWith("node:") || args.path.startsWith("#")) return undefined;
        if (!args.path.startsWith(".") && !isAbsolute(args.path)) {
          const pkg = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
          return BUNDLED_PACKAGES.has(pkg) ? undefined : { path: args.path, external: true };
        }
        // src/ imports name the compiled .js; the source is the .ts beside it
        const file = resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
        if (!file.startsWith(SRC + sep) || args.kind === "entry-point") return undefined;
        if (SHARED.has(file)) return { path: `./${ownFileName(file)}.js`, external: true };
        if (args.kind !== "dynamic-import" || own.lazy.includes(file)) return { path: file };
        const other = Object.entries(FILES).find(([, f]) => f.entry === file);
        if (other) return { path: `./${other[0]}.js`, external: true };
        OWN.add(file);
        return { path: `./${ownFileName(file)}.js`, external: true };
      });
    },
  };
}

const bundle = (entry, name, own) =>
  build({
    entryPoints: [entry],
    outfile: join(OUT_DIR, `${name}.js`),
    // the comments naming each module's source are relative to the package root, wherever this runs from
    absWorkingDir: ROOT,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    plugins: [keepApart(own)],
    // commander is CommonJS and require()s node builtins: give the ESM bundle a real require
    banner: { js: 'import { createRequire as __guideCreateRequire } from "node:module";\nconst require = __guideCreateRequire(import.meta.url);' },
    logLevel: "warning",
    legalComments: "none",
  });

rmSync(OUT_DIR, { recursive: true, force: true });
for (const [name, own] of Object.entries(FILES)) await bundle(own.entry, name, own);
// The modules of their own, until building them finds no new one.
const built = new Set();
for (let next; (next = [...OWN].find((f) => !built.has(f))); built.add(next)) await bundle(next, ownFileName(next), { entry: next, lazy: [] });
