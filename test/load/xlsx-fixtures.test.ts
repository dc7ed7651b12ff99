/**
 * The Excel fixtures are CSV fixtures kept in a workbook (fixtures/inventory/make-xlsx.mjs,
 * fixtures/sdk/make-xlsx.mjs): read from Excel, every record and every finding must be its CSV twin's,
 * at the workbook's own row. Their expected files are the twins' renumbered (written by the same scripts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runRules } from '../../src/check/engine.js';
import { RULES } from '../../src/check/registry.js';
import type { RegisteredRecipient } from '../../src/config/types.js';
import { loadDeclaration } from '../../src/load/index.js';
import type { DeclarationFile } from '../../src/load/types.js';
import { ctx, taxonomy } from '../check/helpers.js';

interface Twin {
  xlsx: string;
  csv: string;
  expected: string;
  /** The workbook row of a CSV line. */
  row: (line: number) => number;
}

const TWINS: Twin[] = [
  { xlsx: 'fixtures/inventory/数据资产清单.xlsx', csv: 'fixtures/inventory/支付系统清单.csv', expected: 'fixtures/inventory/数据资产清单.expected.yaml', row: (l) => l + 2 },
  { xlsx: 'fixtures/inventory/personal-data-register.xlsx', csv: 'fixtures/inventory/crm-inventory.csv', expected: 'fixtures/inventory/personal-data-register.expected.yaml', row: (l) => (l <= 14 ? l + 1 : l) },
  { xlsx: 'fixtures/sdk/第三方SDK目录.xlsx', csv: 'fixtures/sdk/ios-sdks-zh.csv', expected: 'fixtures/sdk/第三方SDK目录.expected.yaml', row: (l) => l + 1 },
];

const load = (file: string) => loadDeclaration(file, true, { taxonomy })!;

/** The records without where they were read; a line break in a cell is LF in Excel, CRLF in the CSV twin. */
function content(f: DeclarationFile): unknown {
  const records = f.records.map((r) => ({ ...r, loc: undefined, unread: r.unread?.map((p) => ({ ...p, loc: undefined })) }));
  return JSON.parse(JSON.stringify(records).replace(/\\r\\n/g, '\\n'));
}

describe.each(TWINS)('$xlsx', (twin) => {
  const expected = parse(readFileSync(twin.expected, 'utf8')) as { policy: string | string[]; asOf?: string; recipients?: RegisteredRecipient[] };
  const packs = ([] as string[]).concat(expected.policy);
  const audit = (f: DeclarationFile) =>
    runRules([f], RULES, ctx({ packs, asOf: expected.asOf, recipients: expected.recipients ?? [] }))
      .map((x) => `${x.line} ${x.ruleId} ${x.subject.field ?? x.subject.sdk} ${x.item}`)
      .sort();

  it("reads every record as its CSV twin's, on the workbook's rows", () => {
    const [book, csv] = [load(twin.xlsx), load(twin.csv)];
    expect(book.kind).toBe(csv.kind);
    expect(content(book)).toEqual(content(csv));
    expect(book.records.map((r) => r.loc.line)).toEqual(csv.records.map((r) => twin.row(r.loc.line)));
  });

  it("gives its CSV twin's findings, each at the workbook's row", () => {
    const [book, csv] = [load(twin.xlsx), load(twin.csv)];
    const moved = runRules([csv], RULES, ctx({ packs, asOf: expected.asOf, recipients: expected.recipients ?? [] }))
      .map((x) => `${twin.row(x.line)} ${x.ruleId} ${x.subject.field ?? x.subject.sdk} ${x.item}`)
      .sort();
    expect(audit(book)).toEqual(moved);
  });
});

describe('the fixtures are what their scripts say', () => {
  it('数据资产清单.xlsx: a title row, a blank row, the header on row 3, merged systems, formatted periods, a date', async () => {
    const { readWorkbookTable } = await import('../../src/load/xlsx.js');
    const { looksLikeInventory } = await import('../../src/load/inventory-csv.js');
    const { table } = readWorkbookTable(TWINS[0]!.xlsx, readFileSync(TWINS[0]!.xlsx), 'zip', { isHeader: looksLikeInventory });
    expect(table.headerLine).toBe(3);
    expect(table.headers).toEqual(['系统名称', '数据表', '字段名', '信息类别', '字段中文名', '信息主体', '处理目的', '敏感级别', '加密措施', '脱敏规则', '存储位置', '留存期限', '起算事件', '接收方', '授权方式', '负责人', '备注']);
    const col = (h: string) => table.headers.indexOf(h);
    expect(table.rows[0]!.cells[col('备注')]).toBe('2024-03-01');
    expect(table.rows.slice(0, 5).map((r) => r.cells[col('系统名称')])).toEqual(Array(5).fill('支付中心'));
    expect(table.rows.map((r) => r.cells[col('留存期限')])).toContain('180天');
  });
});
