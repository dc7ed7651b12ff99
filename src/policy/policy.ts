/**
 * The loaded packs seen as one policy: "packs combine" (SPEC). A statement found in any pack counts;
 * a finding cites the first pack (in --policy order) that has the clause.
 */
import type { Taxonomy } from '../taxonomy/types.js';
import type { Citation, ClauseRef, Deadline, DeadlineKind, ItemSelector, Pack, Platform, RecipientRole, RetentionRule, SdkRow } from './types.js';

export interface Cited<T> {
  value: T;
  clause: ClauseRef;
}

export function clauseOf(pack: Pack, cite: Citation): ClauseRef {
  return { policy: pack.id, section: cite.section, quote: cite.quote };
}

/**
 * Per-key answers, computed once: packs do not change after loading and rules ask per record. Every
 * caller shares an answer, so the objects made for it (lists, entries, clause refs) are frozen: a caller
 * that mutates one fails loudly. The pack's own statements inside them are left as they are.
 */
class Answers<T> {
  private readonly known = new Map<string, T>();

  get(key: string, compute: (key: string) => T): T {
    if (this.known.has(key)) return this.known.get(key)!;
    const v = frozenAnswer(compute(key));
    this.known.set(key, v);
    return v;
  }
}

function frozenAnswer<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const entry of value as { clause?: ClauseRef }[]) {
      if (entry.clause) Object.freeze(entry.clause);
      Object.freeze(entry);
    }
  }
  return value === null || typeof value !== 'object' ? value : Object.freeze(value);
}

export class Policy {
  private readonly cache = {
    collects: new Answers<ClauseRef | null>(),
    sensitive: new Answers<ClauseRef | null>(),
    sensitiveCategory: new Answers<ClauseRef | null>(),
    retention: new Answers<{ rule: RetentionRule; clause: ClauseRef }[]>(),
    prohibitions: new Answers<{ purpose: string; clause: ClauseRef }[]>(),
    clause: new Answers<ClauseRef | null>(),
  };
  /** selects() per selector object (pack statements are not copied after loading) and item. */
  private readonly selected = new WeakMap<ItemSelector, Map<string, boolean>>();

  constructor(
    readonly packs: readonly Pack[],
    private readonly taxonomy: Taxonomy,
  ) {}

  get ids(): string[] {
    return this.packs.map((p) => p.id);
  }

  /** A selector naming neither items nor categories (a retention rule on "your personal information") covers every item. */
  selects(sel: ItemSelector, item: string): boolean {
    let known = this.selected.get(sel);
    if (!known) this.selected.set(sel, (known = new Map()));
    let hit = known.get(item);
    if (hit === undefined) known.set(item, (hit = this.selectsNow(sel, item)));
    return hit;
  }

  private selectsNow(sel: ItemSelector, item: string): boolean {
    if (!sel.items && !sel.categories) return true;
    if (sel.items?.includes(item)) return true;
    const category = this.taxonomy.item(item)?.category ?? item.split('.')[0];
    return !!category && !!sel.categories?.includes(category);
  }

  /** The clause declaring that the item is collected, or null when no pack declares it. */
  collects(item: string): ClauseRef | null {
    return this.cache.collects.get(item, (i) => this.firstSelecting((p) => p.collects, i));
  }

  /** The pack clause marking the item sensitive, or null (the law's floor is the rules' business). */
  sensitive(item: string): ClauseRef | null {
    return this.cache.sensitive.get(item, (i) => this.firstSelecting((p) => p.sensitive, i));
  }

  /** The clause marking a whole category sensitive (a field declared only by its category). */
  sensitiveCategory(category: string): ClauseRef | null {
    return this.cache.sensitiveCategory.get(category, (c) => {
      for (const p of this.packs) {
        const hit = p.sensitive.find((s) => s.categories?.includes(c));
        if (hit) return clauseOf(p, hit.cite);
      }
      return null;
    });
  }

  /** Every collected item, expanded from categories through the taxonomy, sorted. */
  collectedItems(): string[] {
    return [...this.taxonomy.items.keys()].filter((id) => this.collects(id)).sort();
  }

  sdkRows(platform?: Platform): { row: SdkRow; clause: ClauseRef }[] {
    return this.packs.flatMap((p) =>
      (p.recipients.sdks ?? []).filter((r) => !platform || r.platform === platform).map((row) => ({ row, clause: clauseOf(p, row.cite) })),
    );
  }

  /** Does any pack speak about SDKs at all? (Without a table, SDK rules have nothing to compare.) */
  hasSdkTable(): boolean {
    return this.packs.some((p) => (p.recipients.sdks ?? []).length > 0);
  }

  /** The clause limiting sharing to declared recipients. */
  sharing(): ClauseRef | null {
    for (const p of this.packs) if (p.recipients.sharing) return clauseOf(p, p.recipients.sharing.cite);
    return null;
  }

  affiliates(): Cited<boolean> | null {
    for (const p of this.packs) if (p.recipients.affiliates) return { value: p.recipients.affiliates.allowed, clause: clauseOf(p, p.recipients.affiliates.cite) };
    return null;
  }

  /** Names of the policy owner and its group (for matching `shared_with` to affiliates). */
  ownerNames(): string[] {
    return this.packs.flatMap((p) => [...(p.owner?.names ?? []), ...(p.owner?.affiliates ?? [])]);
  }

  /** A prohibition wins over a permission from any pack (e.g. advertisers under 002 §7.5(3)). */
  role(role: RecipientRole): Cited<boolean> | null {
    let allowed: Cited<boolean> | null = null;
    for (const p of this.packs) {
      for (const r of p.recipients.roles ?? []) {
        if (r.role !== role) continue;
        if (!r.allowed) return { value: false, clause: clauseOf(p, r.cite) };
        allowed ??= { value: true, clause: clauseOf(p, r.cite) };
      }
    }
    return allowed;
  }

  retentionRules(item: string): { rule: RetentionRule; clause: ClauseRef }[] {
    return this.cache.retention.get(item, (i) => this.packs.flatMap((p) => p.retention.filter((r) => this.selects(r, i)).map((rule) => ({ rule, clause: clauseOf(p, rule.cite) }))));
  }

  allRetentionRules(): { rule: RetentionRule; clause: ClauseRef }[] {
    return this.packs.flatMap((p) => p.retention.map((rule) => ({ rule, clause: clauseOf(p, rule.cite) })));
  }

  /** The deadlines of a kind, every pack's in --policy order, each with its clause. */
  deadlines(kind: DeadlineKind): { deadline: Deadline; clause: ClauseRef }[] {
    return this.packs.flatMap((p) => (p.deadlines ?? []).filter((d) => d.kind === kind).map((deadline) => ({ deadline, clause: clauseOf(p, deadline.cite) })));
  }

  /** The strictest (highest) guardian-consent age across packs. */
  minorsAge(): Cited<number> | null {
    let best: Cited<number> | null = null;
    for (const p of this.packs) {
      const m = p.consent.minors;
      if (m && (!best || m.age > best.value)) best = { value: m.age, clause: clauseOf(p, m.cite) };
    }
    return best;
  }

  prohibitions(item: string): { purpose: string; clause: ClauseRef }[] {
    return this.cache.prohibitions.get(item, (i) => this.packs.flatMap((p) => p.prohibited.filter((r) => this.selects(r, i)).map((r) => ({ purpose: r.purpose, clause: clauseOf(p, r.cite) }))));
  }

  storage(): Cited<'separate-consent' | 'prohibited'> | null {
    for (const p of this.packs) if (p.storage) return { value: p.storage.crossBorder, clause: clauseOf(p, p.storage.cite) };
    return null;
  }

  /** A single cited statement by key (security.*, consent.*), first pack that has it. */
  clause(key: 'encryptionAtRest' | 'masking' | 'recipientMasking' | 'passwordProtection' | 'consent.sensitive'): ClauseRef | null {
    return this.cache.clause.get(key, () => {
      for (const p of this.packs) {
        const cite = key === 'consent.sensitive' ? p.consent.sensitive?.cite : p.security[key];
        if (cite) return clauseOf(p, cite);
      }
      return null;
    });
  }

  private firstSelecting(list: (p: Pack) => { cite: Citation; items?: string[]; categories?: string[] }[], item: string): ClauseRef | null {
    for (const p of this.packs) {
      const hit = list(p).find((s) => this.selects(s, item));
      if (hit) return clauseOf(p, hit.cite);
    }
    return null;
  }
}
