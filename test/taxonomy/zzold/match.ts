/**
 * Name matching against the taxonomy: what an inventory's `category` cell names (resolveName), what to
 * suggest when it names nothing (nameSuggestions), and what a column/field name points to (itemForFieldName).
 * Every comparison goes through fold() (SPEC decision 1: case, spaces, `_` and `-` are ignored).
 */
import { fold, nearest } from '../../../src/text/suggest.js';
import { lookupOf, type Lookup, type NameHit } from '../../../src/taxonomy/lookup.js';
import { fieldNameTokens } from './tokens.js';
import type { Taxonomy } from '../../../src/taxonomy/types.js';

const MEMO_LIMIT = 4096;
const ASCII = /^[\x00-\x7f]*$/;

function hitForSynonym(tx: Taxonomy, l: Lookup, key: string): NameHit | null {
  const id = l.exact.get(key);
  const item = id === undefined ? undefined : tx.item(id);
  return item ? { item: item.id, category: item.category } : null;
}

function hitForName(tx: Taxonomy, l: Lookup, key: string): NameHit | null {
  const hit = l.names.get(key);
  return hit ? { ...hit } : hitForSynonym(tx, l, key);
}

/** `个人身份信息/身份证`: the item, provided it belongs to the category named before the slash. */
function hitForPath(tx: Taxonomy, l: Lookup, key: string): NameHit | null {
  const parts = key.split('/');
  if (parts.length !== 2) return null;
  const parent = l.names.get(parts[0]!);
  const child = hitForName(tx, l, parts[1]!);
  if (!parent || parent.item !== null || !child || child.category !== parent.category) return null;
  return child;
}

/**
 * What a `category` cell names: a category (item null) or an item. Accepts ids, the Chinese and English
 * names of categories and items, category aliases, `category/item` paths and, last, a field-name synonym
 * written whole (`身份证号`). Null when it names nothing.
 */
export function resolveName(tx: Taxonomy, raw: string): NameHit | null {
  const key = fold(raw);
  if (!key) return null;
  const l = lookupOf(tx);
  return hitForName(tx, l, key) ?? hitForPath(tx, l, key);
}

/**
 * The valid names nearest to an unknown one, best first (for the "unknown category" error). Input that
 * looks like an item id (`device.imie`) is compared with item ids first: otherwise its category prefix
 * (`device`) would win as a substring.
 */
export function nameSuggestions(tx: Taxonomy, raw: string): string[] {
  if (!fold(raw)) return [];
  const l = lookupOf(tx);
  const ids = raw.includes('.') ? nearest(raw, [...tx.items.keys()]) : [];
  return ids.length ? ids : nearest(raw, l.suggestions);
}

interface Best {
  item: string | null;
  length: number;
  /** Where the match ends: on a tie the later one wins, as the head noun comes last (user_id_card). */
  end: number;
  chinese: boolean;
}

function bestTokenRun(l: Lookup, name: string): Best {
  const best: Best = { item: null, length: 0, end: -1, chinese: false };
  const tokens = fieldNameTokens(name);
  for (let i = 0; i < tokens.length; i++) {
    let run = '';
    for (let j = i; j < tokens.length; j++) {
      run += tokens[j];
      if (run.length > l.longestRun) break;
      const item = l.tokenRuns.get(run);
      if (item && (run.length > best.length || (run.length === best.length && j >= best.end))) Object.assign(best, { item, length: run.length, end: j });
    }
  }
  return best;
}

/** Chinese synonyms inside the folded name; on a tie with a latin run, the Chinese one wins. */
function bestSubstring(l: Lookup, folded: string, best: Best): Best {
  for (const s of l.substrings) {
    if (s.key.length < best.length) break;
    const at = folded.lastIndexOf(s.key);
    if (at < 0) continue;
    const end = at + s.key.length;
    if (s.key.length > best.length || !best.chinese || end > best.end) Object.assign(best, { item: s.item, length: s.key.length, end, chinese: true });
  }
  return best;
}

function matchFieldName(l: Lookup, name: string): string | null {
  const folded = fold(name);
  if (!folded) return null;
  const whole = l.exact.get(folded);
  if (whole !== undefined) return whole;
  // An exported header may carry its table: `users.mobile`.
  const dot = name.lastIndexOf('.');
  const last = dot < 0 ? undefined : l.exact.get(fold(name.slice(dot + 1)));
  if (last !== undefined) return last;
  const best = bestTokenRun(l, name);
  return (ASCII.test(folded) ? best : bestSubstring(l, folded, best)).item;
}

/**
 * The item a column or field name points to, or null. A synonym written as the whole name wins; else
 * the longest synonym found inside the name: latin synonyms as whole runs of tokens (user_mobile,
 * idCardNo), Chinese ones as substrings (用户身份证号码). wholeNameSynonyms (`name`, `weight`) only
 * match whole names, so company_name and goods_weight point to nothing.
 */
export function itemForFieldName(tx: Taxonomy, fieldName: string): string | null {
  const l = lookupOf(tx);
  const known = l.memo.get(fieldName);
  if (known !== undefined) return known;
  const found = matchFieldName(l, fieldName);
  if (l.memo.size >= MEMO_LIMIT) l.memo.clear();
  l.memo.set(fieldName, found);
  return found;
}
