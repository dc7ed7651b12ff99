/**
 * CSV-like text: a header and rows of cells, each cell quoted in one of the ways people and tools
 * quote (or misquote) them, rows joined by mixed line breaks, with BOMs, blank and ragged rows.
 */
import fc from 'fast-check';
import { cellValue, KNOWN_NAMES, PROTO_KEYS, text } from './arbitraries.js';

type Quoting = 'plain' | 'quoted' | 'padded' | 'broken' | 'doubled';

const quoting: fc.Arbitrary<Quoting> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Quoting>('plain') },
  { weight: 3, arbitrary: fc.constant<Quoting>('quoted') },
  { weight: 1, arbitrary: fc.constantFrom<Quoting>('padded', 'broken', 'doubled') },
);

function renderCell(value: string, how: Quoting): string {
  const escaped = value.replace(/"/g, '""');
  switch (how) {
    case 'plain':
      return value;
    case 'quoted':
      return `"${escaped}"`;
    case 'padded':
      return ` "${escaped}" `;
    case 'broken':
      return `"${value}`;
    case 'doubled':
      return `""${value}""`;
  }
}

const cell = fc.tuple(cellValue, quoting).map(([v, q]) => renderCell(v, q));

export interface CsvOptions {
  /** Header names (default: known column names, prototype keys, text). */
  header?: fc.Arbitrary<string>;
  /** Cell values (default: values readers know, identifiers, text). */
  cell?: fc.Arbitrary<string>;
  maxRows?: number;
}

export const headerName: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KNOWN_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 2, arbitrary: text },
);

const lineBreak = fc.constantFrom('\n', '\n', '\r\n', '\r\n', '\r');

/** One CSV document as text. */
export function csvText(opts: CsvOptions = {}): fc.Arbitrary<string> {
  const header = opts.header ?? headerName;
  const values = opts.cell ? fc.tuple(opts.cell, quoting).map(([v, q]) => renderCell(v, q)) : cell;
  return fc.integer({ min: 1, max: 8 }).chain((width) =>
    fc
      .record({
        bom: fc.boolean(),
        delimiter: fc.constantFrom(',', ',', ',', '\t', ';', '|'),
        header: fc.array(fc.tuple(header, quoting).map(([v, q]) => renderCell(v, q === 'broken' ? 'plain' : q)), { minLength: width, maxLength: width }),
        // Mostly full rows; some short or long (ragged), some blank.
        rows: fc.array(
          fc.oneof(
            { weight: 8, arbitrary: fc.array(values, { minLength: width, maxLength: width }) },
            { weight: 1, arbitrary: fc.array(values, { maxLength: width + 2 }) },
            { weight: 1, arbitrary: fc.constant<string[]>([]) },
          ),
          { maxLength: opts.maxRows ?? 6 },
        ),
        breaks: fc.array(lineBreak, { minLength: 8, maxLength: 8 }),
        trailingBreak: fc.boolean(),
      })
      .map(({ bom, delimiter, header: h, rows, breaks, trailingBreak }) => {
        const lines = [h, ...rows].map((r) => r.join(delimiter));
        const body = lines.map((l, i) => l + (i < lines.length - 1 || trailingBreak ? breaks[i % breaks.length] : '')).join('');
        return (bom ? '\uFEFF' : '') + body;
      }),
  );
}
