/**
 * Encoding detection and whole-file reading on any bytes: sniffers and decoders never throw,
 * BOM-marked and UTF-8 text decodes exactly, GB18030 Chinese decodes exactly, and readTextFile
 * either gives text or a located InputError naming the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBuffer, isUtf8, looksBinary, sniffEncoding } from '../../src/io/encoding.js';
import { readTextFile } from '../../src/io/file.js';
import { encodedBytes, encodeText, randomBytes, text } from './arbitraries.js';
import { csvText } from './arb-csv.js';
import { fuzz, testTimeout } from './fuzz.js';
import { onlyInputError } from './outcome.js';
import { TempFiles } from './temp.js';

const temp = new TempFiles('encoding');

const bytes = fc.oneof(randomBytes, encodedBytes(csvText()), encodedBytes(text));
const ENCODINGS = ['utf8', 'utf16le', 'utf16be', 'gb18030'];
const BOMS: Record<string, number[]> = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff] };

describe('sniffEncoding / decodeBuffer / looksBinary on any bytes', () => {
  it('never throw, and the BOM they skip is the BOM that is there', () =>
    fuzz('load.encoding', bytes, (buf) => {
      const sniffed = sniffEncoding(buf.subarray(0, 65536));
      expect(ENCODINGS).toContain(sniffed.encoding);
      if (sniffed.bomLength > 0) expect([...buf.subarray(0, sniffed.bomLength)]).toEqual(BOMS[sniffed.encoding]);
      expect(typeof decodeBuffer(buf)).toBe('string');
      expect(typeof looksBinary(buf, sniffed.encoding)).toBe('boolean');
      expect(typeof isUtf8(buf)).toBe('boolean');
    }), testTimeout());
});

/** Text as a decoder returns it: lone surrogates cannot survive any encoding. */
const decodable = text.map((t) => Buffer.from(t, 'utf8').toString('utf8'));
/** The header an Excel export of a Chinese inventory starts with. */
const CHINESE_HEADER = '系统,表,字段,类别,说明,主体,目的,敏感,加密,脱敏,存储地域,保存期限,起算,共享对象,同意方式';

describe('decodeBuffer reads back what was written', () => {
  it('UTF-8 (with or without BOM) and BOM-marked UTF-16, exactly', () =>
    fuzz('load.decodeBuffer.roundTrip', fc.tuple(decodable, fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom') as fc.Arbitrary<'utf8'>), ([t, enc]) => {
      // A leading BOM in the text itself is indistinguishable from the file's; a NUL makes it binary.
      fc.pre(!t.startsWith('\uFEFF') && !t.includes('\u0000'));
      expect(decodeBuffer(encodeText(t, enc))).toBe(t);
    }), testTimeout());

  it('a GB18030 export of a Chinese inventory, exactly', () =>
    fuzz('load.decodeBuffer.gb18030', decodable, (rest) => {
      const t = `${CHINESE_HEADER}\r\n${rest}`;
      fc.pre(!t.startsWith('\uFEFF') && !t.includes('\u0000'));
      expect(decodeBuffer(encodeText(t, 'gb18030'))).toBe(t);
    }), testTimeout());
});

describe('readTextFile on a file of any bytes', () => {
  it('text, or an InputError naming the file', () =>
    fuzz('load.readTextFile', bytes, (buf) => {
      const file = temp.write('input.csv', buf);
      const out = onlyInputError(() => readTextFile(file), { file });
      if (!(out instanceof Error)) expect(out.file).toBe(file);
    }, { cost: 'disk' }), testTimeout('disk'));
});
