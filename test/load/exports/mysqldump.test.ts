/**
 * The mysqldump reader on small dumps written for one point each: MySQL's string escapes and literals,
 * CREATE TABLE forms, column lists, line numbers, text cut at every chunk boundary, and bad input
 * (cut short, unreadable statements and rows, binary data). End-to-end scans of the real tools'
 * dumps are in test/scan/dumps.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { iconv } from '../../../src/io/iconv.js';
import { mysqldumpReader } from '../../../src/load/exports/mysqldump.js';
import { dumpKind } from '../../../src/load/exports/sql-sniff.js';
import { hexText } from '../../../src/load/exports/sql-values.js';
import { allProblems, entryOf, readWith, rowsByTable } from './sql-helpers.js';

const read = (text: string | Buffer, opts = {}) => readWith(mysqldumpReader, text, opts);

const MEMBERS = [
  '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)',
  '/*!40101 SET NAMES utf8mb4 */;',
  'DROP TABLE IF EXISTS `members`;',
  'CREATE TABLE `members` (',
  '  `id` int NOT NULL AUTO_INCREMENT,',
  "  `name` varchar(32) NOT NULL COMMENT '姓名 (真实, \\'实名\\')',",
  "  `kind` enum('a','b,c') DEFAULT 'a',",
  '  `mobile` varchar(20) DEFAULT NULL,',
  '  PRIMARY KEY (`id`),',
  '  KEY `idx_mobile` (`mobile`),',
  '  CONSTRAINT `fk` FOREIGN KEY (`id`) REFERENCES `other` (`id`)',
  ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员表';",
  'LOCK TABLES `members` WRITE;',
  "INSERT INTO `members` VALUES (1,'张伟','a','13812345678'),(2,'李娜','b,c',NULL);",
  "INSERT INTO `members` VALUES (3,'王芳','a','15012345679');",
  'UNLOCK TABLES;',
  '',
].join('\n');

describe('mysqldump: tables, columns, lines', () => {
  it('reads CREATE TABLE columns (not its keys and constraints) and every extended and single INSERT', async () => {
    const r = await read(MEMBERS);
    expect(r.error).toBeNull();
    expect(r.tables).toHaveLength(1);
    const [t] = r.tables;
    expect(t).toMatchObject({ name: 'members', columns: ['id', 'name', 'kind', 'mobile'], line: 4, encoding: 'utf8' });
    expect(t!.rows).toEqual([
      ['1', '张伟', 'a', '13812345678'],
      ['2', '李娜', 'b,c', ''],
      ['3', '王芳', 'a', '15012345679'],
    ]);
    expect(t!.lines).toEqual([14, 14, 15]);
    expect(allProblems(r)).toEqual([]);
  });

  it('gives each tuple the line where it opens (MariaDB writes one tuple a line)', async () => {
    const r = await read("CREATE TABLE `t` (`a` int, `b` text);\nINSERT INTO `t` VALUES\n(1,'x'),\n(2,'y\\nz'),\n(3,'多\n行');\nINSERT INTO `t` VALUES (4,'w');\n");
    expect(r.tables[0]!.lines).toEqual([3, 4, 5, 7]);
    expect(r.tables[0]!.rows.map((x) => x[1])).toEqual(['x', 'y\nz', '多\n行', 'w']);
  });

  it('keeps tables apart, and starts none for a table without rows', async () => {
    const r = await read('CREATE TABLE `a` (`x` int);\nCREATE TABLE `empty` (`y` int);\nCREATE TABLE `b` (`z` text);\nINSERT INTO `a` VALUES (1),(2);\nINSERT INTO `b` VALUES (\'q\');\n');
    expect(r.tables.map((t) => [t.name, t.line])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(rowsByTable(r)).toEqual({ a: [['1'], ['2']], b: [['q']] });
  });

  it('takes the INSERT column list, mapping a partial list onto the CREATE TABLE columns', async () => {
    const r = await read("CREATE TABLE `t` (`a` int, `b` text, `c` text);\nINSERT INTO `t` (`c`, `a`) VALUES ('z', 1);\nINSERT IGNORE INTO `t` (`a`, `b`, `c`) VALUES (2, 'y', 'x');\n");
    expect(r.tables[0]!.columns).toEqual(['a', 'b', 'c']);
    expect(r.tables[0]!.rows).toEqual([
      ['1', '', 'z'],
      ['2', 'y', 'x'],
    ]);
  });

  it('uses the column list when there is no CREATE TABLE', async () => {
    const r = await read("INSERT INTO `t` (`mobile`, `name`) VALUES ('13812345678', '张伟');\n");
    expect(r.tables[0]).toMatchObject({ name: 't', columns: ['mobile', 'name'], line: 1 });
    expect(allProblems(r)).toEqual([]);
  });

  it('names columns by position when neither CREATE TABLE nor a column list names them, and says so', async () => {
    const r = await read("INSERT INTO `t` VALUES (1, 'a'), (2, 'b', 'extra');\n");
    expect(r.tables[0]!.columns).toEqual(['column_1', 'column_2']);
    expect(r.tables[0]!.rows).toEqual([
      ['1', 'a'],
      ['2', 'b', 'extra'],
    ]);
    const [p] = allProblems(r);
    expect(p).toMatchObject({ line: 1, column: 1 });
    expect(p!.message).toContain('columns are named by position');
  });

  it('says where a table named by position starts, on a later line too', async () => {
    const r = await read("SET NAMES utf8mb4;\n\nINSERT INTO t VALUES\n(1, 'a'),\n(2, 'b');\n");
    expect(r.tables[0]!.line).toBe(3);
    expect(r.tables[0]!.lines).toEqual([4, 5]);
    expect(allProblems(r)).toEqual([expect.objectContaining({ line: 3, column: 1 })]);
  });

  it('reads one-row statements that share a head, and heads that only look alike (VALUE, VALUES, other tables)', async () => {
    const r = await read('INSERT INTO `t` VALUE (1);\nINSERT INTO `t` VALUE (2);\nINSERT INTO `t` VALUES (3);\nINSERT INTO `t2` VALUE (4);\nINSERT INTO `t` VALUE(5);\n');
    expect(rowsByTable(r)).toEqual({ t: [['5']], t2: [['4']] });
    expect(r.tables.map((t) => [t.name, t.rows.length])).toEqual([
      ['t', 3],
      ['t2', 1],
      ['t', 1],
    ]);
    expect(allProblems(r).filter((p) => !p.message.includes('named by position'))).toEqual([]);
  });

  it('pads a short row to the table width', async () => {
    const r = await read("CREATE TABLE `t` (`a` int, `b` text, `c` text);\nINSERT INTO `t` VALUES (1, 'x');\n");
    expect(r.tables[0]!.rows).toEqual([['1', 'x', '']]);
  });

  it('reads REPLACE INTO and stops a row list at ON DUPLICATE KEY UPDATE', async () => {
    const r = await read("CREATE TABLE `t` (`a` int, `b` text);\nREPLACE INTO `t` VALUES (1,'x');\nINSERT INTO `t` VALUES (2,'y') ON DUPLICATE KEY UPDATE `b`='(z), (w)';\nINSERT INTO `t` VALUES (3,'v');\n");
    expect(r.tables[0]!.rows).toEqual([
      ['1', 'x'],
      ['2', 'y'],
      ['3', 'v'],
    ]);
    expect(allProblems(r)).toEqual([]);
  });

  it('skips INSERT … SELECT, and routines whose bodies hold INSERTs (DELIMITER)', async () => {
    const dump = [
      'CREATE TABLE `t` (`a` int);',
      'INSERT INTO `t` SELECT * FROM `u`;',
      'DELIMITER ;;',
      'CREATE PROCEDURE `p`() BEGIN INSERT INTO `log` VALUES (1); SELECT \';;\'; END ;;',
      'DELIMITER ;',
      'INSERT INTO `t` VALUES (7);',
      '',
    ].join('\n');
    const r = await read(dump);
    expect(rowsByTable(r)).toEqual({ t: [['7']] });
    expect(allProblems(r)).toEqual([]);
  });
});

describe('mysqldump: values', () => {
  const one = async (values: string) => {
    const r = await read(`INSERT INTO \`t\` (\`v\`) VALUES ${values};\n`);
    expect(allProblems(r)).toEqual([]);
    return r.tables[0]!.rows.map((row) => row[0]);
  };

  it('applies MySQL string escapes; \\% and \\_ keep their backslash', async () => {
    expect(await one(String.raw`('a\0b'),('\'q\''),('\"d\"'),('\b'),('l1\nl2'),('\r'),('\t'),('\Z'),('\\'),('100\%'),('a\_b'),('\x\y')`)).toEqual(['a\0b', "'q'", '"d"', '\b', 'l1\nl2', '\r', '\t', '\x1a', '\\', '100\\%', 'a\\_b', 'xy']);
  });

  it('reads doubled quotes, double-quoted strings and quotes of the other kind', async () => {
    expect(await one(`('it''s'),("say ""hi"""),("it's"),('a"b'),(''),("")`)).toEqual(["it's", 'say "hi"', "it's", 'a"b', '', '']);
  });

  it('reads NULL as empty, numbers as written, TRUE and FALSE as true and false', async () => {
    expect(await one('(NULL),(null),(-1.5e3),(0),(00123),(TRUE),(false),(DEFAULT)')).toEqual(['', '', '-1.5e3', '0', '00123', 'true', 'false', 'DEFAULT']);
  });

  it('reads charset introducers and typed literals as their string', async () => {
    expect(await one(`(_binary 'bin'),(_utf8mb4'文字'),(_latin1 'x'),(N'国家'),(DATE '2024-01-01')`)).toEqual(['bin', '文字', 'x', '国家', '2024-01-01']);
  });

  it('decodes hex literals holding UTF-8 text, and keeps binary ones as written', async () => {
    const text = Buffer.from('张伟 13812345678').toString('hex');
    expect(await one(`(0x${text}),(X'${text}'),(x'41'),(0xFF00FE),(X'00'),(0x),(_binary 0x4142)`)).toEqual(['张伟 13812345678', '张伟 13812345678', 'A', '0xFF00FE', "X'00'", '', 'AB']);
  });

  it('reads bit literals as the number they hold', async () => {
    expect(await one("(b'0101'),(B'1'),(b'0')")).toEqual(['5', '1', '0']);
  });

  it('keeps an expression as written', async () => {
    expect(await one("(CONCAT('a', ',', 'b')),(NOW())")).toEqual(["CONCAT('a', ',', 'b')", 'NOW()']);
  });

  it('takes spaces, line breaks and comments between values and rows', async () => {
    const r = await read("INSERT INTO t (a, b) VALUES\n  ( 1 ,\n 'x' ) , -- one\n  /* two */ (2, 'y')\n;\n");
    expect(r.tables[0]!.rows).toEqual([
      ['1', 'x'],
      ['2', 'y'],
    ]);
    expect(r.tables[0]!.lines).toEqual([2, 4]);
  });
});

describe('mysqldump: chunks', () => {
  it('reads the same rows and lines wherever the chunks cut the text (every offset, and one byte at a time)', async () => {
    const dump = MEMBERS + "INSERT INTO `members` VALUES (4,'O\\'Brien \\\\ 说','b,c','13912345678'),(5,'x''y',NULL,0x3133383132333435363738);\n";
    const whole = await read(dump);
    const bytes = Buffer.from(dump);
    for (let cut = 1; cut < bytes.length; cut++) {
      const r = await read(bytes, { cuts: [cut] });
      expect({ cut, tables: r.tables, problems: allProblems(r) }).toEqual({ cut, tables: whole.tables, problems: [] });
    }
    expect((await read(bytes, { chunk: 1 })).tables).toEqual(whole.tables);
    expect(whole.tables[0]!.rows.at(-1)).toEqual(['5', "x'y", '', '13812345678']);
  });

  it('reads a GBK dump (declared, and found from its bytes)', async () => {
    const text = "CREATE TABLE `会员` (`姓名` varchar(8), `备注` text);\nINSERT INTO `会员` VALUES ('张伟','家长来电'),('王芳','退款');\n";
    for (const dump of ['/*!40101 SET NAMES gbk */;\n' + text, text]) {
      const r = await read(iconv().encode(dump, 'gbk'), { chunk: 7 });
      expect(r.tables[0]).toMatchObject({ name: '会员', columns: ['姓名', '备注'], encoding: 'gb18030' });
      expect(r.tables[0]!.rows).toEqual([
        ['张伟', '家长来电'],
        ['王芳', '退款'],
      ]);
    }
  });

  it('skips the rest of a table once the sink is full (--sample), and reads the next table', async () => {
    const rows = Array.from({ length: 50 }, (_, k) => `(${k})`).join(',');
    const dump = `CREATE TABLE \`a\` (\`x\` int);\nINSERT INTO \`a\` VALUES ${rows};\nINSERT INTO \`a\` VALUES (99);\nCREATE TABLE \`b\` (\`y\` int);\nINSERT INTO \`b\` VALUES (1),(2);\n`;
    const r = await read(dump, { chunk: 40, fullAfter: 3 });
    expect(r.tables.map((t) => t.name)).toEqual(['a', 'b']);
    expect(r.tables[0]!.rows.length).toBeLessThan(50);
    expect(r.tables[0]!.rows.map((x) => x[0])).not.toContain('99');
    expect(r.tables[1]!.rows).toEqual([['1'], ['2']]);
  });
});

describe('mysqldump: bad input', () => {
  it('reports a dump cut inside a row where the row opens, keeping the rows before it', async () => {
    const dump = "CREATE TABLE `t` (`a` int, `b` text);\nINSERT INTO `t` VALUES (1,'x'),\n(2,'cut he";
    const r = await read(dump);
    expect(r.tables[0]!.rows).toEqual([['1', 'x']]);
    expect(allProblems(r)).toEqual([expect.objectContaining({ line: 3, column: 1, message: 'the dump ends inside this row: the file is cut short' })]);
  });

  it('reports a dump cut between rows, and one cut inside CREATE TABLE', async () => {
    const between = await read("INSERT INTO `t` (`a`) VALUES (1),(2)");
    expect(between.tables[0]!.rows).toEqual([['1'], ['2']]);
    expect(allProblems(between)[0]!.message).toContain('no ; after its last row');
    const inCreate = await read("INSERT INTO `t` (`a`) VALUES (1);\nCREATE TABLE `u` (\n  `b` int,");
    expect(allProblems(inCreate)).toEqual([expect.objectContaining({ line: 2, column: 1, message: 'the dump ends inside this statement: the file is cut short' })]);
  });

  it('reports a row it cannot read at its line and column, skips its statement, and reads on', async () => {
    const dump = "CREATE TABLE `t` (`a` int, `b` text);\nINSERT INTO `t` VALUES (1,'x'),(2,'y' 'z'),(3,'w');\nINSERT INTO `t` VALUES (4,'v');\n";
    const r = await read(dump);
    expect(r.tables[0]!.rows).toEqual([
      ['1', 'x'],
      ['4', 'v'],
    ]);
    expect(allProblems(r)).toEqual([expect.objectContaining({ line: 2, column: 39, message: 'this row cannot be read (expected , or ) after a value): the rest of this INSERT is skipped' })]);
  });

  it('reports a line that is not SQL, and reads the statements after it', async () => {
    const dump = "CREATE TABLE `t` (`a` int);\nINSERT INTO `t` VALUES (1);\n@@@ garbage line\nmore garbage\nINSERT INTO `t` VALUES (2);\n";
    const r = await read(dump);
    expect(r.tables[0]!.rows).toEqual([['1'], ['2']]);
    expect(allProblems(r)).toEqual([expect.objectContaining({ line: 3, column: 1 })]);
    expect(allProblems(r)[0]!.message).toContain('not the start of a SQL statement');
  });

  it('reports binary garbage inside a dump and reads around it', async () => {
    const garbage = Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x27, 0x0a, 0x93, 0x88, 0x3b, 0x27, 0x0a]);
    const dump = Buffer.concat([Buffer.from("CREATE TABLE `t` (`a` int);\nINSERT INTO `t` VALUES (1);\n"), garbage, Buffer.from('INSERT INTO `t` VALUES (2);\n')]);
    const r = await read(dump);
    expect(r.tables[0]!.rows).toEqual([['1'], ['2']]);
    expect(allProblems(r)).toHaveLength(1);
    expect(allProblems(r)[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('refuses a binary file (NUL bytes) with where the first one is', async () => {
    const r = await read(Buffer.concat([Buffer.from('INSERT INTO `t` VALUES (1);\nab'), Buffer.from([0, 1, 2, 0])]));
    expect(r.error?.message).toContain('binary data');
    expect(r.error?.where).toMatchObject({ line: 2, column: 3 });
  });

  it('is an InputError when nothing can be read: no data, or only unreadable statements', async () => {
    const schemaOnly = await read('CREATE TABLE `t` (`a` int);\n');
    expect(schemaOnly.error?.message).toBe('no rows: the dump holds no INSERT or COPY data');
    const garbage = await read("INSERT INTO `t` VALUES (1,'x' 'y');\n");
    expect(garbage.error?.message).toContain('no rows could be read: this row cannot be read');
    expect(garbage.error?.where).toMatchObject({ line: 1, column: 31 });
  });

  it('stops a quote that is never closed at --max-field-bytes, and reads the statements after it', async () => {
    const dump = `CREATE TABLE \`t\` (\`a\` text);\nINSERT INTO \`t\` VALUES ('${'x'.repeat(300)}\nmore;\nINSERT INTO \`t\` VALUES ('ok');\n`;
    const r = await read(dump, { chunk: 64, maxFieldChars: 100 });
    expect(r.tables[0]!.rows).toEqual([['ok']]);
    expect(allProblems(r)[0]).toMatchObject({ line: 2, column: 25 });
    expect(allProblems(r)[0]!.message).toContain('longer than 100 characters');
  });
});

describe('mysqldump: recognised by content', () => {
  const head = (s: string) => Buffer.from(s);
  it('claims mysqldump and MariaDB dumps, backticked statements, and generic INSERT files', () => {
    expect(dumpKind(head('-- MySQL dump 10.13\n'), 'x.txt')).toBe('mysql');
    expect(dumpKind(head('/*M!999999\\- enable the sandbox mode */ \n-- MariaDB dump 10.19\n'), 'backup')).toBe('mysql');
    expect(dumpKind(head('/*!40101 SET NAMES utf8 */;\nCREATE TABLE `t` (`a` int);\n'), 'backup')).toBe('mysql');
    expect(dumpKind(head("INSERT INTO users VALUES (1,'a');\n"), 'users.dat')).toBe('mysql');
    expect(dumpKind(head('whatever,this,is\n1,2,3\n'), 'dump.sql.gz')).toBe('mysql');
  });

  it('leaves CSV and pg_dump files alone', () => {
    expect(dumpKind(head('id,create_time,insert_note\n1,2,3\n'), 'x.csv')).toBeNull();
    expect(dumpKind(head('--\n-- PostgreSQL database dump\n--\n'), 'x.sql')).toBe('pg');
    expect(mysqldumpReader.sniff(head('-- PostgreSQL database dump\n'), 'x.sql')).toBe(false);
  });

  it('reads a SQLite dump with standard strings (a backslash is text)', async () => {
    const r = await read("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t(a TEXT, b TEXT);\nINSERT INTO t VALUES('C:\\dir','it''s');\nCOMMIT;\n");
    expect(r.tables[0]!.rows).toEqual([['C:\\dir', "it's"]]);
  });

  it('decodes hex to text only when it is UTF-8 text', () => {
    expect(hexText('e5bca0')).toBe('张');
    expect(hexText('e5bc')).toBeNull();
    expect(hexText('0001')).toBeNull();
    expect(hexText('410a42')).toBe('A\nB');
    expect(hexText('4')).toBeNull();
  });
});

describe('errors that are not a cut in the file', () => {
  it('a failure of the sink (the scan) goes up as it is, not as "the file breaks off"', async () => {
    const entry = entryOf(MEMBERS);
    const sink = {
      begin: () => {},
      records: () => {
        throw new TypeError('the scan failed');
      },
      problem: () => {},
      full: false,
    };
    await expect(mysqldumpReader.read(entry, sink, { maxFieldChars: 1 << 20 })).rejects.toThrow(/^the scan failed$/);
  });

  it('a file that stops being readable is a problem where it breaks off, and what came before is kept', async () => {
    const whole = entryOf(MEMBERS);
    const entry = {
      ...whole,
      chunks: async function* () {
        for await (const c of whole.chunks()) yield c;
        throw new Error('unexpected end of file');
      },
    };
    const problems: string[] = [];
    let rows = 0;
    await mysqldumpReader.read(entry, { begin: () => {}, records: (r) => void (rows += r.length), problem: (p) => void problems.push(p.message), full: false }, { maxFieldChars: 1 << 20 });
    expect(rows).toBeGreaterThan(0);
    expect(problems.some((m) => m.includes('unexpected end of file'))).toBe(true);
  });
});
