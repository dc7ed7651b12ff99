/**
 * The record checks the scan runs: the scan part of each record-level rule, sorted by rule id (a test
 * keeps this list and the `*.scan.ts` files of src/check/rules one to one). Adding one is its rule file,
 * its `<id>.scan.ts` beside it, and a line here; the engine (table-plan.ts, tally.ts, merge.ts) never
 * names a rule.
 */
// layer: a rule's scan part lives beside its rule and uses only scan's helpers and data; the worker threads need its counters
import { cancellationOverdueScan } from '../check/rules/cancellation-overdue.scan.js';
import { dormantAccountScan } from '../check/rules/dormant-account.scan.js';
import { marketingAfterOptOutScan } from '../check/rules/marketing-after-opt-out.scan.js';
import { minorConsentMissingScan } from '../check/rules/minor-consent-missing.scan.js';
import { requestReplyOverdueScan } from '../check/rules/request-reply-overdue.scan.js';
import { retentionExpiredScan } from '../check/rules/retention-expired.scan.js';
import { terminationNoticeShortScan } from '../check/rules/termination-notice-short.scan.js';
import type { AnyRecordCheck, PlanContext, PlannedCheck } from './record-check.js';

export const RECORD_CHECKS: readonly AnyRecordCheck[] = [
  cancellationOverdueScan,
  dormantAccountScan,
  marketingAfterOptOutScan,
  minorConsentMissingScan,
  requestReplyOverdueScan,
  retentionExpiredScan,
  terminationNoticeShortScan,
];

const BY_RULE = new Map(RECORD_CHECKS.map((c) => [c.rule, c]));

/** The check of a planned one; a plan naming a rule this build lacks (a part from another version) is an error. */
export function recordCheck(rule: string): AnyRecordCheck {
  const check = BY_RULE.get(rule);
  if (!check) throw new Error(`no record check for rule ${rule}`);
  return check;
}

/** Every check the table allows, in the list's order. */
export function planChecks(ctx: PlanContext): PlannedCheck[] {
  return RECORD_CHECKS.filter((c) => ctx.rulesOff?.has(c.rule) !== true).flatMap((c) => c.plan(ctx).map(({ check, report }) => ({ rule: c.rule, check, report })));
}
