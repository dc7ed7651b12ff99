/**
 * Reads a folded cell as a run of known words, the way people write protection phrases without spaces
 * (`前六后四`, `showlast4only`, `阿里云KMS信封加密`). Shared by the masking and encryption readers: a cell is
 * read only when every character belongs to a known word, so unknown text is never half-read.
 */
import { alternation } from './text.js';

/** A word pattern with the token it stands for; patterns are matched where they start (sticky). */
export interface TokenPattern<T> {
  re: RegExp;
  token: (m: RegExpExecArray) => T;
}

export interface Lexicon<T> {
  /** One sticky alternation of the literal words, longest first, so the longest word wins. */
  readonly literals: RegExp;
  readonly words: ReadonlyMap<string, T>;
  readonly patterns: readonly TokenPattern<T>[];
}

/** A lexicon from `[token, folded words…]` entries and patterns (written without anchors; made sticky here). */
export function lexicon<T>(entries: readonly (readonly [T, readonly string[]])[], patterns: readonly TokenPattern<T>[] = []): Lexicon<T> {
  const words = new Map<string, T>();
  for (const [token, list] of entries) for (const w of list) words.set(w, token);
  return {
    literals: new RegExp(alternation(words.keys()), 'y'),
    words,
    patterns: patterns.map((p) => ({ re: new RegExp(p.re.source, 'y' + p.re.flags.replace(/[gy]/g, '')), token: p.token })),
  };
}

/**
 * The tokens of `folded`, taking the longest word at each position (a pattern wins a tie), or null when
 * some character belongs to no word. Linear in the text: a bounded number of sticky matches per position.
 */
export function tokenize<T>(folded: string, lex: Lexicon<T>): T[] | null {
  const tokens: T[] = [];
  let at = 0;
  while (at < folded.length) {
    let best: { length: number; token: T } | null = null;
    for (const p of lex.patterns) {
      p.re.lastIndex = at;
      const m = p.re.exec(folded);
      if (m && m[0].length > 0 && (!best || m[0].length > best.length)) best = { length: m[0].length, token: p.token(m) };
    }
    lex.literals.lastIndex = at;
    const w = lex.literals.exec(folded);
    if (w && w[0].length > 0 && (!best || w[0].length > best.length)) best = { length: w[0].length, token: lex.words.get(w[0])! };
    if (!best) return null;
    tokens.push(best.token);
    at += best.length;
  }
  return tokens;
}
