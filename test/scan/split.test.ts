/**
 * Cuts for parallel ranges: many per thread, after the header, and on record starts even when one
 * record in ten holds a line break inside quotes (each wrong cut would cost two ranges read again).
 */
import { describe, expect, it } from 'vitest';
import { probeExport } from '../../src/load/exports/csv-probe.js';
import { cutTargets, rangeCount, RANGES_PER_THREAD, splitRanges } from '../../src/scan/split.js';
import { tempFiles } from './helpers.js';

/** Offsets just after each line feed outside quotes: where records start. */
function recordStarts(bytes: Buffer): Set<number> {
  const starts = new Set<number>();
  let inside = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x22) inside = !inside;
    else if (bytes[i] === 0x0a && !inside) starts.add(i + 1);
  }
  return starts;
}

function multiLineExport(records: number, delimiter = ','): string {
  const lines = [['user_id', 'name', 'remark'].join(delimiter)];
  for (let i = 1; i <= records; i++) {
    const remark = i % 10 === 0 ? `"第一行说明\n第二行${delimiter}客户要求回访\n第三行"` : '正常客户';
    lines.push([i, `张${i % 50}`, remark].join(delimiter));
  }
  return lines.join('\n') + '\n';
}

describe('splitRanges', () => {
  it('16 ranges per thread', () => {
    expect(rangeCount(1)).toBe(1);
    expect(rangeCount(2)).toBe(2 * RANGES_PER_THREAD);
  });

  it.each([',', '\t', '|'])('cuts on record starts with a multi-line remark in every tenth record (delimiter %j)', async (delimiter) => {
    const text = multiLineExport(60_000, delimiter);
    const { path } = tempFiles({ 'notes.csv': text });
    const probe = await probeExport(path('notes.csv'), 1 << 20);
    const ranges = await splitRanges(probe, rangeCount(2), 1);
    expect(ranges).toHaveLength(32);
    const starts = recordStarts(Buffer.from(text));
    const cuts = ranges.slice(1).map((r) => r.start);
    expect(cuts.filter((c) => !starts.has(c))).toEqual([]);
    expect(cuts.every((c) => c > probe.headerEndByte)).toBe(true);
    // Consecutive, covering the file.
    expect(ranges.map((r) => r.end)).toEqual([...cuts, null]);
  });

  it('targets inside one long record give one cut, after it: the ranges stay consecutive', async () => {
    const long = 'x'.repeat(600_000);
    const text = ['id,remark', `1,${long}`, ...Array.from({ length: 20_000 }, (_, i) => `${i + 2},ok`)].join('\n') + '\n';
    const { path } = tempFiles({ 'long.csv': text });
    const probe = await probeExport(path('long.csv'), 1 << 20);
    const ranges = await splitRanges(probe, rangeCount(2), 1);
    const cuts = ranges.slice(1).map((r) => r.start);
    const afterLong = text.indexOf('\n2,') + 1;
    expect(cuts.filter((c) => c <= afterLong)).toEqual([afterLong]);
    expect(cuts).toEqual([...cuts].sort((a, b) => a - b));
    expect(new Set(cuts).size).toBe(cuts.length);
    expect(ranges.map((r) => r.end)).toEqual([...cuts, null]);
  });

  it('a small file is one range', async () => {
    const { path } = tempFiles({ 'small.csv': multiLineExport(100) });
    const probe = await probeExport(path('small.csv'), 1 << 20);
    expect(await splitRanges(probe, rangeCount(2))).toEqual([{ start: 0, end: null }]);
  });
});

describe('cutTargets', () => {
  it('evenly spaced, the last eighth of the ranges a quarter the size of the others', () => {
    const targets = cutTargets(29_000, 32);
    expect(targets).toHaveLength(31);
    const sizes = [...targets, 29_000].map((t, i) => t - (targets[i - 1] ?? 0));
    expect(sizes.slice(0, 28)).toEqual(Array(28).fill(1000));
    expect(sizes.slice(28)).toEqual([250, 250, 250, 250]);
  });

  it('few ranges: all the same size', () => {
    expect(cutTargets(3000, 3)).toEqual([1000, 2000]);
  });
});
