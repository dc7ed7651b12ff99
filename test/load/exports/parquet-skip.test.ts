/**
 * Columns the scan does not read are left unread in a row group only when that cannot make a record
 * with values look blank: a read integer column with a value in every row (its statistics say so), or
 * the unread column all NULL. Scanned, a Parquet file gives the records and counts its CSV gives.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RowGroup } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import type { ParquetTable } from '../../../src/load/exports/parquet-columns.js';
import { chunksByColumn, unreadColumns as unreadIn } from '../../../src/load/exports/parquet-skip.js';

const unreadColumns = (g: RowGroup, table: ParquetTable, reads: boolean[] | null) => unreadIn(g, chunksByColumn(g), table, reads);
import { tempFolder } from '../../helpers/temp-folder.js';
import { scanOne } from '../../scan/helpers.js';

const TABLE: ParquetTable = {
  top: ['id', 'mobile', 'order_no'].map((name, index) => ({ name, nested: false, index, scale: null, float: false, time: null })),
  columns: ['id', 'mobile', 'order_no'],
  whole: new Set(),
  wallClock: new Set(),
};

function group(nulls: Record<string, number | undefined>, types: Record<string, string> = {}): RowGroup {
  const columns = TABLE.columns.map((name) => ({ meta_data: { path_in_schema: [name], type: types[name] ?? (name === 'id' ? 'INT64' : 'BYTE_ARRAY'), statistics: nulls[name] === undefined ? undefined : { null_count: BigInt(nulls[name]!) } } }));
  return { num_rows: 10n, columns } as unknown as RowGroup;
}

describe('unreadColumns', () => {
  const reads = [true, true, false];

  it('leaves an unread column when a read integer column has a value in every row', () => {
    expect([...unreadColumns(group({ id: 0, mobile: 3, order_no: 2 }), TABLE, reads)]).toEqual(['order_no']);
  });

  it('reads it when no read column is sure to be filled (NULLs, no statistics, text, floats)', () => {
    expect(unreadColumns(group({ id: 1, mobile: 0, order_no: 2 }), TABLE, reads).size).toBe(0);
    expect(unreadColumns(group({ mobile: 0, order_no: 2 }), TABLE, reads).size).toBe(0);
    expect(unreadColumns(group({ id: 0, order_no: 2 }, { id: 'DOUBLE' }), TABLE, reads).size).toBe(0);
  });

  it('always leaves an unread column that is NULL in every row', () => {
    expect([...unreadColumns(group({ id: 4, mobile: 0, order_no: 10 }), TABLE, reads)]).toEqual(['order_no']);
  });

  it('reads every column while the scan has not said what it reads (the first records, which classify the columns)', () => {
    expect(unreadColumns(group({ id: 0, mobile: 0, order_no: 0 }), TABLE, null).size).toBe(0);
  });
});

describe('a Parquet scan with unread columns', () => {
  const dir = tempFolder('privaudit-skip-');
  /** 2,000 rows in 4 groups; rows 1,501–1,510 hold only an order number, rows 1,601–1,602 nothing. */
  function write(idAlways: boolean): { parquet: string; csv: string } {
    const rows = Array.from({ length: 2000 }, (_, i) => {
      const onlyOrder = i >= 1500 && i < 1510;
      const blank = i >= 1600 && i < 1602;
      return {
        id: (onlyOrder || blank) && !idAlways ? null : BigInt(i + 1),
        mobile: onlyOrder || blank ? null : `138${String(10000000 + i * 7919).slice(-8)}`,
        order_no: blank ? null : `SO${String(i).padStart(8, '0')}`,
      };
    });
    const name = idAlways ? 'filled' : 'gaps';
    const parquet = join(dir, `${name}.parquet`);
    const columnData = [
      { name: 'user_id', type: 'INT64' as const, nullable: true, data: rows.map((r) => r.id) },
      { name: 'mobile', type: 'STRING' as const, nullable: true, data: rows.map((r) => r.mobile) },
      { name: 'order_no', type: 'STRING' as const, nullable: true, data: rows.map((r) => r.order_no) },
    ];
    writeFileSync(parquet, new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize: 500 })));
    const csv = join(dir, `${name}.csv`);
    writeFileSync(csv, ['user_id,mobile,order_no', ...rows.map((r) => [r.id ?? '', r.mobile ?? '', r.order_no ?? ''].join(','))].join('\n') + '\n');
    return { parquet, csv };
  }

  it.each([
    ['user ids (read: personal) in every row: the order numbers are not read', true],
    ['user ids missing where only the order number is filled: that group reads it', false],
  ])('%s, and the records and counts are the CSV’s', async (_, idAlways) => {
    const { parquet, csv } = write(idAlways);
    const p = await scanOne(parquet);
    const c = await scanOne(csv);
    // The two blank rows are blank only where the ids have gaps.
    expect(p.records).toBe(idAlways ? 2000 : 1998);
    expect(p.records).toBe(c.records);
    expect(p.columns.map(({ name, kind, nonEmpty, plain }) => ({ name, kind, nonEmpty, plain }))).toEqual(c.columns.map(({ name, kind, nonEmpty, plain }) => ({ name, kind, nonEmpty, plain })));
    expect(p.columns.find((x) => x.name === 'order_no')!.kind).toBe('other');
    expect(p.columns.find((x) => x.name === 'user_id')!.kind).toBe('pi');
  });
});
