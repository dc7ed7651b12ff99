/**
 * The progress bar on stderr: bytes read, records per second and the time left, redrawn at most ten
 * times a second, erased when the file is done. Only when stderr is a terminal; otherwise nothing.
 * The line fits the terminal (80 columns when it does not say): the bar shrinks first, then the file
 * name loses its middle. Ctrl-C erases it before the interrupt message.
 */
import stringWidth from 'string-width';
import type { Lang } from '../report/types.js';
import { wordsFor } from '../text/words/index.js';

export interface ProgressSink {
  begin(label: string, totalBytes: number): void;
  update(bytesDone: number, records: number): void;
  end(): void;
}

const REDRAW_MS = 100;
const BAR = 20;
/** The bar gives up columns to the file name down to this; then the name loses its middle. */
const MIN_BAR = 8;
const MIN_NAME = 8;
const ELLIPSIS = '…';
const DEFAULT_COLUMNS = 80;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export const silentProgress: ProgressSink = { begin() {}, update() {}, end() {} };

/** What the bar needs of the process to hear an interrupt: injectable for tests. */
export interface SignalHost {
  prependListener(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  removeListener(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  listenerCount(signal: NodeJS.Signals): number;
  kill(pid: number, signal: NodeJS.Signals): unknown;
  pid: number;
}

export function progressFor(enabled: boolean | undefined, stream: NodeJS.WriteStream = process.stderr, lang: Lang = 'en'): ProgressSink {
  const on = enabled ?? stream.isTTY === true;
  return on && stream.isTTY ? new TerminalProgress(stream, () => performance.now(), process, lang) : silentProgress;
}

export class TerminalProgress implements ProgressSink {
  private label = '';
  private total = 0;
  private started = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  /** Ahead of bin/'s exit on SIGINT/SIGTERM: the line is erased before the interrupt message. */
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.end();
    // Nobody else listens (privaudit used as a library): the signal does what it would have done.
    if (this.signals.listenerCount(signal) === 0) this.signals.kill(this.signals.pid, signal);
  };

  constructor(
    private readonly stream: { write(s: string): unknown; columns?: number },
    private readonly now: () => number,
    private readonly signals: SignalHost = process,
    private readonly lang: Lang = 'en',
  ) {}

  begin(label: string, totalBytes: number): void {
    this.label = label;
    this.total = totalBytes;
    this.started = this.now();
    this.lastDraw = -Infinity;
  }

  update(bytesDone: number, records: number): void {
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    if (!this.drawn) for (const s of SIGNALS) this.signals.prependListener(s, this.onSignal);
    this.stream.write(`\r${this.line(bytesDone, records, (t - this.started) / 1000)}\x1b[K`);
    this.drawn = true;
  }

  end(): void {
    if (!this.drawn) return;
    this.stream.write('\r\x1b[K');
    this.drawn = false;
    for (const s of SIGNALS) this.signals.removeListener(s, this.onSignal);
  }

  /** `users.csv [########------------]  41%  420/1024 MB  812k rows/s  ETA 0:07`, within the terminal's width. */
  line(bytesDone: number, records: number, seconds: number): string {
    const share = this.total > 0 ? Math.min(1, bytesDone / this.total) : 0;
    const rate = seconds > 0 ? records / seconds : 0;
    const eta = share > 0 && seconds > 0 ? (seconds / share) * (1 - share) : NaN;
    const words = wordsFor(this.lang).progress;
    const stats = `${String(Math.floor(share * 100)).padStart(3)}%  ${mb(bytesDone)}/${mb(this.total)} MB  ${count(rate)} ${words.rate}  ${words.eta} ${clock(eta)}`;
    // The last column is left empty: writing into it makes some terminals wrap.
    const room = (this.stream.columns || DEFAULT_COLUMNS) - 1;
    // `label [bar] stats`: two spaces and two brackets around the bar.
    const fixed = stringWidth(stats) + 4;
    const bar = clamp(room - fixed - stringWidth(this.label), MIN_BAR, BAR);
    // Too narrow for a name and a bar: the name matters more.
    if (room - fixed - bar < MIN_NAME) return fitEnd(`${fitMiddle(this.label, room - stringWidth(stats) - 1)} ${stats}`.trimStart(), room);
    const filled = Math.round(share * bar);
    const label = fitMiddle(this.label, room - fixed - bar);
    return fitEnd(`${label} [${'#'.repeat(filled)}${'-'.repeat(bar - filled)}] ${stats}`, room);
  }
}

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, n));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function segments(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** The text within `columns`, its middle replaced by … (the end of a path names the file, so it keeps more). */
export function fitMiddle(text: string, columns: number): string {
  if (stringWidth(text) <= columns) return text;
  if (columns < 1) return '';
  const parts = segments(text);
  const tailRoom = Math.ceil((columns - 1) / 2);
  return fitted(parts, columns - 1 - tailRoom) + ELLIPSIS + fitted(parts, tailRoom, true);
}

/** The start of the text within `columns`: for terminals narrower than the numbers themselves. */
function fitEnd(text: string, columns: number): string {
  return stringWidth(text) <= columns ? text : fitted(segments(text), columns);
}

/** As many whole graphemes as fit in `columns`, from the start (or the end) of `parts`. */
function fitted(parts: readonly string[], columns: number, fromEnd = false): string {
  let out = '';
  let used = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[fromEnd ? parts.length - 1 - k : k]!;
    const w = stringWidth(p);
    if (used + w > columns) break;
    out = fromEnd ? p + out : out + p;
    used += w;
  }
  return out;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(0);
}

function count(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${Math.round(n / 1e3)}k` : String(Math.round(n));
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
