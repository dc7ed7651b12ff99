/**
 * `--lang zh` runs of `privaudit scan` on exports that are partly or wholly unreadable (issues 15, 16, 18):
 * each input is a fixture damaged the way files are in the field (a dump cut short, a line broken by
 * hand, a copy interrupted), written into the caller's temp folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { parquetMetadata } from 'hyparquet';
import { MAX_SHEET_XML } from '../../src/load/exports/xlsx.js';
import { workbookBytes } from '../load/xlsx-workbook.js';
import type { ZhRun } from './zh-runs.js';

const FORMATS = 'fixtures/formats';
const zh = (argv: string[], asOf = '2024-06-01') => [...argv, '--lang', 'zh', '--as-of', asOf];

export function exportRuns(work: string): ZhRun[] {
  const write = (name: string, bytes: string | Uint8Array) => (writeFileSync(join(work, name), bytes), join(work, name));
  const scan = (name: string, file: string, code: number): ZhRun => ({ name: `scan: ${name}`, argv: zh(['scan', file]), code });
  return [
    scan('a mysqldump cut inside a row', write('cut.sql', cutInsideLastRow(readFileSync(join(FORMATS, 'mysqldump.sql'), 'utf8'))), 1),
    scan('a gzipped mysqldump cut short', write('cut.sql.gz', cutShort(gzipSync(readFileSync(join(FORMATS, 'mysqldump.sql'))))), 1),
    scan('a pg_dump cut inside its COPY data', write('cut-copy.sql', cutInsideCopy(readFileSync(join(FORMATS, 'pg_dump.sql'), 'utf8'))), 1),
    scan('a pg_dump with statements that do not parse', write('garbled.sql', garbledPgDump()), 1),
    scan('a mysqldump whose INSERTs name no columns and no table structure', write('nocreate.sql', 'INSERT INTO `people` VALUES (1,\'13812345678\'),(2,\'13912345678\');\nINSERT INTO `people` (`id`, `phone`, `wechat`) VALUES (3,\'13712345678\',\'x\');\n'), 0),
    scan('a dump with no data', write('schema.sql', 'CREATE TABLE `t` (`id` int);\n'), 2),
    scan('a UTF-8 CSV with a cut character', write('cut-char.csv', Buffer.concat([Buffer.from('手机号,备注\n13812345678,ok\n13912345678,'), Buffer.from([0xe5, 0xae]), Buffer.from('\n')])), 1),
    scan('a GBK CSV with a byte that is not GBK', write('bad-gbk.csv', Buffer.concat([Buffer.from([0xca, 0xd6, 0xbb, 0xfa, 0xba, 0xc5]), Buffer.from(',x\n13812345678,ok\n13912345678,'), Buffer.from([0xff]), Buffer.from('\n13712345678,')])), 1),
    scan('a JSON Lines file with a broken line', join(FORMATS, 'bad/members-broken-line.jsonl'), 1),
    scan('JSON Lines with a line that is not an object', write('arrays.jsonl', '{"mobile":"13812345678"}\n[1,2]\n{"mobile":"13912345678",}\n'), 1),
    scan('a JSON file with no document', write('empty.jsonl', '\n\n'), 2),
    scan('JSON documents spanning lines, broken after the first', write('pretty.json', '{\n  "mobile": "13812345678"\n}\n{\n  "mobile": x\n}\n'), 1),
    scan('JSON documents spanning lines, none readable', write('pretty-bad.json', '{\n  "mobile" 1\n}\n'), 2),
    scan('a mysqldump --xml file', write('shop.xml', '<?xml version="1.0"?>\n<mysqldump xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n</mysqldump>\n'), 2),
    scan('records wider than the header (a title line taken for it)', write('wide.csv', '导出时间,2024-01-01\n编号,姓名,手机号\n1,张三,13812345678\n'), 0),
    scan('a Parquet file cut short (no footer)', join(FORMATS, 'bad/members-truncated.parquet'), 2),
    scan('a Parquet row group that cannot be decoded', write('damaged.parquet', damagedRowGroup()), 1),
    scan('a ZIP with a damaged member', write('damaged.zip', damagedMember(true)), 1),
    scan('a ZIP whose only member is damaged', write('all-damaged.zip', damagedMember(false)), 2),
    scan('a ZIP holding no table', write('docs.zip', zipSync({ 'README.pdf': strToU8('%PDF-1.4'), 'logo.png': strToU8('png') })), 2),
    scan('a ZIP cut short', write('cut.zip', readFileSync(join(FORMATS, 'export.zip')).subarray(0, 200)), 2),
    scan('a .zst cut short', write('cut.csv.zst', cutShort(readFileSync(join(FORMATS, 'members.csv.zst')))), 2),
    scan('a workbook with every sheet empty', write('empty.xlsx', workbookBytes([{ name: 'Sheet1', rows: [] }])), 2),
    scan('a workbook with too much sheet XML', write('huge.xlsx', oversizeWorkbook()), 2),
    { name: 'scan: an event log with unreadable dates', argv: zh(['scan', 'fixtures/events/tickets.csv', '-p', 'jdcloud-privacy-2020-07'], '2026-11-23'), code: 1 },
    { name: 'scan --inventory: undeclared columns, an unscanned inventory table', argv: zh(['scan', 'fixtures/crosscheck/exports', '--inventory', 'fixtures/crosscheck/inventory.csv']), code: 1 },
  ];
}

/** The dump as a copy interrupted inside the last row of its extended INSERT. */
function cutInsideLastRow(dump: string): string {
  return dump.slice(0, dump.indexOf('(9,', dump.indexOf('INSERT INTO `members`')) + 12);
}

/** pg_dump's output cut after the second row of the members' COPY (before its `\\.` line). */
function cutInsideCopy(dump: string): string {
  const copy = dump.indexOf('COPY public.members');
  return dump.slice(0, dump.indexOf('\n', dump.indexOf('\n', dump.indexOf('\n', copy) + 1) + 1) + 1);
}

/** pg_dump's output with an INSERT whose column list is broken and a word no statement starts with. */
function garbledPgDump(): string {
  const dump = readFileSync(join(FORMATS, 'pg_dump.sql'), 'utf8');
  const at = dump.indexOf('COPY public.members');
  return `${dump.slice(0, at)}INSERT INTO public.members (id real_name) VALUES (1, 'x');\nFROBNICATE public.members;\n\n${dump.slice(at)}`;
}

/** members-rowgroups.parquet with the second row group's mobile page overwritten. */
function damagedRowGroup(): Buffer {
  const bytes = Buffer.from(readFileSync(join(FORMATS, 'members-rowgroups.parquet')));
  const meta = parquetMetadata(new Uint8Array(bytes).buffer);
  const mobile = meta.row_groups[1]!.columns.find((c) => c.meta_data!.path_in_schema[0] === 'mobile')!.meta_data!;
  bytes.fill(0xff, Number(mobile.data_page_offset), Number(mobile.data_page_offset) + 8);
  return bytes;
}

/** An archive whose b.csv has bytes overwritten (a.csv beside it when `withGood`). */
function damagedMember(withGood: boolean): Buffer {
  const b = strToU8('id,mobile\n' + '2,13912345678\n'.repeat(5000));
  const bytes = Buffer.from(zipSync(withGood ? { 'a.csv': strToU8('id,mobile\n1,13812345678\n'), 'b.csv': b } : { 'b.csv': b }, { level: 9 }));
  const at = bytes.indexOf('b.csv') + 'b.csv'.length + 40;
  bytes.fill(0xff, at, at + 32);
  return bytes;
}

function cutShort(bytes: Buffer): Buffer {
  return bytes.subarray(0, Math.floor(bytes.length * 0.7));
}

/** members.xlsx with its sheet listed in the ZIP directory as a byte over the bound. */
function oversizeWorkbook(): Buffer {
  const bytes = Buffer.from(readFileSync(join(FORMATS, 'members.xlsx')));
  const central = bytes.indexOf('xl/worksheets/sheet1.xml', bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]))) - 46;
  bytes.writeUInt32LE(MAX_SHEET_XML + 1, central + 24);
  return bytes;
}
