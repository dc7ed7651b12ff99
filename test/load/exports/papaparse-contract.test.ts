/**
 * src/load/exports/csv-records.ts drives `Papa.Parser`, which papaparse marks as exposed for testing and
 * development only. So papaparse is pinned to an exact version, and these tests fail when a release
 * changes what RecordReader relies on (not only when the name goes away): complete records and the
 * cursor after them with ignoreLastRow, the unterminated-quote error at the end, a reusable instance,
 * and the same records as the public Papa.parse.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

interface Result {
  data: string[][];
  errors: { code: string }[];
  meta: { cursor: number };
}

function parser(delimiter = ','): { parse(input: string, base: number, ignoreLastRow: boolean): Result } {
  return new Papa.Parser({ delimiter, newline: '\n' }) as unknown as { parse(input: string, base: number, ignoreLastRow: boolean): Result };
}

const cell = fc.stringMatching(/^[a中 ,;"\n]{0,5}$/);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });

/** LF-ended CSV (RecordReader makes every line end LF before parsing), quotes where needed. */
function csvText(rows: string[][], delimiter: string): string {
  return stringify(rows, { delimiter, record_delimiter: '\n', quoted_match: /\n/ });
}

describe('papaparse is pinned', () => {
  it('to the exact version installed', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const installed = (JSON.parse(readFileSync('node_modules/papaparse/package.json', 'utf8')) as { version: string }).version;
    expect(pkg.dependencies.papaparse).toBe(installed);
  });
});

describe('Papa.Parser as RecordReader drives it', () => {
  it('gives the records the public Papa.parse gives', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(',', '\t', '|', ';'), (rows, delimiter) => {
        const text = csvText(rows, delimiter);
        // The text ends in a line feed: with ignoreLastRow the empty piece after it is no record.
        const ours = parser(delimiter).parse(text, 0, true);
        expect(ours.errors).toEqual([]);
        expect(ours.data).toEqual(Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false }).data.slice(0, -1));
        expect(ours.data).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('with ignoreLastRow: returns the complete records, and a cursor where the cut record starts', () => {
    fc.assert(
      fc.property(table, fc.nat(), (rows, cutAt) => {
        const text = csvText(rows, ',');
        const cut = cutAt % (text.length + 1);
        const head = parser().parse(text.slice(0, cut), 0, true);
        const whole = parser().parse(text, 0, true).data;
        // Resuming at the cursor with the rest of the text gives what one parse of the whole text gives.
        const rest = parser().parse(text.slice(0, cut).slice(head.meta.cursor) + text.slice(cut), 0, true).data;
        expect([...head.data, ...rest]).toEqual(whole);
        expect(head.errors).toEqual([]);
        // Everything before the cursor is whole records, each ended by its line feed.
        expect(head.meta.cursor === 0 || text[head.meta.cursor - 1] === '\n').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('takes a text ending in a line feed whole: cursor at its end, no empty last record', () => {
    for (const text of ['a,b\n1,2\n', 'a,"b\nc"\n1,2\n']) {
      const r = parser().parse(text, 0, true);
      expect(r.meta.cursor).toBe(text.length);
      expect(r.data).toHaveLength(2);
    }
  });

  it('splits a text without quotes by lines: one record per line, an empty line an empty record', () => {
    expect(parser().parse('a,b\n\n1,2\n', 0, true).data).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('reports an unterminated quote at the end only when the last row is not ignored', () => {
    expect(parser().parse('a,b\n1,"open\n2\n', 0, true).errors).toEqual([]);
    expect(parser().parse('a,b\n1,"open\n2\n', 0, false).errors.map((e) => e.code)).toEqual(['MissingQuotes']);
  });

  it('keeps no state between parses of one instance', () => {
    const p = parser();
    p.parse('x,"unfinished\n', 0, true);
    p.parse('a,b\n1,"open', 0, false);
    expect(p.parse('c,d\n3,4\n', 0, true)).toEqual(parser().parse('c,d\n3,4\n', 0, true));
  });
});
