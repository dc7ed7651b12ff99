/**
 * An Excel cell as the text a CSV export of the same table holds, so detectors and date columns read a
 * workbook as they read a CSV. Differs from a declaration's reading (io/xlsx-cells.ts) where a
 * database export and Excel's screen differ:
 *
 * - Dates and times: `YYYY-MM-DD HH:MM:SS` when the format or the value has a time of day, `YYYY-MM-DD`
 *   for a date alone (a DATE column), whatever format the sheet shows them in.
 * - Whole numbers in General or `0` format: every digit, never `1.10101E+17`. Excel keeps 15 significant
 *   digits, so an 18-digit resident ID typed as a number is read as Excel shows it with format `0`:
 *   `110101199003071000`, its last digits gone. That is what the file holds; the ID's check digit fails,
 *   and the column is judged on what is left.
 * - Booleans `true`/`false`; other numbers, text, errors (`#N/A`) and formula results as Excel shows them.
 */
import { dateText, displayedText } from '../../io/xlsx-cells.js';
import { xlsxLib, type CellObject } from '../../io/xlsx-lib.js';

/** Excel's precision: 15 significant digits, shown in full (no exponent, no grouping). */
const EXCEL_DIGITS = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/** Formats under which a whole number shows all its digits (up to Excel's 15). */
const PLAIN_NUMBER = new Set(['General', '0', '@']);

/** Hours or seconds in a number format (quoted text and [colour]/[$-804] tags aside). */
const TIME_PART = /[hs]/i;
const NOT_FORMAT_CODE = /"[^"]*"|\[[^\]]*\]|\\./g;

/** What a number format is, worked out once per format (a sheet has a handful; it has many cells). */
interface FormatKind {
  date: boolean;
  /** dateText's options for the format (made once per format, not per cell): `timed` when it shows a time. */
  dateOptions: { timed: boolean; seconds: true };
}
const FORMATS = new Map<string, FormatKind>();

function formatKind(format: string): FormatKind {
  let kind = FORMATS.get(format);
  if (!kind) {
    kind = { date: xlsxLib().SSF.is_date(format), dateOptions: { timed: TIME_PART.test(format.replace(NOT_FORMAT_CODE, '')), seconds: true } };
    if (FORMATS.size < 1000) FORMATS.set(format, kind);
  }
  return kind;
}

export function exportCellText(cell: CellObject | null | undefined, date1904: boolean): string {
  if (!cell) return '';
  if (cell.t === 'b') return cell.v ? 'true' : 'false';
  if (cell.t !== 'n') return displayedText(cell, date1904);
  const v = cell.v as number;
  const format = typeof cell.z === 'string' ? cell.z : 'General';
  const kind = formatKind(format);
  if (kind.date) return dateText(v, date1904, kind.dateOptions) ?? cell.w ?? String(v);
  if (Number.isInteger(v) && PLAIN_NUMBER.has(format)) return EXCEL_DIGITS.format(v);
  return cell.w ?? String(v);
}
