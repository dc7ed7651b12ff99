/** What a pack's item selectors cover, through the taxonomy (used by lint, show and diff). */
import type { Taxonomy } from '../taxonomy/types.js';
import type { ItemSelector } from './types.js';

/** The item ids a selector covers; unknown ids are kept so a typo still shows up in a diff. */
export function expandSelector(sel: ItemSelector, taxonomy: Taxonomy): string[] {
  const fromCategories = (sel.categories ?? []).flatMap((c) => taxonomy.category(c)?.items.map((i) => i.id) ?? []);
  return [...new Set([...(sel.items ?? []), ...fromCategories])].sort();
}

/** Item id → the first section that selects it, over a list of cited selectors. */
export function itemSections(selectors: readonly (ItemSelector & { cite: { section: string } })[], taxonomy: Taxonomy): Map<string, string> {
  const out = new Map<string, string>();
  for (const sel of selectors) for (const id of expandSelector(sel, taxonomy)) if (!out.has(id)) out.set(id, sel.cite.section);
  return out;
}
