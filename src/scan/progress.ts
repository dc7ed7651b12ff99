/**
 * The progress bar on stderr: bytes read, records per second and the time left, redrawn at most ten
 * times a second, erased when the file is done. Only when stderr is a terminal; otherwise nothing.
 */
export interface ProgressSink {
  begin(label: string, totalBytes: number): void;
  update(bytesDone: number, records: number): void;
  end(): void;
}

const REDRAW_MS = 100;
const BAR = 20;

export const silentProgress: ProgressSink = { begin() {}, update() {}, end() {} };

export function progressFor(enabled: boolean | undefined, stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  const on = enabled ?? stream.isTTY === true;
  return on && stream.isTTY ? new TerminalProgress(stream, () => performance.now()) : silentProgress;
}

export class TerminalProgress implements ProgressSink {
  private label = '';
  private total = 0;
  private started = 0;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly stream: { write(s: string): unknown; columns?: number },
    private readonly now: () => number,
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
    this.stream.write(`\r${this.line(bytesDone, records, (t - this.started) / 1000)}\x1b[K`);
    this.drawn = true;
  }

  end(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  /** `users.csv [########------------]  41%  420/1024 MB  812k rows/s  ETA 0:07` */
  line(bytesDone: number, records: number, seconds: number): string {
    const share = this.total > 0 ? Math.min(1, bytesDone / this.total) : 0;
    const filled = Math.round(share * BAR);
    const rate = seconds > 0 ? records / seconds : 0;
    const eta = share > 0 && seconds > 0 ? (seconds / share) * (1 - share) : NaN;
    const text = `${this.label} [${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${mb(bytesDone)}/${mb(this.total)} MB  ${count(rate)} rows/s  ETA ${clock(eta)}`;
    const width = this.stream.columns ?? 80;
    return text.length >= width ? text.slice(0, width - 1) : text;
  }
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
