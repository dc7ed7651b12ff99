/** The names an entry of the taxonomy answers to, shared by the consistency check and the lookups. */
import type { TaxonomyCategory, TaxonomyItem } from './types.js';

/** "港澳居民来往内地通行证(回乡证)" also answers to "港澳居民来往内地通行证" and "回乡证". */
function withParentheticalParts(name: string): string[] {
  const m = /^(.+?)\s*[(（](.+)[)）]\s*$/u.exec(name);
  return m ? [name, m[1]!, m[2]!] : [name];
}

/** Names a `category` cell may use for the category itself: id, zh, en and aliases. */
export function categoryNames(c: TaxonomyCategory): string[] {
  return [c.id, c.zh, c.en, ...c.aliases];
}

/** Names a `category` cell may use for the item: id, zh and en (with their parenthetical parts). */
export function itemNames(i: TaxonomyItem): string[] {
  return [i.id, ...withParentheticalParts(i.zh), ...withParentheticalParts(i.en)];
}

/** Every field-name synonym of the item, both kinds. */
export function allSynonyms(i: TaxonomyItem): string[] {
  return [...i.synonyms, ...(i.wholeNameSynonyms ?? [])];
}
