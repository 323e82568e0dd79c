// Bundle the CLI into dist/bundle/ (run by `npm run build` after tsc), which bin/guide.js imports: a handful
// of files instead of ~60 ES modules for `guide parse` and ~110 for `guide check` to resolve and load, which
// is most of a short run's time over `node -e 0` (bench/README.md). esbuild splits it: main.js holds
// src/cli/main.ts and its static imports (commander, messages); every module imported with import() — the
// `guide parse` pipeline, the check path, the other commands, the PDF/DOCX/HTML adapters — goes to a chunk of
// its own (modules shared between them to shared chunks) that loads only when that import() runs, so `guide
// parse` never loads the check and a TXT never loads the PDF reader.
// Packages stay separate files of node_modules, loaded as before (yaml, zod, pdf-parse, mammoth, opencc…):
// only commander (start-up) and chalk (the text report) are bundled. src/core/errors.ts stays the dist/ file,
// so that one GuideError class is shared with dist/ modules loaded by path (main.ts tests instanceof).
// The bundle sits two levels below the package root like the dist/ modules, so their
// `new URL("../../…", import.meta.url)` paths hold.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
const OUT_DIR = join(ROOT, "dist/bundle");
const ENTRY = join(SRC, "cli/main.ts");
// Modules shared with the unbundled files by identity (classes tested with instanceof).
const SHARED = new Set([join(SRC, "core/errors.ts")]);
// Packages bundled (the rest are imported from node_modules at run time).
const BUNDLED_PACKAGES = new Set(["commander", "chalk"]);

/** The dist/ file of a src/ module, as an import path from the bundle. */
function distPath(srcFile) {
  const rel = relative(OUT_DIR, join(ROOT, "dist", relative(SRC, srcFile))).split(sep).join("/");
  return (rel.startsWith(".") ? rel : "./" + rel).replace(/\.ts$/, ".js");
}

const keepApart = {
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
      if (!file.startsWith(SRC + sep)) return undefined;
      if (SHARED.has(file)) return { path: distPath(file), external: true };
      return { path: file };
    });
  },
};

// Chunk names change with their content: start from an empty folder so no stale chunk is left behind.
rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  entryPoints: { main: ENTRY },
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [keepApart],
  // commander is CommonJS and require()s node builtins: give the ESM bundle a real require
  banner: { js: 'import { createRequire as __guideCreateRequire } from "node:module";\nconst require = __guideCreateRequire(import.meta.url);' },
  logLevel: "warning",
  legalComments: "none",
});
