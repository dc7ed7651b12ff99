/** Exports whose line ends are mixed (rows pasted from another system): every row read, at its own line. */
import { describe, expect, it } from 'vitest';
import { scan, scanOne, tempFiles } from './helpers.js';

const ROWS = ['id,mobile', '1,13812345678', '2,13912345678', '3,"13712345678"', '4,13612345678'];

describe('line ends', () => {
  it.each([
    ['LF then CRLF', ['\n', '\r\n', '\r\n', '\n']],
    ['CRLF then LF', ['\r\n', '\n', '\r\n', '\r\n']],
    ['CR then LF', ['\r', '\n', '\r', '\r']],
    ['CRLF then CR', ['\r\n', '\r\n', '\r', '\r\n']],
  ])('%s: every record, none ragged, each at its line', async (_, ends) => {
    const text = ROWS.map((r, i) => r + (ends[i] ?? '\n')).join('');
    const { path } = tempFiles({ 'mixed.csv': text });
    const file = await scanOne(path('mixed.csv'));
    expect(file).toMatchObject({ records: 4, ragged: 0 });
    expect(file.columns.find((c) => c.name === 'mobile')!.rows).toEqual([2, 3, 4, 5]);
  });

  it('counts lines alike in every byte range of a split file', async () => {
    const ends = ['\n', '\r\n', '\r'];
    const lines = ['id,mobile', ...Array.from({ length: 30_000 }, (_, i) => `${i},1381234${String(i % 10_000).padStart(4, '0')}`)];
    // A ragged row in the second half: its line says whether the second range counted the first's lines right.
    lines[25_000] = '25000,13812345678,extra';
    const text = lines.map((l, i) => l + ends[i % 3]).join('');
    const { path } = tempFiles({ 'big.csv': text });
    for (const workers of [1, 2]) {
      const [file] = await scan([path('big.csv')], { workers, minSplitBytes: 1 });
      expect(file, `--workers ${workers}`).toMatchObject({ records: 30_000, ragged: 1, raggedRows: [25_001] });
    }
  }, 60_000);
});
