/**
 * A cell as the user sees it in Excel: the number format applied (`1,234.50`, `12.5%`, `3年`), booleans
 * as TRUE/FALSE, rich text as its plain characters, a formula as its last computed result, an error as
 * `#N/A`. Dates are the one exception: whatever their format (`2024/1/15`, `15-Jan-24`), they read as
 * YYYY-MM-DD, so one inventory's dates read alike whoever typed them.
 */
import { xlsxLib, type CellObject } from './xlsx-lib.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date serial (days since 1899-12-30, or 1904-01-01) as YYYY-MM-DD, with the time when it has one
 * (`seconds`: always HH:MM:SS, and the time even at midnight, as an export writes a timestamp); null
 * for a time of day alone (its formatted text says it best).
 */
export function dateText(serial: number, date1904: boolean, opts: { timed?: boolean; seconds?: boolean } = {}): string | null {
  const d = xlsxLib().SSF.parse_date_code(serial, { date1904 });
  if (!d || serial < 1) return null;
  const day = `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
  if (!opts.timed && d.H === 0 && d.M === 0 && d.S === 0) return day;
  return `${day} ${pad(d.H)}:${pad(d.M)}${opts.seconds || d.S ? `:${pad(d.S)}` : ''}`;
}

export function displayedText(cell: CellObject | null | undefined, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#N/A';
    case 'n': {
      const v = cell.v as number;
      if (typeof cell.z === 'string' && xlsxLib().SSF.is_date(cell.z)) return dateText(v, date1904) ?? cell.w ?? String(v);
      return cell.w ?? String(v);
    }
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? '');
    default:
      return ''; // 'z': a styled cell with no value
  }
}
