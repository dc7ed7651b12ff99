/**
 * mysqldump and MariaDB dumps (extended or one-row INSERTs, `--complete-insert`, `--hex-blob`), and any
 * other file of INSERT statements (see sql-sniff.ts for how a file is recognised). MySQL's quoting:
 * backslash escapes in '…' and "…", backticked names, `#` comments.
 */
import { readSqlDump } from './sql-dump.js';
import type { SqlDialect } from './sql-lex.js';
import { dumpKind, standardStrings } from './sql-sniff.js';
import type { ExportReader } from './types.js';

const MYSQL: SqlDialect = { backslash: true, hashComments: true, pg: false };

export const mysqldumpReader: ExportReader = {
  format: 'mysqldump',
  sniff: (head, name) => dumpKind(head, name) === 'mysql',
  read: (entry, sink, opts) => readSqlDump(entry, sink, opts, standardStrings(entry.head) ? { ...MYSQL, backslash: false } : MYSQL),
};
