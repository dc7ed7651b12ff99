/**
 * Where a dump's rows go. CREATE TABLE definitions are remembered; an INSERT or COPY continues the open
 * table or starts a new one (its columns from the statement's list, else its CREATE TABLE, else by
 * position); each row is placed in the table's columns, padded, its PostgreSQL bytea and boolean text
 * made what a CSV export shows, and handed to the sink in batches. A problem goes to the table whose
 * rows it concerns, or waits for the next table to start (the last one at the end).
 */
import type { TextEncoding } from '../../io/encoding.js';
import type { TableDef } from './sql-heads.js';
import { hexText } from './sql-values.js';
import type { ReadProblem, TableSink } from './types.js';

/** Records handed to the sink at once (at most; the parser flushes at the end of every slice too). */
const BATCH = 4096;
/** Problems held before the next table starts (a dump of garbage must not grow them without bound). */
const MAX_PENDING = 100;

/** Column types whose PostgreSQL text is not what a CSV export shows. */
const enum Special {
  Bytea,
  Bool,
}

interface OpenTable {
  name: string;
  columns: string[];
  special: { index: number; kind: Special }[];
}

/** The INSERT or COPY being read. */
interface Target {
  name: string;
  /** Line and column of its statement (the table's line when it starts the table). */
  where: { line: number; column: number };
  /** Where each value goes among the table's columns (null: in order). */
  map: Int32Array | null;
}

export class DumpTables {
  records = 0;
  firstProblem: ReadProblem | null = null;
  /** The sink has enough of the current table (--sample): its rows are scanned past, not kept. */
  dropRows = false;
  private readonly defs = new Map<string, TableDef & { line: number }>();
  private table: OpenTable | null = null;
  private target: Target | null = null;
  private batch: string[][] = [];
  private lines = new Int32Array(BATCH);
  private pending: ReadProblem[] = [];

  constructor(
    private readonly sink: TableSink,
    private readonly pg: boolean,
    private readonly encoding: TextEncoding,
  ) {}

  define(def: TableDef, line: number): void {
    if (def.columns.length > 0) this.defs.set(def.name, { ...def, line });
  }

  /** An INSERT or COPY into `name` (its column list, if any) at `where`. */
  startRows(name: string, listed: string[] | null, where: Target['where']): void {
    if (this.table && this.table.name === name) {
      this.target = { name, where, map: listed ? this.mapTo(listed, this.table.columns, name, where) : null };
      return;
    }
    this.flush();
    const def = this.defs.get(name);
    let columns: string[] | null = null;
    let map: Int32Array | null = null;
    if (listed && def && listed.every((c) => def.columns.includes(c))) {
      columns = def.columns;
      map = this.mapTo(listed, columns, name, where);
    } else columns = listed ?? def?.columns ?? null;
    this.target = { name, where, map };
    this.table = null;
    if (columns) this.open(name, columns, def, def?.line ?? where.line);
  }

  /** The name of the table being read, when its rows are being read. */
  get reading(): string | null {
    return this.target !== null && this.table !== null && this.table.name === this.target.name ? this.target.name : null;
  }

  /** One record of the current statement's table, at `line`. */
  row(values: string[], line: number): void {
    if (this.dropRows) return;
    if (!this.table) this.openByPosition(values.length);
    const t = this.table!;
    const width = t.columns.length;
    let rec = values;
    const map = this.target!.map;
    if (map) {
      rec = new Array<string>(width).fill('');
      for (let k = 0; k < values.length; k++) {
        const to = k < map.length ? map[k]! : width + k;
        if (to >= 0) rec[to] = values[k]!;
      }
    } else while (rec.length < width) rec.push('');
    for (const sp of t.special) {
      const v = rec[sp.index];
      if (v) rec[sp.index] = sp.kind === Special.Bytea ? byteaText(v) : v === 't' ? 'true' : v === 'f' ? 'false' : v;
    }
    const k = this.batch.length;
    if (k === this.lines.length) {
      const grown = new Int32Array(k * 2);
      grown.set(this.lines);
      this.lines = grown;
    }
    this.batch.push(rec);
    this.lines[k] = line;
    if (k + 1 >= BATCH) this.flush();
  }

  flush(): void {
    if (this.batch.length === 0) return;
    this.records += this.batch.length;
    this.sink.records(this.batch, this.lines);
    this.batch.length = 0;
    if (this.sink.full) this.dropRows = true;
  }

  /** A problem with the rows being read goes to their table now; any other waits for the next table. */
  problem(p: ReadProblem, inRows: boolean): void {
    this.firstProblem ??= p;
    if (inRows && this.reading !== null) {
      this.flush();
      this.sink.problem(p);
    } else if (this.pending.length < MAX_PENDING) this.pending.push(p);
  }

  /** The dump is over: the last records, and the problems still waiting, go to the last table. */
  finish(): void {
    this.flush();
    if (this.table) for (const p of this.pending) this.sink.problem(p);
    this.pending = [];
  }

  private open(name: string, columns: string[], def: TableDef | undefined, line: number): void {
    this.flush();
    const special: OpenTable['special'] = [];
    if (def && this.pg) {
      columns.forEach((c, index) => {
        const type = def.types[def.columns.indexOf(c)];
        if (type === 'bytea') special.push({ index, kind: Special.Bytea });
        else if (type === 'boolean' || type === 'bool') special.push({ index, kind: Special.Bool });
      });
    }
    this.table = { name, columns, special };
    this.dropRows = false;
    this.sink.begin({ name, columns, line, encoding: this.encoding, delimiter: '' });
    const early = this.pending;
    this.pending = [];
    for (const p of early) this.sink.problem(p);
  }

  /** A table with no CREATE TABLE and no column list: its columns are named by position. */
  private openByPosition(width: number): void {
    const { name, where } = this.target!;
    this.open(name, Array.from({ length: width }, (_, k) => `column_${k + 1}`), undefined, where.line);
    this.problem(
      {
        ...where,
        message: `table «${name}» has no CREATE TABLE in the dump and no column list here: its columns are named by position (column_1 … column_${width})`,
        hint: 'dump the table with its structure (without --no-create-info / -t), or with column lists (--complete-insert, --column-inserts)',
      },
      true,
    );
  }

  /** Where each listed column sits in the table's columns (null when they are the same list). */
  private mapTo(listed: string[], columns: string[], table: string, where: Target['where']): Int32Array | null {
    if (listed.length === columns.length && listed.every((c, k) => c === columns[k])) return null;
    const map = Int32Array.from(listed, (c) => columns.indexOf(c));
    const unknown = listed.filter((_, k) => map[k]! < 0);
    if (unknown.length > 0) {
      const message = `columns ${unknown.map((c) => `«${c}»`).join(', ')} of this statement are not columns of «${table}»: their values are not scanned`;
      this.problem({ ...where, message, hint: 'a dump lists the same columns in every INSERT of a table' }, true);
    }
    return map;
  }
}

/** A bytea value as COPY and INSERT write it (`\x…`): its text when it holds UTF-8 text, else as written. */
function byteaText(v: string): string {
  return v.startsWith('\\x') ? (hexText(v.slice(2)) ?? v) : v;
}
