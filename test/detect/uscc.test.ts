import { describe, expect, it } from 'vitest';
import { isUscc } from '../../src/detect/index.js';
import { isPlausibleDigitUscc } from '../../src/detect/uscc.js';

describe('isUscc (GB 32100-2015)', () => {
  it('accepts the verified examples', () => {
    expect(isUscc('91350100M000100Y43')).toBe(true);
    expect(isUscc('91110000802100433B')).toBe(true);
  });

  it('rejects a wrong check character, forbidden letters and wrong lengths', () => {
    expect(isUscc('91350100M000100Y44')).toBe(false);
    expect(isUscc('91110000802100433C')).toBe(false);
    expect(isUscc('91350100I000100Y43')).toBe(false); // I is not in the charset
    expect(isUscc('9135010M000100Y43')).toBe(false);
    expect(isUscc('91350100m000100y43')).toBe(false);
  });

  it('is stricter with all-digit strings', () => {
    // "2023…" passes the bare checksum but no registering authority 2 uses organisation type 0
    const orderNumber = allDigitUscc('202311230000123');
    expect(isUscc(orderNumber)).toBe(true);
    expect(isPlausibleDigitUscc(orderNumber)).toBe(false);
    const company = allDigitUscc('911100008021004');
    expect(isUscc(company)).toBe(true);
    expect(isPlausibleDigitUscc(company)).toBe(true);
  });
});

/** The first all-digit code (prefix + 3 digits) whose check character is a digit. */
function allDigitUscc(prefix15: string): string {
  for (let tail = 0; tail < 1000; tail++) {
    const code = prefix15 + String(tail).padStart(3, '0');
    if (isUscc(code)) return code;
  }
  throw new Error(`no all-digit code after ${prefix15}`);
}
