/**
 * Planning the record-level checks of a table from the packs: which retention rules can be applied
 * (their event has a date column here) with the last event day that is already overdue on --as-of, and
 * which column tells who is a minor. Dates are worked out once here, so the per-record work is an
 * integer comparison.
 */
import { addMonths, formatDay, requireDay } from '../calendar/date.js';
import type { WorkCalendar } from '../calendar/types.js';
import { LAW } from '../check/law.js';
import { yieldsToMinimum } from '../check/retention.js';
import { addDuration, approximateDays, parseDuration } from '../normalize/duration.js';
import type { Duration } from '../normalize/types.js';
import type { Policy } from '../policy/policy.js';
import type { ClauseRef, RetentionRule } from '../policy/types.js';
import { fold } from '../text/suggest.js';
import type { ColumnPlan, MinorsCheck, RetentionCheck } from './plan.js';
import { STATUS_WORDS, type ColumnRole } from './roles.js';

export interface RetentionPlan {
  check: RetentionCheck;
  rule: RetentionRule;
  clause: ClauseRef;
  duration: Duration;
}

export interface MinorsPlan {
  check: MinorsCheck;
  clause: ClauseRef;
}

export interface CheckContextLite {
  policy: Policy;
  calendar: WorkCalendar;
  asOf: string;
}

/** Events a record's own dates can show (operations ending is not a per-record event). */
const RECORD_EVENTS = new Set(['account-cancellation', 'service-termination', 'last-login', 'collection', 'transaction']);

export function planRetention(columns: ColumnPlan[], roles: ColumnRole[], ctx: CheckContextLite): RetentionPlan[] {
  const plans: RetentionPlan[] = [];
  for (const { rule, clause } of ctx.policy.allRetentionRules()) {
    if (rule.kind !== 'maximum' || !RECORD_EVENTS.has(rule.from)) continue;
    const dates = eventColumns(rule, roles);
    if (!dates) continue;
    const duration = parseDuration(rule.period);
    if (!duration || duration.forever) continue;
    const piColumns = columns.filter((c) => c.kind === 'pi' && c.item && c.index !== dates.dateColumn && c.index !== dates.statusColumn && covers(rule, c.item, ctx.policy)).map((c) => c.index);
    if (piColumns.length === 0) continue;
    const cutoff = overdueCutoff(ctx.asOf, duration, ctx.calendar);
    if (cutoff === null) continue;
    const check: RetentionCheck = { index: plans.length, ...dates, cutoff, piColumns };
    plans.push({ check, rule, clause, duration });
  }
  return plans;
}

/** A rule naming no items or categories covers all personal information but what a minimum keeps (SPEC decision 14). */
function covers(rule: RetentionRule, item: string, policy: Policy): boolean {
  const scoped = (rule.items?.length ?? 0) + (rule.categories?.length ?? 0) > 0;
  return scoped ? policy.selects(rule, item) : !yieldsToMinimum(rule, item, policy);
}

/** The event's own date column; else an update date confirmed by the status column. */
function eventColumns(rule: RetentionRule, roles: ColumnRole[]): Pick<RetentionCheck, 'dateColumn' | 'statusColumn' | 'statusWords'> | null {
  const own = roles.findIndex((r) => r.kind === 'event-date' && r.event === rule.from);
  if (own >= 0) return { dateColumn: own, statusColumn: -1, statusWords: [] };
  const words = STATUS_WORDS[rule.from];
  const status = roles.findIndex((r) => r.kind === 'status');
  const updated = roles.findIndex((r) => r.kind === 'updated-date');
  if (!words || status < 0 || updated < 0) return null;
  return { dateColumn: updated, statusColumn: status, statusWords: words.map(fold) };
}

/** Dates before this are not read from cells (day.ts), so no older event can be overdue. */
const EARLIEST_DAY = '1800-01-01';

/**
 * The latest event day whose deadline (event + period) is already past on `asOf`: a record is overdue
 * when its event day is on or before it; a deadline falling on asOf itself is not yet overdue. Deadlines
 * grow with the event day, so a binary search finds it (with a period of working days, each probe
 * counts them one by one). Null when no event since EARLIEST_DAY can be overdue (a period of centuries).
 */
export function overdueCutoff(asOf: string, period: Duration, calendar: WorkCalendar): string | null {
  const last = requireDay(asOf);
  const first = requireDay(EARLIEST_DAY);
  if (approximateDays(period) > last - first) return null;
  const overdue = (day: number) => (addDuration(formatDay(day), period, calendar) ?? asOf) < asOf;
  // Step back until a day is overdue (doubling the step), then bisect between it and the last day that is not.
  let hi = last;
  let step = Math.ceil(approximateDays(period)) + 1;
  let lo = Math.max(first, last - step);
  while (!overdue(lo)) {
    if (lo === first) return null;
    hi = lo;
    step *= 2;
    lo = Math.max(first, last - step);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (overdue(mid)) lo = mid;
    else hi = mid;
  }
  return formatDay(lo);
}

export function planMinors(columns: ColumnPlan[], roles: ColumnRole[], ctx: CheckContextLite): MinorsPlan | null {
  const source = birthSource(columns, roles);
  if (!source) return null;
  const declared = ctx.policy.minorsAge();
  const age = declared?.value ?? 14;
  const consentColumn = roles.findIndex((r) => r.kind === 'guardian-consent');
  const check: MinorsCheck = { ...source, age, bornAfter: addMonths(ctx.asOf, -12 * age), consentColumn };
  return { check, clause: declared?.clause ?? LAW.minors };
}

/** Where birth dates come from: a resident-ID column (the surest), else a birthday column, else an age column. */
function birthSource(columns: ColumnPlan[], roles: ColumnRole[]): Pick<MinorsCheck, 'source' | 'column'> | null {
  const id = columns.find((c) => c.kind === 'pi' && c.detector === 'resident-id');
  if (id) return { source: 'resident-id', column: id.index };
  const birth = columns.findIndex((c, i) => roles[i]!.kind === 'birth-date' || (c.item === 'basic.birthday' && roles[i]!.kind === 'none'));
  if (birth >= 0) return { source: 'birth-date', column: birth };
  const age = columns.findIndex((c, i) => roles[i]!.kind === 'age' || (c.item === 'basic.age' && roles[i]!.kind === 'none'));
  return age >= 0 ? { source: 'age', column: age } : null;
}
