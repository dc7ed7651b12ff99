/** CSV tables through csv-parse, every row keeping its 1-based starting line (SPEC: where the record starts). */
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import { readTextFile } from './file.js';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  headerLine: number;
  headers: string[];
  rows: CsvRow[];
}

function delimiterFor(file: string, firstLine: string): string {
  if (/\.tsv$/i.test(file)) return '\t';
  const count = (d: string) => firstLine.split(d).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/** The line where a broken record began: the first non-blank line after the last good record. */
function lineAfter(text: string, offset: number): number {
  let pos = offset;
  while (pos < text.length && /[\s,;\t]/.test(text[pos]!)) pos++;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function parseCsvText(file: string, text: string): CsvTable {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const rows: CsvRow[] = [];
  // csv-parse's line counter is unreliable with CR/LF inside quotes, so lines come from the
  // position of each record's raw text, found in order from the end of the previous one.
  let cursor = 0;
  let line = 1;
  const advanceTo = (pos: number) => {
    for (let i = text.indexOf('\n', cursor); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
    cursor = pos;
  };
  try {
    parse(text, {
      delimiter: delimiterFor(file, firstLine),
      bom: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // With `raw`, csv-parse hands over { record, raw }.
      on_record: (rec: unknown) => {
        const { record, raw } = rec as { record: string[]; raw: string };
        const body = raw.replace(/[\r\n]+$/, '');
        const at = text.indexOf(body, cursor);
        advanceTo(at === -1 ? cursor : at);
        rows.push({ line, cells: record.map((c) => c.trim()) });
        advanceTo(cursor + body.length);
        return null;
      },
    });
  } catch (e) {
    const err = e as { code?: string; message: string };
    const next = lineAfter(text, cursor);
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new InputError('unterminated quoted field: the quote opened here is never closed', { file, line: next }, 'close the quote ("…") or double a quote inside a field ("")');
    }
    throw new InputError(`malformed CSV: ${err.message}`, { file, line: next }, 'check the quoting near this line');
  }
  const header = rows.shift();
  if (!header || rows.length === 0) throw new InputError('no records: the file is empty or has only a header', { file, line: header?.line ?? 1 }, 'add at least one data row');
  for (const row of rows) {
    if (row.cells.length !== header.cells.length) {
      throw new InputError(
        `ragged row: ${row.cells.length} fields where the header has ${header.cells.length}`,
        { file, line: row.line },
        'every row needs one cell per header column; quote fields that contain commas',
      );
    }
  }
  return { file, headerLine: header.line, headers: header.cells, rows };
}

export function readCsvTable(file: string): CsvTable {
  return parseCsvText(file, readTextFile(file).text);
}
