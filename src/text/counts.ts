/** Counts as findings' messages say them, in both languages. */
import { inBoth } from './words/index.js';

/** "1 record" / "3 records" / "3 条记录": a count of the records or values a finding is about (words: counts). */
export const recordsArg = (n: number): { en: string; zh: string } => inBoth((w) => w.counts.records(n));
export const valuesArg = (n: number): { en: string; zh: string } => inBoth((w) => w.counts.values(n));

/** A count of things a rule names in its own words: "1 minor" / "3 minors" / "3 名未成年人". */
export function countArg(n: number, one: string, many: string, zhUnit: string): { en: string; zh: string } {
  return { en: `${n} ${n === 1 ? one : many}`, zh: `${n} ${zhUnit}` };
}
