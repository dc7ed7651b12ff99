/**
 * Name matching against the taxonomy: what an inventory's `category` cell names (resolveName), what to
 * suggest when it names nothing (nameSuggestions), and what a column/field name points to (itemForFieldName).
 * Every comparison goes through fold() (SPEC decision 1: case, spaces, `_` and `-` are ignored).
 */
import { fold, nearest } from '../text/suggest.js';
import { lookupOf, type Lookup, type NameHit, type SubstringSynonym } from './lookup.js';
import { fieldNameParts, possessorStart, type FieldNameParts } from './tokens.js';
import type { Taxonomy } from './types.js';

const MEMO_LIMIT = 4096;
const ASCII = /^[\x00-\x7f]*$/;
/** Whole-name synonyms are at most three latin words (`serial_no`) or a few characters (序列号). */
const MAX_HEAD_TOKENS = 3;
const MAX_HEAD_CHARS = 6;

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
  if (raw.length > MEMO_MAX_KEY) return resolveNow(tx, raw);
  let memo = resolved.get(tx);
  if (!memo) resolved.set(tx, (memo = new Map()));
  let hit = memo.get(raw);
  if (hit === undefined) {
    hit = resolveNow(tx, raw);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, hit);
  }
  // A copy: callers own what they are given.
  return hit ? { ...hit } : null;
}

/** resolveName results by cell text: inventories repeat a few dozen category spellings on every row. */
const MEMO_MAX_KEY = 256;
const resolved = new WeakMap<Taxonomy, Map<string, NameHit | null>>();

function resolveNow(tx: Taxonomy, raw: string): NameHit | null {
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

/** A synonym found inside a field name, at [start, end) of its compact form. */
interface Match {
  item: string;
  start: number;
  end: number;
  /** A person word and a whole-name synonym (收货人地址): an explicit synonym wins a tie. */
  compound: boolean;
  chinese: boolean;
}

/** Latin synonyms as whole runs of tokens (user_mobile, idCardNo). */
function tokenRunMatches(l: Lookup, { tokens }: FieldNameParts): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let run = '';
    for (let j = i; j < tokens.length; j++) {
      run += tokens[j]!.text;
      if (run.length > l.longestRun) break;
      const item = l.tokenRuns.get(run);
      if (item) found.push({ item, start: tokens[i]!.start, end: tokens[j]!.end, compound: false, chinese: false });
    }
  }
  return found;
}

/** Chinese synonyms by first character, built once per lookup: a name is scanned once, not once per synonym. */
const byFirstChar = new WeakMap<Lookup, Map<string, SubstringSynonym[]>>();

function substringIndex(l: Lookup): Map<string, SubstringSynonym[]> {
  let index = byFirstChar.get(l);
  if (!index) {
    index = new Map();
    for (const s of l.substrings) {
      const bucket = index.get(s.key[0]!);
      if (bucket) bucket.push(s);
      else index.set(s.key[0]!, [s]);
    }
    byFirstChar.set(l, index);
  }
  return index;
}

/** Chinese synonyms as substrings (用户身份证号码). */
function substringMatches(l: Lookup, { compact }: FieldNameParts): Match[] {
  if (ASCII.test(compact)) return [];
  const index = substringIndex(l);
  const found: Match[] = [];
  for (let at = 0; at < compact.length; at++) {
    for (const s of index.get(compact[at]!) ?? []) {
      if (compact.startsWith(s.key, at)) found.push({ item: s.item, start: at, end: at + s.key.length, compound: false, chinese: true });
    }
  }
  return found;
}

/** The words ending at `end`, as synonym keys: runs of up to three tokens, and non-ASCII tails. */
function keysEndingAt(parts: FieldNameParts, end: number): { key: string; start: number }[] {
  const keys: { key: string; start: number }[] = [];
  const last = parts.tokens.findIndex((t) => t.end === end);
  for (let k = last, key = ''; k >= 0 && k > last - MAX_HEAD_TOKENS; k--) {
    key = parts.tokens[k]!.text + key;
    keys.push({ key, start: parts.tokens[k]!.start });
  }
  for (let n = 1; n <= Math.min(MAX_HEAD_CHARS, end); n++) {
    const key = parts.compact.slice(end - n, end);
    if (!ASCII.test(key)) keys.push({ key, start: end - n });
  }
  return keys;
}

/**
 * A whole-name synonym after a word naming a person is that person's (收货人地址, consignee_addr,
 * buyer_name): the person rules out the other readings (公司地址, company_name).
 */
function compoundMatches(l: Lookup, parts: FieldNameParts): Match[] {
  const found: Match[] = [];
  for (const end of new Set([parts.headEnd, parts.compact.length])) {
    for (const { key, start } of keysEndingAt(parts, end)) {
      const item = l.exact.get(key);
      const from = item === undefined ? null : possessorStart(parts, start);
      if (item !== undefined && from !== null) found.push({ item, start: from, end, compound: true, chinese: !ASCII.test(key) });
    }
  }
  return found;
}

/**
 * The head noun comes last, so the match ending rightmost wins; one running into the trailing suffixes
 * ends where the head does (`id_card_no`: id_card, not card_no), one wholly inside them comes last.
 * Then the one covering most of the head, the longest, an explicit synonym before a compound, Chinese
 * before latin.
 */
function rank(m: Match, headEnd: number): number[] {
  const end = m.start < headEnd ? Math.min(m.end, headEnd) : 0;
  return [end, Math.max(0, end - m.start), m.end - m.start, m.compound ? 0 : 1, m.chinese ? 1 : 0];
}

function outranks(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((v, k) => v !== b[k]);
  return i >= 0 && a[i]! > b[i]!;
}

function bestMatch(l: Lookup, name: string): string | null {
  const parts = fieldNameParts(name);
  let best: { item: string | null; rank: number[] } = { item: null, rank: [] };
  for (const m of [...tokenRunMatches(l, parts), ...substringMatches(l, parts), ...compoundMatches(l, parts)]) {
    const r = rank(m, parts.headEnd);
    if (best.item === null || outranks(r, best.rank)) best = { item: m.item, rank: r };
  }
  return best.item;
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
  return bestMatch(l, name);
}

/**
 * The item a column or field name points to, or null. A synonym written as the whole name wins; else
 * the synonym found inside the name that ends rightmost, as the head noun comes last (收货人手机号,
 * consignee_phone: the phone), then the longest: latin synonyms as whole runs of tokens (user_mobile,
 * idCardNo), Chinese ones as substrings (用户身份证号码). wholeNameSynonyms (`name`, `weight`) only
 * match whole names (company_name and goods_weight point to nothing) or after a word naming a person
 * (收货人地址, buyer_name).
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
