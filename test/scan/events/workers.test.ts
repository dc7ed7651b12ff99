/**
 * An event log in worker threads: its record checks' plans go to the workers and their tallies come
 * back as plain data, merged in file order into the ExportFile one thread gives, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { scanOne, tempFiles } from '../helpers.js';

/** Requests of every kind: answered on time and late, open, of both Jingkefu periods, unreadable dates. */
function requestLog(n: number): string {
  const lines = ['工单号,类型,申请时间,身份核验时间,答复时间'];
  const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  for (let i = 1; i <= n; i++) {
    const start = i % 500;
    const type = ['查阅', '咨询', '删除', ''][i % 4]!;
    const reply = i % 17 === 0 ? '' : i % 991 === 0 ? '昨天' : `${day(start + (i % 45))} 10:00:00`;
    lines.push(`T${i},${type},${day(start)},${day(start + (i % 3))},${reply}`);
  }
  return lines.join('\n') + '\n';
}

describe('an event log in worker threads', () => {
  it('2 workers give the ExportFile 1 gives', async () => {
    const { path } = tempFiles({ '工单.csv': requestLog(30_000) });
    const opts = { asOf: '2026-11-23', packs: ['jingkefu-privacy'], minSplitBytes: 1 };
    const one = await scanOne(path('工单.csv'), { ...opts, workers: 1 });
    expect(one.results.filter((r) => r.ruleId === 'request-reply-overdue').map((r) => r.column)).toEqual(['答复时间', '答复时间', '答复时间']);
    const two = await scanOne(path('工单.csv'), { ...opts, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 180_000);
});
