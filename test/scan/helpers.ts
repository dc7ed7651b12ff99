/**
 * Shared setup for the scan tests: scanFiles with the real packs, taxonomy and holiday calendar; the
 * export rules through the real engine; small files written to a temporary folder; fixtures checked
 * against their expectation files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { expect } from 'vitest';
import { Document, isScalar, parse, visit, type visitor } from 'yaml';
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

/** A column as the expectation files record it: kind and role, and for a personal one its item and counts. */
function expectedColumn(c: ColumnProfile): Record<string, unknown> {
  if (c.kind === 'other') return { kind: c.kind, role: c.role };
  return { kind: c.kind, role: c.role, item: c.item, detector: c.detector, nonEmpty: c.nonEmpty, plain: c.plain, masked: c.masked, hashed: c.hashed, share: c.share, rows: c.rows, evidence: c.evidence };
}

/** A table's columns as the expectation files record them, by name. */
export function expectedColumns(f: ExportFile): Record<string, unknown> {
  return Object.fromEntries(f.columns.map((c) => [c.name, expectedColumn(c)]));
}

/** Findings as the expectation files record them; `clause`: with the clause cited. */
export function expectedFindings(list: Finding[], opts: { clause?: boolean } = {}): unknown[] {
  return list.map((f) => ({
    ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.subject.column, item: f.item, count: f.count, rows: f.rows, evidence: f.evidence,
    ...(opts.clause ? { clause: `${f.clause.policy} ${f.clause.section}` } : {}),
    message: f.message,
  }));
}

/** Readable YAML: no anchors, lists of plain values on one line; `more` visits the nodes too (to put more on one line). */
export function expectationYaml(value: unknown, more: visitor = {}): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    ...more,
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** An expectation file's content; null when there is none. */
export function readExpected<T>(file: string): T | null {
  return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as T) : null;
}

/**
 * `got` against its expectation file. With UPDATE_EXPECTED=1 the file is written from `got` instead (`header`
 * first), for review in the diff; otherwise a missing file fails: writing one is a decision, not a side effect.
 */
export function expectAsFile(file: string, got: unknown, header: string, more: visitor = {}): void {
  if (process.env.UPDATE_EXPECTED) {
    writeFileSync(file, header + expectationYaml(got, more));
    return;
  }
  const expected = readExpected(file);
  expect(expected, `${file} is missing: check the scan, then write it with UPDATE_EXPECTED=1 and review it`).not.toBeNull();
  expect(got).toEqual(expected);
}

/** members.csv's rows repeated `times` over, the ids made unique, as Parquet in row groups of `groupRows` (written into `dir`). */
export function membersParquet(dir: string, times: number, groupRows: number): string {
  const [HEADER = [], ...ROWS] = parseCsv(readFileSync('fixtures/formats/members.csv')) as string[][];
  const rows = ROWS.flatMap((r, i) => Array.from({ length: times }, (_, k) => r.map((cell, c) => (HEADER[c] === 'id' ? String((k + 1) * 1000 + i) : cell))));
  const value = (name: string, text: string) => (text === '' ? null : name === 'id' ? BigInt(text) : text);
  const columnData = HEADER.map((name, c) => ({ name, type: name === 'id' ? ('INT64' as const) : ('STRING' as const), nullable: name !== 'id', data: rows.map((r) => value(name, r[c]!)) }));
  const file = join(dir, 'members-big.parquet');
  writeFileSync(file, new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize: groupRows })));
  return file;
}
