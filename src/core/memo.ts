/**
 * A pure function of one string, remembered: the same argument returns the same value (the same object —
 * callers must not mutate it). The check calls its unit and term functions with a few hundred distinct
 * strings thousands of times per draft (issue 14: `atom` and `terms` were a third of 1,000 drafts). The memo
 * is bounded: when it holds `limit` entries it starts again, so a long-lived process cannot grow it
 * without end.
 */
export function memoize<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  let memo = new Map<string, T>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined && !memo.has(s)) {
      v = fn(s);
      if (memo.size >= limit) memo = new Map();
      memo.set(s, v);
    }
    return v as T;
  };
}
