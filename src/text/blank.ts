/** A record whose cells are all empty or whitespace (SPEC decision 10: skipped, not counted, wherever it is read). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.length === 0) continue;
    // A first character from '!' to U+009F is never whitespace: most filled cells answer here, without trim.
    const first = c.charCodeAt(0);
    if ((first > 32 && first < 0xa0) || c.trim().length > 0) return false;
  }
  return true;
}
