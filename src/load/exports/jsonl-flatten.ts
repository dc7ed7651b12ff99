/**
 * A nested document (a JSON Lines document, a nested Parquet row) → records of string cells, as a CSV
 * export of the same data would hold them.
 *
 * Columns: nested objects become dotted names (`contact.mobile`); array elements go to the column named
 * after the array with `[]` (`phones[]`, `addresses[].city`).
 *
 * Arrays: a document is as many records as its longest array needs. The first record holds every value
 * outside arrays and the first element of each array; element k of an array goes to the k-th record
 * (its other cells empty, same line). So every value is counted exactly once: "phone number in clear: N
 * values" counts array elements one by one, each cell holds one value for the detectors, and the record
 * checks (retention, minors) read the document's own cells in its first record. The price: a table's
 * record count also counts those extra records, and a line may be listed once per value. An array of
 * objects gives each element as many records as it needs itself, so an element's fields stay together.
 *
 * Extended JSON (mongoexport, canonical and relaxed): `$oid`, `$date` (ISO text or epoch milliseconds →
 * `YYYY-MM-DD HH:MM:SSZ`), `$numberLong`, `$numberInt`, `$numberDouble`, `$numberDecimal`, `$binary`
 * (UTF-8 text when it is, else hex; UUIDs as UUIDs), `$timestamp`, `$regularExpression`, `$symbol`,
 * `$code` → the plain value.
 *
 * Instants (`$date`, `$timestamp`, Date objects) are written in UTC with their `Z`: the scan reads a time
 * without a zone as China time (src/scan/day.ts), so the zone must say that these are not.
 */

/** Where the flattener puts each value: a column index, or -1 to drop it (a column not known). `empty`: the value is null or an empty array. */
export type ColumnOf = (path: string, empty: boolean) => number;

/**
 * Records of one document, reused from document to document: `rows[0..height)` hold its cells (each
 * `width` wide once padded).
 */
export class Flattener {
  rows: string[][] = [];
  height = 0;
  /** The last document held an integer past 2^53, which JSON.parse has rounded. */
  rounded = false;

  constructor(
    private readonly columnOf: ColumnOf,
    /** Paths whose value is kept whole, as JSON text (a Parquet map: its keys are data). */
    private readonly whole: ReadonlySet<string> = new Set(),
    /**
     * Paths of wall-clock times that came written as instants (a nested Parquet TIMESTAMP not adjusted
     * to UTC: hyparquet's parsers do not say which column a value is from): their `Z` is dropped.
     */
    private readonly wallClock: ReadonlySet<string> = new Set(),
  ) {}

  /** Spreads the document over records; returns how many it needs (at least 1). */
  flatten(doc: Record<string, unknown>, width: number): number {
    this.height = 0;
    this.rounded = false;
    this.ensure(1, width);
    const height = Math.max(1, this.object(doc, '', 0, width));
    // Values dropped (a column not known) still take their records: pad them too.
    this.ensure(height, width);
    this.height = height;
    return height;
  }

  private ensure(height: number, width: number): void {
    while (this.rows.length < height) this.rows.push([]);
    for (let r = this.height; r < height; r++) {
      const row = this.rows[r]!;
      row.length = width;
      row.fill('');
    }
    if (height > this.height) this.height = height;
  }

  private put(path: string, row: number, text: string, width: number, empty = false): void {
    const col = this.columnOf(path, empty);
    if (col < 0) return;
    this.ensure(row + 1, width);
    this.rows[row]![col] = text;
  }

  /** Places a value at `row`; returns the records it spans. */
  private value(v: unknown, path: string, row: number, width: number): number {
    if (v === null || v === undefined) {
      this.put(path, row, '', width, true);
      return 1;
    }
    switch (typeof v) {
      case 'string':
        this.put(path, row, this.wallClock.size > 0 && this.wallClock.has(path) && v.endsWith('Z') ? v.slice(0, -1) : v, width);
        return 1;
      case 'object':
        if (this.whole.size > 0 && this.whole.has(path)) {
          this.put(path, row, scalarText(v), width);
          return 1;
        }
        if (Array.isArray(v)) return this.array(v, path + '[]', row, width);
        if (v instanceof Date) {
          this.put(path, row, dateTimeText(v.getTime()), width);
          return 1;
        }
        if (v instanceof Uint8Array) {
          this.put(path, row, bytesText(v), width);
          return 1;
        }
        {
          const ext = extendedJson(v as Record<string, unknown>);
          if (ext !== null) {
            this.put(path, row, ext, width);
            return 1;
          }
        }
        return Math.max(1, this.object(v as Record<string, unknown>, path + '.', row, width));
      case 'number':
        if (!this.rounded && (v > Number.MAX_SAFE_INTEGER || v < Number.MIN_SAFE_INTEGER)) this.rounded = true;
        this.put(path, row, scalarText(v), width);
        return 1;
      default:
        this.put(path, row, scalarText(v), width);
        return 1;
    }
  }

  private object(o: Record<string, unknown>, prefix: string, row: number, width: number): number {
    let height = 1;
    for (const key in o) {
      const h = this.value(o[key], prefix + key, row, width);
      if (h > height) height = h;
    }
    return height;
  }

  private array(a: unknown[], path: string, row: number, width: number): number {
    if (a.length === 0) {
      this.put(path, row, '', width, true);
      return 1;
    }
    let at = row;
    for (const v of a) at += this.value(v, path, at, width);
    return at - row;
  }
}

/** Every column path of a document, in the order met (to learn a schemaless table's columns). */
export function pathsOf(doc: Record<string, unknown>, out: (path: string) => void): void {
  const seen = new Set<string>();
  const f = new Flattener((p) => {
    if (!seen.has(p)) {
      seen.add(p);
      out(p);
    }
    return -1;
  });
  f.flatten(doc, 0);
}

/** A number, bigint or boolean as a CSV export writes it. */
export function scalarText(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v;
  return v === null || v === undefined ? '' : JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
}

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const DAY_MS = 86_400_000;
/** Days already written (a table's dates fall on far fewer days than it has rows); cleared when full. */
const DAYS = new Map<number, string>();
const MAX_DAYS = 65_536;

/** An instant (epoch milliseconds) → `YYYY-MM-DD HH:MM:SSZ` (UTC); '' outside the dates JavaScript can hold. */
export function dateTimeText(ms: number): string {
  return clockText(ms, 'Z');
}

/**
 * A wall-clock time stored as if it were UTC (a Parquet TIMESTAMP not adjusted to UTC) → `YYYY-MM-DD
 * HH:MM:SS`, no zone: the time as written, whatever zone it was taken in.
 */
export function wallClockText(ms: number): string {
  return clockText(ms, '');
}

function clockText(ms: number, zone: string): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '';
  const day = Math.floor(ms / DAY_MS);
  let text = DAYS.get(day);
  if (text === undefined) {
    if (DAYS.size === MAX_DAYS) DAYS.clear();
    text = dayText(day);
    DAYS.set(day, text);
  }
  const s = Math.floor((ms - day * DAY_MS) / 1000);
  return `${text} ${TWO[(s / 3600) | 0]}:${TWO[((s % 3600) / 60) | 0]}:${TWO[s % 60]}${zone}`;
}

/** Days since 1970-01-01 → `YYYY-MM-DD`. */
export function dateText(days: number): string {
  return Number.isFinite(days) && Math.abs(days) <= 1e8 ? dayText(Math.floor(days)) : '';
}

function dayText(day: number): string {
  const iso = new Date(day * DAY_MS).toISOString();
  // Years beyond 9999 come as +YYYYYY-…: kept whole, as written.
  return iso.slice(0, iso.indexOf('T'));
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as a CSV export of them would read: UTF-8 text when they are, else hex. */
export function bytesText(b: Uint8Array): string {
  try {
    return UTF8.decode(b);
  } catch {
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
  }
}

function uuidText(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An Extended JSON wrapper's plain value, or null when the object is an ordinary document. */
export function extendedJson(o: Record<string, unknown>): string | null {
  let first: string | undefined;
  for (const k in o) {
    first = k;
    break;
  }
  if (first === undefined || first.charCodeAt(0) !== 36 /* $ */) return null;
  const v = o[first];
  switch (first) {
    case '$oid':
    case '$numberLong':
    case '$numberInt':
    case '$numberDouble':
    case '$numberDecimal':
    case '$symbol':
    case '$code':
      return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
    case '$date':
      return dateOf(v);
    case '$binary':
      return binaryOf(v, o['$type']);
    case '$uuid':
      return typeof v === 'string' ? v : null;
    case '$timestamp': {
      const t = (v as { t?: unknown } | null)?.t;
      return typeof t === 'number' ? dateTimeText(t * 1000) : null;
    }
    case '$regularExpression': {
      const p = (v as { pattern?: unknown } | null)?.pattern;
      return typeof p === 'string' ? p : null;
    }
    case '$minKey':
    case '$maxKey':
    case '$undefined':
      return '';
    default:
      return null;
  }
}

function dateOf(v: unknown): string | null {
  if (typeof v === 'string') {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? v : dateTimeText(ms);
  }
  if (typeof v === 'number') return dateTimeText(v);
  const long = (v as { $numberLong?: unknown } | null)?.$numberLong;
  return typeof long === 'string' ? dateTimeText(Number(long)) : null;
}

/** `{"$binary": {"base64": …, "subType": "04"}}` (v2) or `{"$binary": "…", "$type": "00"}` (legacy). */
function binaryOf(v: unknown, legacyType: unknown): string | null {
  const b64 = typeof v === 'string' ? v : (v as { base64?: unknown } | null)?.base64;
  const sub = typeof v === 'string' ? legacyType : (v as { subType?: unknown } | null)?.subType;
  if (typeof b64 !== 'string') return null;
  const bytes = Buffer.from(b64, 'base64');
  if ((sub === '03' || sub === '04' || sub === '3' || sub === '4') && bytes.length === 16) return uuidText(bytes.toString('hex'));
  return bytesText(bytes);
}
