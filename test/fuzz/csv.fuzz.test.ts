/**
 * parseCsvText on any text: a table whose records keep the physical line they start on, or an
 * InputError at a line of the file. And for well-formed CSV, exactly the cells and lines written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/io/csv.js';
import { anyString, aroundSeeds, cellValue, KNOWN_NAMES, text } from './arbitraries.js';
import { csvText } from './arb-csv.js';
import { fuzz, testTimeout } from './fuzz.js';
import { lineCount, onlyInputError } from './outcome.js';
import { inventoryCsvSeeds, sdkCsvSeeds } from './seeds.js';

const FILE = 'fuzz/input.csv';

const anyCsv = fc.oneof(
  { weight: 4, arbitrary: csvText() },
  { weight: 3, arbitrary: aroundSeeds([...inventoryCsvSeeds, ...sdkCsvSeeds]) },
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: anyString },
);

describe('parseCsvText', () => {
  it('returns a table with rising lines inside the file, or a located InputError', () =>
    fuzz('load.parseCsvText', fc.tuple(anyCsv, fc.constantFrom(FILE, 'fuzz/input.tsv')), ([t, file]) => {
      const table = onlyInputError(() => parseCsvText(file, t), { file, text: t });
      if (table instanceof Error) return;
      const last = lineCount(t);
      let previous = table.headerLine;
      expect(previous >= 1 && previous <= last).toBe(true);
      for (const row of table.rows) {
        expect(row.line > previous && row.line <= last, `row at line ${row.line} after line ${previous} (of ${last})`).toBe(true);
        expect(row.cells).toHaveLength(table.headers.length);
        previous = row.line;
      }
    }), testTimeout());
});

/** Cell text as a decoder hands it over: no lone surrogates. */
const wellFormed = cellValue.map((c) => Buffer.from(c, 'utf8').toString('utf8'));

/** A grid written by a careful CSV writer: every cell quoted, quotes doubled, one kind of line break. */
const grid = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(fc.constantFrom(...KNOWN_NAMES), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(wellFormed, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
    lineBreak: fc.constantFrom('\n', '\r\n', '\r'),
    blankLinesBefore: fc.array(fc.nat({ max: 2 }), { minLength: 6, maxLength: 6 }),
  }),
);

const quoteCell = (c: string) => `"${c.replace(/"/g, '""')}"`;

/** What a cell reads back as: trimmed, and lone surrogates replaced as any decoded file has them. */
const readBack = (c: string) => Buffer.from(c, 'utf8').toString('utf8').trim();

/** Physical line breaks in a piece of text: CRLF, CR and LF each count once (as editors show them). */
function breaksIn(s: string): number {
  return s.match(/\r\n|\r|\n/g)?.length ?? 0;
}

describe('parseCsvText on well-formed CSV', () => {
  it('gives back every cell (trimmed) and the physical line each record starts on', () =>
    fuzz('load.parseCsvText.roundTrip', grid, ({ header, rows, lineBreak, blankLinesBefore }) => {
      // A marker keeps every record non-empty (records of empty cells are skipped by design).
      const records = [header, ...rows.map((r) => ['r', ...r.slice(1)])];
      let out = '';
      const starts: number[] = [];
      records.forEach((cells, i) => {
        out += lineBreak.repeat(i === 0 ? 0 : blankLinesBefore[i % 6]!);
        starts.push(breaksIn(out) + 1);
        out += cells.map(quoteCell).join(',') + lineBreak;
      });
      const table = onlyInputError(() => parseCsvText(FILE, out), { file: FILE, text: out });
      expect(table).not.toBeInstanceOf(Error);
      if (table instanceof Error) return;
      expect(table.headers).toEqual(header.map(readBack));
      expect(table.rows.map((r) => r.cells)).toEqual(records.slice(1).map((r) => r.map(readBack)));
      expect([table.headerLine, ...table.rows.map((r) => r.line)]).toEqual(starts);
    }), testTimeout());
});
