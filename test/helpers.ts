import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { main } from "../src/cli/main.js";
import { parseGuide } from "../src/index.js";
import type { GuideDocument } from "../src/model/guide.js";

export const NOTICES = "fixtures/notices";

/** Names of the notice fixtures (fixtures/notices/<name>/input.txt). */
export function noticeNames(): string[] {
  return readdirSync(NOTICES).filter((n) => !n.startsWith(".")).sort();
}

/** The input file of a notice fixture: input.txt, or input.md for a Markdown notice. */
export function noticeInput(name: string): string {
  return readdirSync(join(NOTICES, name)).includes("input.md") ? "input.md" : "input.txt";
}

/** Raw text of a notice fixture. */
export function noticeText(name: string): string {
  return readFileSync(join(NOTICES, name, noticeInput(name)), "utf8");
}

const cache = new Map<string, Promise<GuideDocument>>();

/** The parsed model of a notice fixture (parsed once per test run). */
export function parseNotice(name: string, file = noticeInput(name)): Promise<GuideDocument> {
  const path = join(NOTICES, name, file);
  let p = cache.get(path);
  if (!p) {
    p = parseGuide(readFileSync(path), { path });
    cache.set(path, p);
  }
  return p;
}

/** The repository root, where the CLI runs in tests. */
export const ROOT = resolve(import.meta.dirname, "..");

/** Run the CLI in process, as `guide ARGV` in the repository root (or in `cwd`), collecting its output; `stdin` is what is piped to it. */
export async function runCli(
  argv: string[],
  env: Record<string, string> = {},
  cwd: string = ROOT,
  stdin: Uint8Array | string = "",
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    cwd,
    env,
    stdin: [typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin],
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}
