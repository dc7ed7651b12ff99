/** Flag values checked up front, so a bad flag fails before any work (exit 2). */
import { dayNumber } from '../calendar/date.js';
import { InputError } from '../errors.js';
import type { DeclarationKind } from '../load/index.js';
import type { Format } from '../report/formatters/types.js';
import type { FailOn } from '../report/severity.js';
import { didYouMean } from '../text/suggest.js';

const FAIL_ON: FailOn[] = ['error', 'warning', 'info', 'never'];

function flagError(flag: string, value: string, allowed: readonly string[]): InputError {
  return new InputError(`${flag}: '${value}' is not one of ${allowed.join(', ')}`, undefined, didYouMean(value, allowed) || `use one of: ${allowed.join(', ')}`);
}

/** What --kind may say (commander checks it: main.ts). */
export const DECLARATION_KINDS: readonly DeclarationKind[] = ['inventory', 'sdk'];

/**
 * commander refuses a value outside an option's .choices() (--format, --kind) and lists them; this adds
 * the nearest one, as the flags checked here suggest theirs (`--fail-on warn` → did you mean 'warning'?).
 */
export function withChoiceHint(message: string): string {
  const refused = /argument '(.*)' is invalid\. Allowed choices are (.+)\.\n?$/.exec(message);
  const near = refused ? didYouMean(refused[1]!, refused[2]!.split(', ')) : '';
  return near ? `${message.trimEnd()}\n  hint: ${near}\n` : message;
}

/** What a report file's extension says it holds; longest first, so `.sarif.json` is SARIF. */
const EXTENSION_FORMATS: readonly [string, Format][] = [
  ['.sarif.json', 'sarif'],
  ['.sarif', 'sarif'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.json', 'json'],
  ['.xml', 'junit'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.csv', 'csv'],
];

/** Formats a file of that kind holds as well: SARIF is JSON (`results.json` is a common name for it). */
const ALSO_FITS: Partial<Record<Format, readonly Format[]>> = { json: ['sarif'] };

export function formatOfPath(path: string): Format | null {
  const name = path.toLowerCase();
  return EXTENSION_FORMATS.find(([ext]) => name.endsWith(ext))?.[1] ?? null;
}

export interface ChosenFormat {
  format: Format;
  /** Set when --format and the output file's extension disagree: the flag wins, and the user is told. */
  conflict: { flag: Format; extension: Format } | null;
}

/**
 * The report's format: --format when given, else what the output file's extension says (`-o report.html`
 * writes HTML), else pretty. A config-file format, were there one, would come after the extension: the
 * file named on this command line says more about this run.
 */
export function chooseFormat(flag: Format | undefined, output: string | undefined): ChosenFormat {
  const extension = output ? formatOfPath(output) : null;
  if (!flag) return { format: extension ?? 'pretty', conflict: null };
  const fits = !extension || extension === flag || !!ALSO_FITS[extension]?.includes(flag);
  return { format: flag, conflict: fits ? null : { flag, extension } };
}

/** Not a commander .choices() option: merge passes it a shard part's failOn too, which commander never sees. */
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
