#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

// `guide parse x | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (err) => (err.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : Promise.reject(err)));
process.exitCode = await main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
