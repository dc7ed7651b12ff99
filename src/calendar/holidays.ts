/**
 * The State Council holiday calendar, from the data file the npm package `chinese-days` ships
 * (dist/chinese-days.json: `holidays` and make-up `workdays` keyed by YYYY-MM-DD).
 *
 * Why the data file and not the package's isWorkday(): the functions build their tables from
 * local-time dates, so west of UTC every day shifts by one (under TZ=America/New_York,
 * findWorkday(3, '2025-01-27') gives 2025-02-06 instead of 2025-02-07). The JSON is plain data.
 */
import { createRequire } from 'node:module';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface HolidayTable {
  /** Official days off, including those that fall on a weekend. */
  holidays: ReadonlySet<string>;
  /** Make-up working days (调休) on weekends. */
  workdays: ReadonlySet<string>;
  /**
   * Years the table has data for. A year counts when its New Year's Day is listed as a holiday:
   * 1 January is a statutory holiday every year, so it is listed exactly when the State Council's
   * schedule for that year is in the package (a stray cross-year entry does not count).
   */
  years: ReadonlySet<number>;
}

let table: HolidayTable | undefined;

export function holidayTable(): HolidayTable {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const holidays = new Set(Object.keys(data.holidays));
  const workdays = new Set(Object.keys(data.workdays));
  const years = new Set([...holidays].filter((d) => d.endsWith('-01-01')).map((d) => Number(d.slice(0, 4))));
  return (table = { holidays, workdays, years });
}
