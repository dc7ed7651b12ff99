/** Comparing an inventory's declared retention with a pack's retention rules. */
import type { InventoryRecord } from '../load/types.js';
import { compareDurations, durationLabel, parseDuration } from '../normalize/duration.js';
import type { Duration } from '../normalize/types.js';
import type { ClauseRef, RetentionEvent, RetentionRule } from '../policy/types.js';
import type { Localized } from './types.js';
import type { CheckContext } from './types.js';

/** Events that start the same clock for the item: a transaction record is collected at the transaction. */
const SAME_CLOCK: Partial<Record<RetentionEvent, RetentionEvent[]>> = { transaction: ['collection'], collection: ['transaction'] };

/**
 * Is the record's period measured from the rule's event? An unstated event reads as the rule's for a
 * minimum (keep at least…) but as collection for a maximum: a period counted from collection says
 * nothing about what happens after an account is cancelled.
 */
export function sameClock(record: RetentionEvent | null, rule: RetentionEvent, kind: 'minimum' | 'maximum'): boolean {
  const event = record ?? (kind === 'minimum' ? rule : 'collection');
  return event === rule || !!SAME_CLOCK[rule]?.includes(event);
}

export function ruleDuration(rule: RetentionRule): Duration {
  const d = parseDuration(rule.period);
  // Bundled packs are linted; a custom pack with a bad period fails lint, not here.
  if (!d) throw new Error(`retention rule ${rule.id} has no period`);
  return d;
}

export interface RetentionConflict {
  rule: RetentionRule;
  clause: ClauseRef;
  limit: Duration;
}

const NONE: RetentionConflict[] = [];

/** Answers per policy and (item, kind, trigger, period): inventories repeat a few combinations many times. */
const memo = new WeakMap<object, Map<string, RetentionConflict[]>>();

/** The retention rules of `kind` that the record's declared period breaks. */
export function retentionConflicts(r: InventoryRecord, kind: 'minimum' | 'maximum', ctx: CheckContext): RetentionConflict[] {
  if (!r.item || !r.retention) return NONE;
  let cache = memo.get(ctx.policy);
  if (!cache) memo.set(ctx.policy, (cache = new Map()));
  const key = `${r.item}\u0000${kind}\u0000${r.retentionTrigger ?? ''}\u0000${r.retention.raw}`;
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = conflictsOf(r, kind, ctx)));
  return hit;
}

function conflictsOf(r: InventoryRecord, kind: 'minimum' | 'maximum', ctx: CheckContext): RetentionConflict[] {
  const declared = r.retention!;
  return ctx.policy
    .retentionRules(r.item!)
    .filter(({ rule }) => rule.kind === kind)
    .flatMap(({ rule, clause }) => {
      const limit = ruleDuration(rule);
      // Keeping forever outlives every maximum, whatever the clock.
      const comparable = sameClock(r.retentionTrigger, rule.from, kind) || (kind === 'maximum' && declared.forever);
      if (!comparable) return [];
      const cmp = compareDurations(declared, limit);
      return (kind === 'minimum' ? cmp < 0 : cmp > 0) ? [{ rule, clause, limit }] : [];
    });
}

export const EVENT_LABEL: Record<RetentionEvent, Localized> = {
  collection: { en: 'collection', zh: '收集' },
  'account-cancellation': { en: 'account cancellation', zh: '账号注销' },
  'service-termination': { en: 'service termination', zh: '服务终止' },
  'operations-termination': { en: 'termination of operations', zh: '停止运营' },
  transaction: { en: 'the transaction', zh: '交易' },
  'last-login': { en: 'the last login', zh: '最后一次登录' },
};

export function durationArgs(declared: Duration, limit: Duration): { declared: Localized; limit: Localized } {
  return {
    declared: { en: durationLabel(declared, 'en'), zh: durationLabel(declared, 'zh') },
    limit: { en: durationLabel(limit, 'en'), zh: durationLabel(limit, 'zh') },
  };
}
