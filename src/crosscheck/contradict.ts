/**
 * What a column's values can contradict in its inventory row:
 *
 * - protection: declared encrypted, hashed, encoded or masked, yet values in clear. Judged only on
 *   columns whose values privaudit recognises (an item with a detector: IDs, phones, cards, e-mails…),
 *   where "in clear" means a value of the identifier's shape, neither masked nor hashed, in the share that
 *   passed the detector's validation; a name or an address in ciphertext cannot be told from one in clear.
 * - item: declared one item, while most of the first records' values are another item's (resident IDs in
 *   a field declared as a phone). Items that share a detector (a phone declared as a contact number) agree.
 * - retention: declared kept for a period from an event (collection unless the row says otherwise), yet
 *   the oldest record still holding a value dates from before that period: its date column (created_at for
 *   collection — else updated_at, which can only be later —, cancelled_at for account cancellation…).
 *   A period stated as a minimum (不少于180天) promises no end and is never contradicted.
 *
 * A row whose cell privaudit could not read (SPEC decision 12) is not judged on that cell.
 */
import { addDuration } from '../normalize/duration-math.js';
import type { WorkCalendar } from '../calendar/types.js';
import type { InventoryRecord } from '../load/types.js';
import type { RetentionEvent } from '../policy/types.js';
import type { ColumnProfile, OldestRecord } from '../scan/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { declaredItems } from './match.js';
import type { Contradiction, Protection } from './types.js';

export interface ContradictContext {
  taxonomy: Taxonomy;
  calendar: WorkCalendar;
  asOf: string;
}

export function contradictions(c: ColumnProfile, r: InventoryRecord, ctx: ContradictContext): Contradiction[] {
  return [protection(c, r), item(c, r, ctx.taxonomy), retention(c, r, ctx)].filter((x): x is Contradiction => x !== null);
}

function unread(r: InventoryRecord, ...keys: string[]): boolean {
  return !!r.unread?.some((p) => keys.includes(p.key));
}

/** The protections the row claims, and the cells that claim them as written. */
function claims(r: InventoryRecord): { claims: Protection[]; declared: string[] } {
  const out: { claims: Protection[]; declared: string[] } = { claims: [], declared: [] };
  const kind = r.encryption?.kind;
  const claim: Protection | null = kind === 'reversible' ? 'encrypted' : kind === 'hash' || kind === 'weak-hash' ? 'hashed' : kind === 'encoding' ? 'encoded' : null;
  if (claim) out.claims.push(claim), out.declared.push(r.encryption!.raw);
  if (r.masking?.masked) out.claims.push('masked'), out.declared.push(r.masking.raw);
  return out;
}

/** Values in clear that are the column's identifier: the plaintext count in the share the validation sample passed. */
export function clearValues(c: ColumnProfile): number {
  if (c.kind !== 'pi' || c.detector === null) return 0;
  return c.checked > 0 ? Math.round((c.plain * c.valid) / c.checked) : c.plain;
}

function protection(c: ColumnProfile, r: InventoryRecord): Contradiction | null {
  const { claims: said, declared } = claims(r);
  if (said.length === 0) return null;
  const clear = clearValues(c);
  return clear > 0 ? { kind: 'protection', claims: said, declared: declared.join('; '), clear } : null;
}

function item(c: ColumnProfile, r: InventoryRecord, tx: Taxonomy): Contradiction | null {
  const found = c.valueItem;
  if (!found || unread(r, 'category')) return null;
  const items = declaredItems(r);
  if (items.length === 0) {
    // Declared by its category only: any item of that category agrees.
    if (!r.declaredCategory || tx.item(found)?.category === r.declaredCategory) return null;
  } else if (items.includes(found) || sharesDetector(items, found, tx)) {
    return null;
  }
  // The tally counted the column against its header's detector: the values of the other item are counted only when that is theirs.
  const count = c.detector !== null && tx.item(found)?.detectors.includes(c.detector) ? c.matched : c.nonEmpty;
  return { kind: 'item', found, count };
}

function sharesDetector(items: readonly string[], found: string, tx: Taxonomy): boolean {
  const detectors = tx.item(found)?.detectors ?? [];
  return items.some((i) => tx.item(i)?.detectors.some((d) => detectors.includes(d)));
}

/** Events a record's own date can show; the end of operations is not one. */
const RECORD_EVENTS: ReadonlySet<RetentionEvent> = new Set(['collection', 'account-cancellation', 'service-termination', 'transaction', 'last-login']);

/** The oldest record by the event's date column; for collection, an update date (never earlier) stands in. */
function oldestFor(c: ColumnProfile, trigger: RetentionEvent): OldestRecord | null {
  const own = c.oldest?.find((o) => o.role === `event-date:${trigger}`);
  if (own) return own;
  return trigger === 'collection' ? (c.oldest?.find((o) => o.role === 'updated-date') ?? null) : null;
}

function retention(c: ColumnProfile, r: InventoryRecord, ctx: ContradictContext): Contradiction | null {
  const period = r.retention;
  if (!period || period.forever || period.bound === 'at-least' || unread(r, 'retention', 'retention_trigger')) return null;
  const trigger = r.retentionTrigger ?? 'collection';
  if (!RECORD_EVENTS.has(trigger)) return null;
  const oldest = oldestFor(c, trigger);
  if (!oldest) return null;
  const deadline = addDuration(oldest.day, period, ctx.calendar);
  if (deadline === null || deadline >= ctx.asOf) return null;
  return { kind: 'retention', period, trigger, dateColumn: oldest.column, oldest: oldest.day, line: oldest.line, deadline };
}
