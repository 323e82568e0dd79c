// Bundle the CLI into dist/bundle/ (run by `npm run build` after tsc), which bin/guide.js imports: three files
// instead of ~60 ES modules for `guide parse` and ~110 for `guide check` to resolve and load, which is most of
// a short run's time over `node -e 0` (bench/README.md):
//   main.js   src/cli/main.ts and its static imports (commander, messages) and the output of `guide parse`
//             (render.ts, outline.ts), evaluated only when imported;
//   parse.js  the `guide parse` pipeline (src/parse.ts), imported by main.js and by the check for a notice;
//   check.js  `guide check` (src/cli/check.ts with the draft reader, the rules, the batch, the reports);
//   worker.js a worker thread of the batch (src/batch/worker.ts), started by check.js from beside it.
// One file per path rather than esbuild's code splitting: a run then loads two or three files, not a dozen
// shared chunks. Every other import() — the other commands, the PDF/DOCX/HTML adapters, front matter, the
// guide validator — stays a separate file of dist/, loaded as before, and so do the packages (yaml, zod,
// pdf-parse, mammoth, opencc…) except commander and chalk. src/core/errors.ts stays the dist/ file, so that
// one GuideError class is shared by all of them (main.ts tests instanceof). The bundle sits two levels below
// the package root like the dist/ modules, so their `new URL("../../…", import.meta.url)` paths hold.
import { build } from "esbuild";
import { existsSync, rmSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
const OUT_DIR = join(ROOT, "dist/bundle");
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
// Modules shared with the unbundled files by identity (classes tested with instanceof).
const SHARED = new Set([src("core/errors.ts")]);
// Packages bundled (the rest are imported from node_modules at run time).
const BUNDLED_PACKAGES = new Set(["commander", "chalk"]);

/** An import path from the bundle to a file of dist/ (a src/ module's compiled file, or a file of the bundle). */
function fromBundle(distFile) {
  const rel = relative(OUT_DIR, distFile).split(sep).join("/");
  return rel.startsWith(".") ? rel : "./" + rel;
}
const distOf = (srcFile) => join(ROOT, "dist", relative(SRC, srcFile)).replace(/\.ts$/, ".js");

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
        if (SHARED.has(file)) return { path: fromBundle(distOf(file)), external: true };
        if (args.kind !== "dynamic-import" || own.lazy.includes(file)) return { path: file };
        const other = Object.entries(FILES).find(([, f]) => f.entry === file);
        return { path: other ? `./${other[0]}.js` : fromBundle(distOf(file)), external: true };
      });
    },
  };
}

rmSync(OUT_DIR, { recursive: true, force: true });
for (const [name, own] of Object.entries(FILES))
  await build({
    entryPoints: [own.entry],
    outfile: join(OUT_DIR, `${name}.js`),
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
