/**
 * CSV and TSV as a stream of records, for entries the byte-range scanner cannot split: members of an
 * archive and compressed files other than .gz. Encoding, delimiter and header (under any title lines)
 * are found as for a plain file (csv-probe.ts); records come from the same RecordReader, so dialects
 * and line numbers agree.
 */
import { basename } from 'node:path';
import { InputError } from '../../errors.js';
import { firstNulPosition, looksBinary, sniffEncoding } from '../../io/encoding.js';
import { chunkDecoder } from '../../io/export-decode.js';
import { isBlankRecord } from '../../text/blank.js';
import { guessDialect } from '../../io/dialect.js';
import type { HeaderPick } from '../../io/header-row.js';
import { csvHeaderSearch, type SampleRecord } from './csv-probe.js';
import { RecordReader } from './csv-records.js';
import { CHUNK_BYTES, UndecodableCounter, undecodableProblem } from './csv-stream.js';
import type { ExportEntry, ExportReader, ReadOptions, TableSink } from './types.js';
import { unsupportedKind } from './unsupported.js';

const BOM = 0xfeff;

/** `users.csv.gz` → `users`: the table a CSV holds is named by its file. */
export function tableOfName(name: string): string {
  return basename(name).replace(/(\.[A-Za-z0-9]{1,8})+$/, '') || basename(name);
}

/**
 * The table an entry holds: named by its file, or by its member's file name (`export/2024/users.csv` →
 * `users`), so a mapping or an inventory names it as it would the CSV on its own.
 */
export function entryTableName(entry: Pick<ExportEntry, 'file' | 'member'>): string {
  return tableOfName(entry.member ?? entry.file);
}

export const csvReader: ExportReader = {
  format: 'csv',
  // The fallback: any text the other readers do not claim is read as a delimited table, but markup (registry.ts refuses it).
  sniff: (head, name) => unsupportedKind(head, name) === null,
  read: readCsv,
};

async function readCsv(entry: ExportEntry, sink: TableSink, opts: ReadOptions): Promise<void> {
  const name = entry.member ?? entry.file;
  // The whole head, as csv-probe.ts sniffs a plain file.
  const sniffed = sniffEncoding(entry.head);
  if (looksBinary(entry.head, sniffed.encoding)) {
    throw new InputError('not a text table: the file holds binary data (a NUL byte here)', { file: entry.file, ...firstNulPosition(entry.head, sniffed) }, 'export the table as CSV or TSV text');
  }
  const headDecoder = chunkDecoder(sniffed.encoding);
  const delimiter = guessDialect(headDecoder.write(entry.head.subarray(sniffed.bomLength)), name);
  // The header is looked for under any title lines until it is known (csv-probe.ts), then records pass straight on.
  const search = csvHeaderSearch();
  let begun = false;
  const begin = ({ header, after }: HeaderPick<SampleRecord>) => {
    sink.begin({ name: entryTableName(entry), columns: header.cells.map((h) => h.trim()), line: header.line, encoding: sniffed.encoding, delimiter });
    begun = true;
    if (after.length > 0) sink.records(after.map((r) => r.cells), Int32Array.from(after, (r) => r.line));
  };
  const reader = new RecordReader({ file: entry.file, delimiter, maxFieldChars: opts.maxFieldChars }, (records, lines) => {
    let from = 0;
    for (; !begun && from < records.length; from++) {
      const pick = isBlankRecord(records[from]!) ? null : search.offer({ line: lines[from]!, cells: records[from]! });
      if (pick) begin(pick);
    }
    if (from < records.length) sink.records(from === 0 ? records : records.slice(from), from === 0 ? lines.subarray(0, records.length) : lines.subarray(from, records.length));
  });
  const decoder = chunkDecoder(sniffed.encoding);
  const undecodable = new UndecodableCounter(sniffed.encoding, reader);
  const noteUndecodable = () => {
    if (undecodable.result) sink.problem(undecodableProblem(undecodable.result, sniffed.encoding));
  };
  let atStart = true;
  for await (const bytes of entry.chunks()) {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
      const chunk = bytes.subarray(at, at + CHUNK_BYTES);
      let text = decoder.write(chunk);
      if (atStart && text.length > 0) {
        if (text.charCodeAt(0) === BOM) text = text.slice(1);
        atStart = false;
      }
      undecodable.see(text, chunk);
      reader.push(text);
    }
    if (sink.full) {
      noteUndecodable();
      return;
    }
  }
  const rest = decoder.end();
  undecodable.see(rest, new Uint8Array(0));
  reader.push(rest);
  reader.finish();
  const stoodIn = begun ? null : search.finish();
  if (stoodIn) begin(stoodIn);
  if (!begun) throw new InputError('no records: the file is empty', { file: entry.file, line: 1 }, 'export the table with a header line and at least one record');
  noteUndecodable();
}
