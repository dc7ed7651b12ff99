/**
 * Text read from input files, made safe to print: a cell can hold characters that drive a terminal (ESC
 * sequences that recolour, move the cursor or rewrite the title), end a line early, or reorder what is
 * shown (the bidi controls of "Trojan Source"). Each becomes a visible escape (`\u001b`, `\n`), so the
 * reader sees what the file holds and nothing it asks the terminal to do.
 */

/** C0 controls, DEL and C1 controls, line and paragraph separators, bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every unsafe character as an escape; `keep` lists those a format handles itself (Markdown
 * turns line breaks into `<br>`, GitHub commands percent-encode them).
 */
export function printable(text: string, keep = ''): string {
  return text.replace(UNSAFE, (c) => (keep.includes(c) ? c : (ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)));
}

/** A copy of plain data (a report) with every string in it printable. */
export function printableAll<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableAll) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableAll(v)])) as T;
  return value;
}
