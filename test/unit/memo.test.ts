import { describe, expect, it } from "vitest";
import { memoize } from "../../src/core/memo.js";

describe("memoize", () => {
  it("computes each argument once and returns the same value after", () => {
    const seen: string[] = [];
    const f = memoize((s: string) => (seen.push(s), s === "none" ? null : { s }));
    const a = f("x");
    expect(f("x")).toBe(a);
    expect(f("none")).toBeNull();
    expect(f("none")).toBeNull();
    expect(seen).toEqual(["x", "none"]);
  });

  it("starts again when full, so it never holds more than its limit", () => {
    const seen: string[] = [];
    const f = memoize((s: string) => (seen.push(s), s.length), 2);
    for (const s of ["a", "b", "c", "a"]) f(s);
    // "c" filled a fresh memo, so "a" is computed again
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });
});
