/**
 * pg_dump's plain format: `COPY … FROM stdin` blocks (tab-separated text, `\N` for NULL, backslash
 * escapes) and the INSERT form of `--inserts` / `--column-inserts` (standard strings, E'…', casts).
 * bytea values become their text when they hold UTF-8 text, booleans `t`/`f` become true/false, as a
 * CSV export of the table reads. A custom-format archive (`pg_dump -Fc`) is recognised and refused with
 * the command that makes it plain.
 */
import { InputError } from '../../errors.js';
import { readSqlDump } from './sql-dump.js';
import type { SqlDialect } from './sql-lex.js';
import { dumpKind, PGDMP } from './sql-sniff.js';
import type { ExportReader } from './types.js';

const PG: SqlDialect = { backslash: false, hashComments: false, pg: true };

export const pgdumpReader: ExportReader = {
  format: 'pgdump',
  sniff: (head, name) => dumpKind(head, name) === 'pg',
  read: async (entry, sink, opts) => {
    if (entry.head.subarray(0, PGDMP.length).equals(PGDMP)) {
      throw new InputError('a pg_dump archive in its custom format, not a plain SQL dump', { file: entry.file }, `make it plain first: pg_restore -f ${entry.file}.sql ${entry.file}`);
    }
    return readSqlDump(entry, sink, opts, PG);
  },
};
