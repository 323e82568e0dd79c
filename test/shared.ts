import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");

/**
 * ../shared beside the checkout, as in CI: the eval kit (gold annotations and their scorers), the seed
 * notices, PDF/DOCX samples with ground truth, and real government documents.
 */
export const SHARED = resolve(ROOT, "../shared");
export const EVAL = join(SHARED, "eval");
export const SEEDS = join(SHARED, "seeds");
export const SAMPLES = join(SHARED, "samples");
export const REAL_DOCS = join(SHARED, "real-docs");

/** Under CI (CI set, and not "false" or "0") a test never skips for want of what CI provides. */
export const IN_CI = Boolean(process.env.CI) && !/^(false|0)$/i.test(process.env.CI ?? "");

const noted = new Set<string>();

/**
 * Whether any of these files of ../shared is missing, for `describe.skipIf(...)` / `it.skipIf(...)`; call it
 * while the tests are collected, not inside one. Outside CI the tests that need them skip with a note. Under
 * CI they skip too, but a failing test naming what is missing takes their place, so a CI checkout without
 * ../shared cannot pass by skipping the accuracy tests.
 */
export function sharedMissing(...paths: string[]): boolean {
  const missing = paths.filter((p) => !existsSync(p));
  if (!missing.length) return false;
  const names = missing.map((p) => relative(ROOT, p)).join(", ");
  const why = `${names} not found: the accuracy tests read ../shared beside the checkout (${SHARED})`;
  if (IN_CI) {
    it(`../shared is present under CI: ${names}`, () => {
      throw new Error(`${why}; under CI=true they fail instead of skipping`);
    });
  } else if (!noted.has(names)) {
    noted.add(names);
    console.warn(`skipped: ${why}`);
  }
  return true;
}
