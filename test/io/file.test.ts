/** Reading a declaration file whole: a binary file is refused at the line and column of its first NUL byte. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readFileBytes, readTextFile } from '../../src/io/file.js';
import { inputErrorOf } from '../helpers/input-error.js';
import { tempFiles } from '../scan/helpers.js';

function whereOf(call: () => unknown): unknown {
  const e = inputErrorOf(call);
  return { message: e.message, where: e.where };
}

function nulIn(bytes: Buffer): unknown {
  const { path } = tempFiles({ 'x.csv': bytes });
  return whereOf(() => readTextFile(path('x.csv')));
}

describe('readTextFile', () => {
  it('refuses NUL bytes at the line and column of the first one', () => {
    const { path } = tempFiles({ 'x.csv': Buffer.from('a,b\n1,\u0000\n') });
    expect(whereOf(() => readTextFile(path('x.csv')))).toEqual({ message: 'not a text file (it contains NUL bytes, the first one here)', where: { file: path('x.csv'), line: 2, column: 3 } });
  });

  it('counts lines by LF bytes, as grep -n does in binary data, and columns in characters, not bytes', () => {
    // A bare CR is no line end in binary data: a UTF-16 text read as GB18030 is full of 0x0D bytes.
    expect(nulIn(Buffer.from('a\r\nb\rc\n字段\u0000'))).toMatchObject({ where: { line: 3, column: 3 } });
    expect(nulIn(Buffer.from('\uFEFF\u0000'))).toMatchObject({ where: { line: 1, column: 1 } });
    expect(nulIn(Buffer.concat([iconv.encode('字段,说明\n手机号,', 'gbk'), Buffer.from([0])]))).toMatchObject({ where: { line: 2, column: 5 } });
  });

  it('names the file as given, not the path opened', () => {
    const { path } = tempFiles({ 'x.csv': Buffer.from('\u0000') });
    expect(whereOf(() => readFileBytes('shown.csv', path('x.csv')))).toMatchObject({ where: { file: 'shown.csv', line: 1, column: 1 } });
  });

  it('reads UTF-16 text, whose NUL bytes are half its characters', () => {
    const { path } = tempFiles({ 'x.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n', 'utf16le')]) });
    expect(readTextFile(path('x.csv')).text).toBe('a,b\n1,2\n');
  });
});
