/** Folding used for every name match: case, spaces, `_` and `-` are ignored (SPEC decision 1). */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s_\-]+/g, '');
}

/** Levenshtein distance, small inputs only (names, not data). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

let row = new Int32Array(64);

/**
 * editDistance when it is at most `max`, else max + 1: stops at the first row whose every cell is over `max`.
 * For ranking a name against thousands of candidates, where most are far.
 */
function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (row.length <= b.length) row = new Int32Array(b.length * 2 + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      const v = Math.min(up + 1, row[j - 1]! + 1, diag + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      diag = up;
      if (v < least) least = v;
    }
    if (least > max) return max + 1;
  }
  return Math.min(row[b.length]!, max + 1);
}

/**
 * Longest input (folded) that gets suggestions: they are for mistyped names, and the edit distance
 * costs input length × candidate length for each candidate, so a data-sized cell would take seconds.
 */
export const MAX_SUGGESTION_INPUT = 64;

/** No letter or digit: `*`, `、`, `+` (forms of a vocabulary, but nothing a mistyped word is near). */
const NO_WORD = /^[^\p{L}\p{N}]*$/u;

/**
 * How far a candidate is from the input, or Infinity when they share nothing real. One inside the other is
 * close. Otherwise the edits must leave part of both: two edits turn any two-character input into any
 * one- or two-character candidate (`火星` into `、` or `CN`), which is no resemblance at all.
 */
function distance(f: string, fc: string): number {
  if (fc === '') return Infinity;
  if (fc.includes(f) || f.includes(fc)) return Math.abs(fc.length - f.length) / 4;
  if (NO_WORD.test(fc)) return Infinity;
  const d = editDistance(f, fc);
  return d < Math.min(f.length, fc.length) ? d : Infinity;
}

/** The nearest candidates to `input`, best first; substring matches count as close. None for inputs over MAX_SUGGESTION_INPUT. */
export function nearest(input: string, candidates: readonly string[], max = 3): string[] {
  const f = fold(input);
  if (f.length > MAX_SUGGESTION_INPUT || f === '') return [];
  const scored = candidates.map((c) => ({ c, d: distance(f, fold(c)) }));
  const limit = Math.max(2, Math.ceil(f.length / 2));
  return [...new Set(scored.filter((s) => s.d <= limit).sort((x, y) => x.d - y.d || x.c.localeCompare(y.c)).map((s) => s.c))].slice(0, max);
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const near = nearest(input, candidates);
  return near.length ? `did you mean ${near.map((n) => `'${n}'`).join(', ')}?` : '';
}

/**
 * A name prepared once for meaning-based ranking (names are compared with many inputs): folded, its latin
 * words with common column-name abbreviations spelt out, its characters and character pairs.
 */
export interface Phrase {
  text: string;
  folded: string;
  words: string[];
  /** How many characters are not ASCII. */
  wide: number;
  chars: Map<string, number>;
  pairs: Map<string, number>;
}

/** Abbreviations and near-synonyms of column-name words, mapped to one spelling (mobile phone no ≈ phone number). */
const WORD_MEANING: Record<string, string> = {
  no: 'number', num: 'number', nbr: 'number', nr: 'number',
  addr: 'address', add: 'address',
  tel: 'phone', telephone: 'phone', mobile: 'phone', cellphone: 'phone', cell: 'phone', mob: 'phone',
  pwd: 'password', passwd: 'password', pass: 'password',
  acct: 'account', acc: 'account',
  mail: 'email', dob: 'birthday', birth: 'birthday',
  identification: 'identity', identifier: 'id', identifiers: 'id', info: 'information', infos: 'information',
  records: 'record', lists: 'list', details: 'detail', ids: 'id', numbers: 'number',
};

const WORD = /[a-z0-9]+/g;
const CAMEL = /(?<=[a-z])(?=[A-Z])/g;

function counts(items: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Characters other than ASCII (Chinese names compare by shared characters, in any order). */
function wideChars(folded: string): string[] {
  return [...folded].filter((c) => c > '\x7f');
}

/** The characters and pairs of 个人…信息, which most Chinese category names share: in common, they say nothing. */
const COMMON_ZH = new Set(['个', '人', '信', '息', '个人', '信息']);

export function phrase(text: string): Phrase {
  const folded = fold(text);
  const words = (text.normalize('NFKC').replace(CAMEL, ' ').toLowerCase().match(WORD) ?? []).map((w) => WORD_MEANING[w] ?? w);
  const wide = wideChars(folded);
  const pairs = wide.slice(1).map((c, i) => wide[i]! + c);
  return { text, folded, words, wide: wide.length, chars: counts(wide), pairs: counts(pairs) };
}

/** Dice coefficient of two multisets, 2·|shared| / (|a| + |b|), not counting 个人 and 信息 as shared. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [k, n] of a) {
    if (!COMMON_ZH.has(k)) shared += Math.min(n, b.get(k) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Share of words the two phrases have in common (after abbreviations), or a word one character off or cut short (cust). */
function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const left = [...b];
  let shared = 0;
  for (const w of a) {
    let at = left.indexOf(w);
    let weight = 1;
    if (at < 0 && w.length >= 4) {
      at = left.findIndex((x) => x.length >= 4 && (x.startsWith(w) || w.startsWith(x) || (Math.abs(x.length - w.length) <= 1 && editDistance(w, x) <= 1)));
      weight = 0.8;
    }
    if (at >= 0) {
      shared += weight;
      left.splice(at, 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * How close two names are in meaning, 0 to 1 (scores below `floor` may come out lower than they are): the best of spelling (edit distance), containment, shared
 * Chinese characters and character pairs (身份证件号 ~ 身份证号), and shared words with abbreviations spelt out
 * (mobile phone no ~ phone number). Bounded: callers pass inputs of at most MAX_SUGGESTION_INPUT characters.
 */
export function meaningScore(a: Phrase, b: Phrase, floor = 0): number {
  const [x, y] = [a.folded, b.folded];
  if (!x || !y) return 0;
  if (x === y) return 1;
  const long = Math.max(x.length, y.length);
  // Distances that would score below the floor are not worked out (their score comes out below it anyway).
  const within = Math.floor((1 - floor) * long);
  let score = 1 - editDistanceWithin(x, y, within) / long;
  // One name inside the other, when it is a good part of it (not `ip` inside any long word).
  const ratio = Math.min(x.length, y.length) / long;
  if (ratio >= 0.4 && (x.includes(y) || y.includes(x))) score = Math.max(score, 0.5 + 0.45 * ratio);
  if (a.chars.size && b.chars.size) {
    // Two shared characters at least: one in common is chance (身份 and 份额).
    const shared = dice(a.chars, b.chars);
    if (shared * (a.wide + b.wide) >= 4) score = Math.max(score, 0.45 * shared + 0.45 * dice(a.pairs, b.pairs) + 0.05);
  }
  return Math.max(score, 0.95 * wordOverlap(a.words, b.words));
}

/** Lowest meaningScore worth suggesting. */
export const MEANING_THRESHOLD = 0.6;
