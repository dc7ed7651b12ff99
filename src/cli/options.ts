/** Flag values checked up front, so a bad flag fails before any work (exit 2). */
import { dayNumber } from '../calendar/date.js';
import { InputError } from '../errors.js';
import { FORMAT_NAMES } from '../report/formatters/index.js';
import type { Format } from '../report/formatters/types.js';
import type { FailOn } from '../report/severity.js';
import { didYouMean } from '../text/suggest.js';

const FAIL_ON: FailOn[] = ['error', 'warning', 'info', 'never'];

function flagError(flag: string, value: string, allowed: readonly string[]): InputError {
  return new InputError(`${flag}: '${value}' is not one of ${allowed.join(', ')}`, undefined, didYouMean(value, allowed) || `use one of: ${allowed.join(', ')}`);
}

export function parseFormat(value: string): Format {
  if ((FORMAT_NAMES as string[]).includes(value)) return value as Format;
  throw flagError('--format', value, FORMAT_NAMES);
}

export function parseFailOn(value: string): FailOn {
  if ((FAIL_ON as string[]).includes(value)) return value as FailOn;
  throw flagError('--fail-on', value, FAIL_ON);
}

export function parseAsOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && dayNumber(value) !== null) return value;
  throw new InputError(`--as-of: '${value}' is not a calendar date`, undefined, 'write it as YYYY-MM-DD, e.g. 2026-11-23');
}

/** Today in the local time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function parsePositiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (Number.isInteger(n) && n > 0) return n;
  throw new InputError(`${flag}: '${value}' is not a positive whole number`, undefined, `e.g. ${flag} 2`);
}
