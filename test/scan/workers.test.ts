/**
 * Byte ranges in worker threads give the same ExportFile as one range, byte for byte: counts, first
 * rows, evidence, ragged records, record-level results — also when a cut falls inside a quoted field
 * (the two ranges around it are read again as one; the file is not read again).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../src/scan/pool.js';
import type { RangeJob } from '../../src/scan/range.js';
import { tempFiles, scanOne } from './helpers.js';

/** Ranges tallied on the main thread (the others ran in worker threads), as [start, end]. */
const calls = vi.hoisted(() => ({ inProcess: [] as [number, number | null][], delayMs: 0 }));
vi.mock('../../src/scan/range.js', async (original) => {
  const real = await original<typeof import('../../src/scan/range.js')>();
  return {
    ...real,
    scanRange: async (...args: Parameters<typeof real.scanRange>) => {
      const job = args[0] as RangeJob;
      calls.inProcess.push([job.source.start, job.source.end]);
      await new Promise((r) => setTimeout(r, calls.delayMs));
      return real.scanRange(...args);
    },
  };
});

beforeEach(() => {
  calls.inProcess = [];
  calls.delayMs = 0;
});

const WHOLE: [number, null] = [0, null];

const HEADER = 'user_id,name,mobile,id_card,status,cancelled_at,remark';

/** Deterministic records with masked values, cancelled accounts, ragged rows and quoted remarks. */
function records(n: number, remark: (i: number) => string): string {
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) {
    const mobile = i % 7 === 0 ? `138****${String(i % 10000).padStart(4, '0')}` : `138${String(10000000 + i).slice(-8)}`;
    const id = i % 5 === 0 ? '110101********123X' : i % 3 === 0 ? '110101199003071233' : '11010519491231002X';
    const cancelled = i % 11 === 0;
    const ragged = i % 997 === 0 ? ',extra' : '';
    lines.push(`${i},张${i % 50},${mobile},${id},${cancelled ? '已注销' : '正常'},${cancelled ? '2024-01-0' + ((i % 9) + 1) : ''},${remark(i)}${ragged}`);
  }
  return lines.join('\n') + '\n';
}

const plainRemark = (i: number) => (i % 13 === 0 ? `来电 1391234${String(i % 10000).padStart(4, '0')}` : '正常');

describe('workers', () => {
  it('2 workers give the same ExportFile as 1', async () => {
    const { path } = tempFiles({ 'users.csv': records(40_000, plainRemark) });
    const one = await scanOne(path('users.csv'), { workers: 1, minSplitBytes: 1 });
    expect(calls.inProcess).toEqual([WHOLE]);
    const started = vi.spyOn(WorkerPool, 'start');
    // This thread made slow, so the worker thread (slow to start from the sources) takes some ranges too.
    calls.delayMs = 100;
    const two = await scanOne(path('users.csv'), { workers: 2, minSplitBytes: 1 });
    // --workers 2: this thread and one worker thread share 32 ranges, this one taking the first.
    expect(started).toHaveBeenCalledWith(1);
    expect(calls.inProcess[1]).toEqual([0, expect.any(Number)]);
    expect(calls.inProcess.length - 1).toBeLessThan(32);
    calls.delayMs = 0;
    expect(one.records).toBe(40_000);
    expect(one.ragged).toBe(40);
    expect(one.results.map((r) => r.ruleId).sort()).toEqual(['pii-in-free-text', 'retention-expired']);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    const three = await scanOne(path('users.csv'), { workers: 3, minSplitBytes: 1 });
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
  }, 120_000);

  it('a cut inside a quoted field is detected and the ranges around it read again as one', async () => {
    // One remark of many lines sits around the middle of the file, longer than the 256 KiB a cut looks
    // ahead for a telling quote (split.ts): cuts early in it fall back to the first line feed, inside it.
    const remark = (i: number) => (i === 2_000 ? `"${'多行备注\n'.repeat(60_000)}结束"` : plainRemark(i));
    const { path } = tempFiles({ 'users.csv': records(4_000, remark) });
    const one = await scanOne(path('users.csv'), { workers: 1, minSplitBytes: 1 });
    const two = await scanOne(path('users.csv'), { workers: 2, minSplitBytes: 1 });
    // The remark spans several cuts: ranges are joined until one ends outside it, never the whole file again.
    expect(calls.inProcess.filter(([start, end]) => start === 0 && end === null)).toEqual([WHOLE]);
    const joined = calls.inProcess.slice(1).filter(([start], i, all) => all.findIndex(([s]) => s === start) !== i);
    expect(joined.length).toBeGreaterThan(0);
    expect(one.records).toBe(4_000);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 120_000);
});
