/** Small shared pieces for rule checks. */
import type { InventoryRecord } from '../load/types.js';
import { declaredSensitive } from '../normalize/sensitivity.js';
import type { Subject } from '../report/types.js';
import type { CheckContext, LoadedFile, RawFinding } from './types.js';

/** The records of an inventory file, or none for other kinds. */
export function inventoryRecords(file: LoadedFile): InventoryRecord[] {
  return file.kind === 'inventory' ? file.records : [];
}

export function fieldSubject(r: InventoryRecord): Partial<Subject> {
  return { system: r.system, table: r.table, field: r.field };
}

/** A finding about one inventory field. */
export function fieldFinding(r: InventoryRecord, item: string | null, args: RawFinding['args'], extra: Partial<RawFinding> = {}): RawFinding {
  return { line: r.loc.line, column: r.loc.column, subject: fieldSubject(r), item, category: r.declaredCategory, args: { field: r.field, ...args }, ...extra };
}

/** Per-record rules: map each inventory record to zero or more findings. */
export function perInventoryRecord(fn: (r: InventoryRecord, ctx: CheckContext) => RawFinding | RawFinding[] | null) {
  // A plain loop: this runs once per rule per record of inventories with 100k rows.
  return (file: LoadedFile, ctx: CheckContext): RawFinding[] => {
    const out: RawFinding[] = [];
    for (const r of inventoryRecords(file)) {
      const found = fn(r, ctx);
      if (found === null) continue;
      if (Array.isArray(found)) for (const f of found) out.push(f);
      else out.push(found);
    }
    return out;
  };
}

/**
 * Is the item sensitive here? The pack's list, the PIPL Art. 28 floor (taxonomy separateConsent),
 * or the inventory's own `sensitive` column, which can add but never remove (SPEC decision 4).
 */
export function isSensitive(item: string | null, ctx: CheckContext, declared: boolean | null = null): boolean {
  if (!item) return declared === true;
  return declared === true || !!ctx.policy.sensitive(item) || !!ctx.taxonomy.item(item)?.separateConsent;
}

/** A field's sensitivity: its item's, its group's, or — declared only by a category — the category's under the pack. */
export function recordSensitive(r: InventoryRecord, ctx: CheckContext): boolean {
  const declared = declaredOf(r, ctx);
  if (r.item || !r.declaredCategory) return isSensitive(r.item, ctx, declared);
  // A group is sensitive when each of its items is (通信记录和内容 under Annex B), whatever its category says.
  if (r.declaredItems) return declared === true || r.declaredItems.every((item) => isSensitive(item, ctx));
  return declared === true || !!ctx.policy.sensitiveCategory(r.declaredCategory);
}

/**
 * Does the field hold personal information? Its item or category says so, and so does a `sensitive` mark
 * (sensitive personal information is personal information, as recordSensitive reads it). A category cell that
 * cannot be read counts too: every name the column accepts is a kind of personal information, so the cell says
 * the field holds some, only not which (SPEC decision 12: the category is unknown, not absent). A field with
 * none of these (no category, a name the taxonomy cannot place) is not judged as personal information.
 */
export function holdsPersonalInformation(r: InventoryRecord, ctx: CheckContext): boolean {
  if (r.item || r.declaredItems?.length) return true;
  if (r.declaredCategory) return !!ctx.taxonomy.category(r.declaredCategory)?.items.length;
  return declaredOf(r, ctx) === true || !!r.unread?.some((p) => p.key === 'category');
}

/** The inventory's own `sensitive` cell: its word, or its grade read through the config's `sensitivity.grades`. */
function declaredOf(r: InventoryRecord, ctx: CheckContext): boolean | null {
  return r.sensitivity ? declaredSensitive(r.sensitivity, ctx.config) : r.sensitive;
}

/** Does any of the words occur in the text (folded)? For free-text columns like purpose/subjects. */
export function mentionsAny(text: string | null, words: readonly string[]): string | null {
  if (!text) return null;
  const t = text.toLowerCase();
  return words.find((w) => t.includes(w)) ?? null;
}

/** Table-level results a scan aggregated for this rule (retention, minors, free text), as findings. */
export function exportResults(file: LoadedFile, ruleId: string): RawFinding[] {
  if (file.kind !== 'export') return [];
  return file.results
    .filter((r) => r.ruleId === ruleId)
    .map((r) => ({ line: file.headerLine, subject: { table: file.table, column: r.column }, item: r.item, count: r.count, rows: r.rows, args: { table: file.table, column: r.column, count: r.count, ...r.args }, ...(r.clause ? { clause: r.clause } : {}) }));
}
