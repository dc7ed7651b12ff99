/**
 * src/io/csv.ts drives csv-parse's parser core directly and falls back to the documented sync API
 * when a csv-parse release no longer exposes it. Here the core is hidden: the results must not change.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('csv-parse', async (original) => {
  const real = await original<typeof import('csv-parse')>();
  class WithoutCore extends real.Parser {
    constructor(options: ConstructorParameters<typeof real.Parser>[0]) {
      super(options);
      Object.defineProperty(this, 'api', { value: undefined });
    }
  }
  return { ...real, Parser: WithoutCore };
});

const syncCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('csv-parse/sync', async (original) => {
  const real = await original<typeof import('csv-parse/sync')>();
  return { ...real, parse: (...args: Parameters<typeof real.parse>) => (syncCalls.count++, real.parse(...args)) };
});

const { parseCsvText, visitCsvText } = await import('../../src/io/csv.js');
const { InputError } = await import('../../src/errors.js');

describe('parseCsvText through the sync API', () => {
  it('keeps the lines and cells', () => {
    const before = syncCalls.count;
    const t = parseCsvText('x.csv', '\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n,\r\n3,4\r\n');
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'x\r\ny'] },
      { line: 6, cells: ['3', '4'] },
    ]);
    expect(syncCalls.count).toBe(before + 1);
  });

  it('ends a record at any line end when a file mixes them', () => {
    expect(parseCsvText('x.csv', 'a\r\nb\nc\rd\r\n').rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['b']],
      [3, ['c']],
      [4, ['d']],
    ]);
  });

  it('reports syntax errors at the line where the record began', () => {
    expect(() => parseCsvText('x.csv', 'a,b\n1,2\n\n3,"4\n5,6\n')).toThrow(/unterminated quoted field/);
    try {
      parseCsvText('x.csv', 'a,b\n1,2\n\n3,"4\n5,6\n');
    } catch (e) {
      expect((e as InstanceType<typeof InputError>).where).toEqual({ file: 'x.csv', line: 4 });
    }
  });

  it("lets a row handler's error through unchanged", () => {
    const boom = new InputError('bad row', { file: 'x.csv', line: 2 });
    expect(() =>
      visitCsvText('x.csv', 'a\n1\n', () => () => {
        throw boom;
      }),
    ).toThrow(boom);
  });
});
