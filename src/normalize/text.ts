/** Shared cell handling for the normalisers: blank detection and word lookup. */
import { maskIdentifiers } from '../detect/mask-identifiers.js';
import { fold } from '../text/suggest.js';

/** The cell text trimmed and NFKC-normalised (full-width → half-width), or null when blank. */
export function cellText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.normalize('NFKC').trim();
  return text === '' ? null : text;
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
 * Quote a cell value for a message: identifiers in it masked (a bad value may be personal data typed in
 * the wrong column), then shortened so a long cell never floods the output.
 */
export function quote(text: string): string {
  const safe = visible(maskIdentifiers(text));
  // A cut can leave a digit run that reads as an identifier of its own (the first 18 of 19 digits): mask it too.
  return `'${safe.length > 40 ? maskIdentifiers(safe.slice(0, 37)) + '…' : safe}'`;
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Line breaks and other control characters as escapes: a quoted value stays on its line of the message. */
function visible(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
