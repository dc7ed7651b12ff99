import { isUtf8 as strictUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBuffer, isUtf8, sniffEncoding, textEncoding } from '../../src/io/encoding.js';
import { chunkDecoder, undecodedIn } from '../../src/io/export-decode.js';
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

describe('textEncoding: UTF-8 or GB18030, by the bytes', () => {
  const gbk = (text: string) => iconv().encode(text, 'gbk');
  const utf8 = (text: string) => Buffer.from(text);

  it('a character cut in a UTF-8 file does not make it GB18030 (the header stays readable)', () => {
    const cut = Buffer.concat([utf8('手机号,身份证号,备注\n13812345678,110101199003071233,ok\n13912345678,11010519491231002X,'), bytes(0xe5, 0xae), utf8('\n13712345670,440524188001010014,ok\n')]);
    expect(textEncoding(cut)).toBe('utf8');
    expect(sniffEncoding(cut).encoding).toBe('utf8');
    expect(decodeBuffer(cut).split('\n')[0]).toBe('手机号,身份证号,备注');
  });

  it('UTF-8 with a damaged byte on many rows is still UTF-8', () => {
    const rows = Array.from({ length: 50 }, (_, i) => Buffer.concat([utf8(`${i},张三丰,北京市海淀区`), bytes(0xe4, 0xb8), utf8('\n')]));
    expect(textEncoding(Buffer.concat([utf8('id,姓名,地址\n'), ...rows]))).toBe('utf8');
  });

  it('weighs the text around the first bad byte: UTF-8 before it counts, ASCII does not', () => {
    const chinese = '1,张三丰,北京市海淀区中关村大街\n'.repeat(4000);
    // After the bad byte alone, GB18030 decodes with no error: the UTF-8 before it decides.
    expect(textEncoding(Buffer.concat([utf8(chinese), bytes(0xe5, 0xae, 0xe5, 0xae, 0x0a)]))).toBe('utf8');
    const ascii = '1,13812345678,ok\n'.repeat(20_000);
    expect(textEncoding(Buffer.concat([utf8(ascii), gbk('2,13912345678,客户张三\n')]))).toBe('gb18030');
  });

  it('GBK is GB18030, with short names, long text, or a damaged byte', () => {
    const names = '张三,李四,王五,赵六,钱七,孙八,周九,吴十'.split(',');
    expect(textEncoding(gbk(`id,姓名\n${names.map((n, i) => `${i},${n}\n`).join('')}`))).toBe('gb18030');
    expect(textEncoding(gbk('姓名,手机号,备注\n张三,13812345678,客户要求电话回访并发送短信通知\n'))).toBe('gb18030');
    expect(textEncoding(Buffer.concat([gbk('姓名,手机号\n张三,13812345678\n李四,'), bytes(0xff), gbk('\n')]))).toBe('gb18030');
    expect(textEncoding(gbk('手机号'))).toBe('gb18030');
  });

  it('valid UTF-8 is UTF-8 without decoding', () => {
    expect(textEncoding(utf8('姓名,手机\n张三,13812345678\n'))).toBe('utf8');
    expect(textEncoding(Buffer.alloc(0))).toBe('utf8');
  });
});

describe('undecodedIn', () => {
  it('counts the U+FFFD a decoder put for bytes it could not decode, not those the bytes spell', () => {
    const bad = Buffer.concat([Buffer.from('a\ufffdb'), bytes(0xff, 0x41, 0xe5, 0xae, 0x0a)]);
    expect(undecodedIn(chunkDecoder('utf8').write(bad), bad, 'utf8')).toBe(2);
    const spelled = Buffer.from('a\ufffdb\n');
    expect(undecodedIn(chunkDecoder('utf8').write(spelled), spelled, 'utf8')).toBe(0);
    const gb = Buffer.concat([iconv().encode('张\ufffd三', 'gb18030'), bytes(0x81, 0x0a)]);
    expect(undecodedIn(chunkDecoder('gb18030').write(gb), gb, 'gb18030')).toBe(1);
  });
});
