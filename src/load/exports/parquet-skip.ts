/**
 * The columns of a row group the scan does not read, and that can be left unread (their cells empty):
 * Parquet stores columns apart, so an unread column costs nothing. A column all NULL in the group can
 * always be left; the others only when a column that is read has a value in every row of the group, as
 * its statistics show, so that no record can look blank for the cells left empty (the scan does not
 * count blank records). Only integer and boolean columns serve as that witness: their text is never
 * empty (a float's NaN, a date out of range or a string of spaces would be).
 */
import type { ColumnMetaData, RowGroup } from 'hyparquet';
import type { ParquetTable, TopColumn } from './parquet-columns.js';

/** `chunks`: the group's column chunks by top-level column name (chunksByColumn). */
export function unreadColumns(group: RowGroup, chunks: ReadonlyMap<string, ColumnMetaData>, table: ParquetTable, reads: readonly boolean[] | null | undefined): Set<string> {
  const out = new Set<string>();
  if (!reads) return out;
  const rows = Number(group.num_rows);
  const flat = table.top.filter((c) => !c.nested);
  const witness = flat.some((c) => reads[c.index] && alwaysFilled(c, chunks.get(c.name)));
  for (const c of flat) {
    if (!reads[c.index] && (witness || Number(chunks.get(c.name)?.statistics?.null_count) === rows)) out.add(c.name);
  }
  return out;
}

/** A row group's column chunks by their top-level column's name. */
export function chunksByColumn(group: RowGroup): Map<string, ColumnMetaData> {
  const out = new Map<string, ColumnMetaData>();
  for (const c of group.columns) if (c.meta_data && !out.has(c.meta_data.path_in_schema[0]!)) out.set(c.meta_data.path_in_schema[0]!, c.meta_data);
  return out;
}

function alwaysFilled(c: TopColumn, meta: ColumnMetaData | undefined): boolean {
  if (!meta || c.time !== null || c.float) return false;
  if (meta.type !== 'INT32' && meta.type !== 'INT64' && meta.type !== 'BOOLEAN') return false;
  return Number(meta.statistics?.null_count) === 0;
}
