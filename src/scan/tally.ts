/**
 * The per-record work of a scan, for one byte range: counts per column (plaintext / masked / hashed),
 * identifiers in free text, overdue records per retention rule, minors without guardian consent.
 *
 * This is the hot loop. Every cell of a personal-information column goes through detectValue (which
 * allocates nothing); per record there are no regexes and no allocations besides the parser's own
 * arrays, except when something is found (a row number, the first evidence). Line numbers are relative
 * to the range; merge.ts shifts them.
 */
import { birthDateFromResidentId, findInText, mask, recogniseForm } from '../detect/index.js';
import { fold } from '../text/suggest.js';
import type { DetectorId } from '../taxonomy/types.js';
import { consentGiven } from './consent-words.js';
import { dayOf, NOT_A_DAY, wholeNumber } from './day.js';
import type { ColumnPlan, MinorsCheck, RetentionCheck, ScanPlan } from './plan.js';
import { formTest, MASKED, PLAIN, type CellForm } from './validators.js';

/** Rows quoted per finding (SPEC: "the first affected lines"). */
export const MAX_ROWS = 10;
const MEMO_LIMIT = 1024;

export interface ColumnTally {
  nonEmpty: number;
  matched: number;
  plain: number;
  masked: number;
  hashed: number;
  rows: number[];
  /** The first plaintext value, masked. */
  evidence: string | null;
  /** The first masked value (already masked), used when there is no plaintext. */
  maskedEvidence: string | null;
}

export interface HitTally {
  count: number;
  rows: number[];
  evidence: string | null;
  /** Identifiers found, by detector. */
  kinds: Partial<Record<DetectorId, number>>;
}

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
}

const newColumnTally = (): ColumnTally => ({ nonEmpty: 0, matched: 0, plain: 0, masked: 0, hashed: 0, rows: [], evidence: null, maskedEvidence: null });
const newCount = (): CountTally => ({ count: 0, rows: [] });

function note(rows: number[], line: number): void {
  if (rows.length < MAX_ROWS) rows.push(line);
}

/** Blank or whitespace only. */
function isEmptyCell(cell: string | undefined): boolean {
  if (cell === undefined || cell.length === 0) return true;
  return cell.charCodeAt(0) <= 32 && cell.trim().length === 0;
}

function isBlankRecord(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isEmptyCell(cells[i])) return false;
  return true;
}

/** The birth year digits of an 18- or 15-character resident ID (GB 11643: positions 7–10; legacy: 19 + 7–8), or -1. */
function residentIdBirthYear(cell: string): number {
  const s = cell.length === 18 || cell.length === 15 ? cell : cell.trim();
  if (s.length === 18) return fourDigits(s, 6);
  if (s.length === 15) return 1900 + fourDigits(s, 4) % 100;
  return -1;
}

function fourDigits(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 4; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

export class RangeTally {
  records = 0;
  ragged = 0;
  readonly raggedRows: number[] = [];
  readonly columns: ColumnTally[];
  readonly freeText: (HitTally | null)[];
  readonly retention: CountTally[];
  readonly minors: CountTally | null;
  /** The sample limit was reached: the reader may stop. */
  full = false;

  private readonly piColumns: ColumnPlan[];
  private readonly textColumns: ColumnPlan[];
  /** Per column, for the current record: 1 when it held a plaintext identifier. */
  private readonly plainNow: Uint8Array;
  private readonly statusMemo = new Map<string, string>();
  private readonly consentMemo = new Map<string, boolean>();
  private readonly cutoffs: number[];
  /** Per column: the plaintext test of its detectors (null when it has none). */
  private readonly tests: (((cell: string) => CellForm) | null)[];
  private readonly bornAfter: number;
  private readonly bornAfterYear: number;

  constructor(
    private readonly plan: ScanPlan,
    /** Lines up to this one (the header and what precedes it) are not records. */
    private readonly skipThroughLine: number,
  ) {
    this.columns = plan.columns.map(newColumnTally);
    this.freeText = plan.columns.map((c) => (c.kind === 'free-text' ? { count: 0, rows: [], evidence: null, kinds: {} } : null));
    this.retention = plan.retention.map(newCount);
    this.minors = plan.minors ? newCount() : null;
    this.piColumns = plan.columns.filter((c) => c.kind === 'pi');
    this.textColumns = plan.columns.filter((c) => c.kind === 'free-text');
    this.plainNow = new Uint8Array(plan.columns.length);
    this.tests = plan.columns.map((c) => (c.kind === 'pi' && c.detector !== null ? formTest(c.hint) : null));
    this.cutoffs = plan.retention.map((r) => dayOf(r.cutoff));
    this.bornAfter = plan.minors ? dayOf(plan.minors.bornAfter) : 0;
    this.bornAfterYear = plan.minors ? Number(plan.minors.bornAfter.slice(0, 4)) : 0;
  }

  /** The reader's batch handler. */
  readonly onBatch = (records: string[][], lines: Int32Array): void => {
    for (let r = 0; r < records.length; r++) {
      const line = lines[r]!;
      if (line <= this.skipThroughLine) continue;
      const cells = records[r]!;
      if (isBlankRecord(cells)) continue;
      if (this.plan.sample !== null && this.records >= this.plan.sample) {
        this.full = true;
        return;
      }
      this.record(cells, line);
    }
  };

  private record(cells: string[], line: number): void {
    this.records++;
    if (cells.length !== this.plan.width) {
      this.ragged++;
      note(this.raggedRows, line);
    }
    for (let k = 0; k < this.piColumns.length; k++) {
      const col = this.piColumns[k]!;
      this.plainNow[col.index] = this.piCell(col, cells[col.index], line) ? 1 : 0;
    }
    for (let k = 0; k < this.textColumns.length; k++) this.textCell(this.textColumns[k]!, cells[this.textColumns[k]!.index], line);
    for (let k = 0; k < this.plan.retention.length; k++) this.retentionOf(this.plan.retention[k]!, cells, line);
    if (this.plan.minors !== null) this.minorOf(this.plan.minors, cells, line);
  }

  /** Counts one cell of a personal-information column; true when it holds a plaintext identifier. */
  private piCell(col: ColumnPlan, cell: string | undefined, line: number): boolean {
    if (isEmptyCell(cell)) return false;
    const value = cell!;
    const t = this.columns[col.index]!;
    t.nonEmpty++;
    const test = this.tests[col.index];
    if (!test) return this.headerOnlyCell(t, value, line);
    const form = test(value);
    if (form === PLAIN) {
      t.matched++;
      t.plain++;
      note(t.rows, line);
      if (t.evidence === null) t.evidence = mask(value, col.detector);
      return true;
    }
    const protectedForm = form === MASKED ? 'masked' : recogniseForm(value);
    if (protectedForm === 'masked') {
      t.matched++;
      t.masked++;
      if (t.maskedEvidence === null) t.maskedEvidence = mask(value, col.detector);
    } else if (protectedForm === 'hashed') {
      t.hashed++;
    }
    return false;
  }

  /** An item known from the header only (a name, an address): every value that is not masked or hashed is plaintext. */
  private headerOnlyCell(t: ColumnTally, value: string, line: number): boolean {
    const form = recogniseForm(value);
    if (form === 'hashed') {
      t.hashed++;
      return false;
    }
    t.matched++;
    if (form === 'masked') {
      t.masked++;
      if (t.maskedEvidence === null) t.maskedEvidence = mask(value);
      return false;
    }
    t.plain++;
    note(t.rows, line);
    if (t.evidence === null) t.evidence = mask(value);
    return true;
  }

  private textCell(col: ColumnPlan, cell: string | undefined, line: number): void {
    if (isEmptyCell(cell)) return;
    const t = this.columns[col.index]!;
    t.nonEmpty++;
    const hits = findInText(cell!);
    if (hits.length === 0) return;
    t.matched++;
    t.plain++;
    note(t.rows, line);
    const h = this.freeText[col.index]!;
    h.count++;
    note(h.rows, line);
    for (const hit of hits) h.kinds[hit.detector] = (h.kinds[hit.detector] ?? 0) + 1;
    if (h.evidence === null) {
      const first = hits[0]!;
      h.evidence = mask(cell!.slice(first.start, first.end), first.detector);
      t.evidence = h.evidence;
    }
  }

  private retentionOf(check: RetentionCheck, cells: string[], line: number): void {
    const cell = cells[check.dateColumn];
    if (cell === undefined || cell.length === 0) return;
    const day = dayOf(cell);
    if (day === NOT_A_DAY || day > this.cutoffs[check.index]!) return;
    if (check.statusColumn >= 0 && !this.statusSays(check, cells[check.statusColumn])) return;
    if (!this.holdsPlaintext(check.piColumns)) return;
    const t = this.retention[check.index]!;
    t.count++;
    note(t.rows, line);
  }

  private holdsPlaintext(columns: number[]): boolean {
    for (let k = 0; k < columns.length; k++) if (this.plainNow[columns[k]!] === 1) return true;
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

  private minorOf(check: MinorsCheck, cells: string[], line: number): void {
    if (!this.isMinor(check, cells)) return;
    if (check.consentColumn >= 0 && this.consents(cells[check.consentColumn])) return;
    const t = this.minors!;
    t.count++;
    note(t.rows, line);
  }

  private isMinor(check: MinorsCheck, cells: string[]): boolean {
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
    // Only identifiers already validated as plaintext IDs in this record carry a birth date; most
    // people are adults, so the birth year read in place settles them without building a date.
    if (this.plainNow[check.column] !== 1 || residentIdBirthYear(cell) < this.bornAfterYear) return false;
    const birth = birthDateFromResidentId(cell);
    return birth !== null && dayOf(birth) > this.bornAfter;
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
    return {
      records: this.records,
      ragged: this.ragged,
      raggedRows: this.raggedRows,
      columns: this.columns,
      freeText: this.freeText,
      retention: this.retention,
      minors: this.minors,
    };
  }
}
