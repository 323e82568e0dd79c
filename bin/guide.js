#!/usr/bin/env node
import { statSync } from "node:fs";

// `npm run build` writes dist/cli/main.bundle.js (scripts/bundle.mjs: the start-up path in one file, ≈ 40 ms
// less per run than loading ~60 modules). A bundle older than tsc's main.js is stale (a `tsc` run alone):
// then, or when there is none, the modules of dist/ run as they are.
const mtime = (name) => statSync(new URL(`../dist/cli/${name}`, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime("main.bundle.js") >= mtime("main.js");
const { main } = await (bundled ? import("../dist/cli/main.bundle.js") : import("../dist/cli/main.js"));

// `guide parse x | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (err) => (err.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : Promise.reject(err)));
process.exitCode = await main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
