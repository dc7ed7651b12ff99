import { describe, expect, it } from 'vitest';
import { boundedMemo, interner, MEMO_MAX_KEY, memoizeCell } from '../../src/normalize/memo.js';
import { parseDuration, parseList, parseRegion } from '../../src/normalize/index.js';
import { ValueError } from '../../src/errors.js';

/** A normaliser that counts its calls. */
function counted<R>(fn: (raw: string | null | undefined) => R) {
  const calls: (string | null | undefined)[] = [];
  return { calls, fn: (raw: string | null | undefined) => (calls.push(raw), fn(raw)) };
}

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('boundedMemo', () => {
  it('computes each key once, numbers and strings alike', () => {
    const seen: number[] = [];
    const double = boundedMemo((n: number) => (seen.push(n), n * 2), 10);
    expect([3, 4, 3, 3, 4].map(double)).toEqual([6, 8, 6, 6, 8]);
    expect(seen).toEqual([3, 4]);
  });

  it('starts over once it holds `limit` keys', () => {
    const seen: string[] = [];
    const upper = boundedMemo((s: string) => (seen.push(s), s.toUpperCase()), 2);
    for (const s of ['a', 'b', 'a', 'c', 'a']) upper(s);
    // a and b fill it; c clears it, so a is computed again.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('memoizeCell', () => {
  it('parses each distinct cell once and hands back the same (frozen) result', () => {
    const c = counted((raw) => ({ raw, parts: [raw, raw] }));
    const parse = memoizeCell(c.fn);
    const a = parse('5y');
    expect(parse('5y')).toBe(a);
    expect(parse('3d')).toEqual({ raw: '3d', parts: ['3d', '3d'] });
    expect(c.calls).toEqual(['5y', '3d']);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.parts)).toBe(true);
  });

  it('remembers a ValueError and throws it again without re-parsing', () => {
    const c = counted((raw) => {
      throw new ValueError(`not a value: ${raw}`, 'yes/no');
    });
    const parse = memoizeCell(c.fn);
    const first = thrown(() => parse('maybe'));
    expect(first).toBeInstanceOf(ValueError);
    expect(thrown(() => parse('maybe'))).toBe(first);
    expect(c.calls).toEqual(['maybe']);
  });

  it('does not remember other errors: they are bugs, not verdicts', () => {
    let n = 0;
    const parse = memoizeCell(() => {
      n++;
      throw new TypeError('bug');
    });
    expect(thrown(() => parse('x'))).toBeInstanceOf(TypeError);
    expect(thrown(() => parse('x'))).toBeInstanceOf(TypeError);
    expect(n).toBe(2);
  });

  it('passes blank, missing and over-long cells straight through', () => {
    const c = counted((raw) => raw ?? 'none');
    const parse = memoizeCell(c.fn);
    const long = 'x'.repeat(MEMO_MAX_KEY + 1);
    for (const raw of [null, undefined, long, null, long]) parse(raw);
    expect(c.calls).toEqual([null, undefined, long, null, long]);
  });

  it('starts over when full, so a file of distinct values cannot grow it without limit', () => {
    const c = counted((raw) => raw);
    const parse = memoizeCell(c.fn, 3);
    for (const raw of ['a', 'b', 'c', 'd', 'a', 'd']) parse(raw);
    // 'd' cleared the memo (a, b, c were forgotten), so 'a' is parsed again; 'd' was kept.
    expect(c.calls).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});

describe('memoised normalisers', () => {
  it('share one frozen value per spelling', () => {
    expect(parseDuration('P5Y')).toBe(parseDuration('P5Y'));
    expect(Object.isFrozen(parseDuration('P5Y'))).toBe(true);
    expect(parseRegion('cn-north-1')).toBe(parseRegion('cn-north-1'));
    expect(() => (parseList('a; b') as string[]).push('c')).toThrow(TypeError);
    expect(parseList('a; b')).toEqual(['a', 'b']);
  });

  it('throw the same located-ready ValueError for a repeated bad spelling', () => {
    const first = thrown(() => parseDuration('5 fortnights'));
    expect(first).toBeInstanceOf(ValueError);
    expect(thrown(() => parseDuration('5 fortnights'))).toBe(first);
  });
});

describe('interner', () => {
  // Sharing itself cannot be observed from JavaScript (strings compare by value); the bench measures the
  // memory it saves. What must hold is that every string comes back as given, across restarts.
  it('gives back every string as given, when full and for long strings too', () => {
    const intern = interner(2, 4);
    const inputs = ['crm', 'abcdef', 'a', 'b', 'crm', 'c', 'a', 'crm'];
    expect(inputs.map((s) => intern(s.slice()))).toEqual(inputs);
  });
});
