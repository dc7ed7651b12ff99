/**
 * Waiver files (waivers.yaml): findings accepted for a while, each with a reason, an approver and an
 * expiry date. Loading checks everything a human can get wrong and points at the entry's line.
 */
import { dirname, resolve } from 'node:path';
import { dayNumber } from '../calendar/date.js';
import { InputError } from '../errors.js';
import { quote } from '../normalize/text.js';
import type { Location } from '../location.js';
import { locate, type ParsedYaml } from '../io/yaml.js';
import type { Subject } from '../report/types.js';
import { didYouMean } from '../text/suggest.js';
import { readParsed, validateParsed } from './schema.js';

export const MATCHER_KEYS = ['file', 'system', 'table', 'field', 'sdk', 'platform', 'column'] as const;
export type MatcherKey = (typeof MATCHER_KEYS)[number];
export type WaiverMatch = Partial<Record<MatcherKey, string>>;

export interface Waiver {
  rule: string;
  match: WaiverMatch;
  reason: string;
  approver: string;
  /** Last day the waiver applies, YYYY-MM-DD. */
  expires: string;
  reference: string | null;
  /** The entry in the waiver file. */
  where: Location;
}

export interface WaiverFile {
  /** The path as the user gave it (flag) or as the config resolved it. */
  file: string;
  /** Absolute folder of the waiver file: relative `file:` matchers start there. */
  dir: string;
  waivers: Waiver[];
}

type RawWaiver = { rule: string; reason: string; approver: string; expires: string; reference?: string } & WaiverMatch;

const FALLBACK = 'each waiver needs rule, reason, approver and expires (YYYY-MM-DD), and at least one of file, system, table, field, sdk, platform, column (schemas/waivers.schema.json)';

/** The waiver's matchers, keyed as in a finding's subject (file kept apart). */
export function waiverSubject(w: Waiver): Subject {
  const m = w.match;
  return { system: m.system ?? null, table: m.table ?? null, field: m.field ?? null, sdk: m.sdk ?? null, platform: m.platform ?? null, column: m.column ?? null };
}

/** What the schema cannot say; `at(key)` locates a key of this entry. */
function checkEntry(raw: RawWaiver, at: (key?: string) => Location, knownRules: readonly string[]): void {
  if (raw.rule === 'waiver-expired') throw new InputError("a waiver cannot accept 'waiver-expired'", at('rule'), 'renew or remove the expired waiver instead');
  if (!knownRules.includes(raw.rule)) throw new InputError(`unknown rule ${quote(raw.rule)}`, at('rule'), didYouMean(raw.rule, knownRules) || 'run `privaudit rules` for the rule ids');
  if (dayNumber(raw.expires) === null) throw new InputError(`expires: '${raw.expires}' is not a calendar date`, at('expires'), 'write a real date as YYYY-MM-DD, e.g. 2027-03-31');
  if (!MATCHER_KEYS.some((k) => raw[k] !== undefined)) {
    throw new InputError(`the waiver for '${raw.rule}' names nothing to match, so it would accept every such finding`, at(), `name at least one of ${MATCHER_KEYS.join(', ')}; to turn a rule off everywhere, set rules: { ${raw.rule}: off } in the config`);
  }
}

function toWaiver(raw: RawWaiver, where: Location): Waiver {
  const match: WaiverMatch = {};
  for (const k of MATCHER_KEYS) if (raw[k] !== undefined) match[k] = raw[k]!.trim();
  return { rule: raw.rule, match, reason: raw.reason, approver: raw.approver, expires: raw.expires, reference: raw.reference ?? null, where };
}

/** Validate parsed waiver YAML: schema (ajv), then rule ids, real dates and at least one matcher. */
export function parseWaivers(parsed: ParsedYaml, knownRules: readonly string[], cwd: string): WaiverFile {
  const data = validateParsed<{ waivers: RawWaiver[] | null }>(parsed, 'schemas/waivers.schema.json', { what: 'the waiver file', fallback: FALLBACK });
  const waivers = (data.waivers ?? []).map((raw, i) => {
    const at = (key?: string) => locate(parsed, key ? ['waivers', i, key] : ['waivers', i]);
    checkEntry(raw, at, knownRules);
    return toWaiver(raw, at());
  });
  return { file: parsed.file, dir: dirname(resolve(cwd, parsed.file)), waivers };
}

export function loadWaivers(file: string, knownRules: readonly string[], cwd: string): WaiverFile {
  return parseWaivers(readParsed(file), knownRules, cwd);
}
