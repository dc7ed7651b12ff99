/**
 * The one guess of a delimited table's dialect, for declarations (csv.ts) and exports (load/exports/
 * csv-probe.ts, load/exports/csv.ts) alike, so both accept the same files: comma, tab, pipe or semicolon.
 */
import { extname } from 'node:path';
import Papa from 'papaparse';

const DELIMITERS = [',', '\t', '|', ';'];
const EXTENSION_DELIMITER: Record<string, string> = { '.tsv': '\t', '.tab': '\t', '.psv': '|' };
/** How much of the start of the text is looked at. */
const PREVIEW_CHARS = 256 * 1024;

/**
 * Excel's first line `sep=;` (written by exports meant for Excel in locales whose list separator is not
 * a comma): it names the delimiter, and is no record of the table (isExcelSepLine).
 */
const EXCEL_SEP = /^\uFEFF?sep=([^"\r\n])(?:\r\n|\r|\n|$)/i;

/** The delimiter a `sep=X` first line names, or null. */
export function excelSeparator(text: string): string | null {
  return EXCEL_SEP.exec(text)?.[1] ?? null;
}

/** The `sep=X` line as a record split by its own delimiter: physical line 1, `sep=` and nothing. */
export function isExcelSepLine(cells: readonly string[], line: number): boolean {
  return line === 1 && cells.length === 2 && cells[1] === '' && cells[0]!.toLowerCase() === 'sep=';
}

/**
 * A `sep=X` first line decides; else papaparse guesses the delimiter (the most consistent field count)
 * and the extension breaks ties. Line ends are made LF first, as the readers make them: a file may mix them.
 */
export function guessDialect(text: string, file: string): string {
  const named = excelSeparator(text);
  if (named !== null) return named;
  const preview = text.slice(0, PREVIEW_CHARS).replace(/\r\n?/g, '\n');
  const guessed = Papa.parse<string[]>(preview, { preview: 50, delimitersToGuess: DELIMITERS, skipEmptyLines: true, newline: '\n' });
  const byExtension = EXTENSION_DELIMITER[extname(file.replace(/\.(?:gz|zst)$/i, '')).toLowerCase()];
  if (byExtension && consistentWith(preview, byExtension)) return byExtension;
  const undetectable = guessed.errors.some((e) => e.code === 'UndetectableDelimiter');
  return undetectable ? (byExtension ?? ',') : guessed.meta.delimiter;
}

/** Every previewed record splits into the same number (≥ 2) of fields with this delimiter. */
function consistentWith(preview: string, delimiter: string): boolean {
  const rows = Papa.parse<string[]>(preview, { preview: 50, delimiter, newline: '\n' }).data.filter((r) => r.length > 1 || r[0] !== '');
  const width = rows[0]?.length ?? 0;
  return width >= 2 && rows.slice(0, -1).every((r) => r.length === width);
}
