/**
 * Shared setup for the scan tests: scanFiles with the real packs, taxonomy and holiday calendar; the
 * export rules through the real engine; small files written to a temporary folder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRules } from '../../src/check/engine.js';
import { RULES } from '../../src/check/registry.js';
import { piiInFreeText } from '../../src/check/rules/pii-in-free-text.js';
import { plaintextSensitiveData } from '../../src/check/rules/plaintext-sensitive-data.js';
import { retentionExpired } from '../../src/check/rules/retention-expired.js';
import type { Rule } from '../../src/check/types.js';
import type { Finding } from '../../src/report/types.js';
import { scanFiles, type ScanOptions } from '../../src/scan/index.js';
import type { ColumnProfile, ExportFile } from '../../src/scan/types.js';
import { ctx, type CtxOptions } from '../check/helpers.js';
import { tempFolder } from '../helpers/temp-folder.js';

export { ctx, taxonomy, P000, P001, P002, P003 } from '../check/helpers.js';

/** The day the fixtures' expectations are measured against. */
export const AS_OF = '2024-06-01';

export type ScanTestOptions = Partial<Omit<ScanOptions, 'policy' | 'taxonomy' | 'calendar'>> & Pick<CtxOptions, 'packs'>;

export function scan(paths: string[], opts: ScanTestOptions = {}): Promise<ExportFile[]> {
  const c = ctx({ packs: opts.packs, asOf: opts.asOf ?? AS_OF });
  const { packs: _packs, ...rest } = opts;
  return scanFiles(paths, { policy: c.policy, taxonomy: c.taxonomy, calendar: c.calendar, asOf: c.asOf, progress: false, ...rest });
}

export async function scanOne(path: string, opts: ScanTestOptions = {}): Promise<ExportFile> {
  const [file] = await scan([path], opts);
  return file!;
}

/** Every rule that reads exports (the registry's and the scan's own, once each), sorted by id. */
export const EXPORT_RULES: Rule[] = [...new Map([...RULES, plaintextSensitiveData, piiInFreeText, retentionExpired].map((r) => [r.meta.id, r])).values()]
  .filter((r) => r.meta.appliesTo.includes('export'))
  .sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export function findings(files: ExportFile[], rules: Rule[] = EXPORT_RULES, opts: CtxOptions = {}): Finding[] {
  return runRules(files, rules, ctx({ asOf: AS_OF, ...opts }));
}

export function column(file: ExportFile, name: string) {
  const c = file.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${file.file}: ${file.columns.map((x) => x.name).join(', ')}`);
  return c;
}

/** A folder of small files for one test, removed when the test file ends. */
export function tempFiles(files: Record<string, string | Buffer>): { dir: string; path: (name: string) => string } {
  const dir = tempFolder('privaudit-scan-');
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return { dir, path: (name) => join(dir, name) };
}

/** A column profile whose defaults no rule flags: a non-personal column. */
export function profile(over: Partial<ColumnProfile> & { name: string }): ColumnProfile {
  return {
    index: 0, headerItem: over.item ?? null, valueItem: null, item: null, detector: null, kind: over.item ? 'pi' : 'other', role: null,
    nonEmpty: 0, matched: 0, share: 0, plain: 0, masked: 0, hashed: 0, checked: 0, valid: 0, rows: [], evidence: null,
    ...over,
  };
}

/** An ExportFile as the scan makes one. */
export function exportFile(over: Partial<ExportFile> = {}): ExportFile {
  return { kind: 'export', file: 'exports/users.csv', format: 'csv', headerLine: 1, table: 'users', records: 100, ragged: 0, raggedRows: [], encoding: 'utf8', delimiter: ',', sampled: null, problems: [], columns: [], results: [], ...over };
}

/** The rule through the engine, as the CLI runs it. */
export function runOn(rule: Rule, file: ExportFile, opts: CtxOptions = {}): Finding[] {
  return runRules([file], [rule], ctx({ asOf: AS_OF, ...opts }));
}
