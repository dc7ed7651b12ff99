/** A record whose cells are all empty or whitespace (SPEC decision 10: skipped, not counted, wherever it is read). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i]!)) return false;
  return true;
}

/** A cell that is empty or whitespace only (a full-width space U+3000 too, as Chinese exports pad). */
export function isBlankCell(c: string): boolean {
  if (c.length === 0) return true;
  // Few characters trim away (TAB–CR, space, U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F,
  // U+3000, U+FEFF): a first character from '!' to U+009F, or past U+3000 (CJK), answers without trim.
  const first = c.charCodeAt(0);
  return !((first > 32 && first < 0xa0) || (first > 0x3000 && first !== 0xfeff) || c.trim().length > 0);
}
