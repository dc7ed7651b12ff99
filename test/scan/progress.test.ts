/** The progress bar: on a terminal only, at most ten redraws a second, erased at the end. */
import { describe, expect, it } from 'vitest';
import { progressFor, silentProgress, TerminalProgress } from '../../src/scan/progress.js';

function terminal() {
  const out: string[] = [];
  let now = 0;
  const bar = new TerminalProgress({ write: (s: string) => out.push(s), columns: 100 }, () => now);
  return { out, bar, tick: (ms: number) => (now += ms) };
}

describe('progress', () => {
  it('shows bytes, rows per second and the time left', () => {
    const { out, bar, tick } = terminal();
    bar.begin('users.csv', 100e6);
    tick(2000);
    bar.update(25e6, 500_000);
    expect(out).toEqual(['\rusers.csv [#####---------------]  25%  25/100 MB  250k rows/s  ETA 0:06\x1b[K']);
  });

  it('redraws at most every 100 ms and erases itself at the end', () => {
    const { out, bar, tick } = terminal();
    bar.begin('t.csv', 1000);
    for (let i = 0; i < 50; i++) {
      tick(10);
      bar.update(i * 10, i);
    }
    expect(out.length).toBeLessThanOrEqual(6);
    bar.end();
    expect(out.at(-1)).toBe('\r\x1b[K');
  });

  it('stays silent when stderr is not a terminal, even if asked', () => {
    const pipe = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
    expect(progressFor(true, pipe)).toBe(silentProgress);
    expect(progressFor(undefined, pipe)).toBe(silentProgress);
    const tty = { isTTY: true, write: () => true } as unknown as NodeJS.WriteStream;
    expect(progressFor(undefined, tty)).toBeInstanceOf(TerminalProgress);
    expect(progressFor(false, tty)).toBe(silentProgress);
  });
});
