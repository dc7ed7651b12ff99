import { isUtf8 as strictUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBuffer, isUtf8, sniffEncoding } from '../../src/io/encoding.js';
import { iconv } from '../../src/io/iconv.js';

const bytes = (...b: number[]) => Buffer.from(b);

describe('isUtf8', () => {
  it("is node:buffer's check: overlong forms, surrogates and code points past U+10FFFF are not UTF-8", () => {
    expect(isUtf8(bytes(0xe0, 0x80, 0x80, 0x41))).toBe(false);
    expect(isUtf8(bytes(0xc0, 0x80, 0x41))).toBe(false);
    expect(isUtf8(bytes(0xed, 0xa0, 0x80, 0x41))).toBe(false);
    expect(isUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(false);
    expect(isUtf8(Buffer.from('姓名,手机 😀\n'))).toBe(true);
  });

  it('allows a character cut at the end of the sample, and only there', () => {
    const text = Buffer.from('手机😀');
    for (let cut = 0; cut <= text.length; cut++) expect(isUtf8(text.subarray(0, cut)), `cut at ${cut}`).toBe(true);
    expect(isUtf8(bytes(0xe6, 0x89, 0x41))).toBe(false);
    expect(isUtf8(bytes(0xe0, 0x80))).toBe(true);
  });

  it('agrees with node:buffer on any bytes that do not end inside a character', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        const buf = Buffer.concat([Buffer.from(b), bytes(0x0a)]);
        expect(isUtf8(buf)).toBe(strictUtf8(buf));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeBuffer', () => {
  it('reads GB18030 (GBK) text, four-byte characters included', () => {
    const text = '姓名,身份证号,备注\n张三,110101199003071233,𠀀\n';
    const gb = iconv().encode(text, 'gb18030');
    expect(sniffEncoding(gb).encoding).toBe('gb18030');
    expect(decodeBuffer(gb)).toBe(text);
  });

  it('reads the vertical punctuation of GB18030-2022 as the export decoder does (A6D9 → U+FE10)', () => {
    expect(decodeBuffer(bytes(0xa6, 0xd9, 0x0a), { encoding: 'gb18030', bomLength: 0 })).toBe('\ufe10\n');
  });
});
