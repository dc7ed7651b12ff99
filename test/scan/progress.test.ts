/** The progress bar: on a terminal only, at most ten redraws a second, within the terminal's width, erased at the end and on Ctrl-C. */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitMiddle, progressFor, silentProgress, TerminalProgress, type SignalHost } from '../../src/scan/progress.js';

/** A process stand-in: listeners by signal, and the signals sent. */
function signalHost() {
  const listeners = new Map<string, ((s: NodeJS.Signals) => void)[]>();
  const killed: string[] = [];
  const host: SignalHost = {
    pid: 4242,
    prependListener: (s, l) => listeners.set(s, [l, ...(listeners.get(s) ?? [])]),
    removeListener: (s, l) => listeners.set(s, (listeners.get(s) ?? []).filter((x) => x !== l)),
    listenerCount: (s) => listeners.get(s)?.length ?? 0,
    kill: (_pid, s) => killed.push(s),
  };
  const raise = (s: NodeJS.Signals) => {
    for (const l of [...(listeners.get(s) ?? [])]) l(s);
  };
  return { host, listeners, killed, raise };
}

/** A terminal of 100 columns, or of `size.columns` (undefined: one that does not say). */
function terminal(size: { columns?: number } = { columns: 100 }, lang: 'en' | 'zh' = 'en') {
  const out: string[] = [];
  let now = 0;
  const signals = signalHost();
  const bar = new TerminalProgress({ write: (s: string) => out.push(s), columns: size.columns }, () => now, signals.host, lang);
  return { out, bar, tick: (ms: number) => (now += ms), signals };
}

/** The line as drawn, without the carriage return and the erase-to-end escape. */
const drawn = (s: string) => s.replace(/^\r/, '').replace(/\x1b\[K$/, '');

describe('progress', () => {
  it('shows bytes, rows per second and the time left', () => {
    const { out, bar, tick } = terminal();
    bar.begin('users.csv', 100e6);
    tick(2000);
    bar.update(25e6, 500_000);
    expect(out).toEqual(['\rusers.csv [#####---------------]  25%  25/100 MB  250k rows/s  ETA 0:06\x1b[K']);
  });

  it('speaks the report language (--lang zh)', () => {
    const { out, bar, tick } = terminal({ columns: 100 }, 'zh');
    bar.begin('users.csv', 100e6);
    tick(2000);
    bar.update(25e6, 500_000);
    expect(out).toEqual(['\rusers.csv [#####---------------]  25%  25/100 MB  250k 行/秒  剩余 0:06\x1b[K']);
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

describe('progress: the line fits the terminal', () => {
  const draw = (label: string, columns: number | undefined) => {
    const { out, bar, tick } = terminal({ columns });
    bar.begin(label, 1024e6);
    tick(7000);
    bar.update(420e6, 5_684_000);
    return drawn(out[0]!);
  };
  const deep = 'exports/2024-06/华北二区/用户中心/会员积分明细_全量导出_按月分片_第十二批次.csv';

  it.each([80, 60, 100, 120])('never writes into the last of %i columns, counting Chinese characters as two', (columns) => {
    const line = draw(deep, columns);
    expect(stringWidth(line)).toBeLessThanOrEqual(columns - 1);
    expect(line).toContain('  41%  420/1024 MB  812k rows/s  ETA 0:10');
  });

  it('keeps both ends of a long name and loses its middle', () => {
    const line = draw(deep, 80);
    const label = line.slice(0, line.indexOf(' ['));
    expect(label).toMatch(/^exports\/20.*…[^/]*\.csv$/);
    expect(stringWidth(label)).toBeGreaterThanOrEqual(20);
  });

  it('leaves short names and the full bar alone on 80 columns', () => {
    expect(draw('users.csv', 80)).toBe('users.csv [########------------]  41%  420/1024 MB  812k rows/s  ETA 0:10');
  });

  it('takes 80 columns when the terminal does not say', () => {
    for (const columns of [undefined, 0]) expect(stringWidth(draw(deep, columns))).toBe(stringWidth(draw(deep, 80)));
  });

  it('shrinks the bar before the name gets shorter than a useful part of it', () => {
    const line = draw('orders_2024_full_export.csv', 80);
    expect(line).toMatch(/^orders_2024_full_export\.csv \[#*-*\]  41%/);
    expect(stringWidth(line)).toBeLessThanOrEqual(79);
  });

  it('drops the bar before the name on a narrow terminal, and still fits one narrower than the numbers', () => {
    const narrow = draw(deep, 56);
    expect(narrow).toMatch(/^exp.*…[^ ]*\.csv  41%  420\/1024 MB  812k rows\/s  ETA 0:10$/);
    expect(stringWidth(narrow)).toBeLessThanOrEqual(55);
    expect(stringWidth(draw(deep, 30))).toBeLessThanOrEqual(29);
  });
});

describe('fitMiddle', () => {
  it('measures wide characters as two columns and never splits one', () => {
    expect(fitMiddle('用户数据导出.csv', 20)).toBe('用户数据导出.csv');
    const cut = fitMiddle('会员积分明细全量导出.csv', 11);
    expect(cut).toMatch(/^会员…/);
    expect(stringWidth(cut)).toBeLessThanOrEqual(11);
    expect(fitMiddle('abcdefghij', 5)).toBe('ab…ij');
    expect(fitMiddle('abcdefghij', 1)).toBe('…');
    expect(fitMiddle('abcdefghij', 0)).toBe('');
  });

  it('keeps an emoji or accented letter whole', () => {
    const cut = fitMiddle('👩‍💻-e\u0301-report-final-2024.csv', 12);
    expect(stringWidth(cut)).toBeLessThanOrEqual(12);
    expect(cut.startsWith('👩‍💻')).toBe(true);
  });
});

describe('progress: Ctrl-C', () => {
  it('erases the line before anything else hears the signal, and stops listening once done', () => {
    const { out, bar, tick, signals } = terminal();
    const heard: string[] = [];
    // bin/privaudit.js: prints the interrupt message and exits; registered first, at start-up.
    signals.host.prependListener('SIGINT', () => heard.push(`message after ${JSON.stringify(out.at(-1))}`));
    bar.begin('users.csv', 100);
    tick(200);
    bar.update(50, 10);
    signals.raise('SIGINT');
    expect(heard).toEqual(['message after "\\r\\u001b[K"']);
    expect(signals.killed).toEqual([]);
    expect(signals.listeners.get('SIGINT')).toHaveLength(1);
    expect(signals.listeners.get('SIGTERM')).toEqual([]);
  });

  it('listens only while a line is drawn', () => {
    const { bar, tick, signals } = terminal();
    bar.begin('users.csv', 100);
    expect(signals.host.listenerCount('SIGINT')).toBe(0);
    tick(200);
    bar.update(50, 10);
    tick(200);
    bar.update(60, 12);
    expect(signals.host.listenerCount('SIGINT')).toBe(1);
    bar.end();
    expect(signals.host.listenerCount('SIGINT')).toBe(0);
    expect(signals.host.listenerCount('SIGTERM')).toBe(0);
  });

  it('passes the signal on when nobody else listens (privaudit used as a library)', () => {
    const { out, bar, tick, signals } = terminal();
    bar.begin('users.csv', 100);
    tick(200);
    bar.update(50, 10);
    signals.raise('SIGTERM');
    expect(out.at(-1)).toBe('\r\x1b[K');
    expect(signals.killed).toEqual(['SIGTERM']);
  });
});

