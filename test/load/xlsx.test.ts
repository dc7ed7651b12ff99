/** The .xlsx reader (src/load/xlsx*.ts): what the user sees in Excel becomes the table CSV readers read. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadDeclaration, loadDeclarations } from '../../src/load/index.js';
import { looksLikeInventory } from '../../src/load/inventory-csv.js';
import type { InventoryFile } from '../../src/load/types.js';
import { readWorkbookTable } from '../../src/load/xlsx.js';
import { sheetRef } from '../../src/io/xlsx-table.js';
import { formatLocation } from '../../src/location.js';
import { taxonomy } from '../check/helpers.js';
import { inputErrorOf } from '../helpers/input-error.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { editPart, workbookBytes, writeWorkbook, type SheetSpec } from './xlsx-workbook.js';

const HEADER = ['系统名称', '数据表', '字段名', '信息类别', '敏感级别'];
const table = (bytes: Buffer, sheet?: string) => readWorkbookTable('清单.xlsx', bytes, 'zip', { sheet, isHeader: looksLikeInventory }).table;
const inventory = (bytes: Buffer, name = 'inv.xlsx') => loadDeclaration(writeWorkbook(name, bytes), true, { taxonomy }) as InventoryFile;

describe('the header under title rows', () => {
  const bytes = workbookBytes([
    {
      name: 'Sheet1',
      rows: [
        ['XX公司个人信息数据资产清单'],
        [],
        HEADER,
        ...Array.from({ length: 10 }, (_, i) => [i === 0 ? '会员中心' : null, 'member', `f${i}`, '个人基本资料', '否']),
      ],
      merges: ['A1:E1', 'A4:A13'],
    },
  ]);

  it('is the first row that reads as a declaration header; rows keep their Excel row numbers', () => {
    const t = table(bytes);
    expect(t.headerLine).toBe(3);
    expect(t.headers).toEqual(HEADER);
    expect(t.rows.map((r) => r.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('gives every row of a merged 系统 cell its value', () => {
    expect(table(bytes).rows.map((r) => r.cells[0])).toEqual(Array(10).fill('会员中心'));
  });

  it('reads as an inventory with every record in its system', () => {
    const inv = inventory(bytes);
    expect(inv.kind).toBe('inventory');
    expect(inv.headerLine).toBe(3);
    expect(inv.records.map((r) => [r.loc.line, r.system])).toEqual(Array.from({ length: 10 }, (_, i) => [i + 4, '会员中心']));
  });
});

describe('the header under a group row', () => {
  // 数据项 reads as a field column: by its values alone the group row would be the header.
  const bytes = workbookBytes([
    {
      name: 'Sheet1',
      rows: [['系统', null, '数据项', null, null], HEADER, ['会员中心', 'member', 'mobile', '个人基本资料', '否']],
      merges: ['A1:B1', 'C1:E1'],
    },
  ]);

  it('is the row below it, which names the columns', () => {
    const t = table(bytes);
    expect(t.headerLine).toBe(2);
    expect(t.headers).toEqual(HEADER);
    expect(t.rows.map((r) => [r.line, r.cells[2]])).toEqual([[3, 'mobile']]);
  });
});

describe('cells as the user sees them', () => {
  const cell = (c: object) => c;
  const rows = [
    ['field', 'a', 'b', 'c', 'd', 'e', 'f', 'g'],
    [
      'x',
      cell({ t: 'n', v: 1234.5, z: '#,##0.00' }),
      cell({ t: 'n', v: 0.125, z: '0.0%' }),
      cell({ t: 'n', v: 45352, z: 'yyyy/m/d' }), // 2024-03-01
      cell({ t: 'n', v: 45352.35416666667, z: 'yyyy-mm-dd hh:mm' }),
      cell({ t: 'b', v: true }),
      cell({ t: 'n', v: 2, f: 'SUM(1,1)' }),
      cell({ t: 'n', v: 5, z: '0"年"' }),
    ],
    ['y', cell({ t: 'n', v: 0.1 + 0.2 }), cell({ t: 'b', v: false }), cell({ t: 'e', v: 0x2a, w: '#N/A' }), 'AES-256', '', '', cell({ t: 'n', v: 180, z: '0"天"' })],
  ];

  it('applies the number format, shows dates as YYYY-MM-DD, booleans as TRUE/FALSE and formulas as their result', () => {
    const t = table(workbookBytes([{ name: 'S', rows }]));
    expect(t.rows[0]!.cells).toEqual(['x', '1,234.50', '12.5%', '2024-03-01', '2024-03-01 08:30', 'TRUE', '2', '5年']);
    expect(t.rows[1]!.cells).toEqual(['y', '0.3', 'FALSE', '#N/A', 'AES-256', '', '', '180天']);
  });

  it('counts dates from 1904 in a workbook that uses the 1904 date system', () => {
    const t = table(workbookBytes([{ name: 'S', rows: [['field', 'day'], ['x', cell({ t: 'n', v: 43890, z: 'yyyy/m/d' })]] }], { date1904: true }));
    expect(t.rows[0]!.cells[1]).toBe('2024-03-01');
  });

  it('flattens rich text to its characters', () => {
    const plain = workbookBytes([{ name: 'S', rows: [['field', 'encrypted'], ['x', 'AES-256']] }]);
    const rich = editPart(plain, 'xl/sharedStrings.xml', (xml) => xml.replace('<si><t>AES-256</t></si>', '<si><r><t>AES</t></r><r><rPr><b/></rPr><t>-256</t></r></si>'));
    expect(rich).not.toEqual(plain);
    expect(table(rich).rows[0]!.cells).toEqual(['x', 'AES-256']);
  });
});

describe('columns and rows nobody filled', () => {
  const bytes = workbookBytes([
    {
      name: '资产 清单',
      origin: 'B2',
      rows: [
        ['field', 'category', '', 'Column4'],
        ['mobile', 'basic.phone', null, null],
        [],
        [null, null, null, null],
        ['email', 'basic.email', null, 'stray note'],
      ],
    },
  ]);

  it('drops blank and Column1-style trailing headers and skips empty rows', () => {
    const t = table(bytes);
    expect(t.headers).toEqual(['field', 'category']);
    expect(t.sheetColumns).toEqual([1, 2]);
    expect(t.rows).toEqual([
      { line: 3, cells: ['mobile', 'basic.phone'] },
      { line: 6, cells: ['email', 'basic.email'] },
    ]);
  });
});

describe('locations name the cell as Excel does', () => {
  it('formats a cell in place of line and column', () => {
    expect(formatLocation({ file: '清单.xlsx', line: 7, column: 4, cell: 'Sheet1!D7' })).toBe('清单.xlsx:Sheet1!D7');
    expect(formatLocation({ file: 'a.csv', line: 7, column: 4 })).toBe('a.csv:7:4');
    expect(new InputError('bad', { file: '清单.xlsx', line: 3, cell: 'Sheet1!3:3' }, 'fix').describe()).toBe('清单.xlsx:Sheet1!3:3: bad\n  hint: fix');
  });

  it('quotes sheet names Excel quotes', () => {
    expect(['Sheet1', '资产清单', '资产 清单', "Bob's", '2024', 'A1', 'R1C1'].map(sheetRef)).toEqual(['Sheet1', '资产清单', "'资产 清单'", "'Bob''s'", "'2024'", "'A1'", "'R1C1'"]);
  });

  it('gives a cell that cannot be read its sheet, column letter and row', () => {
    const bytes = workbookBytes([{ name: '清单', origin: 'B1', rows: [['标题'], [], ['字段名', '信息类别'], ['手机号', '个人电话号码'], ['神秘字段', '火星信息']] }]);
    const inv = inventory(bytes);
    const unread = inv.records.flatMap((r) => r.unread ?? []);
    expect(unread.map((p) => [p.loc.line, p.loc.cell])).toEqual([[5, '清单!C5']]);
    // The column as the sheet counts it (C = 3), as the line is the sheet's row: reports point there.
    expect(unread[0]!.loc.column).toBe(3);
  });

  it('names the header row of a sheet whose header an SDK list needs more of', () => {
    const bytes = workbookBytes([{ name: 'SDK', rows: [['第三方SDK目录'], ['SDK名称', '所属公司', '收集个人信息字段'], ['友盟', '友盟同欣（北京）科技有限公司', '设备型号']] }]);
    const path = writeWorkbook('sdk.xlsx', bytes);
    const err = inputErrorOf(() => loadDeclaration(path, true, { taxonomy, kind: 'sdk' }));
    expect(err.describe()).toMatch(/sdk\.xlsx:SDK!2:2: no platform column/);
  });
});

describe('which sheet', () => {
  const sheets: SheetSpec[] = [
    { name: '隐藏', hidden: true, rows: [['x']] },
    { name: '填表说明', rows: [['每个字段一行']] },
    { name: '资产清单', rows: [['field', 'category'], ['mobile', 'basic.phone']] },
  ];
  const path = () => writeWorkbook('sheets.xlsx', workbookBytes(sheets));

  it('reads the first visible sheet, and names the sheet that holds the declaration when that one does not', () => {
    const err = inputErrorOf(() => loadDeclaration(path(), true, { taxonomy }));
    expect(err.message).toContain("sheet '填表说明' has neither");
    expect(err.hint).toBe("sheet '资产清单' has them: pass --sheet 资产清单");
  });

  it('reads the sheet --sheet names, in any case', () => {
    expect(loadDeclaration(path(), true, { taxonomy, sheet: '资产清单' })?.records).toHaveLength(1);
    expect(table(workbookBytes([{ name: 'Inventory', rows: [['field'], ['x']] }]), 'inventory').sheet).toBe('Inventory');
  });

  it('says which sheets there are when --sheet names none of them', () => {
    const err = inputErrorOf(() => loadDeclaration(path(), true, { taxonomy, sheet: '资产清单2' }));
    expect(err.describe()).toMatch(/sheets\.xlsx: --sheet: no sheet named '资产清单2' in this workbook\n {2}hint: did you mean '资产清单'/);
  });
});

describe('a workbook is told by its bytes', () => {
  const bytes = workbookBytes([{ name: 'S', rows: [['field', 'category'], ['mobile', 'basic.phone']] }]);

  it('reads a workbook saved under a .csv name', () => {
    const inv = inventory(bytes, 'renamed.csv');
    expect(inv.records.map((r) => r.field)).toEqual(['mobile']);
  });

  it('reads CSV text saved under an .xlsx name as CSV', () => {
    const inv = inventory(Buffer.from('field,category\nmobile,basic.phone\n'), 'export.xlsx');
    expect(inv.records.map((r) => r.field)).toEqual(['mobile']);
  });

  it('expands a folder to its workbooks, but not the ~$ owner file Excel keeps while one is open', () => {
    const folder = tempFolder('privaudit-xlsx-folder-');
    writeWorkbook('inv.xlsx', bytes, folder);
    writeWorkbook('~$inv.xlsx', Buffer.from('\x05owner\x00\x00'), folder);
    const files = loadDeclarations([folder], { taxonomy });
    expect(files.map((f) => [basename(f.file), f.kind])).toEqual([['inv.xlsx', 'inventory']]);
  });
});

describe('workbooks that cannot be read: exit 2 with what is wrong, never a stack trace or a hang', () => {
  const good = workbookBytes([{ name: 'S', rows: [['field', 'category'], ['mobile', 'basic.phone']] }]);
  const errorFor = (bytes: Buffer, name = 'bad.xlsx') => inputErrorOf(() => loadDeclaration(writeWorkbook(name, bytes), true, { taxonomy }));

  it('a legacy .xls: save it as .xlsx', () => {
    const ole2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]);
    const err = errorFor(ole2, 'old.xls');
    expect(err.message).toMatch(/legacy Excel 97-2003 workbook \(\.xls\)/);
    expect(err.hint).toMatch(/save it as an Excel Workbook \(\.xlsx\)/);
  });

  it('a password-protected workbook', () => {
    const encrypted = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(100)]);
    expect(errorFor(encrypted).message).toMatch(/password-protected/);
  });

  it('a ZIP archive that is not a workbook', () => {
    const docx = Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') }));
    expect(errorFor(docx).message).toBe('a ZIP archive, not an Excel workbook (a Word document)');
  });

  it('a truncated or damaged workbook, whatever the damage', () => {
    expect(errorFor(good.subarray(0, 62)).message).toMatch(/^not a readable Excel workbook/);
    expect(errorFor(good.subarray(0, good.length >> 1)).message).toMatch(/^not a readable Excel workbook/);
    // Bytes flipped through the file (SheetJS's own ZIP reader loops for ever on some of these).
    for (let seed = 1; seed <= 40; seed++) {
      const bad = Buffer.from(good);
      for (let k = 0; k < 5; k++) {
        const at = (seed * 7919 * (k + 1)) % bad.length;
        bad[at] = bad[at]! ^ (0x5a + k);
      }
      try {
        loadDeclaration(writeWorkbook(`flip${seed}.xlsx`, bad), true, { taxonomy });
      } catch (e) {
        expect(e, `seed ${seed}`).toBeInstanceOf(InputError);
      }
    }
  });

  it('the committed fixture: an .xlsx cut short and renamed .csv', () => {
    const err = inputErrorOf(() => loadDeclaration('fixtures/bad/binary-xlsx-renamed.csv', true, { taxonomy }));
    expect(err.describe()).toMatch(/^fixtures\/bad\/binary-xlsx-renamed\.csv: not a readable Excel workbook: the ZIP archive is damaged or cut short/);
    expect(readFileSync('fixtures/bad/binary-xlsx-renamed.csv').subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
  });
});
