/** Folding used for every name match: case, spaces, `_` and `-` are ignored (SPEC decision 1). */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s_\-]+/g, '');
}

/** Levenshtein distance, small inputs only (names, not data). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * Longest input (folded) that gets suggestions: they are for mistyped names, and the edit distance
 * costs input length × candidate length for each candidate, so a data-sized cell would take seconds.
 */
export const MAX_SUGGESTION_INPUT = 64;

/** The nearest candidates to `input`, best first; substring matches count as close. None for inputs over MAX_SUGGESTION_INPUT. */
export function nearest(input: string, candidates: readonly string[], max = 3): string[] {
  const f = fold(input);
  if (f.length > MAX_SUGGESTION_INPUT) return [];
  const scored = candidates.map((c) => {
    const fc = fold(c);
    const d = fc.includes(f) || f.includes(fc) ? Math.abs(fc.length - f.length) / 4 : editDistance(f, fc);
    return { c, d };
  });
  const limit = Math.max(2, Math.ceil(f.length / 2));
  return [...new Set(scored.filter((s) => s.d <= limit).sort((x, y) => x.d - y.d || x.c.localeCompare(y.c)).map((s) => s.c))].slice(0, max);
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const near = nearest(input, candidates);
  return near.length ? `did you mean ${near.map((n) => `'${n}'`).join(', ')}?` : '';
}
