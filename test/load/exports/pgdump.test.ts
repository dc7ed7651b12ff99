/**
 * The pg_dump reader on small dumps written for one point each: COPY text (escapes, `\N`, `\.`),
 * the INSERT forms (standard and E'…' strings, casts), bytea and boolean columns, statements it skips
 * (dollar-quoted bodies, psql meta-commands), text cut at every chunk boundary, and bad input.
 * End-to-end scans of the real pg_dump output are in test/scan/dumps.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { iconv } from '../../../src/io/iconv.js';
import { readerFor } from '../../../src/load/exports/registry.js';
import { pgdumpReader } from '../../../src/load/exports/pgdump.js';
import { dumpKind } from '../../../src/load/exports/sql-sniff.js';
import { allProblems, readWith, rowsByTable } from './sql-helpers.js';

const read = (text: string | Buffer, opts = {}) => readWith(pgdumpReader, text, opts);

const PREAMBLE = ['--', '-- PostgreSQL database dump', '--', '', '\\restrict abcDEF123', '', "SET client_encoding = 'UTF8';", 'SET standard_conforming_strings = on;', "SELECT pg_catalog.set_config('search_path', '', false);", ''].join('\n');

const MEMBERS = [
  PREAMBLE,
  'CREATE TABLE public.members (',
  '    id integer NOT NULL,',
  '    name character varying(32),',
  '    amount numeric(10,2),',
  '    key text,',
  '    photo bytea,',
  '    vip boolean DEFAULT false NOT NULL,',
  '    CONSTRAINT members_check CHECK ((amount > (0)::numeric))',
  ');',
  '',
  'CREATE FUNCTION public.f() RETURNS trigger',
  '    LANGUAGE plpgsql',
  '    AS $_$',
  "BEGIN INSERT INTO members VALUES (1); RAISE NOTICE 'x;'; END; $_$;",
  '',
  'COPY public.members (id, name, amount, key, photo, vip) FROM stdin;',
  `1\t张伟\t12.50\tk1\t\\\\x${Buffer.from('13812345678').toString('hex')}\tt`,
  '2\t\\N\t\\N\tk2\t\\\\xff00\tf',
  '\\.',
  '',
  'ALTER TABLE ONLY public.members ADD CONSTRAINT members_pkey PRIMARY KEY (id);',
  '',
  '\\unrestrict abcDEF123',
  '',
].join('\n');

describe('pg_dump: COPY', () => {
  it('reads CREATE TABLE columns (a bare `key` is a column here), COPY rows, bytea as text, booleans as true/false', async () => {
    const r = await read(MEMBERS);
    expect(r.error).toBeNull();
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({ name: 'members', columns: ['id', 'name', 'amount', 'key', 'photo', 'vip'], line: 11, encoding: 'utf8' });
    expect(r.tables[0]!.rows).toEqual([
      ['1', '张伟', '12.50', 'k1', '13812345678', 'true'],
      ['2', '', '', 'k2', '\\xff00', 'false'],
    ]);
    expect(r.tables[0]!.lines).toEqual([27, 28]);
    expect(allProblems(r)).toEqual([]);
  });

  it('applies COPY escapes; `\\N` alone is NULL, an escaped `\\\\N` is text', async () => {
    const line = ['a\\tb', 'l1\\nl2', 'c\\rr', 'back\\\\slash', '\\b\\f\\v', '\\101\\x42\\x4', '\\N', '\\\\N', '\\q'].join('\t');
    const r = await read(`COPY t (a, b, c, d, e, f, g, h, i) FROM stdin;\n${line}\n\\.\n`);
    expect(r.tables[0]!.rows).toEqual([['a\tb', 'l1\nl2', 'c\rr', 'back\\slash', '\b\f\v', 'ABC'.slice(0, 2) + '\x04', '', '\\N', 'q']]);
  });

  it('keeps empty fields apart from NULL, pads short lines, and reads a custom NULL marker', async () => {
    const r = await read("COPY t (a, b, c) FROM stdin;\n\t\\N\n\\.\nCOPY u (a, b) FROM stdin WITH (NULL 'nil');\nnil\tx\n\\.\n");
    expect(rowsByTable(r)).toEqual({ t: [['', '', '']], u: [['', 'x']] });
  });

  it('maps a COPY column list onto the CREATE TABLE columns', async () => {
    const r = await read('CREATE TABLE public.t (a integer, b text, c text);\nCOPY public.t (c, a) FROM stdin;\nz\t1\n\\.\n');
    expect(r.tables[0]!.columns).toEqual(['a', 'b', 'c']);
    expect(r.tables[0]!.rows).toEqual([['1', '', 'z']]);
  });

  it('keeps a schema other than public in the table name', async () => {
    const r = await read('COPY sales.orders (id) FROM stdin;\n1\n\\.\n');
    expect(r.tables[0]!.name).toBe('sales.orders');
  });

  it('skips the rows of a COPY in CSV or binary format with a problem, and reads on', async () => {
    const r = await read("COPY a (x) FROM stdin WITH (FORMAT csv);\n\"1\"\n\\.\nCOPY b (y) FROM stdin;\n2\n\\.\n");
    expect(rowsByTable(r)).toEqual({ b: [['2']] });
    expect(allProblems(r)).toEqual([expect.objectContaining({ line: 1, column: 1, message: 'COPY in CSV format is not read: the rows of «a» are skipped' })]);
  });

  it('reads CRLF line ends', async () => {
    const r = await read('COPY t (a, b) FROM stdin;\r\n1\tx\r\n2\ty\r\n\\.\r\n');
    expect(r.tables[0]!.rows).toEqual([
      ['1', 'x'],
      ['2', 'y'],
    ]);
    expect(r.tables[0]!.lines).toEqual([2, 3]);
  });
});

describe('pg_dump: INSERT forms', () => {
  const one = async (values: string, create = 'CREATE TABLE public.t (v text);\n') => {
    const r = await read(`${create}INSERT INTO public.t VALUES ${values};\n`);
    expect(allProblems(r)).toEqual([]);
    return r.tables[0]!.rows.map((row) => row[0]);
  };

  it('reads standard strings: doubled quotes, backslashes as text', async () => {
    expect(await one("('O''Brien'),('C:\\dir\\n'),(''),('多\n行')")).toEqual(["O'Brien", 'C:\\dir\\n', '', '多\n行']);
  });

  it("reads E'…' strings with PostgreSQL's escapes", async () => {
    expect(await one("(E'a\\tb\\nc'),(E'it\\'s'),(E'it''s'),(E'\\101\\x42\\u4E2D\\U0001F600'),(E'\\\\'),(E'\\q')")).toEqual(['a\tb\nc', "it's", "it's", 'AB中😀', '\\', 'q']);
  });

  it('keeps the literal of a cast, reads NULL, booleans and numbers as written', async () => {
    expect(await one("('2024-01-01'::date),('{1,2}'::integer[]),(NULL::text),(true),(false),(-3.5),(1e3),('x'::character varying(10))")).toEqual(['2024-01-01', '{1,2}', '', 'true', 'false', '-3.5', '1e3', 'x']);
  });

  it('keeps an expression as written', async () => {
    expect(await one("(nextval('public.s'::regclass)),(ARRAY['a', 'b'])")).toEqual(["nextval('public.s'::regclass)", "ARRAY['a', 'b']"]);
  });

  it('reads --column-inserts and multi-row inserts, bytea as text', async () => {
    const create = 'CREATE TABLE public.t (id integer, photo bytea, ok boolean);\n';
    const r = await read(`${create}INSERT INTO public.t (id, photo, ok) VALUES (1, '\\x${Buffer.from('张伟').toString('hex')}', true), (2, '\\x00', false);\n`);
    expect(r.tables[0]!.rows).toEqual([
      ['1', '张伟', 'true'],
      ['2', '\\x00', 'false'],
    ]);
  });

  it('reads backslash escapes in every string after SET standard_conforming_strings = off', async () => {
    const r = await read("SET standard_conforming_strings = off;\nINSERT INTO t (a) VALUES ('it\\'s\\n');\n");
    expect(r.tables[0]!.rows).toEqual([["it's\n"]]);
  });

  it('skips ON CONFLICT … and reads on', async () => {
    const r = await read("INSERT INTO t (a) VALUES ('x') ON CONFLICT (a) DO UPDATE SET a = 'y;z';\nINSERT INTO t (a) VALUES ('w');\n");
    expect(r.tables[0]!.rows).toEqual([['x'], ['w']]);
    expect(allProblems(r)).toEqual([]);
  });
});

describe('pg_dump: chunks and encodings', () => {
  it('reads the same rows and lines wherever the chunks cut the text (every offset, and one byte at a time)', async () => {
    const dump = MEMBERS + "INSERT INTO public.members VALUES (3, E'多\\n行', 1.00, 'k3', NULL, true);\n";
    const whole = await read(dump);
    expect(whole.tables.map((t) => t.rows.length)).toEqual([3]);
    const bytes = Buffer.from(dump);
    for (let cut = 1; cut < bytes.length; cut++) {
      const r = await read(bytes, { cuts: [cut] });
      expect({ cut, tables: r.tables, problems: allProblems(r) }).toEqual({ cut, tables: whole.tables, problems: [] });
    }
    expect((await read(bytes, { chunk: 1 })).tables).toEqual(whole.tables);
  });

  it("reads a GBK dump (SET client_encoding = 'GBK')", async () => {
    const dump = "SET client_encoding = 'GBK';\nCOPY public.会员 (姓名, 备注) FROM stdin;\n张伟\t家长来电\n\\.\n";
    const r = await read(iconv().encode(dump, 'gbk'), { chunk: 5 });
    expect(r.tables[0]).toMatchObject({ name: '会员', columns: ['姓名', '备注'], encoding: 'gb18030', rows: [['张伟', '家长来电']] });
  });
});

describe('pg_dump: bad input', () => {
  it('reports a COPY cut inside a line (not read) and one cut before its \\.', async () => {
    const cut = await read('COPY t (a, b) FROM stdin;\n1\tx\n2\ty');
    expect(cut.tables[0]!.rows).toEqual([['1', 'x']]);
    expect(allProblems(cut)).toEqual([expect.objectContaining({ line: 3, column: 1, message: 'the dump ends inside this COPY line: the file is cut short, the line is not read' })]);
    const noEnd = await read('COPY t (a, b) FROM stdin;\n1\tx\n');
    expect(noEnd.tables[0]!.rows).toEqual([['1', 'x']]);
    expect(allProblems(noEnd)).toEqual([expect.objectContaining({ line: 3, column: 1, message: 'the dump ends inside the COPY data of «t» (no \\. line): the file is cut short' })]);
  });

  it('reports an INSERT cut inside a string', async () => {
    const r = await read("INSERT INTO t (a) VALUES ('ok');\nINSERT INTO t (a) VALUES ('cut\nshort");
    expect(r.tables[0]!.rows).toEqual([['ok']]);
    expect(allProblems(r)).toEqual([expect.objectContaining({ line: 2, column: 26, message: 'the dump ends inside this row: the file is cut short' })]);
  });

  it('reports an unreadable statement, skips to the next statement line, and reads on', async () => {
    const dump = "COPY t (a) FROM stdin;\n1\n\\.\n)))) broken (\nstill broken\nCOPY t (a) FROM stdin;\n2\n\\.\n";
    const r = await read(dump);
    expect(rowsByTable(r)).toEqual({ t: [['1'], ['2']] });
    expect(allProblems(r)).toEqual([expect.objectContaining({ line: 4, column: 1 })]);
  });

  it('refuses a custom-format archive with the command that makes it plain', async () => {
    const r = await read(Buffer.concat([Buffer.from('PGDMP'), Buffer.from([1, 14, 0, 4, 8, 8, 1])]));
    expect(r.error?.message).toBe('a pg_dump archive in its custom format, not a plain SQL dump');
    expect(r.error?.hint).toContain('pg_restore');
  });

  it('is recognised by content: header, COPY … FROM stdin, or the archive signature', () => {
    expect(dumpKind(Buffer.from('--\n-- PostgreSQL database dump\n'), 'backup')).toBe('pg');
    expect(dumpKind(Buffer.from('COPY public.t (a) FROM stdin;\n1\n\\.\n'), 'x.txt')).toBe('pg');
    expect(pgdumpReader.sniff(Buffer.from('PGDMP\x01\x0e'), 'db.dump')).toBe(true);
    // Whatever its name: readerFor asks the MySQL reader first, and `.dump` and `.sql` are SQL dumps' names.
    for (const name of ['db.dump', 'db.sql', 'db.sql.gz']) expect(readerFor(Buffer.from('PGDMP\x01\x0e\x00'), name).format, name).toBe('pgdump');
    expect(pgdumpReader.sniff(Buffer.from('-- MySQL dump 10.13\n'), 'x.sql')).toBe(false);
    expect(pgdumpReader.sniff(Buffer.from('a,b\n1,2\n'), 'x.csv')).toBe(false);
    expect(pgdumpReader.sniff(Buffer.from('id,query\n1,select * from pg_catalog.pg_class\n2,COPY t FROM stdin\n'), 'queries.csv')).toBe(false);
  });
});
