/** Shared cell handling for the normalisers: blank detection and word lookup. */
import { maskIdentifiers } from '../detect/mask-identifiers.js';
import { isNotStated } from '../text/blank.js';
import { printable } from '../text/printable.js';
import { fold } from '../text/suggest.js';


/** The cell text trimmed and NFKC-normalised (full-width → half-width), or null when blank or "not stated" (N/A, `-`…). */
export function cellText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.normalize('NFKC').trim();
  return text === '' || isNotStated(text) ? null : text;
}

/** A folded-word → value table built from `{ value: [words…] }`. */
export function wordTable<T extends string>(words: Record<T, readonly string[]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    for (const w of list) table.set(fold(w), value);
  }
  return table;
}

/** Look a cell up in a word table, ignoring case, spaces, `_` and `-`. */
export function lookupWord<T>(table: ReadonlyMap<string, T>, text: string): T | undefined {
  return table.get(fold(text));
}

/**
 * `words` as one regular-expression alternation: escaped, each once, longest first, so that at any position
 * the longest word wins (`wd` over `w`, `months` over `m`). Built once per table, never per cell.
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * Quote a cell value for a message: identifiers in it masked (a bad value may be personal data typed in
 * the wrong column), then shortened so a long cell never floods the output.
 */
export function quote(text: string): string {
  // Cut before masking: only the first 40 characters are shown, and masking a 200 KB cell whole takes a second.
  const safe = printable(maskIdentifiers(text.length > 100 ? text.slice(0, 100) : text));
  // A cut can leave a digit run that reads as an identifier of its own (the first 18 of 19 digits): mask it too.
  return `'${safe.length > 40 ? maskIdentifiers(safe.slice(0, 37)) + '…' : safe}'`;
}

/** Splits a normaliser's list of accepted forms (`yes/no (是/否); plaintext/明文, …`) into the forms themselves. */
const FORM_SEPARATORS = /[;；,，/()（）:：]|\bor\b|\band\b|…/;

/** The single forms named in an `accepted` text, for suggesting the nearest ones to an unreadable cell. */
export function acceptedForms(accepted: string): string[] {
  const forms = accepted
    .split(FORM_SEPARATORS)
    .map((f) => f.trim())
    // Descriptions ("an algorithm", "several separated by") are not forms a user would write.
    .filter((f) => f !== '' && f.split(/\s+/).length <= 3 && !/^(an?|the|several|one|each|optionally)\b/i.test(f));
  return [...new Set(forms)];
}
