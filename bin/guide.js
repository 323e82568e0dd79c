#!/usr/bin/env node
import { statSync } from "node:fs";

// `npm run build` writes dist/bundle/ (scripts/bundle.mjs: the CLI in a few files, loaded far faster than the
// ~60–110 ES modules of a run); it is committed, so a checkout without a build (the GitHub Action's) runs it
// too. A bundle older than tsc's main.js is stale (a `tsc` run alone): then, or when there is none, the modules
// of dist/ run as they are.
const mtime = (path) => statSync(new URL(`../dist/${path}`, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime("bundle/main.js") >= mtime("cli/main.js");
const { main } = await (bundled ? import("../dist/bundle/main.js") : import("../dist/cli/main.js"));

// `guide parse x | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (err) => (err.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : Promise.reject(err)));
process.exitCode = await main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
