/**
 * Name matching against the taxonomy: what an inventory's `category` cell names (resolveName), what to
 * suggest when it names nothing (nameSuggestions), and what a column/field name points to (itemForFieldName).
 * Every comparison goes through fold() (SPEC decision 1: case, spaces, `_` and `-` are ignored).
 */
import { editDistance, fold, MAX_SUGGESTION_INPUT, meaningScore, MEANING_THRESHOLD, nearest, phrase, type Phrase } from '../text/suggest.js';
import { lookupOf, type Lookup, type NameHit, type SubstringSynonym } from './lookup.js';
import { attributeStart, fieldNameParts, flagEnd, nameEnd, possessorStart, type FieldNameParts } from './tokens.js';
import type { AmbiguousTerm, Taxonomy } from './types.js';

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

/** Words around a name that add nothing to it: 银行卡信息, 用户手机号, IMEI号. */
const FILLER_SUFFIX = /(?:信息|数据|资料|号码|编号|号|information|info|data)$/u;
/** Chinese only: a latin prefix is part of a field name (user_mobile), not a filler. */
const FILLER_PREFIX = /^(?:用户|客户|会员|个人|本人)/u;

/** A name, an ambiguous term (false: names nothing for sure), or a synonym; with filler words dropped last. */
function hitForPart(tx: Taxonomy, l: Lookup, key: string): NameHit | null | false {
  const hit = l.names.get(key);
  if (hit) return hit;
  if (l.ambiguous.has(key)) return false;
  const synonym = hitForSynonym(tx, l, key);
  if (synonym) return synonym;
  for (const bare of new Set([key.replace(FILLER_SUFFIX, ''), key.replace(FILLER_PREFIX, ''), key.replace(FILLER_PREFIX, '').replace(FILLER_SUFFIX, '')])) {
    if (bare === key || !bare) continue;
    const found = l.names.get(bare) ?? (l.ambiguous.has(bare) ? undefined : hitForSynonym(tx, l, bare));
    if (found) return found;
  }
  return null;
}

/** Separators between the parts of a cell: paths (个人身份信息/身份证, identity > passport), lists (姓名、手机号). */
const PART_SEPARATOR = /[/／\\|｜>＞→:：;；、，,]|\s+[-–—]\s+|[—–]+|(?<=\p{Script=Han})-|-(?=\p{Script=Han})|\s*\+\s*/u;
/** A bracketed remark or list: 身份证号（18位）, 设备信息（IMEI、OAID）. */
const BRACKETED = /[(（[【]([^()（）[\]【】]*)[)）\]】]/gu;
/** A list's trailing 等 / etc. */
const ET_CETERA = /(?:等等?|etc\.?|…+|\.\.\.)$/iu;
/** Cells longer than this, or with more parts, are not split: a category cell is a few words. */
const MAX_PARTS_CELL = 120;
const MAX_PARTS = 12;

function splitParts(text: string): string[] {
  return text
    .split(PART_SEPARATOR)
    .map((p) => p.trim().replace(ET_CETERA, '').trim())
    .filter(Boolean);
}

/** The hits of a list of parts without qualifiers; null when one part names nothing. */
function partHits(tx: Taxonomy, l: Lookup, parts: readonly string[]): NameHit[] | null {
  const hits: NameHit[] = [];
  for (const p of parts) {
    const key = fold(p);
    if (!key || l.qualifiers.has(key)) continue;
    const hit = hitForPart(tx, l, key);
    if (!hit) return null;
    hits.push(hit);
  }
  return hits;
}

/**
 * The parts of a cell read together: all in one category; one item (a category, group or the item itself
 * beside it) gives that item, several items or none give the category.
 */
function combine(hits: readonly NameHit[]): NameHit | null {
  if (hits.length === 0) return null;
  const category = hits[0]!.category;
  if (hits.some((h) => h.category !== category)) return null;
  if (hits.length === 1) return hits[0]!;
  const items = new Set(hits.flatMap((h) => (h.item ? [h.item] : [])));
  const [only] = items;
  const narrows = items.size === 1 && hits.every((h) => h.item === only || (!h.item && (!h.items || h.items.includes(only!))));
  return narrows ? { item: only!, category } : { item: null, category };
}

/**
 * A cell in parts: `个人身份信息/身份证`, `个人敏感信息-身份证号`, `姓名、手机号`, `设备信息（IMEI、OAID）`. A bracketed
 * part that names nothing is a remark (`手机号（加密存储）`) and is dropped; every other part must be read.
 */
function hitForParts(tx: Taxonomy, l: Lookup, raw: string): NameHit | null {
  if (raw.length > MAX_PARTS_CELL) return null;
  const text = raw.normalize('NFKC');
  const bracketed = [...text.matchAll(BRACKETED)].map((m) => splitParts(m[1]!));
  const outer = splitParts(text.replace(BRACKETED, ' '));
  if (outer.length + bracketed.flat().length > MAX_PARTS) return null;
  const hits = partHits(tx, l, outer);
  if (!hits) return null;
  for (const list of bracketed) hits.push(...(partHits(tx, l, list) ?? []));
  return combine(hits);
}

/**
 * What a `category` cell names: a category (item null), an item, or a group of items (item null, `group` and
 * `items` set). Accepts ids, the Chinese and English names of categories, items and groups, their aliases, a
 * field-name synonym written whole (`身份证号`) and, last, a cell in parts (see hitForParts). An ambiguous term
 * (网络信息) names nothing. Null when it names nothing.
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
  const whole = hitForPart(tx, l, key);
  if (whole !== null) return whole || null;
  return hitForParts(tx, l, raw);
}

/**
 * What a name names as a whole, without reading it in parts (the SDK field reader reads the parts of
 * `设备标识符（IMEI、OAID）` itself, item by item). A group comes with its items.
 */
export function resolveWholeName(tx: Taxonomy, raw: string): NameHit | null {
  const key = fold(raw);
  return key ? hitForPart(tx, lookupOf(tx), key) || null : null;
}

/** The ambiguous term a cell is (网络信息, 儿童个人信息), if it is one: its candidates and note. */
export function ambiguousTerm(tx: Taxonomy, raw: string): AmbiguousTerm | null {
  return lookupOf(tx).ambiguous.get(fold(raw)) ?? null;
}

const HAN = /\p{Script=Han}/u;

/** The display name of an entry in the input's script. */
function entryName(tx: Taxonomy, id: string, zh: boolean): string {
  const e = tx.category(id) ?? tx.item(id);
  return e ? (zh ? e.zh : e.en) : id;
}

/**
 * Suggestions by cell text, as written: an unreadable spelling repeats on every row of an inventory. Not by
 * folded text: the ranking reads the spelling too (camelCase words, the script, ties by written form).
 */
const suggested = new WeakMap<Taxonomy, Map<string, string[]>>();
const prepared = new WeakMap<Lookup, { phrase: Phrase; entry: string }[]>();

function phrasesOf(l: Lookup): { phrase: Phrase; entry: string }[] {
  let list = prepared.get(l);
  if (!list) prepared.set(l, (list = l.offers.map((o) => ({ phrase: phrase(o.text), entry: o.entry }))));
  return list;
}

/** The best name of each entry by meaning, best entries first (ties: taxonomy order, names before synonyms). */
function byMeaning(l: Lookup, raw: string, max: number): string[] {
  const input = phrase(raw);
  const best = new Map<string, { text: string; score: number; order: number }>();
  // Between spellings of one entry that score the same, the one written most like the input (network identity, not network-identity).
  const asWritten = (text: string) => editDistance(raw.toLowerCase(), text.toLowerCase());
  phrasesOf(l).forEach(({ phrase: p, entry }, order) => {
    const score = meaningScore(input, p, MEANING_THRESHOLD);
    if (score < MEANING_THRESHOLD) return;
    const seen = best.get(entry);
    if (!seen || score > seen.score || (score === seen.score && asWritten(p.text) < asWritten(seen.text))) best.set(entry, { text: p.text, score, order: seen?.order ?? order });
  });
  const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((b) => b.text);
  return [...new Set(ranked)].slice(0, max);
}

/**
 * What to suggest for a name the taxonomy cannot place: an ambiguous term's candidates (网络信息 is network
 * identity, internet records or the carrier: never guessed) with its note, else the nearest names.
 */
export function unplacedName(tx: Taxonomy, text: string): { near: string[]; ambiguous: boolean; note?: { en: string; zh: string } } {
  const term = ambiguousTerm(tx, text);
  if (!term) return { near: nameSuggestions(tx, text), ambiguous: false };
  return { near: term.candidates, ambiguous: true, ...(term.note ? { note: term.note } : {}) };
}

/**
 * The valid names nearest in meaning to an unknown one, best first, one per entry (for the unrecognized-value
 * finding): an ambiguous term's candidates; input that looks like an item id (`device.imie`) against item ids
 * (otherwise its category prefix would win as a substring); else names and synonyms ranked by meaningScore
 * (spelling, shared characters, shared words). None for inputs over MAX_SUGGESTION_INPUT.
 */
export function nameSuggestions(tx: Taxonomy, raw: string): string[] {
  const key = fold(raw);
  if (!key || key.length > MAX_SUGGESTION_INPUT) return [];
  if (raw.length > MEMO_MAX_KEY) return suggestNow(tx, raw, key);
  let memo = suggested.get(tx);
  if (!memo) suggested.set(tx, (memo = new Map()));
  let near = memo.get(raw);
  if (!near) {
    near = suggestNow(tx, raw, key);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, near);
  }
  return [...near];
}

function suggestNow(tx: Taxonomy, raw: string, key: string): string[] {
  const l = lookupOf(tx);
  const term = l.ambiguous.get(key);
  if (term) return term.candidates.map((id) => entryName(tx, id, HAN.test(raw)));
  // 个人敏感信息 alone says how sensitive, not what: no name is near it in meaning.
  if (l.qualifiers.has(key)) return [];
  const ids = raw.includes('.') ? nearest(raw, [...tx.items.keys()]) : [];
  return ids.length ? ids : byMeaning(l, raw, 3);
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

/**
 * Matches that name what the field holds, not what it describes. An identifier (identifiers.ts) wholly before
 * an attribute ending the name is not held (账号|状态, user_account_|type: a status and a type, not an
 * account), nor one after 是否 / is_ / has_ unless it is the whole rest of the name (是否绑定|手机号 is a
 * yes/no). A trait or a record keeps its match: 疾病|类型 is the disease, 是否有|过敏史 tells an allergy.
 */
function heldMatches(l: Lookup, parts: FieldNameParts, matches: readonly Match[]): Match[] {
  const attribute = attributeStart(parts);
  const flag = flagEnd(parts);
  const end = nameEnd(parts);
  const held = (m: Match) => (attribute === null || m.end > attribute) && (flag === null || (m.start === flag && m.end === end));
  return matches.filter((m) => !l.identifiers.has(m.item) || held(m));
}

function bestMatch(l: Lookup, name: string): string | null {
  const parts = fieldNameParts(name);
  let best: { item: string | null; rank: number[] } = { item: null, rank: [] };
  for (const m of heldMatches(l, parts, [...tokenRunMatches(l, parts), ...substringMatches(l, parts), ...compoundMatches(l, parts)])) {
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
