/**
 * Streaming one range of an export: a .gz that breaks off past the probed head is refused where its text
 * stops; bytes the decoder cannot decode are counted with the line of the first.
 */
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import iconv from 'iconv-lite';
import { CHUNK_BYTES, readRange, type RangeSource } from '../../../src/load/exports/csv-stream.js';
import { tempFiles } from '../../scan/helpers.js';

function source(file: string, over: Partial<RangeSource> = {}): RangeSource {
  return { file, gzip: true, encoding: 'utf8', delimiter: ',', maxFieldChars: 1 << 20, start: 0, end: null, first: true, last: true, ...over };
}

describe('readRange on a cut .gz', () => {
  it('says the line and column where the readable text stops, as probeExport does', async () => {
    const text = 'id,note\n' + Array.from({ length: 60_000 }, (_, i) => `${i},"a ${i}\nb"`).join('\n') + '\n';
    const gz = gzipSync(Buffer.from(text));
    const cut = gz.subarray(0, Math.floor(gz.length * 0.7));
    const { path } = tempFiles({ 'cut.csv.gz': cut });
    let records = 0;
    const e = await readRange(source(path('cut.csv.gz')), { onBatch: (r) => void (records += r.length) }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/not a readable gzip file/);
    const lines = gunzipSync(cut, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8').split('\n');
    expect(records).toBeGreaterThan(1000);
    expect((e as InputError).where).toEqual({ file: path('cut.csv.gz'), line: lines.length, column: lines.at(-1)!.length + 1 });
  });
});

describe('readRange: bytes the decoder cannot decode', () => {
  const read = (name: string, data: Buffer, over: Partial<RangeSource> = {}) => readRange(source(tempFiles({ [name]: data }).path(name), { gzip: false, ...over }), { onBatch: () => {} });

  it('counts them and gives the line of the first, the rest read (a U+FFFD the file spells is text)', async () => {
    const rows = ['id,remark\n', '1,ok\r\n', '2,"two\nlines"\n', '3,cut ', '\n4,\ufffd\n5,', 'x\n6,', '\n'];
    const data = Buffer.concat(rows.map((r, i) => (i === 3 || i === 5 ? Buffer.concat([Buffer.from(r), Buffer.from([0xe5, 0xae])]) : Buffer.from(r))));
    const outcome = await read('bad.csv', data);
    expect(outcome.undecodable).toEqual({ count: 2, line: 5 });
    expect(outcome.lines).toBe(8);
  });

  it('none in a clean file; GB18030 counts its own', async () => {
    expect((await read('ok.csv', Buffer.from('id,name\n1,张三\n'))).undecodable).toBeNull();
    const gb = Buffer.concat([iconv.encode('id,name\n1,张三\n2,', 'gbk'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect((await read('gb.csv', gb, { encoding: 'gb18030' })).undecodable).toEqual({ count: 1, line: 3 });
  });

  it('a character cut at the end of the file is one', async () => {
    expect((await read('end.csv', Buffer.concat([Buffer.from('id\n1\n2'), Buffer.from([0xe5])]))).undecodable).toEqual({ count: 1, line: 3 });
  });

  it('the first in a later chunk, after a chunk that ends in a line-ending CR', async () => {
    const first = 'id,remark\r' + 'x'.repeat(CHUNK_BYTES - 'id,remark\r'.length - 1) + '\r';
    for (const next of ['\n1,', '1,']) {
      const data = Buffer.concat([Buffer.from(first), Buffer.from(next), Buffer.from([0xff]), Buffer.from('\r')]);
      expect((await read('cr.csv', data)).undecodable, JSON.stringify(next)).toEqual({ count: 1, line: 3 });
    }
  });
});
