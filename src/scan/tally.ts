/**
 * The per-record work of a scan, for one byte range: counts per column (plaintext / masked / hashed),
 * identifiers in free text, and the tallies of the record checks the plan holds (record-checks.ts).
 *
 * This is the hot loop. A batch of parsed records is selected once (header, blank records and the
 * --sample limit left out), then counted column by column (column-counter.ts), then handed to each
 * record check's counter with the per-column plaintext flags; a table without checks pays nothing more.
 * No regex is compiled and nothing is allocated per record beyond the parser's arrays, except when
 * something is found (a row number, the first evidence). Line numbers are relative to the range;
 * merge.ts shifts them.
 */
import type { Undecodable } from '../load/exports/csv-stream.js';
import { isBlankRecord } from '../text/blank.js';
import { PiColumnCounter, TextColumnCounter, newColumnTally, note, type ColumnTally, type HitTally } from './column-counter.js';
import { FactsCounter, type FactsTally } from './column-facts.js';
import type { ScanPlan } from './plan.js';
import type { RecordBatch, RecordCounter } from './record-check.js';
import { recordCheck } from './record-checks.js';

export { MAX_ROWS, type ColumnTally, type HitTally } from './column-counter.js';

export interface RangeTallyResult {
  records: number;
  ragged: number;
  raggedRows: number[];
  columns: ColumnTally[];
  /** Per column: identifiers in free text (null for other columns). */
  freeText: (HitTally | null)[];
  /** Per planned check (ScanPlan.checks, same order): its rule and its tally, plain data. */
  checks: { rule: string; tally: unknown }[];
  /** Filled cells and oldest records (column-facts.ts); absent from tallies made before it existed. */
  facts?: FactsTally | null;
  /** Bytes of the range the decoder could not decode (set by range.ts, not by the tally): said as a problem. */
  undecodable?: Undecodable | null;
}

const NO_RECORDS: string[][] = [];

export class RangeTally {
  records = 0;
  ragged = 0;
  readonly raggedRows: number[] = [];
  /** The sample limit was reached: the reader may stop. */
  full = false;

  private readonly pi: PiColumnCounter[];
  private readonly text: TextColumnCounter[];
  /** Selected records of the current batch (indexes into it). */
  private sel = new Int32Array(1024);
  /** Per column, per selected record: 1 when the cell held plaintext. */
  private plain: Uint8Array[];
  private readonly counters: RecordCounter<unknown>[];
  /** What the counters are handed, refilled per batch. */
  private readonly batch: RecordBatch;
  private readonly facts: FactsCounter | null;

  constructor(
    private readonly plan: ScanPlan,
    /** Lines up to this one (the header and what precedes it) are not records. */
    private readonly skipThroughLine: number,
  ) {
    this.pi = plan.columns.filter((c) => c.kind === 'pi').map((c) => new PiColumnCounter(c, plan.validateMask));
    this.text = plan.columns.filter((c) => c.kind === 'free-text').map((c) => new TextColumnCounter(c));
    this.plain = plan.columns.map(() => new Uint8Array(1024));
    this.counters = plan.checks.map((c) => recordCheck(c.rule).counter(c.check));
    this.batch = { records: [], sel: this.sel, n: 0, lines: new Int32Array(0), plain: this.plain };
    this.facts = FactsCounter.for(plan.facts, plan.width);
  }

  /** The reader's batch handler. */
  readonly onBatch = (records: string[][], lines: Int32Array): void => {
    const n = this.select(records, lines);
    if (n === 0) return;
    for (const c of this.pi) c.count(records, this.sel, n, lines, this.plain[c.index]!);
    for (const c of this.text) c.count(records, this.sel, n, lines);
    if (this.counters.length > 0) this.recordChecks(records, lines, n);
    this.facts?.count(records, this.sel, n, lines);
  };

  /** Records to count: not the header, not blank, within --sample; ragged ones counted. */
  private select(records: string[][], lines: Int32Array): number {
    if (this.sel.length < records.length) this.grow(records.length);
    const width = this.plan.width;
    const limit = this.plan.sample;
    let n = 0;
    for (let r = 0; r < records.length; r++) {
      const line = lines[r]!;
      const cells = records[r]!;
      if (line <= this.skipThroughLine || isBlankRecord(cells)) continue;
      if (limit !== null && this.records >= limit) {
        this.full = true;
        break;
      }
      this.records++;
      if (cells.length !== width) {
        this.ragged++;
        note(this.raggedRows, line);
      }
      this.sel[n++] = r;
    }
    return n;
  }

  private grow(size: number): void {
    this.sel = new Int32Array(size * 2);
    this.plain = this.plain.map(() => new Uint8Array(size * 2));
  }

  private recordChecks(records: string[][], lines: Int32Array, n: number): void {
    const b = this.batch;
    b.records = records;
    b.sel = this.sel;
    b.n = n;
    b.lines = lines;
    b.plain = this.plain;
    for (const c of this.counters) c.add(b);
    // Let the batch go: held here until the next one, it outlived collections and was copied by each.
    b.records = NO_RECORDS;
  }

  result(): RangeTallyResult {
    const columns = this.plan.columns.map(newColumnTally);
    const freeText: (HitTally | null)[] = this.plan.columns.map(() => null);
    for (const c of this.pi) columns[c.index] = c.tally;
    for (const c of this.text) {
      columns[c.index] = c.tally;
      freeText[c.index] = c.hits;
    }
    return { records: this.records, ragged: this.ragged, raggedRows: this.raggedRows, columns, freeText, checks: this.counters.map((c, i) => ({ rule: this.plan.checks[i]!.rule, tally: c.result() })), facts: this.facts?.result() ?? null };
  }
}
