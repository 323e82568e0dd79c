/** Edit distance (Levenshtein) between two strings. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The candidate a mistyped `word` most likely meant, for "did you mean": one containing it (`threshold` →
 * kpi-threshold-not-met), else the closest by edit distance when that is at most a third of the word's
 * length (at least 2); null when nothing is that close. Ties go to the first candidate.
 */
export function nearest(word: string, candidates: readonly string[]): string | null {
  const w = word.trim().toLowerCase();
  if (!w) return null;
  const containing = candidates.filter((c) => c.toLowerCase().includes(w));
  if (containing.length > 0) return containing.reduce((a, b) => (b.length < a.length ? b : a));
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(w.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
