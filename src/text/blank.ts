/** A record whose cells are all empty or whitespace (SPEC decision 10: skipped, not counted, wherever it is read). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.length === 0) continue;
    // Few characters trim away (TAB–CR, space, U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F,
    // U+3000, U+FEFF): a first character from '!' to U+009F, or past U+3000 (CJK), answers without trim.
    const first = c.charCodeAt(0);
    if ((first > 32 && first < 0xa0) || (first > 0x3000 && first !== 0xfeff) || c.trim().length > 0) return false;
  }
  return true;
}
