import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/load/csv.js';
import { InputError } from '../../src/errors.js';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseCsvText', () => {
  it('keeps the line where each record starts, across BOM, CRLF, quoted newlines and blank rows', () => {
    const t = parseCsvText('x.csv', '\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n,\r\n3,4\r\n');
    expect(t.headers).toEqual(['a', 'b']);
    expect(t.headerLine).toBe(1);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'x\r\ny'] },
      { line: 6, cells: ['3', '4'] },
    ]);
  });

  it('reads tab-separated files', () => {
    const t = parseCsvText('x.tsv', 'a\tb\n1\t2\n');
    expect(t.rows[0]!.cells).toEqual(['1', '2']);
  });

  it('reports an unterminated quote at the line where its record began', () => {
    const e = errorOf(() => parseCsvText('x.csv', 'a,b\n1,2\n\n3,"4\n5,6\n'));
    expect(e.describe()).toMatch(/^x\.csv:4: unterminated quoted field/);
  });

  it('rejects a ragged row with its line', () => {
    const e = errorOf(() => parseCsvText('x.csv', 'a,b\n1,2\n3\n'));
    expect(e.describe()).toMatch(/^x\.csv:3: ragged row: 1 fields where the header has 2/);
  });

  it('rejects a header without records', () => {
    expect(errorOf(() => parseCsvText('x.csv', 'a,b\n')).message).toMatch(/no records/);
    expect(errorOf(() => parseCsvText('x.csv', '')).message).toMatch(/no records/);
  });
});
