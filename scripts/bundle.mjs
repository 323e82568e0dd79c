#!/usr/bin/env node
// Bundle the CLI's start-up path into dist/cli/main.bundle.js (run by `npm run build` after tsc), which
// bin/guide.js imports: one file instead of ~60 ES modules to resolve and load saves ≈ 40 ms of every
// `guide` run (bench/README.md). What the bundle holds: src/cli/main.ts, its static imports (commander,
// messages) and the `guide parse` pipeline (src/parse.ts, src/cli/render.ts), which src/cli/parse.ts imports lazily
// and which stays lazily evaluated in the bundle. Everything else stays a separate file of dist/, imported
// from the bundle as before: every other dynamic import (the other commands, the PDF/DOCX/HTML adapters,
// opencc, yaml, pdf-parse, mammoth…), so heavy modules are still loaded only when needed; and
// src/core/errors.ts, so that one GuideError class is shared with those files (main.ts tests instanceof).
// The bundle sits in dist/cli/ like main.js, so its `new URL("../../…", import.meta.url)` paths hold.
import { build } from "esbuild";
import { dirname, join, relative, resolve, sep } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
const OUT_DIR = join(ROOT, "dist/cli");
const ENTRY = join(SRC, "cli/main.ts");
// Dynamic imports that belong to the `guide parse` path: bundled (still evaluated only when imported).
const BUNDLED_LAZY = new Set([join(SRC, "parse.ts"), join(SRC, "cli/render.ts")]);
// Modules shared with the unbundled files by identity (classes tested with instanceof).
const SHARED = new Set([join(SRC, "core/errors.ts")]);

/** The dist/ file of a src/ module, as an import path from the bundle. */
function distPath(srcFile) {
  const rel = relative(OUT_DIR, join(ROOT, "dist", relative(SRC, srcFile))).split(sep).join("/");
  return (rel.startsWith(".") ? rel : "./" + rel).replace(/\.ts$/, ".js");
}

const keepLazy = {
  name: "keep-lazy",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.pluginData === "resolving") return undefined;
      const local = args.path.startsWith(".");
      if (!local) return args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined;
      // src/ imports name the compiled .js; the source is the .ts beside it
      const file = resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
      if (!file.startsWith(SRC + sep)) return undefined;
      if (SHARED.has(file) || (args.kind === "dynamic-import" && !BUNDLED_LAZY.has(file))) return { path: distPath(file), external: true };
      return { path: file };
    });
  },
};

await build({
  entryPoints: [ENTRY],
  outfile: join(OUT_DIR, "main.bundle.js"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [keepLazy],
  // commander is CommonJS and require()s node builtins: give the ESM bundle a real require
  banner: { js: 'import { createRequire as __guideCreateRequire } from "node:module";\nconst require = __guideCreateRequire(import.meta.url);' },
  logLevel: "warning",
  legalComments: "none",
});
