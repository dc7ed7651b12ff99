/**
 * Bounded memos. The cell normalisers': an inventory repeats a few dozen spellings per column across
 * many thousands of rows, so each distinct cell is parsed once. Results are frozen because every row
 * that wrote the same text shares them; ValueErrors are remembered too, so a bad spelling repeated on
 * many rows is not re-parsed before the reader stops on the first one. The scan's counters remember
 * per-cell answers and per-day deadlines with the same boundedMemo.
 */
import { ValueError } from '../errors.js';

/** Distinct spellings kept per normaliser; then the memo starts over (a hostile file cannot grow it). */
export const MEMO_LIMIT = 2048;
/** Longer cells are parsed every time: they are rarely repeated, and the memo must stay small. */
export const MEMO_MAX_KEY = 128;

type Outcome<R> = { ok: true; value: R } | { ok: false; error: ValueError };

/** Freeze a result and, one level down, the arrays and objects it holds (results are flat). */
function frozen<R>(value: R): R {
  if (value === null || typeof value !== 'object') return value;
  for (const v of Object.values(value)) if (v !== null && typeof v === 'object') Object.freeze(v);
  return Object.freeze(value);
}

/** `compute` remembered per key (never undefined), at most `limit` keys: then it starts over (a hostile file cannot grow it). */
export function boundedMemo<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

/** `fn` remembered by its raw cell text; blank, missing and over-long cells go straight through. */
export function memoizeCell<R>(fn: (raw: string | null | undefined) => R, limit = MEMO_LIMIT): (raw: string | null | undefined) => R {
  const memo = boundedMemo((raw: string) => outcomeOf(fn, raw), limit);
  return (raw) => {
    if (typeof raw !== 'string' || raw.length > MEMO_MAX_KEY) return fn(raw);
    const known = memo(raw);
    if (known.ok) return known.value;
    throw known.error;
  };
}

function outcomeOf<R>(fn: (raw: string) => R, raw: string): Outcome<R> {
  try {
    return { ok: true, value: frozen(fn(raw)) };
  } catch (e) {
    // Only the normaliser's own verdict is remembered; anything else is a bug and propagates as is.
    if (e instanceof ValueError) return { ok: false, error: e };
    throw e;
  }
}

/** Distinct strings an interner keeps before it starts over. */
export const INTERN_LIMIT = 8192;

/**
 * One shared copy per distinct short string: an inventory repeats its systems, tables and purposes on
 * thousands of rows, and each row's copy would otherwise be kept for the whole run. Bounded like the memo.
 */
export function interner(limit = INTERN_LIMIT, maxLength = 256): (s: string) => string {
  const shared = boundedMemo((s: string) => s, limit);
  return (s) => (s.length > maxLength ? s : shared(s));
}
