/**
 * minor-consent-missing in the scan: which column tells who is a minor (a resident ID, a birthday, an
 * age), the birth day that makes a person younger than the pack's age on --as-of, and the records of
 * minors without a guardian-consent cell saying yes.
 */
import { addMonths } from '../../calendar/date.js';
import { residentIdBirthNumber, residentIdBirthYear } from '../../detect/index.js';
import type { ClauseRef } from '../../policy/types.js';
import { CellMemo } from '../../scan/cell-memo.js';
import { consentGiven } from '../../scan/consent-words.js';
import { dayOf, NOT_A_DAY, wholeNumber } from '../../scan/day.js';
import { countArg } from '../../text/counts.js';
import type { ColumnPlan } from '../../scan/plan.js';
import type { PlanContext, RecordBatch, RecordCheck } from '../../scan/record-check.js';
import { countRecord, countResult, mergeCount, newCount, shiftCount, type CountTally } from '../../scan/record-check-tally.js';
import type { ColumnRole } from '../../scan/roles.js';
import { LAW } from '../law.js';

export type BirthSource = 'resident-id' | 'birth-date' | 'age';

export interface MinorsCheck {
  source: BirthSource;
  column: number;
  /** People born after this day (YYYY-MM-DD) are younger than `age` on --as-of. */
  bornAfter: string;
  age: number;
  /** -1 when the table has no guardian-consent column. */
  consentColumn: number;
}

export interface MinorsPlan {
  check: MinorsCheck;
  report: { clause: ClauseRef };
}

export function planMinors(columns: readonly ColumnPlan[], roles: readonly ColumnRole[], ctx: Pick<PlanContext, 'policy' | 'asOf'>): MinorsPlan | null {
  const source = birthSource(columns, roles);
  if (!source) return null;
  const declared = ctx.policy.minorsAge();
  const age = declared?.value ?? 14;
  const consentColumn = roles.findIndex((r) => r.kind === 'guardian-consent');
  const check: MinorsCheck = { ...source, age, bornAfter: addMonths(ctx.asOf, -12 * age), consentColumn };
  return { check, report: { clause: declared?.clause ?? LAW.minors } };
}

/** Where birth dates come from: a resident-ID column (the surest), else a birthday column, else an age column. */
function birthSource(columns: readonly ColumnPlan[], roles: readonly ColumnRole[]): Pick<MinorsCheck, 'source' | 'column'> | null {
  const id = columns.find((c) => c.kind === 'pi' && c.detector === 'resident-id');
  if (id) return { source: 'resident-id', column: id.index };
  const birth = columns.findIndex((c, i) => roles[i]!.kind === 'birth-date' || (c.item === 'basic.birthday' && roles[i]!.kind === 'none'));
  if (birth >= 0) return { source: 'birth-date', column: birth };
  const age = columns.findIndex((c, i) => roles[i]!.kind === 'age' || (c.item === 'basic.age' && roles[i]!.kind === 'none'));
  return age >= 0 ? { source: 'age', column: age } : null;
}

class MinorsCounter {
  readonly tally = newCount();
  private readonly bornAfter: number;
  /** bornAfter as the number YYYYMMDD, as residentIdBirthNumber gives a birth date. */
  private readonly bornAfterNumber: number;
  private readonly consents = new CellMemo(consentGiven);

  constructor(private readonly check: MinorsCheck) {
    this.bornAfter = dayOf(check.bornAfter);
    this.bornAfterNumber = Number(check.bornAfter.replaceAll('-', ''));
  }

  add(b: RecordBatch): void {
    const consentColumn = this.check.consentColumn;
    for (let k = 0; k < b.n; k++) {
      const r = b.sel[k]!;
      const cells = b.records[r]!;
      if (!this.isMinor(cells, b.plain, k)) continue;
      if (consentColumn >= 0 && this.consents.says(cells[consentColumn])) continue;
      countRecord(this.tally, b.lines[r]!);
    }
  }

  private isMinor(cells: string[], plain: Uint8Array[], k: number): boolean {
    const { source, column, age } = this.check;
    const cell = cells[column];
    if (cell === undefined || cell.length === 0) return false;
    if (source === 'age') {
      const years = wholeNumber(cell);
      return years >= 0 && years < age;
    }
    if (source === 'birth-date') {
      const day = dayOf(cell);
      return day !== NOT_A_DAY && day > this.bornAfter;
    }
    // Only plaintext IDs carry a birth date; most people are adults, so the birth year read in place
    // settles them before the full validation runs the check digit.
    if (plain[column]![k] !== 1 || residentIdBirthYear(cell) < Math.floor(this.bornAfterNumber / 10_000)) return false;
    return residentIdBirthNumber(cell) > this.bornAfterNumber;
  }

  result(): CountTally {
    return this.tally;
  }
}

export const minorConsentMissingScan: RecordCheck<MinorsCheck, { clause: ClauseRef }, CountTally> = {
  rule: 'minor-consent-missing',
  plan: (ctx) => {
    const plan = planMinors(ctx.columns, ctx.roles, ctx);
    return plan ? [plan] : [];
  },
  counter: (check) => new MinorsCounter(check),
  shift: shiftCount,
  merge: mergeCount,
  build(check, { clause }, t, { table, columns }) {
    const { name: column, item } = columns[check.column]!;
    const subjects = countArg(t.count, 'minor', 'minors', '名未成年人');
    const consent = check.consentColumn >= 0 ? columns[check.consentColumn]!.name : '';
    return countResult('minor-consent-missing', t, { column, item, clause, args: { column, field: column, table, count: t.count, age: check.age, subjects, consentColumn: consent } });
  },
};
