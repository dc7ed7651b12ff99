/**
 * The per-cell shortcuts must agree with the detectors they stand in for: whatever recogniseForm calls
 * masked or hashed, mayBeProtected lets through; whatever surelyMasked calls masked, recogniseForm does too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseForm } from '../../src/detect/index.js';
import { gateFor, lastDecimals, looksHashed, mayBeProtected, passesGate, sampledBy, surelyMasked } from '../../src/scan/cell-form.js';

/** Values shaped like what exports hold: digits, hex, masks, crypt prefixes, Chinese, separators. */
const cellValue = fc.oneof(
  fc.stringMatching(/^[0-9a-fA-FxX*＊●•$ps@.:\-_ 张伟/+=]{1,70}$/),
  fc.stringMatching(/^[0-9a-f]{32}$|^[0-9a-f]{40}$|^[0-9a-f]{64}$/),
  fc.constantFrom('$2b$12$KIXQJ7mYBqCqH3xQzFv2XeQ6t1rW0pV5oYb9sN3dL8aG4hU2iR7Su', 'pbkdf2_sha256$260000$abc$def0123456789', 'scrypt:32768:8:1$salt$0123456789abcdef'),
  fc.tuple(fc.stringMatching(/^[0-9]{3,6}$/), fc.stringMatching(/^[*xX●]{2,8}$/), fc.stringMatching(/^[0-9X]{2,4}$/)).map((p) => p.join('')),
);

describe('cell-form shortcuts', () => {
  it('mayBeProtected is a necessary condition of recogniseForm', () => {
    fc.assert(
      fc.property(cellValue, (s) => {
        if (recogniseForm(s) !== null) expect(mayBeProtected(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('surelyMasked implies recogniseForm says masked', () => {
    fc.assert(
      fc.property(cellValue, (s) => {
        if (surelyMasked(s)) expect(recogniseForm(s)).toBe('masked');
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['138****5678', '110101********123X', '6222 **** **** 0005', 'a***@qq.com'])('%s is surely masked', (s) => {
    expect(surelyMasked(s)).toBe(true);
    expect(recogniseForm(s)).toBe('masked');
  });

  it('leaves single mask characters to recogniseForm', () => {
    expect(surelyMasked('10.2.*.*')).toBe(false);
    expect(mayBeProtected('10.2.*.*')).toBe(true);
    expect(recogniseForm('10.2.*.*')).toBe('masked');
  });

  it('plain identifiers need no detector call', () => {
    for (const s of ['13812345678', '110101199003071233', 'wang@163.com', '10.2.3.4', '张伟']) expect(mayBeProtected(s)).toBe(false);
    // An X check character or an x in an address sends the value to recogniseForm, which says plain.
    expect(mayBeProtected('11010519491231002X')).toBe(true);
    expect(recogniseForm('11010519491231002X')).toBeNull();
  });

  it('looksHashed reads the length, the prefix and three hex characters', () => {
    const hex = { length: 64, prefix: '' };
    expect(looksHashed(hex, '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe(true);
    expect(looksHashed(hex, 'z'.repeat(64))).toBe(false);
    expect(looksHashed(hex, 'abc')).toBe(false);
    const bcrypt = { length: 60, prefix: '$2b$' };
    expect(looksHashed(bcrypt, '$2b$12$KIXQJ7mYBqCqH3xQzFv2XeQ6t1rW0pV5oYb9sN3dL8aG4hU2iR7Su')).toBe(true);
    expect(looksHashed(bcrypt, '$2a$12$KIXQJ7mYBqCqH3xQzFv2XeQ6t1rW0pV5oYb9sN3dL8aG4hU2iR7Su')).toBe(false);
  });

  it('shape gates keep placeholders out of plaintext counts', () => {
    for (const s of ['-', 'N/A', '0', '无', '']) expect(passesGate(gateFor('mobile'), s)).toBe(false);
    expect(passesGate(gateFor('mobile'), '+86 138 1234 5678')).toBe(true);
    expect(passesGate(gateFor('resident-id'), '110101199003071233')).toBe(true);
    expect(passesGate(gateFor('email'), 'no-at-sign.example.com')).toBe(false);
    expect(passesGate(gateFor('ipv4'), '10.2.3.4')).toBe(true);
  });

  it('samples by value: the same values every time, roughly one in mask + 1', () => {
    const kinds = [
      (i: number) => `138${String((i * 7919) % 1e8).padStart(8, '0')}`,
      (i: number) => String(i + 1),
      (i: number) => `10.${i % 256}.${(i >> 8) % 256}.${(i * 7) % 256}`,
      (i: number) => `u${i}@example.com`,
    ];
    for (const kind of kinds) {
      const values = Array.from({ length: 32_000 }, (_, i) => kind(i));
      const picked = values.filter((v) => sampledBy(v, 31));
      expect(picked).toEqual(values.filter((v) => sampledBy(v, 31)));
      expect(picked.length).toBeGreaterThan(250);
      expect(picked.length).toBeLessThan(4000);
      expect(values.every((v) => sampledBy(v, 0))).toBe(true);
    }
  });

  it('reads the decimals of a coordinate', () => {
    expect(lastDecimals('39.904211')).toBe(6);
    expect(lastDecimals('39.9')).toBe(1);
    expect(lastDecimals('39')).toBe(-1);
  });
});
