/**
 * The record checks the engine runs (src/scan/record-checks.ts): one per `*.scan.ts` of src/check/rules,
 * each the scan part of a registered export rule; what they plan and tally is plain JSON (it crosses to
 * worker threads and, in a sharded scan, to another machine); and tallies merged in file order give
 * what one pass over the whole table gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { DEFAULT_MAX_FIELD_CHARS } from '../../src/load/exports/csv-records.js';
import { mergeTallies } from '../../src/scan/merge.js';
import { RECORD_CHECKS, recordCheck } from '../../src/scan/record-checks.js';
import type { FileScanContext } from '../../src/scan/scan-file.js';
import { MIN_SPLIT_BYTES } from '../../src/scan/split.js';
import { finishTable, planTable, type PlannedTable } from '../../src/scan/table-plan.js';
import { RangeTally, type RangeTallyResult } from '../../src/scan/tally.js';
import { ctx } from './helpers.js';

describe('the list of record checks', () => {
  const files = readdirSync('src/check/rules').filter((n) => n.endsWith('.scan.ts')).map((n) => n.replace(/\.scan\.ts$/, ''));

  it('holds the scan part of every rule that has one, sorted, each once', () => {
    const rules = RECORD_CHECKS.map((c) => c.rule);
    expect(rules).toEqual([...files].sort());
    expect(new Set(rules).size).toBe(rules.length);
  });

  it('names registered rules that read exports', () => {
    for (const c of RECORD_CHECKS) {
      const rule = RULES.find((r) => r.meta.id === c.rule);
      expect(rule, c.rule).toBeDefined();
      expect(rule!.meta.appliesTo).toContain('export');
    }
  });

  it('refuses a rule it does not know (a part from another version)', () => {
    expect(() => recordCheck('no-such-rule')).toThrow(/no record check/);
  });
});

const AS_OF = '2026-11-23';

function context(packs: string[]): FileScanContext {
  const c = ctx({ asOf: AS_OF, packs });
  const quiet = { begin: () => {}, update: () => {}, end: () => {} };
  return { policy: c.policy, taxonomy: c.taxonomy, calendar: c.calendar, asOf: AS_OF, mapping: null, sample: null, maxFieldChars: DEFAULT_MAX_FIELD_CHARS, workers: 1, minSplitBytes: MIN_SPLIT_BYTES, pool: () => null, progress: quiet };
}

/** A CSV fixture planned as scan plans it (header on line 1, one record per line). */
function planned(file: string, packs: string[]): { table: PlannedTable; records: string[][]; c: FileScanContext } {
  const [header, ...records] = parseCsv(readFileSync(file), { bom: true }) as string[][];
  const c = context(packs);
  const sample = records.map((cells, i) => ({ line: i + 2, cells }));
  const table = planTable({ file, table: 'log', format: 'csv', header: header!, headerLine: 1, sample, validateAll: true, encoding: 'utf8', delimiter: ',' }, c);
  return { table, records, c };
}

/** Records [from, to) tallied as one range, its lines numbered from 1 (as a range's are). */
function tallyRange(table: PlannedTable, records: string[][], from: number, to: number, first: boolean): RangeTallyResult {
  // The first range holds the header on its line 1; a later one starts with a record.
  const offset = first ? 1 : 0;
  const tally = new RangeTally(table.plan, first ? 1 : 0);
  const batch = records.slice(from, to);
  tally.onBatch(batch, Int32Array.from(batch, (_, i) => i + 1 + offset));
  return tally.result();
}

const LOGS: [string, string[]][] = [
  ['fixtures/events/tickets.csv', ['jdcloud-privacy-2020-07']],
  ['fixtures/events/京客服工单.csv', ['jingkefu-privacy']],
  ['fixtures/events/账号注销记录.csv', ['jdcloud-privacy-2020-03']],
  ['fixtures/events/sms_log.csv', ['jdcloud-privacy-2020-07']],
  ['fixtures/events/短信发送记录.csv', ['jdcloud-privacy-2020-07']],
  ['fixtures/events/服务终止通知.csv', ['jdcloud-privacy-2020-03']],
  ['fixtures/events/accounts.csv', ['jdcloud-terms-2020-03']],
  // retention-expired and minor-consent-missing: cancelled accounts, minors' resident IDs.
  ['fixtures/formats/members.csv', ['jdcloud-privacy-2020-07']],
];

describe.each(LOGS)('%s', (file, packs) => {
  it('plans checks and tallies that are plain JSON', () => {
    const { table, records } = planned(file, packs);
    expect(table.checks.length).toBeGreaterThan(0);
    const tally = tallyRange(table, records, 0, records.length, true);
    for (const value of [table, table.plan, tally]) expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });

  it.each([1, 3, 5])('merged in file order from ranges cut after record %i, JSON in between, gives one pass', (cut) => {
    const { table, records, c } = planned(file, packs);
    const whole = mergeTallies([{ tally: tallyRange(table, records, 0, records.length, true), lineOffset: 0 }]);
    // A sharded scan: each part written as JSON, read back, merged elsewhere; the plan too.
    const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    const parts = [
      { tally: json(tallyRange(table, records, 0, cut, true)), lineOffset: 0 },
      { tally: json(tallyRange(table, records, cut, records.length, false)), lineOffset: cut + 1 },
    ];
    const merged = mergeTallies(parts);
    expect(merged).toEqual(whole);
    expect(finishTable(json(table), merged, c)).toEqual(finishTable(table, whole, c));
  });
});
