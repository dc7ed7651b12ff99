/** Comparing an inventory's declared retention with a pack's retention rules (and the law's minimums). */
import type { InventoryRecord } from '../load/types.js';
import { compareDurations, durationArg, parseDuration } from '../normalize/duration.js';
import type { Duration } from '../normalize/types.js';
import type { Policy } from '../policy/policy.js';
import type { ClauseRef, RetentionEvent, RetentionRule } from '../policy/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { inBothEach } from '../text/words/index.js';
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

const CSL_ART_21 = '采取监测、记录网络运行状态、网络安全事件的技术措施，并按照规定留存相关的网络日志不少于六个月';

/**
 * Minimums the law sets whatever the packs say (SPEC decision 5: the law is cited where no pack speaks).
 * Cybersecurity Law (2017) Art. 21(3): network operators keep the relevant network logs at least six
 * months. Read as the log item only: browsing or search history are internet records, not network logs.
 */
export const LAW_MINIMUMS: readonly { rule: RetentionRule; clause: ClauseRef }[] = [
  {
    rule: {
      id: 'network-logs',
      kind: 'minimum',
      period: '6 months',
      from: 'collection',
      items: ['internet-records.logs'],
      cite: { doc: '中华人民共和国网络安全法', section: 'Art. 21(3)', quote: CSL_ART_21 },
    },
    clause: { policy: 'Cybersecurity Law', section: 'Art. 21(3)', quote: CSL_ART_21 },
  },
];

/**
 * Maximums that yield to a minimum (SPEC decision 14): the promise to delete personal information once an
 * account is cancelled does not reach records the law or the pack requires kept (002's Attachment names
 * transaction records as that exception). A maximum naming the item itself still applies.
 */
const YIELDS_TO_MINIMUM: readonly RetentionEvent[] = ['account-cancellation'];

/** A promise about "your personal information" in general (naming neither items nor categories) that gives way. */
function yieldingPromise(rule: RetentionRule): boolean {
  return rule.kind === 'maximum' && !rule.items?.length && !rule.categories?.length && YIELDS_TO_MINIMUM.includes(rule.from);
}

/**
 * The items a record stands for: its item, or — declared only by a category (`identity`, 个人上网记录) —
 * every item of that category. Null when the record names neither.
 */
function recordItems(r: InventoryRecord, taxonomy: Taxonomy): readonly string[] | null {
  if (r.item) return [r.item];
  if (r.declaredItems) return r.declaredItems;
  const category = r.declaredCategory ? taxonomy.category(r.declaredCategory) : undefined;
  return category?.items.length ? category.items.map((i) => i.id) : null;
}

/** The rules (packs first, then the law) that cover every item the record stands for. */
function rulesFor(items: readonly string[], policy: Policy): { rule: RetentionRule; clause: ClauseRef }[] {
  const covers = (rule: RetentionRule) => items.every((item) => policy.selects(rule, item));
  const packRules = items.length === 1 ? policy.retentionRules(items[0]!) : policy.allRetentionRules().filter(({ rule }) => covers(rule));
  return [...packRules, ...LAW_MINIMUMS.filter(({ rule }) => covers(rule))];
}

/** Is the item kept under a minimum of a loaded pack or of the law? */
export function underMinimum(item: string, policy: Policy): boolean {
  return rulesFor([item], policy).some(({ rule }) => rule.kind === 'minimum');
}

/**
 * Does this maximum give way for the item (SPEC decision 14)? Also for the export scan's deadlines: a
 * transaction column of a cancelled account is not overdue under the promise to delete on cancellation.
 */
export function yieldsToMinimum(rule: RetentionRule, item: string, policy: Policy): boolean {
  return yieldingPromise(rule) && underMinimum(item, policy);
}

/** The rules that govern the record's retention: a general deletion promise yields to a minimum. */
function governingRules(items: readonly string[], policy: Policy): { rule: RetentionRule; clause: ClauseRef }[] {
  const rules = rulesFor(items, policy);
  if (!rules.some(({ rule }) => rule.kind === 'minimum')) return rules;
  return rules.filter(({ rule }) => !yieldingPromise(rule));
}

export interface RetentionConflict {
  rule: RetentionRule;
  clause: ClauseRef;
  limit: Duration;
}

const NONE: RetentionConflict[] = [];

/** Answers per policy and (item or category, kind, trigger, period): inventories repeat a few combinations many times. */
const memo = new WeakMap<object, Map<string, RetentionConflict[]>>();

/** The retention rules of `kind` that the record's declared period breaks. */
export function retentionConflicts(r: InventoryRecord, kind: 'minimum' | 'maximum', ctx: CheckContext): RetentionConflict[] {
  if (!r.retention || (!r.item && !r.declaredCategory)) return NONE;
  let cache = memo.get(ctx.policy);
  if (!cache) memo.set(ctx.policy, (cache = new Map()));
  const key = `${r.item ?? (r.declaredItems ? `items:${r.declaredItems.join(',')}` : `category:${r.declaredCategory}`)}\u0000${kind}\u0000${r.retentionTrigger ?? ''}\u0000${r.retention.raw}`;
  let hit = cache.get(key);
  if (!hit) {
    // The category's item list is built on a miss only: a category row repeats like an item row.
    const items = recordItems(r, ctx.taxonomy);
    cache.set(key, (hit = items ? conflictsOf(r, items, kind, ctx.policy) : NONE));
  }
  return hit;
}

function conflictsOf(r: InventoryRecord, items: readonly string[], kind: 'minimum' | 'maximum', policy: Policy): RetentionConflict[] {
  const declared = r.retention!;
  return governingRules(items, policy)
    .filter(({ rule }) => rule.kind === kind)
    .flatMap(({ rule, clause }) => {
      const limit = ruleDuration(rule);
      // Keeping forever outlives every maximum, whatever the clock.
      const comparable = sameClock(r.retentionTrigger, rule.from, kind) || (kind === 'maximum' && declared.forever);
      if (!comparable) return [];
      // An "at least" period (不少于180天) promises no end on the rule's clock: it breaks a maximum whatever its length.
      if (kind === 'maximum' && !declared.forever && declared.bound === 'at-least') return [{ rule, clause, limit }];
      const cmp = compareDurations(declared, limit);
      return (kind === 'minimum' ? cmp < 0 : cmp > 0) ? [{ rule, clause, limit }] : [];
    });
}

/** An event as rule messages name it (the words are in src/text/words/, shared with `policies diff`). */
export const EVENT_LABEL: Record<RetentionEvent, Localized> = inBothEach((w) => w.events);

export function durationArgs(declared: Duration, limit: Duration): { declared: Localized; limit: Localized } {
  return {
    declared: durationArg(declared),
    limit: durationArg(limit),
  };
}
