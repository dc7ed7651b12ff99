import { describe, expect, it } from 'vitest';
import { quote } from '../../src/normalize/text.js';

describe('quote', () => {
  it('quotes a short value as written', () => {
    expect(quote('feilds')).toBe("'feilds'");
  });

  it('masks identifiers inside the value', () => {
    const out = quote('call 13812345678');
    expect(out).not.toContain('13812345678');
    expect(out).toContain('138****5678');
  });

  it('cuts a long value to 37 characters and an ellipsis', () => {
    expect(quote('x'.repeat(1000))).toBe(`'${'x'.repeat(37)}…'`);
  });

  it('writes line breaks and control characters as escapes, so the message keeps its lines', () => {
    expect(quote('a\nb\r\tc\u0000\u2028')).toBe("'a\\nb\\r\\tc\\u0000\\u2028'");
    expect(quote('\n\n13000000000x')).not.toMatch(/\n/);
  });
});
