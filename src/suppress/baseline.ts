/**
 * Baselines: the findings a team accepted on adoption, recorded by fingerprint (rule + file + subject + item,
 * not the line), so moving rows around keeps them suppressed. The file is deterministic: sorted, no timestamps.
 */
import { existsSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { ParsedYaml } from '../io/yaml.js';
import type { Finding, Lang, Subject } from '../report/types.js';
import { wordsFor } from '../text/words/index.js';
import { readParsed, validateParsed } from './schema.js';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  subject: Subject;
  item: string | null;
  /** For reviewers of the baseline's diff; matching uses the fingerprint only. */
  message?: string;
}

export interface Baseline {
  schemaVersion: 1;
  tool: 'privaudit';
  entries: BaselineEntry[];
}

const SUBJECT_KEYS = ['system', 'table', 'field', 'sdk', 'platform', 'column'] as const;

/** Code-unit order: the same on every machine and locale. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  const s = (v: string | null) => v ?? '';
  let d = byText(a.file, b.file) || byText(a.ruleId, b.ruleId);
  for (const k of SUBJECT_KEYS) d ||= byText(s(a.subject[k]), s(b.subject[k]));
  return d || byText(s(a.item), s(b.item)) || byText(a.fingerprint, b.fingerprint);
}

/** The baseline recording these findings, one entry per fingerprint, sorted. */
export function baselineOf(findings: readonly Finding[]): Baseline {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    // Fixed key order, so the bytes do not depend on how the finding object was built.
    const subject = Object.fromEntries(SUBJECT_KEYS.map((k) => [k, f.subject[k]])) as unknown as Subject;
    byFingerprint.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file.replace(/\\/g, '/'), subject, item: f.item, message: f.message });
  }
  return { schemaVersion: 1, tool: 'privaudit', entries: [...byFingerprint.values()].sort(compareEntries) };
}

export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

const REWRITE_HINT = 'a baseline is written by privaudit: rerun with --write-baseline to make a new one (schemas/baseline.schema.json)';

/** Parsed with positions (JSON is YAML 1.2); a syntax error is told as a JSON error with the baseline's fix. */
function readBaselineSource(file: string): ParsedYaml {
  if (!existsSync(file)) throw new InputError('baseline file not found', { file }, `create it with --write-baseline ${file}, or fix the path`);
  try {
    return readParsed(file);
  } catch (e) {
    if (e instanceof InputError && e.where?.line) throw new InputError(`not valid JSON: ${e.message}`, e.where, REWRITE_HINT);
    throw e;
  }
}

/** Read and validate a baseline file; a malformed one is an InputError at its line and column. */
export function loadBaseline(file: string): Baseline {
  return validateParsed<Baseline>(readBaselineSource(file), 'schemas/baseline.schema.json', { what: 'the baseline', fallback: REWRITE_HINT });
}

export interface BaselineOutcome {
  /** Findings not in the baseline. */
  kept: Finding[];
  suppressed: number;
  /** Entries that match no current finding: fixed or gone, so they can be pruned. */
  stale: BaselineEntry[];
}

/**
 * Suppress findings whose fingerprint the baseline records. `current` is every finding of the run (waived
 * ones too): an entry is stale only when its finding is no longer there at all.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, current: readonly Finding[] = findings): BaselineOutcome {
  const recorded = new Set(baseline.entries.map((e) => e.fingerprint));
  const kept = findings.filter((f) => !recorded.has(f.fingerprint));
  const present = new Set(current.map((f) => f.fingerprint));
  const stale = baseline.entries.filter((e) => !present.has(e.fingerprint));
  return { kept, suppressed: findings.length - kept.length, stale };
}

const STALE_LISTED = 10;

function describeEntry(e: BaselineEntry): string {
  const where = SUBJECT_KEYS.map((k) => e.subject[k]).filter((v): v is string => !!v).join('.');
  return `${e.ruleId} ${e.file}${where ? ` ${where}` : ''}${e.item ? ` (${e.item})` : ''}`;
}

/** The short stderr note on stale entries (never in the report: its JSON shape is fixed by SPEC). */
export function staleNote(stale: readonly BaselineEntry[], baselineFile: string, lang: Lang): string {
  if (stale.length === 0) return '';
  const n = stale.length;
  const words = wordsFor(lang).suppress;
  const head = `privaudit: ${words.staleBaseline(n, baselineFile)}\n`;
  const listed = stale.slice(0, STALE_LISTED).map((e) => `  - ${describeEntry(e)}\n`);
  const more = n > STALE_LISTED ? [`  ${words.more(n - STALE_LISTED)}\n`] : [];
  return head + listed.join('') + more.join('');
}
