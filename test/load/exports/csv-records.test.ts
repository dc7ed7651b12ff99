/** RecordReader: papaparse's core parser driven chunk by chunk, with physical line numbers and bounds. */
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { RecordReader } from '../../../src/load/exports/csv-records.js';
import { inputErrorOf } from '../../helpers/input-error.js';

interface Read {
  records: string[][];
  lines: number[];
}

function read(chunks: string[], opts: { delimiter?: string; maxFieldChars?: number } = {}): Read & { reader: RecordReader } {
  const out: Read = { records: [], lines: [] };
  const reader = new RecordReader({ file: 't.csv', delimiter: opts.delimiter ?? ',', maxFieldChars: opts.maxFieldChars ?? 1 << 20 }, (records, lines) => {
    records.forEach((r, i) => {
      out.records.push(r);
      out.lines.push(lines[i]!);
    });
  });
  for (const c of chunks) reader.push(c);
  reader.finish();
  return { ...out, reader };
}

describe('RecordReader', () => {
  it('numbers records by the physical line they start on, across quoted line breaks', () => {
    const { records, lines, reader } = read(['id,remark\n1,"two\nlines"\n2,ok\n3,"a\n\nb"\n4,end']);
    expect(records).toEqual([['id', 'remark'], ['1', 'two\nlines'], ['2', 'ok'], ['3', 'a\n\nb'], ['4', 'end']]);
    expect(lines).toEqual([1, 2, 4, 5, 8]);
    expect(reader.lineCount).toBe(8);
  });

  it('reads CRLF files, doubled quotes and quoted delimiters', () => {
    const { records, lines } = read(['a,b\r\n"x,""y""",2\r\n', '3,4\r\n']);
    expect(records).toEqual([['a', 'b'], ['x,"y"', '2'], ['3', '4']]);
    expect(lines).toEqual([1, 2, 3]);
  });

  it('ends a record at any line end when a file mixes them, each at its own line', () => {
    const { records, lines, reader } = read(['id,m\r\n1,a\n2,b\r3,"c\r\nd"\r\n4,e\n5,f']);
    expect(records).toEqual([['id', 'm'], ['1', 'a'], ['2', 'b'], ['3', 'c\nd'], ['4', 'e'], ['5', 'f']]);
    expect(lines).toEqual([1, 2, 3, 4, 6, 7]);
    expect(reader.lineCount).toBe(7);
  });

  it('keeps a CRLF cut between two chunks one line end, and a CR at the very end a line end', () => {
    const { records, lines, reader } = read(['id,m\r', '\n1,a\r', '\r\n2,b\r']);
    expect(records).toEqual([['id', 'm'], ['1', 'a'], [''], ['2', 'b']]);
    expect(lines).toEqual([1, 2, 3, 4]);
    expect(reader.lineCount).toBe(4);
  });

  it('gives the same records and lines however the text is cut into chunks, with any line end', () => {
    const cell = fc.stringMatching(/^[a-z0-9 ,"\n张伟*]{0,12}$/);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), (rows, cuts, lineEnd) => {
        // Quote every cell holding a line break: any line end ends a record, not only the one the writer uses.
        const text = stringify(rows, { record_delimiter: lineEnd, quoted_match: /\n/ });
        const whole = read([text]);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
        const pieces = read(chunks);
        expect(pieces.records).toEqual(whole.records);
        expect(pieces.lines).toEqual(whole.lines);
        expect(whole.records).toEqual(rows);
        // Line of each record = 1 + line breaks before it.
        let line = 1;
        rows.forEach((r, i) => {
          expect(whole.lines[i]).toBe(line);
          line += 1 + r.join('').split('\n').length - 1;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a record cut between chunks: ended by the first line feed of the next, or going on past it in quotes', () => {
    const ends = read(['id,remark\n1,ab', 'c\n2,"x"\n']);
    expect(ends.records).toEqual([['id', 'remark'], ['1', 'abc'], ['2', 'x']]);
    const goesOn = read(['id,remark\n1,', '"x\ny",z\n2,w\n', '3,"p\n', 'q"\n']);
    expect(goesOn.records).toEqual([['id', 'remark'], ['1', 'x\ny', 'z'], ['2', 'w'], ['3', 'p\nq']]);
    expect(goesOn.lines).toEqual([1, 2, 4, 5]);
  });

  it('reports an unterminated quote at the line where its record began', () => {
    const e = inputErrorOf(() => read(['id,remark\n1,ok\n2,"never closed\n3,x\n', '4,y\n']));
    expect(e.where).toEqual({ file: 't.csv', line: 3 });
    expect(e.message).toMatch(/unterminated quoted field/);
  });

  it('only notes an open quote at the end of a range that is not the last', () => {
    const reader = new RecordReader({ file: 't.csv', delimiter: ',', maxFieldChars: 100 }, () => {});
    reader.push('1,"open\n');
    reader.finish(true);
    expect(reader.endedInQuote).toBe(true);
  });

  it('refuses a field longer than the bound, at the line its record began, without holding the rest', () => {
    const big = 'x'.repeat(300);
    const e = inputErrorOf(() => read(['id,remark\n1,ok\n2,"', big, big, big, '"\n'], { maxFieldChars: 500 }));
    expect(e.where).toEqual({ file: 't.csv', line: 3 });
    expect(e.message).toMatch(/longer than 500 characters, the limit/);
    // A long record of short fields is fine.
    expect(read([Array.from({ length: 100 }, () => 'abcdefghij').join(',') + '\n'], { maxFieldChars: 500 }).records[0]).toHaveLength(100);
  });

  it('counts a last line without a line break', () => {
    expect(read(['a\n1\n2']).reader.lineCount).toBe(3);
    expect(read(['a\n1\n2\n']).reader.lineCount).toBe(3);
  });
});
