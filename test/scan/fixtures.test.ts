/**
 * Every export fixture against its `<name>.expected.yaml`: how each column was classified and counted,
 * and every finding the export rules report. Each fixture exercises one input form: UTF-8 with BOM and
 * CRLF (users.csv), GBK with Chinese headers (会员-gbk.csv), TSV (device_log.tsv), gzip (orders.csv.gz),
 * UTF-16LE tab-separated text (contacts-utf16.txt), pipes (members.psv), a mapping file (kehu.csv).
 *
 * After a deliberate change, rewrite the expectations with UPDATE_EXPECTED=1 and review the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/types.js';
import type { ExportFile } from '../../src/scan/types.js';
import { expectAsFile, expectedColumns, expectedFindings, findings, readExpected, scanOne } from './helpers.js';

const DIR = 'fixtures/exports';
/** Every whole identifier in the fixtures (written by make-fixtures.mjs). */
const IDENTIFIERS = JSON.parse(readFileSync(join(DIR, 'identifiers.json'), 'utf8')) as string[];
const FIXTURES = readdirSync(DIR).filter((n) => /\.(csv|tsv|txt|psv)(\.gz)?$/.test(n)).sort();

interface Expected {
  asOf: string;
  policies: string[];
  mapping?: string;
  encoding: string;
  delimiter: string;
  records: number;
  ragged: number;
  columns: Record<string, unknown>;
  findings: unknown[];
}

function actual(f: ExportFile, list: Finding[], opts: Pick<Expected, 'asOf' | 'policies' | 'mapping'>): Expected {
  return { ...opts, encoding: f.encoding, delimiter: f.delimiter, records: f.records, ragged: f.ragged, columns: expectedColumns(f), findings: expectedFindings(list, { clause: true }) };
}

const HEADER = '# Expected scan of this fixture (test/scan/fixtures.test.ts). Regenerate: UPDATE_EXPECTED=1 npx vitest run test/scan/fixtures.test.ts\n';

describe.each(FIXTURES)('fixture %s', (name) => {
  const expectedFile = join(DIR, name.replace(/\.gz$/, '') + '.expected.yaml');

  it('classifies, counts and reports as expected', async () => {
    // The fixture's settings come from its expectation; a missing one fails below.
    const given = readExpected<Expected>(expectedFile);
    const opts = { asOf: given?.asOf ?? '2024-06-01', policies: given?.policies ?? ['jdcloud-privacy-2020-07'], ...(given?.mapping ? { mapping: given.mapping } : {}) };
    const file = await scanOne(join(DIR, name), { asOf: opts.asOf, packs: opts.policies, mapping: opts.mapping ? join(DIR, opts.mapping) : undefined });
    expectAsFile(expectedFile, actual(file, findings([file], undefined, { packs: opts.policies }), opts), HEADER);
  });

  it('never holds a whole identifier, in any field', async () => {
    const mapping = name === 'kehu.csv' ? join(DIR, 'kehu.mapping.yaml') : undefined;
    const json = JSON.stringify(await scanOne(join(DIR, name), { mapping }));
    for (const value of IDENTIFIERS) expect(json).not.toContain(value);
  });
});
