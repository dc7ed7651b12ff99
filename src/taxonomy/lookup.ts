/**
 * Lookup tables derived from a taxonomy, built once per Taxonomy object (field names are matched per
 * column of every scanned table and per inventory row, so matching must not rebuild anything).
 */
import { fold } from '../text/suggest.js';
import { isIdentifier } from './identifiers.js';
import { allSynonyms, categoryNames, groupNames, itemNames } from './names.js';
import type { AmbiguousTerm, Taxonomy } from './types.js';

export interface NameHit {
  item: string | null;
  category: string;
  /** Set when the name is a group of items (设备标识信息): its id and items; `item` is then null. */
  group?: string;
  items?: readonly string[];
}

/** A name offered as a suggestion, and the entry (category, item or `group:<id>`) it stands for. */
export interface Suggestion {
  text: string;
  entry: string;
}

export interface SubstringSynonym {
  key: string;
  item: string;
}

export interface Lookup {
  /** fold(name) → category or item, for `category` cells. */
  names: Map<string, NameHit>;
  /** Every name and synonym with its entry, names first, for meaning-based suggestions. */
  offers: Suggestion[];
  /** fold(term) → the ambiguous term it is. */
  ambiguous: Map<string, AmbiguousTerm>;
  /** Folded qualifiers (个人敏感信息). */
  qualifiers: Set<string>;
  /** fold(synonym) → item id, every synonym of both kinds. */
  exact: Map<string, string>;
  /** Latin synonyms that may match a run of tokens inside a longer name. */
  tokenRuns: Map<string, string>;
  /** Longest key in tokenRuns: token runs longer than this cannot match. */
  longestRun: number;
  /** Chinese (non-ASCII) synonyms matched as substrings, longest first. */
  substrings: SubstringSynonym[];
  /** Ids of the identifier items (see identifiers.ts): an attribute of one is not the item. */
  identifiers: Set<string>;
  /** Field-name results already computed (bounded). */
  memo: Map<string, string | null>;
}

const LATIN = /^[a-z0-9]+$/;
const ASCII = /^[\x00-\x7f]*$/;

function buildNames(tx: Taxonomy): Pick<Lookup, 'names' | 'offers' | 'ambiguous' | 'qualifiers'> {
  const names = new Map<string, NameHit>();
  const named: Suggestion[] = [];
  const synonyms: Suggestion[] = [];
  for (const c of tx.categories) {
    for (const n of categoryNames(c)) {
      names.set(fold(n), { item: null, category: c.id });
      named.push({ text: n, entry: c.id });
    }
    for (const i of c.items) {
      for (const n of itemNames(i)) {
        names.set(fold(n), { item: i.id, category: c.id });
        named.push({ text: n, entry: i.id });
      }
      for (const n of allSynonyms(i)) synonyms.push({ text: n, entry: i.id });
    }
  }
  for (const g of tx.groups) {
    const hit: NameHit = Object.freeze({ item: null, category: g.category, group: g.id, items: g.items });
    for (const n of groupNames(g)) {
      names.set(fold(n), hit);
      named.push({ text: n, entry: `group:${g.id}` });
    }
  }
  // A synonym spelt as a name (设备标识 is the device-identifier group's) is read as the name: not offered for its item.
  const offered = synonyms.filter((o) => !names.has(fold(o.text)));
  const ambiguous = new Map(tx.ambiguous.flatMap((a) => a.names.map((n) => [fold(n), a] as const)));
  return { names, offers: [...named, ...offered], ambiguous, qualifiers: new Set(tx.qualifiers.map(fold)) };
}

function buildSynonyms(tx: Taxonomy): Pick<Lookup, 'exact' | 'tokenRuns' | 'longestRun' | 'substrings'> {
  const exact = new Map<string, string>();
  const tokenRuns = new Map<string, string>();
  const substrings: SubstringSynonym[] = [];
  for (const i of tx.items.values()) {
    for (const s of allSynonyms(i)) exact.set(fold(s), i.id);
    for (const s of i.synonyms) {
      const key = fold(s);
      if (LATIN.test(key)) tokenRuns.set(key, i.id);
      else if (!ASCII.test(key)) substrings.push({ key, item: i.id });
    }
  }
  substrings.sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));
  const longestRun = Math.max(0, ...[...tokenRuns.keys()].map((k) => k.length));
  return { exact, tokenRuns, longestRun, substrings };
}

const cache = new WeakMap<Taxonomy, Lookup>();

export function lookupOf(tx: Taxonomy): Lookup {
  let l = cache.get(tx);
  if (!l) {
    const identifiers = new Set([...tx.items.values()].filter(isIdentifier).map((i) => i.id));
    l = { ...buildNames(tx), ...buildSynonyms(tx), identifiers, memo: new Map() };
    cache.set(tx, l);
  }
  return l;
}
