/**
 * A Parquet schema → the table's columns, and each column's values (as hyparquet decodes them) → the
 * text a CSV export of the same table would hold: integers and BigInts as decimal text, DECIMAL with
 * its scale as written (`12.50`, from the unscaled integer: never through a float), timestamps that
 * are instants (TIMESTAMP adjusted to UTC, the legacy TIMESTAMP_MILLIS/MICROS, INT96) as
 * `YYYY-MM-DD HH:MM:SSZ` (the scan moves them to China time), a TIMESTAMP not adjusted to UTC (a
 * wall-clock time) as `YYYY-MM-DD HH:MM:SS` (read as written), DATE as `YYYY-MM-DD`, byte arrays as
 * UTF-8 text (hex when they are not text), JSON as its text, NULL as ''. Nested columns (structs,
 * lists) are flattened as JSON documents are (jsonl-flatten.ts); a MAP's keys are data, not schema, so
 * a map is one column holding its JSON text.
 */
import type { DecodedArray, ParquetParsers, SchemaElement, SchemaTree } from 'hyparquet';
import { bytesText, dateText, dateTimeText, scalarText, wallClockText } from './jsonl-flatten.js';

/**
 * How hyparquet hands values over: our parsers give text for dates and strings directly. Timestamps
 * come as instants; a nested wall-clock column has its `Z` dropped by the flattener (ParquetTable.wallClock).
 */
export const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (ms: bigint) => dateTimeText(Number(ms)),
  timestampFromMicroseconds: (us: bigint) => dateTimeText(Math.floor(Number(us) / 1000)),
  timestampFromNanoseconds: (ns: bigint) => dateTimeText(Number(ns / 1_000_000n)),
  dateFromDays: (days: number) => dateText(days),
  stringFromBytes: (b: Uint8Array) => (b ? DECODER.decode(b) : b),
  jsonFromBytes: (b: Uint8Array) => (b ? DECODER.decode(b) : b),
};
const DECODER = new TextDecoder();

/** One top-level column of the file and the table columns it gives. */
export interface TopColumn {
  /** The column's name in the file (what hyparquet reads by). */
  name: string;
  /** Flat: one table column, its values converted at once; nested: flattened row by row. */
  nested: boolean;
  /** Flat columns: the table column it fills. */
  index: number;
  /** DECIMAL: the scale, the values being the unscaled integers. */
  scale: number | null;
  /** FLOAT (32 bits): written with the fewest digits that read back as the same float. */
  float: boolean;
  /** A timestamp or a DATE, the values being the stored integers. */
  time: ColumnTime | null;
}

export type TimeUnit = 'ms' | 'us' | 'ns' | 'date';

/** A timestamp's unit and whether it is an instant (UTC) or a wall-clock time; a DATE (`utc` false). */
export interface ColumnTime {
  unit: TimeUnit;
  utc: boolean;
}

export interface ParquetTable {
  top: TopColumn[];
  /** The table's column names, nested ones flattened (`contact.mobile`, `phones[]`). */
  columns: string[];
  /** Paths whose value is kept whole as JSON text (maps). */
  whole: Set<string>;
  /** Nested paths holding wall-clock timestamps (not adjusted to UTC). */
  wallClock: Set<string>;
}

/**
 * The table of a file's schema. Flat DECIMAL, timestamp and DATE columns lose their annotation in the
 * schema so hyparquet hands over the stored integers: a decimal is written from its unscaled value
 * (hyparquet's conversion goes through a float, which rounds long values), and a timestamp is turned
 * into text as its row is taken, not into a Date per value first. Nested columns keep hyparquet's
 * conversions (a nested DECIMAL comes as a float).
 */
export function tableOfSchema(tree: SchemaTree): ParquetTable {
  const columns: string[] = [];
  const whole = new Set<string>();
  const wallClock = new Set<string>();
  const top = tree.children.map((child): TopColumn => {
    const e = child.element;
    if (child.children.length === 0 && e.repetition_type !== 'REPEATED') {
      columns.push(e.name);
      const column: TopColumn = { name: e.name, nested: false, index: columns.length - 1, scale: decimalScale(e), float: e.type === 'FLOAT', time: columnTime(e) };
      if (column.scale !== null || column.time !== null) unannotate(e);
      return column;
    }
    walk(child, e.name, { columns, whole, wallClock });
    return { name: e.name, nested: true, index: -1, scale: null, float: false, time: null };
  });
  return { top, columns, whole, wallClock };
}

const UNITS: Partial<Record<string, TimeUnit>> = { MILLIS: 'ms', MICROS: 'us', NANOS: 'ns' };

function columnTime(e: SchemaElement): ColumnTime | null {
  if (e.type !== 'INT64' && e.type !== 'INT32') return null;
  if (e.converted_type === 'DATE' || e.logical_type?.type === 'DATE') return { unit: 'date', utc: false };
  // The logical type first: Arrow also sets TIMESTAMP_MILLIS/MICROS on a wall-clock timestamp, for old readers.
  const logical = e.logical_type;
  const unit = logical?.type === 'TIMESTAMP' ? UNITS[logical.unit] : undefined;
  if (logical?.type === 'TIMESTAMP' && unit) return { unit, utc: logical.isAdjustedToUTC };
  // The legacy converted types are instants (UTC).
  if (e.converted_type === 'TIMESTAMP_MILLIS') return { unit: 'ms', utc: true };
  if (e.converted_type === 'TIMESTAMP_MICROS') return { unit: 'us', utc: true };
  return null;
}

function decimalScale(e: SchemaElement): number | null {
  if (e.converted_type !== 'DECIMAL' && e.logical_type?.type !== 'DECIMAL') return null;
  const logical = e.logical_type as { scale?: number } | undefined;
  return e.scale ?? logical?.scale ?? 0;
}

function unannotate(e: SchemaElement): void {
  const w = e as { converted_type?: unknown; logical_type?: unknown };
  delete w.converted_type;
  delete w.logical_type;
}

/** What walk() gathers. */
interface Nested {
  columns: string[];
  whole: Set<string>;
  wallClock: Set<string>;
}

/** The column names a nested value gives, as jsonl-flatten.ts names them. */
function walk(node: SchemaTree, path: string, out: Nested): void {
  const e = node.element;
  const repeated = e.repetition_type === 'REPEATED';
  if (node.children.length === 0) return leaf(e, repeated ? `${path}[]` : path, out);
  if (e.converted_type === 'MAP' || e.converted_type === 'MAP_KEY_VALUE' || e.logical_type?.type === 'MAP') {
    out.whole.add(path);
    out.columns.push(path);
    return;
  }
  if (e.converted_type === 'LIST' || e.logical_type?.type === 'LIST') {
    const list = node.children[0]!;
    // Three-level lists: group (LIST) > repeated group list > element; older writers: the repeated field is the element.
    if (list.children.length === 1) return walk(list.children[0]!, `${path}[]`, out);
    if (list.children.length === 0) return leaf(list.element, `${path}[]`, out);
    for (const f of list.children) walk(f, `${path}[].${f.element.name}`, out);
    return;
  }
  const prefix = repeated ? `${path}[].` : `${path}.`;
  for (const f of node.children) walk(f, prefix + f.element.name, out);
}

/** A nested value's column; a wall-clock timestamp's is noted, hyparquet's parsers writing every timestamp as an instant. */
function leaf(e: SchemaElement, column: string, out: Nested): void {
  out.columns.push(column);
  if (e.logical_type?.type === 'TIMESTAMP' && !e.logical_type.isAdjustedToUTC) out.wallClock.add(column);
}

/** The text of `values[i]`, for a flat column's decoded values (chosen once per page). */
export function textOf(values: DecodedArray, column: Pick<TopColumn, 'scale' | 'float' | 'time'>): (i: number) => string {
  const { scale, time } = column;
  if (scale !== null) return (i) => decimalText(values[i], scale);
  if (time !== null) return (i) => timeText(values[i] as number | bigint | null | undefined, time);
  if (column.float) return (i) => floatText(values[i] as number | null);
  if (ArrayBuffer.isView(values)) return (i) => String(values[i]);
  return (i) => {
    const v: unknown = values[i];
    return typeof v === 'string' ? v : v === null || v === undefined ? '' : v instanceof Uint8Array ? bytesText(v) : scalarText(v);
  };
}

/** A stored timestamp or DATE as text: an instant `YYYY-MM-DD HH:MM:SSZ`, a wall-clock time without the `Z`, a DATE `YYYY-MM-DD`. */
export function timeText(v: number | bigint | null | undefined, time: ColumnTime): string {
  if (v === null || v === undefined) return '';
  const clock = time.utc ? dateTimeText : wallClockText;
  switch (time.unit) {
    case 'date':
      return dateText(Number(v));
    case 'ms':
      return clock(Number(v));
    case 'us':
      return clock(Math.floor(Number(v) / 1000));
    case 'ns':
      return clock(Number(BigInt(v) / 1_000_000n));
  }
}

/** A 32-bit float with the fewest digits that read back as it (0.1, not 0.10000000149011612). */
export function floatText(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '';
  for (let digits = 6; digits < 9; digits++) {
    const s = Number(v.toPrecision(digits));
    if (Math.fround(s) === v) return String(s);
  }
  return String(Number(v.toPrecision(9)));
}

/** An unscaled DECIMAL (int32, int64 or big-endian two's complement bytes) as written with its scale. */
export function decimalText(v: unknown, scale: number): string {
  if (v === null || v === undefined) return '';
  const unscaled = v instanceof Uint8Array ? bigEndian(v) : BigInt(v as number | bigint);
  if (scale <= 0) return (unscaled * 10n ** BigInt(-scale)).toString();
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

function bigEndian(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  let v = 0n;
  for (const byte of b) v = (v << 8n) | BigInt(byte);
  return b[0]! & 0x80 ? v - (1n << BigInt(b.length * 8)) : v;
}
