/**
 * The per-record work of a scan, for one byte range: counts per column (plaintext / masked / hashed),
 * identifiers in free text, overdue records per retention rule, minors without guardian consent.
 *
 * This is the hot loop. A batch of parsed records is selected once (header, blank records and the
 * --sample limit left out), then counted column by column (column-counter.ts), then checked record by
 * record for retention and minors from the per-column plaintext flags. No regex is compiled and nothing
 * is allocated per record beyond the parser's arrays, except when something is found (a row number,
 * the first evidence). Line numbers are relative to the range; merge.ts shifts them.
 */
import { residentIdBirthNumber, residentIdBirthYear } from '../detect/index.js';
import { fold } from '../text/suggest.js';
import { PiColumnCounter, TextColumnCounter, newColumnTally, note, type ColumnTally, type HitTally } from './column-counter.js';
import { FactsCounter, type FactsTally } from './column-facts.js';
import { consentGiven } from './consent-words.js';
import { dayOf, NOT_A_DAY, wholeNumber } from './day.js';
import type { MinorsCheck, RetentionCheck, ScanPlan } from './plan.js';

export { MAX_ROWS, type ColumnTally, type HitTally } from './column-counter.js';

export interface CountTally {
  count: number;
  rows: number[];
}

export interface RangeTallyResult {
  records: number;
  ragged: number;
  raggedRows: number[];
  columns: ColumnTally[];
  /** Per column: identifiers in free text (null for other columns). */
  freeText: (HitTally | null)[];
  retention: CountTally[];
  minors: CountTally | null;
  /** Filled cells and oldest records (column-facts.ts); absent from tallies made before it existed. */
  facts?: FactsTally | null;
}

const MEMO_LIMIT = 1024;
const newCount = (): CountTally => ({ count: 0, rows: [] });

function isBlankRecord(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.length > 0 && (c.charCodeAt(0) > 32 || c.trim().length > 0)) return false;
  }
  return true;
}

export class RangeTally {
  records = 0;
  ragged = 0;
  readonly raggedRows: number[] = [];
  readonly retention: CountTally[];
  readonly minors: CountTally | null;
  /** The sample limit was reached: the reader may stop. */
  full = false;

  private readonly pi: PiColumnCounter[];
  private readonly text: TextColumnCounter[];
  /** Selected records of the current batch (indexes into it). */
  private sel = new Int32Array(1024);
  /** Per column, per selected record: 1 when the cell held plaintext. */
  private plain: Uint8Array[];
  private readonly statusMemo = new Map<string, string>();
  private readonly consentMemo = new Map<string, boolean>();
  private readonly cutoffs: number[];
  private readonly bornAfter: number;
  /** bornAfter as the number YYYYMMDD, as residentIdBirthNumber gives a birth date. */
  private readonly bornAfterNumber: number;
  private readonly facts: FactsCounter | null;

  constructor(
    private readonly plan: ScanPlan,
    /** Lines up to this one (the header and what precedes it) are not records. */
    private readonly skipThroughLine: number,
  ) {
    this.pi = plan.columns.filter((c) => c.kind === 'pi').map((c) => new PiColumnCounter(c, plan.validateMask));
    this.text = plan.columns.filter((c) => c.kind === 'free-text').map((c) => new TextColumnCounter(c));
    this.plain = plan.columns.map(() => new Uint8Array(1024));
    this.retention = plan.retention.map(newCount);
    this.minors = plan.minors ? newCount() : null;
    this.cutoffs = plan.retention.map((r) => dayOf(r.cutoff));
    this.bornAfter = plan.minors ? dayOf(plan.minors.bornAfter) : 0;
    this.bornAfterNumber = plan.minors ? Number(plan.minors.bornAfter.replaceAll('-', '')) : 0;
    this.facts = FactsCounter.for(plan.facts, plan.width);
  }

  /** The reader's batch handler. */
  readonly onBatch = (records: string[][], lines: Int32Array): void => {
    const n = this.select(records, lines);
    if (n === 0) return;
    for (const c of this.pi) c.count(records, this.sel, n, lines, this.plain[c.index]!);
    for (const c of this.text) c.count(records, this.sel, n, lines);
    if (this.plan.retention.length > 0 || this.plan.minors !== null) this.recordChecks(records, lines, n);
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
    for (let k = 0; k < n; k++) {
      const r = this.sel[k]!;
      const cells = records[r]!;
      for (const check of this.plan.retention) this.retentionOf(check, cells, k, lines[r]!);
      if (this.plan.minors !== null) this.minorOf(this.plan.minors, cells, k, lines[r]!);
    }
  }

  private retentionOf(check: RetentionCheck, cells: string[], k: number, line: number): void {
    const cell = cells[check.dateColumn];
    if (cell === undefined || cell.length === 0) return;
    const day = dayOf(cell);
    if (day === NOT_A_DAY || day > this.cutoffs[check.index]!) return;
    if (check.statusColumn >= 0 && !this.statusSays(check, cells[check.statusColumn])) return;
    if (!this.holdsPlaintext(check.piColumns, k)) return;
    const t = this.retention[check.index]!;
    t.count++;
    note(t.rows, line);
  }

  private holdsPlaintext(columns: number[], k: number): boolean {
    for (let i = 0; i < columns.length; i++) if (this.plain[columns[i]!]![k] === 1) return true;
    return false;
  }

  private statusSays(check: RetentionCheck, cell: string | undefined): boolean {
    if (cell === undefined || cell.length === 0) return false;
    let folded = this.statusMemo.get(cell);
    if (folded === undefined) {
      if (this.statusMemo.size >= MEMO_LIMIT) this.statusMemo.clear();
      folded = fold(cell);
      this.statusMemo.set(cell, folded);
    }
    return check.statusWords.includes(folded);
  }

  private minorOf(check: MinorsCheck, cells: string[], k: number, line: number): void {
    if (!this.isMinor(check, cells, k)) return;
    if (check.consentColumn >= 0 && this.consents(cells[check.consentColumn])) return;
    const t = this.minors!;
    t.count++;
    note(t.rows, line);
  }

  private isMinor(check: MinorsCheck, cells: string[], k: number): boolean {
    const cell = cells[check.column];
    if (cell === undefined || cell.length === 0) return false;
    if (check.source === 'age') {
      const age = wholeNumber(cell);
      return age >= 0 && age < check.age;
    }
    if (check.source === 'birth-date') {
      const day = dayOf(cell);
      return day !== NOT_A_DAY && day > this.bornAfter;
    }
    // Only plaintext IDs carry a birth date; most people are adults, so the birth year read in place
    // settles them before the full validation runs the check digit.
    if (this.plain[check.column]![k] !== 1 || residentIdBirthYear(cell) < Math.floor(this.bornAfterNumber / 10_000)) return false;
    return residentIdBirthNumber(cell) > this.bornAfterNumber;
  }

  private consents(cell: string | undefined): boolean {
    if (cell === undefined || cell.length === 0) return false;
    let yes = this.consentMemo.get(cell);
    if (yes === undefined) {
      if (this.consentMemo.size >= MEMO_LIMIT) this.consentMemo.clear();
      yes = consentGiven(cell);
      this.consentMemo.set(cell, yes);
    }
    return yes;
  }

  result(): RangeTallyResult {
    const columns = this.plan.columns.map(newColumnTally);
    const freeText: (HitTally | null)[] = this.plan.columns.map(() => null);
    for (const c of this.pi) columns[c.index] = c.tally;
    for (const c of this.text) {
      columns[c.index] = c.tally;
      freeText[c.index] = c.hits;
    }
    return { records: this.records, ragged: this.ragged, raggedRows: this.raggedRows, columns, freeText, retention: this.retention, minors: this.minors, facts: this.facts?.result() ?? null };
  }
}
