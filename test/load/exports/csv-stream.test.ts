/** Streaming one range of an export: a .gz that breaks off past the probed head is refused where its text stops. */
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readRange, type RangeSource } from '../../../src/load/exports/csv-stream.js';
import { tempFiles } from '../../scan/helpers.js';

function source(file: string): RangeSource {
  return { file, gzip: true, encoding: 'utf8', delimiter: ',', maxFieldChars: 1 << 20, start: 0, end: null, first: true, last: true };
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
