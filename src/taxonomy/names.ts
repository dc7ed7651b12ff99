/** The names an entry of the taxonomy answers to, shared by the consistency check and the lookups. */
import type { TaxonomyCategory, TaxonomyGroup, TaxonomyItem } from './types.js';

/** "港澳居民来往内地通行证(回乡证)" also answers to "港澳居民来往内地通行证" and "回乡证". */
function withParentheticalParts(name: string): string[] {
  const m = /^(.+?)\s*[(（](.+)[)）]\s*$/u.exec(name);
  return m ? [name, m[1]!, m[2]!] : [name];
}

/** Names a `category` cell may use for the category itself: id, zh, en and aliases. */
export function categoryNames(c: TaxonomyCategory): string[] {
  return [c.id, c.zh, c.en, ...c.aliases];
}

/** Names a `category` cell may use for the item: id, zh, en and aliases (with their parenthetical parts). */
export function itemNames(i: TaxonomyItem): string[] {
  return [i.id, ...[i.zh, i.en, ...i.aliases].flatMap(withParentheticalParts)];
}

/** Names a `category` cell may use for a group of items: id, zh, en and aliases. */
export function groupNames(g: TaxonomyGroup): string[] {
  return [g.id, g.zh, g.en, ...g.aliases];
}

/** Every field-name synonym of the item, both kinds. */
export function allSynonyms(i: TaxonomyItem): string[] {
  return [...i.synonyms, ...(i.wholeNameSynonyms ?? [])];
}
