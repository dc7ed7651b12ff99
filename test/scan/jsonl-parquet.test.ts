/**
 * The JSON Lines and Parquet fixtures of fixtures/formats (each written by its make-*.mjs from the rows
 * of make-source.mjs) against their `<name>.expected.yaml`, and against members.csv: the same data in
 * another format gives the same findings (rule ids, items, counts, evidence; JSON's dotted columns
 * mapped back, rows shifted as the formats number them). A missing expectation fails; after a
 * deliberate change rewrite them with UPDATE_EXPECTED=1 npx vitest run test/scan/jsonl-parquet.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Finding } from '../../src/report/types.js';
import type { ExportFile } from '../../src/scan/types.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { marketingAfterOptOut } from '../../src/check/rules/marketing-after-opt-out.js';
import { expectAsFile, expectedFindings, findings, P002, scan, scanOne, tempFiles } from './helpers.js';

const DIR = 'fixtures/formats';
const GOOD = ['members.jsonl', 'members.parquet', 'members-rowgroups.parquet'];
const FIXTURES = [...GOOD, 'bad/members-broken-line.jsonl', 'bad/members-truncated.parquet'];
/** JSON nests the contact fields: their column names in members.csv. */
const CSV_COLUMN: Record<string, string> = { 'contact.mobile': 'mobile', 'contact.email': 'email' };
/** Every whole identifier of the reference rows (members.csv, written from make-source.mjs): no report may hold one. */
const [HEADER, ...ROWS] = parseCsv(readFileSync(join(DIR, 'members.csv'))) as string[][];
const IDENTIFIERS = ROWS.flatMap((r) => ['mobile', 'id_card', 'email', 'bank_card'].map((c) => r[HEADER!.indexOf(c)]!)).filter((v) => v !== '' && !v.includes('*'));

const EXPECTED_HEADER = '# Expected scan of this fixture (test/scan/jsonl-parquet.test.ts). Regenerate: UPDATE_EXPECTED=1 npx vitest run test/scan/jsonl-parquet.test.ts\n';

async function actual(name: string): Promise<unknown> {
  let file: ExportFile;
  try {
    file = await scanOne(join(DIR, name));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { error: { message: e.message, where: e.where ?? null, hint: e.hint ?? null } };
  }
  const columns = Object.fromEntries(file.columns.map((c) => [c.name, c.kind === 'other' ? { kind: c.kind } : { kind: c.kind, item: c.item, nonEmpty: c.nonEmpty, plain: c.plain, masked: c.masked, rows: c.rows, evidence: c.evidence }]));
  return { format: file.format, table: file.table, records: file.records, problems: file.problems, columns, findings: expectedFindings(findings([file])) };
}

describe.each(FIXTURES)('fixture %s', (name) => {
  const expectedFile = join(DIR, `${name}.expected.yaml`);

  it('reads, classifies and reports as expected', async () => {
    expectAsFile(expectedFile, await actual(name), EXPECTED_HEADER);
  });

  it('never holds a whole identifier', async () => {
    const json = JSON.stringify(await actual(name));
    for (const value of IDENTIFIERS) expect(json).not.toContain(value);
  });
});

/** What must not change with the format: rows and lines are the format's own, so they are shifted to the CSV's (header on line 1). */
function comparable(list: Finding[], rowShift: number) {
  const out = list.map((f) => {
    const column = CSV_COLUMN[f.subject.column ?? ''] ?? f.subject.column;
    return { ruleId: f.ruleId, severity: f.severity, column, item: f.item, count: f.count, rows: f.rows.map((r) => r + rowShift), evidence: f.evidence, message: f.message.replace(/'contact\.(mobile|email)'/, `'$1'`).replace(/^members-rowgroups:/, 'members:') };
  });
  // Findings come in column order, and JSON's columns are in another order.
  return out.sort((a, b) => `${a.ruleId} ${a.column}`.localeCompare(`${b.ruleId} ${b.column}`));
}

describe.each(GOOD)('%s holds the rows of members.csv', (name) => {
  it('and gives the same findings', async () => {
    const [csv, other] = await scan([join(DIR, 'members.csv'), join(DIR, name)]);
    expect(other!.format).not.toBe('csv');
    const expected = comparable(findings([csv!]), 0);
    expect(expected.length).toBeGreaterThan(5);
    // The CSV's records start on line 2; JSON Lines documents on line 1, Parquet rows at 1.
    expect(comparable(findings([other!]), 1)).toEqual(expected);
  });
});

describe('instants ($date, Parquet TIMESTAMP adjusted to UTC) are read in China time, as a time written with its zone is', () => {
  // 17:00 UTC on 10 October is 01:00 on 11 October in Beijing: sent the day after the opt-out.
  const SENT = '2025-10-10T17:00:00Z';
  const AS_OF = '2025-11-10';
  const flagged = async (file: string) => {
    const found = findings([await scanOne(file, { asOf: AS_OF, packs: [P002] })], [marketingAfterOptOut], { asOf: AS_OF, packs: [P002] });
    return found.flatMap((f) => f.rows);
  };

  it('a mongoexport $date: flagged like the same time written as text', async () => {
    const { path } = tempFiles({
      'sms.jsonl': [
        `{"mobile":"13700137021","sent_at":{"$date":"${SENT}"},"opted_out_at":"2025-10-10"}`,
        `{"mobile":"13700137022","sent_at":"${SENT}","opted_out_at":"2025-10-10"}`,
        `{"mobile":"13700137023","sent_at":{"$date":"2025-10-10T15:59:00Z"},"opted_out_at":"2025-10-10"}`,
      ].join('\n'),
    });
    expect(await flagged(path('sms.jsonl'))).toEqual([1, 2]);
  });

  it('a Parquet TIMESTAMP adjusted to UTC: flagged; one not adjusted (a wall-clock time) is read as written', async () => {
    const at = BigInt(Date.parse(SENT));
    const timestamp = (name: string, isAdjustedToUTC: boolean) => ({ name, type: 'INT64' as const, logical_type: { type: 'TIMESTAMP' as const, isAdjustedToUTC, unit: 'MILLIS' as const }, repetition_type: 'REQUIRED' as const });
    const file = (utc: boolean) =>
      Buffer.from(
        parquetWriteBuffer({
          schema: [{ name: 'root', num_children: 3 }, { name: 'mobile', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' }, timestamp('sent_at', utc), { name: 'opted_out_at', type: 'INT32', converted_type: 'DATE', repetition_type: 'REQUIRED' }],
          columnData: [
            { name: 'mobile', data: ['13700137021'] },
            { name: 'sent_at', data: [at] },
            { name: 'opted_out_at', data: [new Date('2025-10-10T00:00:00Z')] },
          ],
        }),
      );
    const { path } = tempFiles({ 'sms-utc.parquet': file(true), 'sms-local.parquet': file(false) });
    expect(await flagged(path('sms-utc.parquet'))).toEqual([1]);
    expect(await flagged(path('sms-local.parquet'))).toEqual([]);
  });
});
