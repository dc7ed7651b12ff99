/**
 * `privaudit scan` on small generated exports — any delimiter, line break and encoding, gzipped or
 * not, with identifiers, dates, statuses and free text in the cells — and on random bytes: a table
 * profile whose evidence is masked and whose rows are lines of the file, or a located InputError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { findInText } from '../../src/detect/index.js';
import { decodeBuffer } from '../../src/io/encoding.js';
import { loadPack } from '../../src/policy/load.js';
import { Policy } from '../../src/policy/policy.js';
import { scanFiles, type ExportFile } from '../../src/scan/index.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { encodeText, identifier, byteEncoding, randomBytes, text, PROTO_KEYS } from './arbitraries.js';
import { fuzzAsync, testTimeout } from './fuzz.js';
import { lineCount, onlyInputErrorAsync } from './outcome.js';
import { TempFiles } from './temp.js';

const taxonomy = loadTaxonomy();
const options = {
  taxonomy,
  policy: new Policy([loadPack('jdcloud-privacy-2020-07')], taxonomy),
  calendar: createCalendar(),
  asOf: '2024-06-01',
  progress: false,
};
const temp = new TempFiles('export');

const HEADERS = ['id', 'phone', '手机号', 'mobile', 'id_card', '身份证号', 'sfzh', 'email', 'bank_card', 'imei', 'ip', 'remark', '备注', 'created_at', 'cancelled_at', 'zx_sj', 'status', '状态', 'birthday', 'age', 'guardian_consent', 'users.cancelled_at', 'name', '姓名', 'gps', 'col7'];
const date = fc.oneof(fc.constantFrom('2020-01-01', '2024-02-29', '2023-02-29', '2019/12/31 23:59:59', '20200101', '1700000000', '0000-00-00', ''), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
const cell = fc.oneof(
  { weight: 4, arbitrary: identifier },
  { weight: 2, arbitrary: date },
  { weight: 1, arbitrary: fc.constantFrom('已注销', 'active', 'cancelled', '正常', '是', '否', '12', '200', '-1', '张三', '138****5678', '5f4dcc3b5aa765d61d8327deb882cf99') },
  { weight: 2, arbitrary: fc.array(fc.oneof(identifier, text), { maxLength: 3 }).map((p) => p.join(' ')) },
  { weight: 2, arbitrary: text },
);

interface ExportCase {
  text: string;
  name: string;
  encoding: Parameters<typeof encodeText>[1];
  gzip: boolean;
}

const exportText = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc
    .record({
      header: fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...HEADERS) }, { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) }, { weight: 1, arbitrary: text }), { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
      delimiter: fc.constantFrom(',', ',', '\t', '|', ';'),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      quoteAll: fc.boolean(),
    })
    .map(({ header, rows, delimiter, eol, quoteAll }) => {
      const quote = (c: string) => (quoteAll || /["\r\n,\t|;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
      return [header, ...rows].map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
    }),
);

const exportCase: fc.Arbitrary<ExportCase> = fc.record({
  text: fc.oneof({ weight: 6, arbitrary: exportText }, { weight: 1, arbitrary: text }),
  name: fc.constantFrom('users.csv', 'users.tsv', 'users.psv', 'users.txt', 'users.tab', 'users.csv.gz', 'dump.gz'),
  encoding: byteEncoding,
  gzip: fc.boolean(),
});

function expectMasked(evidence: string | null): void {
  if (evidence === null) return;
  expect(findInText(evidence), `evidence ${JSON.stringify(evidence)}`).toEqual([]);
}

/** Evidence and rows: masked, and inside the file. */
function expectSafeProfile(out: ExportFile, file: string, t: string): void {
  const last = lineCount(t);
  expect(out.file).toBe(file);
  expect(out.records).toBeGreaterThan(0);
  for (const c of out.columns) {
    expect(c.share >= 0 && c.share <= 1).toBe(true);
    for (const row of c.rows) expect(row >= 1 && row <= last, `row ${row} of ${last}`).toBe(true);
    expectMasked(c.evidence);
  }
  for (const r of out.results) expectMasked(r.evidence);
}

describe('scanFiles', () => {
  it('a generated export in any encoding, gzipped or not: a masked profile or a located InputError', () =>
    fuzzAsync('scan.scanFiles', exportCase, async ({ text: t, name, encoding, gzip }) => {
      const bytes = encodeText(t, encoding);
      const file = temp.write(name, bytes, { gzip: gzip || name.endsWith('.gz') });
      // Lines as the tool reads the bytes: short UTF-16 without a BOM is (rightly) taken for GB18030,
      // whose line breaks are not the text's.
      const read = decodeBuffer(bytes);
      const out = await onlyInputErrorAsync(() => scanFiles([file], options), { file, text: read });
      if (!(out instanceof Error)) expectSafeProfile(out[0]!, file, read);
    }, { cost: 'disk' }), testTimeout('disk'));

  it('random bytes under an export name: a profile or a located InputError', () =>
    fuzzAsync('scan.scanFiles.bytes', fc.tuple(randomBytes, fc.constantFrom('x.csv', 'x.csv.gz', 'x.tsv')), async ([bytes, name]) => {
      const file = temp.write(name, bytes);
      await onlyInputErrorAsync(() => scanFiles([file], options), { file });
    }, { cost: 'disk' }), testTimeout('disk'));
});
