/**
 * iconv-lite is loaded on first use (src/io/iconv.ts) and is the decoder when the platform's
 * TextDecoder does not know an encoding (a Node built without full ICU): then it must decode as
 * TextDecoder does, chunk by chunk, wherever a chunk cuts a character.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunkDecoder } from '../../src/io/export-decode.js';
import { iconv } from '../../src/io/iconv.js';

const SAMPLE = '姓名,手机号,地址\n张三,13812345678,北京市海淀区𠀀路1号\n李四,,"上海\n浦东"\n';

function decodeInChunks(bytes: Buffer, cuts: number[]): string {
  const d = chunkDecoder('gb18030');
  let out = '';
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
    out += d.write(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  return out + d.write(bytes.subarray(at)) + d.end();
}

describe('iconv (iconv-lite on first use)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is one loaded iconv-lite that round-trips GB18030, four-byte characters included', () => {
    expect(iconv()).toBe(iconv());
    expect(iconv().decode(iconv().encode(SAMPLE, 'gb18030'), 'gb18030')).toBe(SAMPLE);
  });

  it('decodes GB18030 chunk by chunk as TextDecoder does, when TextDecoder lacks the encoding', () => {
    const gb = iconv().encode(SAMPLE, 'gb18030');
    const cutAnywhere = fc.array(fc.nat(), { maxLength: 6 });
    const viaTextDecoder = fc.sample(cutAnywhere, 50).map((cuts) => decodeInChunks(gb, cuts));
    vi.stubGlobal(
      'TextDecoder',
      class {
        constructor() {
          throw new RangeError('The "gb18030" encoding is not supported');
        }
      },
    );
    fc.assert(
      fc.property(cutAnywhere, (cuts) => {
        expect(decodeInChunks(gb, cuts)).toBe(SAMPLE);
      }),
      { numRuns: 500 },
    );
    expect(viaTextDecoder.every((t) => t === SAMPLE)).toBe(true);
    // iconv-lite alone loses the 'c' here: a write that ends a four-byte character, then single bytes. When
    // the second expectation fails, iconv-lite is fixed and export-decode.ts's wholeCharacters() can go.
    const fourByte = iconv().encode('𠀀abc', 'gb18030');
    expect(decodeInChunks(fourByte, [3])).toBe('𠀀abc');
    const raw = iconv().getDecoder('gb18030');
    expect(raw.write(fourByte.subarray(0, 3)) + raw.write(fourByte.subarray(3)) + (raw.end() ?? '')).toBe('𠀀ab');
  });
});
