/**
 * Line numbers in a dump read through a moving buffer: each newline is counted once, lazily, as the
 * reader asks for the line of a later offset. Offsets are absolute (characters of the decoded dump
 * from its start), so they survive the buffer dropping what has been read.
 */

/** No newline in the buffer after `counted`. */
const NONE = -1;
/** Not searched since the buffer changed. */
const UNKNOWN = -2;

export class LineCounter {
  /** The line of `counted`: every newline before it is counted. */
  line = 1;
  private lineStart = 0;
  private counted = 0;
  /** Absolute offset of the next newline at or after `counted`, NONE or UNKNOWN. */
  private nl = UNKNOWN;
  private buf = '';
  private base = 0;

  /** The buffer now holds the dump from absolute offset `base` (what came before was counted by at()). */
  moved(buf: string, base: number): void {
    this.buf = buf;
    this.base = base;
    if (this.nl === NONE) this.nl = UNKNOWN;
  }

  /** The line of an absolute offset at or after the last one asked about. */
  at(abs: number): number {
    for (;;) {
      if (this.nl === UNKNOWN) {
        const r = this.buf.indexOf('\n', this.counted - this.base);
        this.nl = r < 0 ? NONE : r + this.base;
      }
      if (this.nl === NONE || this.nl >= abs) {
        if (abs > this.counted) this.counted = abs;
        return this.line;
      }
      this.newlineAt(this.nl);
    }
  }

  /** A newline the reader found itself (a COPY line's end): the next line starts after it. */
  newlineAt(abs: number): void {
    this.line++;
    this.lineStart = this.counted = abs + 1;
    this.nl = UNKNOWN;
  }

  /** Line and column (1-based, in UTF-16 code units) of an absolute offset, before or after the counted point. */
  position(abs: number): { line: number; column: number } {
    if (abs >= this.counted) {
      const line = this.at(abs);
      return { line, column: abs - this.lineStart + 1 };
    }
    // Behind the counted point (still in the buffer): count back.
    const rel = abs - this.base;
    let line = this.line;
    let start = this.lineStart;
    for (let i = this.buf.lastIndexOf('\n', this.counted - this.base - 1); i >= rel && i >= 0; i = i > 0 ? this.buf.lastIndexOf('\n', i - 1) : -1) {
      line--;
      const prev = i > 0 ? this.buf.lastIndexOf('\n', i - 1) : -1;
      start = prev >= 0 ? prev + 1 + this.base : this.base;
    }
    return { line, column: abs - start + 1 };
  }
}
