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

/**
 * Words that mean "not stated" in every column (SPEC decision 13), after NFKC and lower-casing. `无`/`none`
 * are not here: they are a real answer in some columns (no masking, no recipients) and each reader decides.
 * `#n/a` is Excel's error value for a lookup that found nothing.
 */
const NOT_STATED = new Set(['n/a', 'na', 'n.a.', '#n/a', '-', '--', '—', '——', '–', '/', '不适用']);
/** What a database and its exports write for NULL in a text cell (MySQL's `\N`, the word NULL). */
const NULL_MARKERS = new Set(['null', '\\n']);

/** Is this (trimmed, NFKC) text a "not stated" mark such as N/A or `-`? */
export function isNotStated(text: string): boolean {
  return text.length <= 4 && NOT_STATED.has(text.toLowerCase());
}

/** A scanned cell that records nothing: blank, a "not stated" mark (N/A, `-`, 不适用) or a database NULL. */
export function isNotStatedCell(cell: string): boolean {
  if (isBlankCell(cell)) return true;
  if (cell.length > 16) return false;
  const text = cell.normalize('NFKC').trim();
  return isNotStated(text) || NULL_MARKERS.has(text.toLowerCase());
}
