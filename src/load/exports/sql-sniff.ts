/**
 * Which SQL dump a file is, from its first bytes (the name only breaks a tie), and how its bytes are
 * encoded.
 *
 * - mysqldump/MariaDB: the `-- MySQL dump` / `-- MariaDB dump` header, `/*!40101 …*\/` lines, or
 *   statements naming tables in backticks (`--compact` dumps, Navicat and phpMyAdmin exports).
 * - pg_dump: the `-- PostgreSQL database dump` header, a `COPY … FROM stdin;` line,
 *   `SET standard_conforming_strings`, `SELECT pg_catalog.…` lines.
 * - Any other file named `*.sql`, or whose first statement is SQL (INSERT INTO, CREATE TABLE…), is read
 *   as generic INSERT statements by the MySQL reader: such exports (phpMyAdmin, Navicat, Adminer,
 *   hand-written) mostly come from MySQL, whose backslash escapes they then use. A file that shows
 *   SQLite's `PRAGMA` lines keeps quotes standard (backslash is text).
 */
import { sniffEncoding, decodeBuffer, textEncoding, type Sniffed, type TextEncoding } from '../../io/encoding.js';
import { SQL_DUMP_NAME } from './names.js';

export type DumpKind = 'mysql' | 'pg';

const SNIFF_BYTES = 65536;

const MYSQL_HEADER = /^-- (?:MySQL|MariaDB) dump/m;
const PG_HEADER = /^-- PostgreSQL database (?:cluster )?dump/m;
const MYSQL_SIGNS = [/^\/\*[M]?!\d{5,6}/m, /^(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\s+`/im, /^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?`/im, /^LOCK\s+TABLES\s+`/im];
const PG_SIGNS = [/^COPY\s+\S[^\n]*?\sFROM\s+stdin\b[^\n]*;/im, /^SET\s+standard_conforming_strings\b/im, /^SELECT\s+pg_catalog\./m, /^INSERT\s+INTO\s+(?:public\.|")/im];
/** The first statement of a generic SQL file. */
const SQL_START = /^(?:INSERT\s+(?:IGNORE\s+)?INTO|REPLACE\s+INTO|CREATE\s+(?:TEMPORARY\s+)?TABLE|DROP\s+TABLE|SET\s+[\w@]+\s*=|SET\s+NAMES\b|BEGIN(?:\s+TRANSACTION)?\s*;|START\s+TRANSACTION|LOCK\s+TABLES|USE\s+\S+;|PRAGMA\s)/i;
/** pg_dump's custom-format archive (-Fc): not text. */
export const PGDMP = Buffer.from('PGDMP');

const textCache = new WeakMap<Buffer, string>();

/** The first 64 KiB of the head as text, for signatures (decoded once per head). */
function headText(head: Buffer): string {
  let text = textCache.get(head);
  if (text === undefined) {
    const part = head.subarray(0, SNIFF_BYTES);
    text = decodeBuffer(part, sniffEncoding(part));
    textCache.set(head, text);
  }
  return text;
}

/** mysql, pg, or null when the file is not a SQL dump. */
export function dumpKind(head: Buffer, name: string): DumpKind | null {
  // A custom-format archive is PostgreSQL's, whatever its name (the pg_dump reader says how to make it plain).
  if (head.subarray(0, PGDMP.length).equals(PGDMP)) return 'pg';
  const text = headText(head);
  if (MYSQL_HEADER.test(text)) return 'mysql';
  if (PG_HEADER.test(text)) return 'pg';
  const mysql = MYSQL_SIGNS.some((re) => re.test(text));
  const pg = PG_SIGNS.some((re) => re.test(text));
  if (pg && !mysql) return 'pg';
  if (mysql) return 'mysql';
  if (SQL_DUMP_NAME.test(name) || SQL_START.test(firstStatement(text))) return 'mysql';
  return null;
}

/** SQLite's `.dump` (PRAGMA lines): standard strings, where a backslash is text. */
export function standardStrings(head: Buffer): boolean {
  return /^PRAGMA\s/im.test(headText(head));
}

/** The text from the first line that is not blank or a comment. */
function firstStatement(text: string): string {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('--', i) || text.startsWith('#', i)) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return '';
      i = nl + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i);
      if (end < 0) return '';
      i = end + 2;
    } else return text.slice(i, i + 200);
  }
}

const CHARSETS: Record<string, TextEncoding> = { utf8: 'utf8', utf8mb4: 'utf8', utf8mb3: 'utf8', 'utf-8': 'utf8', unicode: 'utf8', gbk: 'gb18030', gb2312: 'gb18030', gb18030: 'gb18030', euc_cn: 'gb18030', cp936: 'gb18030' };
const DECLARED = /SET\s+(?:NAMES\s+|client_encoding\s*(?:=|TO)\s*)'?([\w-]+)/i;

/**
 * How a dump's bytes are encoded. A BOM or UTF-16 decides; then the charset the dump declares
 * (mysqldump's `SET NAMES gbk`, pg_dump's `SET client_encoding = 'GBK'`), which holds even where binary
 * columns put bytes in the dump that are not UTF-8; then the bytes themselves (UTF-8 or GB18030, as
 * io/encoding.ts textEncoding weighs them).
 */
export function dumpEncoding(head: Buffer): Sniffed {
  const sniffed = sniffEncoding(head.subarray(0, SNIFF_BYTES));
  if (sniffed.bomLength > 0 || sniffed.encoding === 'utf16le' || sniffed.encoding === 'utf16be') return sniffed;
  const declared = DECLARED.exec(head.subarray(0, SNIFF_BYTES).toString('latin1'));
  const encoding = declared ? CHARSETS[declared[1]!.toLowerCase()] : undefined;
  if (encoding) return { encoding, bomLength: 0 };
  return { encoding: textEncoding(head), bomLength: 0 };
}
