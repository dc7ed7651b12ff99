/**
 * The coverage of scan --inventory (crosscheck/coverage.ts) and its rendering in all eight formats: each says
 * per table how many columns are personal, declared, contradicted, undeclared, missing, and every column's
 * status; names read from files are masked; reports without --inventory are unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import type { FormatOptions } from '../../src/report/formatters/types.js';
import { coverageOf, type Coverage } from '../../src/crosscheck/coverage.js';
import type { Report } from '../../src/report/types.js';
import { check, col, enc, keep, mask, row, table } from './helpers.js';
import { byTag, one, parseHtml, textOf, attr } from '../report/formatters/html-dom.js';
import { sampleReport, sampleRules } from '../report/formatters/sample-report.js';
import { multitoolBinary, validateSarif } from '../report/formatters/sarif-multitool.js';

const PHONE = 'basic.phone';
const ID = 'identity.resident-id';

/** Two exported tables against an inventory of three: every status, a hostile name, a masked one. */
function sampleCoverage(): Coverage {
  const users = table('users', [
    col({ name: 'mobile', item: PHONE, detector: 'mobile', plain: 5, checked: 5, valid: 5 }),
    col({ name: 'real_name', item: 'basic.name' }),
    col({ name: 'sfzh', item: ID }),
    col({ name: 'birthday', item: 'basic.birthday', nonEmpty: 0, matched: 0, plain: 0 }),
    col({ name: '<b>note</b> | =1+1', item: PHONE }),
    col({ name: 'order_no' }),
  ]);
  // A table exported without its header: its first record stands as the column names.
  const headerless = table('13812345678', [col({ name: '13912345678', item: PHONE }), col({ name: 'x' })], { file: 'exports/headerless.csv' });
  const rows = [
    row('mobile', PHONE, { line: 2, encryption: enc('AES-256'), masking: mask('no') }),
    row('real_name', 'basic.name', { line: 3 }),
    row('身份证号', ID, { line: 4, nameItem: ID }),
    row('birthday', 'basic.birthday', { line: 5 }),
    row('wechat_id', 'network-identity.account', { line: 6 }),
    row('coupon', PHONE, { line: 7, table: 'coupons', retention: keep('1y') }),
  ];
  const { exports, unscanned } = check([users, headerless], rows);
  return coverageOf(exports, unscanned, [{ file: 'inventory.csv', records: rows.length }])!;
}

const coverage = sampleCoverage();
const report: Report = {
  ...sampleReport,
  inputs: [...sampleReport.inputs, { file: 'exports/headerless.csv', kind: 'export', records: 10 }, { file: 'exports/users.csv', kind: 'export', records: 10 }],
  coverage,
};
const en: FormatOptions = { lang: 'en', color: false, rules: sampleRules };
const zh: FormatOptions = { lang: 'zh', color: false, rules: sampleRules };

describe('coverageOf', () => {
  it('counts per table and in total: personal = declared + undeclared; missing = absent + empty', () => {
    expect(coverage.tables.map((t) => [t.table, t.inventoryTable, t.counts])).toEqual([
      ['users', { system: 'crm', table: 'users' }, { columns: 6, personal: 4, declared: 3, contradicted: 1, undeclared: 1, missing: 2 }],
      ['138****5678', null, { columns: 2, personal: 1, declared: 0, contradicted: 0, undeclared: 1, missing: 0 }],
    ]);
    expect(coverage.summary).toEqual({ tables: 2, columns: 8, personal: 5, declared: 3, contradicted: 1, undeclared: 2, missing: 2 });
    expect(coverage.unscanned).toEqual([{ system: 'crm', table: 'coupons', file: 'inventory.csv', line: 7, fields: 1 }]);
  });

  it('lists every column with its status, match and row, and the fields the export lacks', () => {
    const users = coverage.tables[0]!;
    expect(users.columns.map((c) => [c.column, c.status, c.match, c.declaration?.line ?? null, c.contradictions])).toEqual([
      ['mobile', 'contradicted', 'name', 2, ['protection']],
      ['real_name', 'declared', 'name', 3, []],
      ['sfzh', 'declared', 'synonym', 4, []],
      ['birthday', 'empty', 'name', 5, []],
      ['<b>note</b> | =1+1', 'undeclared', null, null, []],
      ['order_no', 'other', null, null, []],
    ]);
    expect(users.missing).toEqual([{ file: 'inventory.csv', line: 6, system: 'crm', table: 'users', field: 'wechat_id' }]);
  });

  it('masks identifiers in names read from files', () => {
    expect(coverage.tables[1]!.columns[0]!.column).toBe('139****5678');
    expect(JSON.stringify(coverage)).not.toMatch(/1[38]912345678|13812345678/);
  });

  it('is null without a checked table or an inventory (reports without --inventory keep their bytes)', () => {
    expect(coverageOf([table('users', [col({ name: 'mobile', item: PHONE })])], [], [])).toBeNull();
  });
});

const render = (format: keyof typeof FORMATTERS, options = en, r: Report = report) => FORMATTERS[format](r, options);

describe('every format shows the coverage, and none shows it without --inventory', () => {
  it.each(Object.keys(FORMATTERS) as (keyof typeof FORMATTERS)[])('%s', (format) => {
    const without = render(format, en, sampleReport);
    const withIt = render(format);
    expect(withIt).not.toBe(without);
    for (const text of [without, render(format, zh, sampleReport)]) expect(text).not.toMatch(/Inventory coverage|数据清单覆盖情况|"coverage"|coverage:/);
    expect(withIt).toContain('wechat');
    expect(withIt).not.toMatch(/1[38]912345678|13812345678/);
  });
});

describe('json', () => {
  const json = JSON.parse(render('json')) as Record<string, unknown>;

  it('adds a top-level coverage object after findings, schema version still 1', () => {
    expect(Object.keys(json).slice(-2)).toEqual(['findings', 'coverage']);
    expect(json.schemaVersion).toBe(1);
    expect(json.coverage).toEqual(coverage);
  });

  it('validates against schemas/report.schema.json, which refuses a coverage bent out of shape', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats.default(ajv, ['date']);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object);
    // The sample's findings carry short made-up fingerprints: the coverage is what is checked here (the CLI test checks a whole report).
    const valid = { ...json, findings: [] };
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
    const bent = structuredClone(valid) as unknown as { coverage: { tables: { columns: { status: string }[] }[] } };
    bent.coverage.tables[0]!.columns[0]!.status = 'fine';
    expect(validate(bent)).toBe(false);
    const extra = { ...valid, coverage: { ...(json.coverage as object), note: 'x' } };
    expect(validate(extra)).toBe(false);
  });
});

describe('pretty', () => {
  it('a block per table: counts, then the columns grouped by status; the inventory tables not scanned; the total', () => {
    const text = render('pretty');
    expect(text).toContain('Inventory coverage — inventory.csv\n');
    expect(text).toContain('  users ← crm.users  exports/users.csv');
    expect(text).toContain('    4 personal columns: 3 declared (1 contradicted), 1 undeclared; 2 declared fields missing');
    expect(text).toMatch(/\n {4}declared {16}real_name, sfzh\n/);
    expect(text).toMatch(/\n {4}contradicted {12}mobile \(in clear\)\n/);
    expect(text).toMatch(/\n {4}declared, empty {9}birthday\n/);
    expect(text).toMatch(/\n {4}declared, not exported {2}wechat_id\n/);
    expect(text).toContain('  138****5678 (not in the inventory)');
    expect(text).toContain('  Inventory tables not among the exports: crm.coupons (1 field)');
    expect(text).toContain('  Total: 5 personal columns: 3 declared (1 contradicted), 2 undeclared; 2 declared fields missing');
    // Before the summary line, which stays last.
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ findings/);
  });

  it('in Chinese, aligned by display width', () => {
    const text = render('pretty', zh);
    expect(text).toContain('数据清单覆盖情况 — inventory.csv\n');
    expect(text).toContain('个人信息列 4 个：已声明 3 个（与声明不符 1 个），未声明 1 个；清单声明的字段缺失 2 个');
    expect(text).toMatch(/\n {4}已声明 {10}「real_name」、「sfzh」\n/);
    expect(text).toMatch(/\n {4}与声明不符 {6}「mobile」 \(明文\)\n/);
    expect(text).toMatch(/\n {4}已声明但未导出 {2}「wechat_id」\n/);
    expect(text).toContain('  「users」 ← 「crm.users」  exports/users.csv');
  });
});

describe('markdown', () => {
  const md = render('markdown');

  it('a counts table with a total row, then one column table per exported table', () => {
    expect(md).toContain('## Inventory coverage');
    expect(md).toContain('| Table | Inventory table | Columns | Personal | Declared | Contradicted | Undeclared | Missing |');
    expect(md).toContain('| users | crm.users | 6 | 4 | 3 | 1 | 1 | 2 |');
    expect(md).toContain('| Total |  | 8 | 5 | 3 | 1 | 2 | 2 |');
    expect(md).toContain('### users ← crm.users');
    expect(md).toContain('| mobile | basic.phone | contradicted: in clear | same name | inventory.csv:2 |');
    expect(md).toContain('| sfzh | identity.resident-id | declared | synonym | inventory.csv:4 |');
    expect(md).toContain('| wechat\\_id |  | declared, not exported |  | inventory.csv:6 |');
  });

  it('escapes names as data', () => {
    expect(md).toContain('&lt;b&gt;note&lt;/b&gt; \\| =1+1');
    expect(md).not.toContain('<b>note');
  });
});

describe('html', () => {
  const html = render('html');
  const doc = parseHtml(html);
  const section = one(doc, 'section', { id: 'coverage' });

  it('a table × status matrix: one row per table and a total, a cell per status', () => {
    const matrix = one(section, 'table', { class: 'coverage-matrix' });
    const rows = byTag(matrix, 'tr').slice(1);
    const cells = (tr: (typeof rows)[number]) => byTag(tr, 'td').map(textOf);
    expect(byTag(matrix, 'th').map(textOf)).toEqual(['Table', 'Inventory table', 'declared', 'contradicted', 'undeclared', 'declared, empty', 'declared, not exported', 'not personal']);
    expect(rows.map(cells)).toEqual([
      ['users', 'crm.users', '2', '1', '1', '1', '1', '1'],
      ['138****5678', 'not in the inventory', '0', '0', '1', '0', '0', '1'],
      ['Total', '', '2', '1', '2', '1', '1', '2'],
    ]);
    const shaded = byTag(rows[0]!, 'td').slice(2).map((td) => attr(td, 'class'));
    expect(shaded).toEqual(['cov declared', 'cov contradicted', 'cov undeclared', 'cov empty', 'cov missing', 'cov other']);
    expect(attr(byTag(rows[1]!, 'td')[2]!, 'class')).toBe('cov declared zero');
  });

  it('every column of each table in its details, hostile names as text', () => {
    const details = byTag(section, 'details');
    expect(details).toHaveLength(2);
    const rows = byTag(details[0]!, 'tr').slice(1).map((tr) => byTag(tr, 'td').map(textOf));
    expect(rows).toContainEqual(['mobile', 'basic.phone', 'contradicted: in clear', 'same name', 'inventory.csv:2']);
    expect(rows).toContainEqual(['<b>note</b> | =1+1', 'basic.phone', 'undeclared', '', '']);
    expect(rows).toContainEqual(['wechat_id', '', 'declared, not exported', '', 'inventory.csv:6']);
    expect(html).not.toContain('<b>note</b>');
  });

  it('keeps the stylesheet under the Content-Security-Policy (its hash covers the coverage styles)', () => {
    expect(html).toContain('.coverage-matrix td.cov');
    const csp = attr(one(doc, 'meta', { 'http-equiv': 'Content-Security-Policy' }), 'content')!;
    const style = textOf(one(doc, 'style'));
    const hash = `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;
    expect(csp).toContain(`style-src ${hash}`);
  });
});

describe('sarif', () => {
  const sarif = JSON.parse(render('sarif')) as { runs: { properties?: { coverage?: unknown } }[] };

  it("carries the coverage in the run's property bag", () => {
    expect(sarif.runs[0]!.properties!.coverage).toEqual(coverage);
    expect((JSON.parse(render('sarif', en, sampleReport)) as typeof sarif).runs[0]!.properties).toBeUndefined();
  });

  const binary = multitoolBinary();
  it.skipIf(!binary)('is still valid SARIF for GitHub code scanning (Microsoft SARIF Multitool)', () => {
    const issues = validateSarif(binary!, { coverage: render('sarif') });
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
  });
});

describe('junit', () => {
  const xml = render('junit');
  const doc = create(xml).end({ format: 'object' }) as unknown as Record<string, unknown>;

  it('puts the counts on the export suite as properties, and the columns in its system-out', () => {
    expect(doc).toBeTruthy();
    expect(xml).toContain('<property name="coverage.users.personal" value="4"/>');
    expect(xml).toContain('<property name="coverage.users.undeclared" value="1"/>');
    const outs = [...xml.matchAll(/<system-out>([^]*?)<\/system-out>/g)].map((m) => m[1]!);
    expect(outs).toHaveLength(2);
    const out = outs.find((o) => o.includes('users ←'))!;
    expect(out).toContain('users ← crm.users: 4 personal columns: 3 declared (1 contradicted), 1 undeclared; 2 declared fields missing');
    expect(out).toContain('  mobile: contradicted: in clear (same name, inventory.csv:2)');
    expect(out).toContain('  wechat_id: declared, not exported (inventory.csv:6)');
    expect(out).toContain('&lt;b&gt;note&lt;/b&gt;');
  });
});

describe('csv', () => {
  it('after the findings, one row per column and per missing field, ruleId coverage:<status>, severity empty', () => {
    const records = parseCsv(render('csv'), { bom: true, columns: true }) as Record<string, string>[];
    const cov = records.filter((r) => r.ruleId!.startsWith('coverage:'));
    expect(records.slice(0, sampleReport.findings.length).every((r) => r.severity !== '')).toBe(true);
    expect(cov).toHaveLength(6 + 1 + 2);
    expect(cov.map((r) => [r.ruleId, r.table, r.column, r.field, r.severity])).toContainEqual(['coverage:contradicted', 'users', 'mobile', 'mobile', '']);
    expect(cov.map((r) => [r.ruleId, r.field, r.message])).toContainEqual(['coverage:missing', 'wechat_id', 'declared, not exported (inventory.csv:6)']);
    // A name that a spreadsheet would run as a formula is defused, as every cell is.
    expect(render('csv')).not.toMatch(/,=1\+1/);
  });
});

describe('github', () => {
  it('one notice per table and one for the total, escaped as workflow commands', () => {
    const lines = render('github').trimEnd().split('\n').filter((l) => l.includes('title=privaudit coverage'));
    expect(lines).toEqual([
      '::notice title=privaudit coverage::users ← crm.users: 4 personal columns: 3 declared (1 contradicted), 1 undeclared; 2 declared fields missing; contradicted: mobile; undeclared: <b>note</b> | =1+1; declared, empty: birthday; declared, not exported: wechat_id',
      '::notice title=privaudit coverage::138****5678 (not in the inventory): 1 personal column: 0 declared (0 contradicted), 1 undeclared; 0 declared fields missing; undeclared: 139****5678',
      '::notice title=privaudit coverage::Total: 5 personal columns: 3 declared (1 contradicted), 2 undeclared; 2 declared fields missing',
    ]);
  });
});
