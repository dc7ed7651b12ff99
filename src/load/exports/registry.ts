/**
 * Every export reader, in the order their sniffers are asked: formats with a sure signature first, the
 * delimited-text reader last (it takes whatever text the others leave, but markup: unsupported.ts).
 */
import { csvReader } from './csv.js';
import { jsonlReader } from './jsonl.js';
import { mysqldumpReader } from './mysqldump.js';
import { parquetReader } from './parquet.js';
import { pgdumpReader } from './pgdump.js';
import type { ExportFormat, ExportReader } from './types.js';
import { unsupportedError, unsupportedKind } from './unsupported.js';
import { xlsxReader } from './xlsx.js';

export const READERS: readonly ExportReader[] = [xlsxReader, parquetReader, jsonlReader, mysqldumpReader, pgdumpReader, csvReader];

/**
 * The reader of an entry, judged from its first bytes and its name (the member's, in an archive); an
 * InputError naming `file` for text no reader takes (XML, HTML), saying what to export instead.
 */
export function readerFor(head: Buffer, name: string, file = name): ExportReader {
  const reader = READERS.find((r) => r.sniff(head, name));
  if (reader) return reader;
  throw unsupportedError(unsupportedKind(head, name) ?? 'xml', file);
}

/** The reader of a format (a part handed to a worker names its format). */
export function readerOf(format: ExportFormat): ExportReader {
  return READERS.find((r) => r.format === format)!;
}
