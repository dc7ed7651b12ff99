/**
 * A deadline check's merged tally → its table results: one per deadline with records past it (its own
 * clause, the lateness as the HTML chart draws it), one per date column with cells that are not dates.
 * Several can share a column, so each carries its key (the deadline, or unreadable dates).
 * The rule's message holds `{detail}`: the rule's sentence for the case, in both
 * languages, its placeholders filled from the same arguments.
 */
import type { ClauseRef } from '../../policy/types.js';
import type { Lateness } from '../../report/types.js';
import { inBoth } from '../../text/words/index.js';
import type { LocalizedArg, TableResult } from '../types.js';
import { LATENESS_BOUNDS, type LateTally, type UnreadTally } from './late.js';

/** The lateness of a deadline's records as the report carries it: non-empty buckets only. */
export function latenessOf(t: LateTally): Lateness {
  const histogram: Lateness['histogram'] = [];
  t.buckets.forEach((count, i) => {
    if (count === 0) return;
    const from = i === 0 ? 0 : LATENESS_BOUNDS[i - 1]! + 1;
    histogram.push({ from, to: i < LATENESS_BOUNDS.length ? LATENESS_BOUNDS[i]! : null, count });
  });
  return { worst: t.worst, open: t.open, histogram };
}

export interface LateResult {
  ruleId: string;
  /** The pack's deadline id: with the clause's pack, what tells this result from the column's others (two deadlines, unreadable dates). */
  deadline: string;
  table: string;
  /** The column whose date was due (the reply, the approval, the notice…). */
  column: string;
  clause: ClauseRef;
  tally: LateTally;
  /** The rule's sentence for records past this deadline. */
  detail: LocalizedArg;
  /** What the open ones still lack: `still unanswered` / `仍未答复` (words: late.stillOpen by default). */
  openWords?: LocalizedArg;
  args: TableResult['args'];
}

/** Nothing when no record is past the deadline. */
export function lateResult(r: LateResult): TableResult[] {
  const t = r.tally;
  if (t.count === 0) return [];
  const open = inBoth((w, lang) => (t.open === 0 ? '' : w.late.open(t.open, r.openWords?.[lang] ?? w.late.stillOpen)));
  return [
    {
      ruleId: r.ruleId,
      column: r.column,
      item: null,
      count: t.count,
      rows: t.rows,
      clause: r.clause,
      evidence: t.evidence,
      args: { detail: r.detail, table: r.table, column: r.column, count: t.count, worst: inBoth((w) => w.late.days(t.worst)), open, ...r.args },
      lateness: latenessOf(t),
      // Packs loaded together can each set a deadline of one id: the pack tells them apart.
      key: `${r.clause.policy} ${r.deadline}`,
    },
  ];
}

const UNREAD: LocalizedArg = inBoth((w) => w.late.unread);
/** Not a deadline's late records: the column's dates that could not be read. */
const UNREAD_KEY = 'unreadable dates';

/** One result per date column with cells that are not dates; `deadline` names the deadline(s) the column serves. */
export function unreadResults(ruleId: string, table: string, columns: readonly string[], tallies: readonly UnreadTally[], clause: ClauseRef, deadline: string): TableResult[] {
  return tallies.flatMap((t, i) => {
    if (t.count === 0) return [];
    const column = columns[i]!;
    return [{ ruleId, column, item: null, count: t.count, rows: t.rows, clause, evidence: t.evidence, args: { detail: UNREAD, table, column, count: t.count, deadline, evidence: t.evidence ?? '' }, key: UNREAD_KEY }];
  });
}
