import { describe, expect, it } from 'vitest';
import { printable, printableAll } from '../../src/text/printable.js';

describe('printable', () => {
  it('turns C0 and C1 controls, ESC and DEL into visible escapes', () => {
    expect(printable('id\x0bno\x01\x1b[31m')).toBe('id\\u000bno\\u0001\\u001b[31m');
    expect(printable('a\x7fb\x9b2J\x85')).toBe('a\\u007fb\\u009b2J\\u0085');
    expect(printable('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
  });

  it('turns bidi embeddings, overrides and isolates into escapes (Trojan Source)', () => {
    expect(printable('x\u202ey\u202a\u2066z\u2069')).toBe('x\\u202ey\\u202a\\u2066z\\u2069');
  });

  it('keeps what the format handles itself', () => {
    expect(printable('a\nb\r\x1b', '\r\n')).toBe('a\nb\r\\u001b');
  });

  it('leaves ordinary text, Chinese and emoji alone', () => {
    const text = '身份证号 id_no — “quote” 😀 %0A ::error';
    expect(printable(text)).toBe(text);
  });

  it('makes every string of plain data printable, numbers and nulls kept', () => {
    expect(printableAll({ a: 'x\x1b', b: [1, null, 'y\u202e'], c: { d: true } })).toEqual({ a: 'x\\u001b', b: [1, null, 'y\\u202e'], c: { d: true } });
  });
});
