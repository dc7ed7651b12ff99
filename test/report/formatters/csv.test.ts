import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, defuseFormula, formatCsv } from '../../../src/report/formatters/csv.js';
import type { FormatOptions } from '../../../src/report/formatters/types.js';
import { emptyReport, EXPORT_FILE, hostileReport, sampleReport, sampleRules } from './sample-report.js';

const en: FormatOptions = { lang: 'en', color: false, rules: sampleRules };

function records(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

describe('formatCsv', () => {
  const out = formatCsv(sampleReport, en);
  const rows = records(out);

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.split('\r\n')).toHaveLength(sampleReport.findings.length + 2);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the documented header and one row per finding', () => {
    expect(out.slice(1, out.indexOf('\r\n')).split(',')).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r['severity'])).toEqual(sampleReport.findings.map((f) => f.severity));
  });

  it('fills subject, clause and evidence columns; Chinese survives', () => {
    expect(rows[1]).toEqual({
      severity: 'error',
      ruleId: 'plaintext-sensitive-data',
      file: EXPORT_FILE,
      line: '2',
      system: '',
      table: '用户表',
      field: '',
      sdk: '',
      platform: '',
      column: '身份证号',
      item: 'identity.resident-id',
      count: '1180',
      rows: '2 3 4 5 6',
      evidence: '110101********123X',
      message: '列“身份证号”中有 1180 条记录以明文保存居民身份证号',
      policy: 'jdcloud-privacy-2020-03',
      section: '6.1.1',
      quote: '京东智联云采取加密技术对用户个人信息进行加密保存，并通过隔离技术进行隔离。',
      fingerprint: '0a93d1c2be4f7781',
    });
    expect(rows[6]).toMatchObject({ sdk: 'Huawei Push', platform: 'android', severity: 'info' });
  });

  it('quotes commas, quotes and line breaks, and defuses formula-looking cells', () => {
    const hostile = records(formatCsv(hostileReport(), en))[0]!;
    expect(hostile['file']).toBe('fixtures/a,b:c.csv');
    expect(hostile['message']).toBe('note </script><script>alert("x")</script> & <b>bold</b> | pipe\nline2, a:b 100% =SUM(A1)');
    expect(hostile['column']).toBe("'=cmd|calc");
    expect(hostile['evidence']).toBe("'+86 138****5678");
  });

  it('writes the header alone for zero findings', () => {
    expect(formatCsv(emptyReport, en)).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('is deterministic', () => {
    expect(formatCsv(sampleReport, en)).toBe(out);
  });
});

describe('defuseFormula', () => {
  it('prefixes = + - @ tab and CR, leaves other text alone', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(defuseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(defuseFormula('a=b')).toBe('a=b');
    expect(defuseFormula('身份证')).toBe('身份证');
  });
});
