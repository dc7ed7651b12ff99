/**
 * Counting one personal-information column over a batch of records (column by column: the column's
 * settings stay in registers and the loop stays monomorphic). cell-form.ts explains the shortcuts.
 */
import { foldWidth, trimCell } from '../detect/chars.js';
import { findInText, hashKind, mask, PRECISE_GPS_DECIMALS, recogniseForm } from '../detect/index.js';
import type { DetectorId } from '../taxonomy/types.js';
import { gateFor, HASH_CHECK_MASK, lastDecimals, looksHashed, mayBeProtected, passesGate, sampledBy, surelyMasked, type HashProbe, type ShapeGate } from './cell-form.js';
import type { ColumnPlan } from './plan.js';
import { formTest, MASKED, PLAIN, type CellForm } from './validators.js';

/** Rows quoted per finding (SPEC: "the first affected lines"). */
export const MAX_ROWS = 10;

export interface ColumnTally {
  nonEmpty: number;
  plain: number;
  masked: number;
  hashed: number;
  /** Plaintext cells validated by the detector (the one-in-32 sample) and how many passed. */
  checked: number;
  valid: number;
  /** Free text: cells holding at least one identifier. */
  hits: number;
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

export const newColumnTally = (): ColumnTally => ({ nonEmpty: 0, plain: 0, masked: 0, hashed: 0, checked: 0, valid: 0, hits: 0, rows: [], evidence: null, maskedEvidence: null });

export function note(rows: number[], line: number): void {
  if (rows.length < MAX_ROWS) rows.push(line);
}

/** The cell without surrounding blanks ('' when blank or missing). */
function trimmed(cell: string | undefined): string {
  return cell === undefined ? '' : trimCell(cell);
}

export class PiColumnCounter {
  readonly index: number;
  readonly tally: ColumnTally = newColumnTally();
  private readonly detector: DetectorId | null;
  private readonly gate: ShapeGate | null;
  private readonly test: ((cell: string) => CellForm) | null;
  private readonly probe: HashProbe | null;
  private readonly gps: boolean;
  private readonly validateMask: number;

  constructor(col: ColumnPlan, validateMask: number) {
    this.validateMask = validateMask;
    this.index = col.index;
    this.detector = col.detector;
    this.gate = col.detector !== null ? gateFor(col.detector) : null;
    this.test = col.detector !== null ? formTest(col.hint) : null;
    this.probe = col.hashProbe;
    this.gps = col.detector === 'gps';
  }

  /** Counts the column's cell in each selected record; `plain[k]` = 1 when record sel[k] holds plaintext here. */
  count(records: string[][], sel: Int32Array, n: number, lines: Int32Array, plain: Uint8Array): void {
    const index = this.index;
    for (let k = 0; k < n; k++) {
      const r = sel[k]!;
      const cell = records[r]![index];
      plain[k] = cell !== undefined && cell.length > 0 && this.cell(cell, lines[r]!) ? 1 : 0;
    }
  }

  private cell(raw: string, line: number): boolean {
    const value = trimCell(raw);
    if (value.length === 0) return false;
    const t = this.tally;
    t.nonEmpty++;
    if (this.probe !== null && looksHashed(this.probe, value) && (!sampledBy(value, HASH_CHECK_MASK) || hashKind(value) !== null)) {
      t.hashed++;
      return false;
    }
    if (mayBeProtected(value)) {
      const form = surelyMasked(value) ? 'masked' : recogniseForm(value);
      if (form === 'hashed') {
        t.hashed++;
        return false;
      }
      if (form === 'masked') return this.masked(value);
    }
    const gate = this.gate;
    if (gate !== null) {
      // Not shaped like the identifier (`-`, `N/A`): neither plaintext nor masked.
      if (!passesGate(gate, value)) return false;
      if (this.gps && !this.preciseGps(value)) return this.masked(value);
      this.validateSample(value);
    }
    t.plain++;
    if (t.rows.length < MAX_ROWS) this.first(value, line);
    return true;
  }

  /** One of the first plaintext values: its line, and the first one masked as evidence. */
  private first(value: string, line: number): void {
    this.tally.rows.push(line);
    if (this.tally.evidence === null) this.tally.evidence = mask(value, this.detector);
  }

  /** The detector's full validation, on the sample (cell-form.ts). */
  private validateSample(value: string): void {
    if (!sampledBy(value, this.validateMask)) return;
    this.tally.checked++;
    if (this.test!(value) === PLAIN) this.tally.valid++;
  }

  private masked(value: string): false {
    this.tally.masked++;
    if (this.tally.maskedEvidence === null) this.tally.maskedEvidence = mask(value, this.detector);
    return false;
  }

  /** Two decimals or more (a coarsened coordinate is masked); pairs and odd forms go to the detector's own rule. */
  private preciseGps(value: string): boolean {
    if (lastDecimals(value) >= PRECISE_GPS_DECIMALS && value.indexOf(',') < 0 && value.indexOf(' ') < 0) return true;
    return this.test!(value) !== MASKED;
  }
}

/** A free-text column: identifiers found inside the text (findInText), aggregated. */
export class TextColumnCounter {
  readonly index: number;
  readonly tally: ColumnTally = newColumnTally();
  readonly hits: HitTally = { count: 0, rows: [], evidence: null, kinds: {} };

  constructor(col: ColumnPlan) {
    this.index = col.index;
  }

  count(records: string[][], sel: Int32Array, n: number, lines: Int32Array): void {
    const index = this.index;
    for (let k = 0; k < n; k++) {
      const r = sel[k]!;
      const value = trimmed(records[r]![index]);
      if (value.length > 0) this.cell(value, lines[r]!);
    }
  }

  private cell(value: string, line: number): void {
    const t = this.tally;
    t.nonEmpty++;
    const found = findInText(value);
    if (found.length === 0) return;
    t.hits++;
    t.plain++;
    note(t.rows, line);
    const h = this.hits;
    h.count++;
    note(h.rows, line);
    for (const hit of found) h.kinds[hit.detector] = (h.kinds[hit.detector] ?? 0) + 1;
    if (h.evidence === null) {
      const first = found[0]!;
      // The hit may be in full-width digits (findInText folds them): its masker reads ASCII.
      h.evidence = mask(foldWidth(value.slice(first.start, first.end)), first.detector);
      t.evidence = h.evidence;
    }
  }
}
