/**
 * Baselines: the findings a team accepted on adoption, recorded by fingerprint (rule + file + subject + item,
 * not the line), so moving rows around keeps them suppressed. The file is deterministic: sorted, no timestamps.
 * Its paths start from the fingerprint root, which it records relative to itself (`root`), so it matches in
 * any checkout of the project and from any working folder.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fingerprintOf, numberRepeats, pathFromRoot } from '../check/engine.js';
import type { FingerprintRoot } from '../check/types.js';
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
  /** 1: written before fingerprints started from a root (legacyFingerprints); 2: this version. */
  schemaVersion: 1 | 2;
  tool: 'privaudit';
  /** Version 2: the fingerprint root, relative to the baseline file's folder; the entries' `file`s start there. */
  root?: string;
  entries: BaselineEntry[];
}

/** A baseline file as the run read it: the path given (flag or config) and its data. */
export interface LoadedBaseline {
  file: string;
  data: Baseline;
}

/**
 * The run's fingerprint root: the one the baseline it reads records (so a baseline matches however the run
 * names its inputs and wherever it runs from), else the config file's folder (the project's), else `cwd`.
 */
export function fingerprintRoot(baseline: LoadedBaseline | null, configFile: string | null, cwd: string): FingerprintRoot {
  if (baseline?.data.root !== undefined) return { cwd, dir: resolve(dirname(resolve(cwd, baseline.file)), baseline.data.root) };
  return { cwd, dir: configFile ? dirname(resolve(cwd, configFile)) : resolve(cwd) };
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

/**
 * The baseline recording these findings, one entry per fingerprint, sorted. `at`: the run's fingerprint root
 * and the file the baseline goes to, whose folder `root` is written from; without it, the paths as named.
 */
export function baselineOf(findings: readonly Finding[], at?: { root: FingerprintRoot; file: string }): Baseline {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    // Fixed key order, so the bytes do not depend on how the finding object was built.
    const subject = Object.fromEntries(SUBJECT_KEYS.map((k) => [k, f.subject[k]])) as unknown as Subject;
    byFingerprint.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: pathFromRoot(f.file, at?.root), subject, item: f.item, message: f.message });
  }
  const root = at ? relative(dirname(resolve(at.root.cwd, at.file)), at.root.dir).replace(/\\/g, '/') || '.' : '.';
  return { schemaVersion: 2, tool: 'privaudit', root, entries: [...byFingerprint.values()].sort(compareEntries) };
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
 * What a version-1 baseline recorded for each finding: the path hashed as that run named it (as typed, or
 * absolute for the config's `inputs:`), no key, repeats numbered in engine order. Both spellings are
 * tried, so an old baseline still matches where it matched before; `findings` in engine order.
 */
function legacyFingerprints(findings: readonly Finding[], cwd: string): Map<Finding, string[]> {
  const out = new Map<Finding, string[]>(findings.map((f) => [f, []]));
  for (const path of [(f: Finding) => f.file, (f: Finding) => resolve(cwd, f.file)]) {
    const numbered = numberRepeats(findings.map((f) => fingerprintOf(f.ruleId, path(f), f.subject, f.item)));
    findings.forEach((f, i) => out.get(f)!.push(numbered[i]!));
  }
  return out;
}

/**
 * Suppress findings whose fingerprint the baseline records. `current` is every finding of the run (waived
 * ones too, in engine order): an entry is stale only when its finding is no longer there at all.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, current: readonly Finding[] = findings, cwd = process.cwd()): BaselineOutcome {
  const recorded = new Set(baseline.entries.map((e) => e.fingerprint));
  const legacy = baseline.schemaVersion === 1 ? legacyFingerprints(current, cwd) : null;
  const fingerprints = (f: Finding) => legacy?.get(f) ?? [f.fingerprint];
  const kept = findings.filter((f) => !fingerprints(f).some((fp) => recorded.has(fp)));
  const present = new Set(current.flatMap(fingerprints));
  const stale = baseline.entries.filter((e) => !present.has(e.fingerprint));
  return { kept, suppressed: findings.length - kept.length, stale };
}

const STALE_LISTED = 10;

function describeEntry(e: BaselineEntry): string {
  const where = SUBJECT_KEYS.map((k) => e.subject[k]).filter((v): v is string => !!v).join('.');
  return `${e.ruleId} ${e.file}${where ? ` ${where}` : ''}${e.item ? ` (${e.item})` : ''}`;
}

/** A version-1 baseline still matches as before, but only where it was written: say how to make it portable. */
export function oldBaselineNote(baseline: LoadedBaseline, lang: Lang): string {
  return baseline.data.schemaVersion === 1 ? `privaudit: ${wordsFor(lang).suppress.oldBaseline(baseline.file)}\n` : '';
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
