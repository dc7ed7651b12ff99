/**
 * JSON Lines and JSON arrays → tables: dotted columns, arrays one value per record, Extended JSON to
 * plain values, long integers as written, lines that do not parse reported with line and column (never
 * their text), keys met after the key window named, nothing readable an InputError.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { jsonErrorAt } from '../../../src/load/exports/jsonl-errors.js';
import { dateTimeText, extendedJson } from '../../../src/load/exports/jsonl-flatten.js';
import { KEY_WINDOW, keepBigIntegers } from '../../../src/load/exports/jsonl-table.js';
import { jsonKind, jsonlReader, MAX_LINE_BYTES } from '../../../src/load/exports/jsonl.js';
import { readerFor } from '../../../src/load/exports/registry.js';
import { fileOf, readAll, rowsOf } from './jsonl-parquet-helpers.js';
import { entryOf } from './sql-helpers.js';

const lines = (...docs: unknown[]) => docs.map((d) => (typeof d === 'string' ? d : JSON.stringify(d))).join('\n') + '\n';

async function table(text: string | Buffer, name = 'members.jsonl') {
  const read = await readAll(jsonlReader, fileOf(name, text));
  expect(read.tables).toHaveLength(1);
  return { ...read.tables[0]!, rows: rowsOf(read.tables[0]!), problems: read.problems };
}

describe('telling JSON from other text', () => {
  it('a first line holding an object is JSON Lines, an array of objects a JSON array; anything else is not JSON', () => {
    expect(jsonKind(Buffer.from('\ufeff\n  {"a": 1}\n{"a": 2}\n'))).toBe('lines');
    expect(jsonKind(Buffer.from('[\n  {"a": 1}\n]'))).toBe('array');
    expect(jsonKind(Buffer.from('[1, 2]'))).toBeNull();
    expect(jsonKind(Buffer.from('{a},{b}\n1,2\n'))).toBeNull();
    expect(jsonKind(Buffer.from('id,name\n1,x\n'))).toBeNull();
    expect(jsonKind(Buffer.from('{"a": \n{"a": 2}\n'))).toBe('lines');
    expect(jsonKind(Buffer.from('{"a": 1}\nid,name\n'))).toBeNull();
    // A stray array line is the file's problem, not a sign of CSV.
    expect(jsonKind(Buffer.from('{"a": 1}\n[1, 2]\n{"a": 3}\n'))).toBe('lines');
  });

  it('is found from the content whatever the name, before the CSV fallback', () => {
    expect(readerFor(Buffer.from('{"mobile": "13812345678"}\n'), 'export.csv').format).toBe('jsonl');
    expect(readerFor(Buffer.from('mobile\n13812345678\n'), 'export.jsonl').format).toBe('csv');
  });

  it('lines that open objects with keys are JSON Lines even when none parses (cut short); with a JSON name, any line starting with a brace', () => {
    const cut = '{"mobile": "13812345678", "id_card": "1101\n'.repeat(6);
    expect(jsonKind(Buffer.from(cut))).toBe('lines');
    expect(readerFor(Buffer.from(cut), 'members.txt').format).toBe('jsonl');
    expect(jsonKind(Buffer.from('{a: 1\n{b:\n'))).toBeNull();
    expect(jsonKind(Buffer.from('{a: 1\n{b:\n'), 'allbroken.jsonl')).toBe('lines');
    expect(jsonKind(Buffer.from('[1, 2]'), 'x.json')).toBeNull();
    expect(jsonKind(Buffer.from('id,name\n'), 'x.json')).toBeNull();
  });

  it('documents spanning lines (mongoexport --pretty, jq): a lone { first, or any { start in a file named as JSON', () => {
    const pretty = JSON.stringify({ mobile: '13812345678' }, null, 2) + '\n' + JSON.stringify({ mobile: '13912345678' }, null, '\t') + '\n';
    expect(jsonKind(Buffer.from(pretty))).toBe('documents');
    expect(jsonKind(Buffer.from('\ufeff\r\n' + pretty.replaceAll('\n', '\r\n')))).toBe('documents');
    expect(readerFor(Buffer.from(pretty), 'users.csv').format).toBe('jsonl');
    expect(jsonKind(Buffer.from('{"a": 1,\n "b": 2}\n'))).toBeNull();
    expect(jsonKind(Buffer.from('{"a": 1,\n "b": 2}\n'), 'x.json.gz')).toBe('documents');
  });
});

describe('JSON documents spanning lines (mongoexport --pretty)', () => {
  const docs = [{ _id: { $oid: 'a1' }, contact: { mobile: '13812345678' }, card: 'CARD' }, { _id: { $oid: 'a2' }, contact: { mobile: '13900001111' } }, { _id: { $oid: 'a3' } }];
  // The card as a JSON number past 2^53, as mongoexport writes a NumberLong in relaxed mode.
  const pretty = docs.map((d) => JSON.stringify(d, null, 2).replace('"CARD"', '6217000000000000004')).join('\n') + '\n';

  it('each document is a record at the line where it starts; long integers kept as written', async () => {
    const t = await table(pretty, 'members.json');
    expect(t.columns).toEqual(['_id', 'contact.mobile', 'card']);
    expect(t.records).toEqual([
      ['a1', '13812345678', '6217000000000000004'],
      ['a2', '13900001111', ''],
      ['a3', '', ''],
    ]);
    expect(t.lines).toEqual([1, 10, 18]);
    expect(t.problems).toEqual([]);
  });

  it('reads a BOM, CRLF, blank lines between documents, documents side by side and a last line without a line end', async () => {
    const t = await table('\ufeff{\r\n  "mobile": "13812345678"\r\n}\r\n\r\n{"mobile": "13900001111"} {\r\n"mobile": "13700002222"}', 'm.json');
    expect(t.rows.map((r) => r.mobile)).toEqual(['13812345678', '13900001111', '13700002222']);
    expect(t.lines).toEqual([1, 5, 5]);
  });

  it('a syntax error ends the reading: what came before is scanned, the problem is at its line and column, without its text', async () => {
    const t = await table('{\n  "mobile": "13812345678"\n}\n{\n  "mobile": 139x0001111\n}\n{\n  "mobile": "13700002222"\n}\n', 'm.json');
    expect(t.rows.map((r) => r.mobile)).toEqual(['13812345678']);
    expect(t.problems).toEqual([expect.objectContaining({ line: 5, column: 16, message: 'not valid JSON: the documents from here on are not read' })]);
    const structure = await table('{\n  "mobile": "13812345678"\n}\n{\n  "mobile" "13900001111"\n}\n', 'm.json');
    expect(structure.problems).toEqual([expect.objectContaining({ line: 5, column: 12 })]);
    expect(JSON.stringify(structure.problems)).not.toMatch(/139000/);
  });

  it('a file of which no document can be read, or whose last document is never closed, is an InputError at its line and column', async () => {
    const bad = (await readAll(jsonlReader, fileOf('bad.json', '{\n  "手机": 13812345678,\n  x\n}\n')).catch((x: unknown) => x)) as InputError;
    expect(bad).toBeInstanceOf(InputError);
    expect(bad.where).toMatchObject({ line: 3, column: 3 });
    expect(bad.message).toBe('not valid JSON: no document could be read');
    const open = (await readAll(jsonlReader, fileOf('open.json', '{\n  "mobile": "13812345678"\n')).catch((x: unknown) => x)) as InputError;
    expect(open).toBeInstanceOf(InputError);
    expect(open.where).toMatchObject({ line: 1, column: 1 });
    expect(open.message).toMatch(/the document that starts here is not closed by the end of the file/);
    const late = await table('{\n  "mobile": "13812345678"\n} {\n  "mobile": "13900001111"\n', 'm.json');
    expect(late.rows.map((r) => r.mobile)).toEqual(['13812345678']);
    expect(late.problems).toEqual([expect.objectContaining({ line: 3, column: 3, message: 'the document that starts here is not closed by the end of the file: the documents from here on are not read' })]);
  });

  it('stops reading when the sink is full (--sample)', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i }, null, 2)).join('\n');
    const read = await readAll(jsonlReader, fileOf('many.json', many), 1500);
    expect(read.tables[0]!.records.length).toBeLessThan(3000);
  });
});

describe('documents → records', () => {
  it('nested objects become dotted columns; a key missing from a document is an empty cell', async () => {
    const t = await table(lines({ id: 1, contact: { mobile: '13812345678', email: 'a@example.com' } }, { id: 2, contact: { mobile: '13900001111' } }));
    expect(t.columns).toEqual(['id', 'contact.mobile', 'contact.email']);
    expect(t.rows).toEqual([
      { id: '1', 'contact.mobile': '13812345678', 'contact.email': 'a@example.com' },
      { id: '2', 'contact.mobile': '13900001111', 'contact.email': '' },
    ]);
    expect(t.lines).toEqual([1, 2]);
  });

  it('array elements are one value per record: the first in the document\'s record, each further one in a record of its own on the same line', async () => {
    const t = await table(lines({ id: 1, phones: ['13812345678', '13900001111', '13700002222'], status: '正常' }, { id: 2, phones: [], status: '已注销' }));
    expect(t.columns).toEqual(['id', 'phones[]', 'status']);
    expect(t.rows).toEqual([
      { id: '1', 'phones[]': '13812345678', status: '正常' },
      { id: '', 'phones[]': '13900001111', status: '' },
      { id: '', 'phones[]': '13700002222', status: '' },
      { id: '2', 'phones[]': '', status: '已注销' },
    ]);
    expect(t.lines).toEqual([1, 1, 1, 2]);
  });

  it('an array of objects keeps each element\'s fields together, records as many as the element needs', async () => {
    const t = await table(lines({ id: 1, addresses: [{ city: '北京', tel: ['010-1', '010-2'] }, { city: '上海', tel: ['021-1'] }] }));
    expect(t.columns).toEqual(['id', 'addresses[].city', 'addresses[].tel[]']);
    expect(t.records).toEqual([
      ['1', '北京', '010-1'],
      ['', '', '010-2'],
      ['', '上海', '021-1'],
    ]);
  });

  it('mongoexport\'s Extended JSON (relaxed and canonical) becomes plain values, instants in UTC with their zone', async () => {
    const t = await table(
      lines({
        _id: { $oid: '665a1f00c0ffee0000000001' },
        n: { $numberLong: '6217000000000000004' },
        i: { $numberInt: '7' },
        d: { $numberDecimal: '12.50' },
        relaxed: { $date: '2021-03-04T09:15:00.123Z' },
        offset: { $date: '2021-03-04T17:15:00+08:00' },
        canonical: { $date: { $numberLong: '1614849300000' } },
        before1970: { $date: { $numberLong: '-86400000' } },
        text: { $binary: { base64: Buffer.from('张伟').toString('base64'), subType: '00' } },
        uuid: { $binary: { base64: Buffer.from('00112233445566778899aabbccddeeff', 'hex').toString('base64'), subType: '04' } },
        digest: { $binary: Buffer.from([0xff, 0x00, 0x9c]).toString('base64'), $type: '00' },
        ts: { $timestamp: { t: 1614849300, i: 1 } },
        ok: true,
        none: null,
      }),
    );
    expect(t.rows[0]).toEqual({
      _id: '665a1f00c0ffee0000000001',
      n: '6217000000000000004',
      i: '7',
      d: '12.50',
      relaxed: '2021-03-04 09:15:00Z',
      offset: '2021-03-04 09:15:00Z',
      canonical: '2021-03-04 09:15:00Z',
      before1970: '1969-12-31 00:00:00Z',
      text: '张伟',
      uuid: '00112233-4455-6677-8899-aabbccddeeff',
      digest: 'ff009c',
      ts: '2021-03-04 09:15:00Z',
      ok: 'true',
      none: '',
    });
  });

  it('an object whose first key is not a known wrapper is an ordinary document', () => {
    expect(extendedJson({ $set: { a: 1 } })).toBeNull();
    expect(extendedJson({ name: 'x' })).toBeNull();
    expect(dateTimeText(Number.NaN)).toBe('');
  });

  it('integers of 16 digits or more are kept as written (JSON.parse would round a card number); digits inside strings are left alone', async () => {
    expect(keepBigIntegers('{"card":6217000000000000004,"s":"x 6217000000000000004","f":1.12345678901234567,"neg":-12345678901234567}')).toBe(
      '{"card":"6217000000000000004","s":"x 6217000000000000004","f":1.12345678901234567,"neg":"-12345678901234567"}',
    );
    const t = await table('{"card": 6217000000000000004, "small": 12}\n');
    expect(t.rows[0]).toEqual({ card: '6217000000000000004', small: '12' });
  });

  it('CRLF line ends, a BOM, blank lines and a last line without a line end are read; lines keep counting', async () => {
    const t = await table('\ufeff{"a":"x"}\r\n\r\n{"a":"y"}\r\n{"a":"z"}');
    expect(t.rows.map((r) => r.a)).toEqual(['x', 'y', 'z']);
    expect(t.lines).toEqual([1, 3, 4]);
  });

  it('a gzipped file is read through the same reader', async () => {
    const read = await readAll(jsonlReader, fileOf('members.jsonl.gz', gzipSync(lines({ mobile: '13812345678' }))));
    expect(read.tables[0]!.records).toEqual([['13812345678']]);
    expect(read.tables[0]!.name).toMatch(/-members$/);
  });
});

describe('bad lines', () => {
  it('a line that does not parse is a problem with its line and column, without its text; the next lines are read', async () => {
    const t = await table(lines({ mobile: '13812345678' }, '{"mobile": "13900001111", "x": tru}', '{"mobile": "13700002222"', { mobile: '13600003333' }, [1, 2]));
    expect(t.rows.map((r) => r.mobile)).toEqual(['13812345678', '13600003333']);
    expect(t.lines).toEqual([1, 4]);
    expect(t.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 35],
      [3, 25],
      [5, 1],
    ]);
    expect(t.problems[0]!.message).toBe("not valid JSON: unexpected character '}'; the line is not read");
    expect(t.problems[1]!.message).toBe("not valid JSON: expected ',' or '}' after property value; the line is not read");
    expect(t.problems[2]!.message).toMatch(/not a JSON object \(an array\)/);
    for (const p of t.problems) expect(p.message + p.hint).not.toMatch(/139000|137000/);
  });

  it("V8's message is turned into a column for every form it takes", () => {
    const long = '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa":1234567,"b":x}';
    for (const text of ['{"a":x}', '{"abcdefghijklmnop":x,"q":1234567890123}', long, '{"a":x,"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb":1}', '{"a":1}x', '{"a":1,']) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (e) {
        message = (e as Error).message;
      }
      const at = jsonErrorAt(message, text);
      const expected = text === '{"a":1,' ? text.length + 1 : text.indexOf('x') + 1;
      expect([text, at.column]).toEqual([text, expected]);
      expect(at.what).not.toContain('aaaa');
    }
  });

  it('a file of which no line parses is an InputError naming the first bad line', async () => {
    const e = await readAll(jsonlReader, fileOf('bad.jsonl', '{"a": 1\n{"b": \n')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).where).toMatchObject({ line: 1, column: 8 });
    expect((e as InputError).message).toMatch(/no line could be read/);
  });
});

describe('the key window', () => {
  it(`keys first met after the first ${KEY_WINDOW} documents are named in one problem, with the line where each first appeared`, async () => {
    const docs: unknown[] = Array.from({ length: KEY_WINDOW }, (_, i) => ({ id: i }));
    docs.push({ id: 'late', contact: { wechat: 'wx_1' } }, { id: 'later', phones: ['13812345678'] });
    const t = await table(lines(...docs));
    expect(t.columns).toEqual(['id']);
    expect(t.records).toHaveLength(KEY_WINDOW + 2);
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0]).toMatchObject({ line: KEY_WINDOW + 1, message: `2 key(s) first met after the first ${KEY_WINDOW} documents were not scanned: contact.wechat (line ${KEY_WINDOW + 1}), phones[] (line ${KEY_WINDOW + 2})` });
  });

  it('keys of every document of a short file are columns', async () => {
    const t = await table(lines({ a: 1 }, { b: 2 }));
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      ['1', ''],
      ['', '2'],
    ]);
  });

  it('stops reading when the sink is full (--sample)', async () => {
    const docs = Array.from({ length: 3000 }, (_, i) => ({ id: i }));
    const read = await readAll(jsonlReader, fileOf('many.jsonl', lines(...docs)), 1500);
    expect(read.tables[0]!.records.length).toBeLessThan(3000);
  });
});

describe('JSON arrays (mongoexport --jsonArray)', () => {
  it('one line or pretty, each element is a document; its line is the physical line where the document starts', async () => {
    const docs = [{ _id: { $oid: 'a1' }, contact: { mobile: '13812345678' }, card: 'CARD' }, { _id: { $oid: 'a2' }, contact: { mobile: '13900001111' } }];
    // The card as a JSON number past 2^53, as mongoexport writes a NumberLong in relaxed mode.
    const unquoted = (text: string) => text.replace('"CARD"', '6217000000000000004');
    const pretty = unquoted(JSON.stringify(docs, null, 2));
    for (const [text, lines] of [[unquoted(JSON.stringify(docs)), [1, 1]], [pretty, [2, 11]]] as const) {
      const t = await table(text, 'members.json');
      expect(t.columns).toEqual(['_id', 'contact.mobile', 'card']);
      expect(t.records).toEqual([
        ['a1', '13812345678', '6217000000000000004'],
        ['a2', '13900001111', ''],
      ]);
      expect(t.lines).toEqual(lines);
    }
    expect(pretty.split('\n')[10]).toBe('  {');
  });

  it('counts lines across chunks and CRLF line ends, as mongoexport --pretty writes them', async () => {
    const docs = Array.from({ length: 400 }, (_, i) => ({ i, note: 'x'.repeat(i % 50) }));
    const text = JSON.stringify(docs, null, 2).replaceAll('\n', '\r\n');
    const starts = text.split('\r\n').flatMap((l, n) => (l === '  {' ? [n + 1] : []));
    const t = await table(text, 'members.json');
    expect(t.lines).toEqual(starts);
  });

  it('a syntax error ends the array: what came before is scanned and the problem names the document and byte', async () => {
    const t = await table('[{"mobile":"13812345678"},{"mobile":"13900001111"},{"mobile":x},{"mobile":"13700002222"}]', 'members.json');
    expect(t.rows.map((r) => r.mobile)).toEqual(['13812345678', '13900001111']);
    expect(t.problems).toEqual([expect.objectContaining({ line: 1, message: 'not valid JSON in document 3 (byte 61): the rest of the array is not read' })]);
    const pretty = await table('[\n  {"mobile": "13812345678"},\n  {"mobile": x}\n]', 'members.json');
    expect(pretty.problems).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it('an array broken before its first document is an InputError', async () => {
    const e = await readAll(jsonlReader, fileOf('bad.json', '[{"a": x}]')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
  });
});

describe('a broken line is not quoted back', () => {
  it('names JSON punctuation, never a letter, digit or word of the line', async () => {
    const { jsonErrorAt } = await import('../../../src/load/exports/jsonl-errors.js');
    const lines = ['{"name": 张伟}', '{"mobile": 13812345678x}', 'NaN', '{"a": 1}}'];
    for (const line of lines) {
      let message = '';
      try {
        JSON.parse(line);
      } catch (e) {
        message = (e as Error).message;
      }
      const { what } = jsonErrorAt(message, line);
      expect(what).not.toMatch(/张|1381|NaN|x'/);
    }
    expect(jsonErrorAt(`Unexpected token '}', "{"a": 1}}" is not valid JSON`, '{"a": 1}}').what).toBe("unexpected character '}'");
  });
});

describe('lines across chunks', () => {
  /** What the reader hands the sink for `text` read in chunks of `size` bytes. */
  async function inChunks(bytes: Buffer, size: number) {
    const rows: string[][] = [];
    const lines: number[] = [];
    const problems: { line: number; message: string }[] = [];
    const sink = {
      begin: () => {},
      records: (rs: string[][], ls: Int32Array) => rs.forEach((r, i) => void (rows.push(r.slice()), lines.push(ls[i]!))),
      problem: (p: { line: number; message: string }) => void problems.push({ line: p.line, message: p.message }),
      full: false,
    };
    await jsonlReader.read(entryOf(bytes, { chunk: size, file: 'x.jsonl' }), sink, { maxFieldChars: 64 << 20 });
    return { rows, lines, problems };
  }

  it('gives the same records and lines whatever the chunk size (BOM, CRLF, multi-byte text, no final newline)', async () => {
    const text = Buffer.from('\ufeff{"name":"张三","mobile":"13812345678"}\r\n{"name":"李四","mobile":"13912345678"}\n\n{"name":"王五"}');
    const whole = await inChunks(text, text.length);
    expect(whole.rows).toEqual([['张三', '13812345678'], ['李四', '13912345678'], ['王五', '']]);
    expect(whole.lines).toEqual([1, 2, 4]);
    for (const size of [1, 2, 3, 5, 7, 16]) expect(await inChunks(text, size), `chunks of ${size}`).toEqual(whole);
  });

  it('gives a pretty JSON array the same lines whatever the chunk size', async () => {
    const text = Buffer.from('[\r\n  {\r\n    "name": "张三",\r\n    "mobile": "13812345678"\r\n  },\r\n  {"name": "李四"},  {"name": "王五"}\r\n]');
    const bytes = Buffer.concat([Buffer.from('\ufeff'), text]);
    const whole = await inChunks(bytes, bytes.length);
    expect(whole.lines).toEqual([2, 6, 6]);
    for (const size of [1, 2, 3, 5, 7, 16]) expect(await inChunks(bytes, size), `chunks of ${size}`).toEqual(whole);
  });

  it(`skips a line longer than ${MAX_LINE_BYTES >> 20} MiB, reporting it, and reads the lines after it`, async () => {
    const long = Buffer.alloc(MAX_LINE_BYTES + 16, 0x78);
    const text = Buffer.concat([Buffer.from('{"mobile":"13812345678"}\n{"a":"'), long, Buffer.from('"}\n{"mobile":"13912345678"}\n')]);
    const read = await inChunks(text, 1 << 20);
    expect(read.lines).toEqual([1, 3]);
    expect(read.problems).toEqual([{ line: 2, message: `line longer than ${MAX_LINE_BYTES >> 20} MiB: not read` }]);
  });
});
