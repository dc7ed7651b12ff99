/**
 * The lines of a JSON entry, decoded as UTF-8 one at a time (JSON Lines, and concatenated documents,
 * which are read line by line to know each document's line). A line longer than MAX_LINE_BYTES is
 * reported and skipped, so memory stays bounded.
 */
import type { ExportEntry } from './types.js';

/** A line longer than this (in bytes) is reported and skipped, so memory stays bounded. */
export const MAX_LINE_BYTES = 32 << 20;

/**
 * Every line of the entry, decoded as UTF-8, without its line end; an overlong line is skipped. Lines
 * are found in the bytes (a newline byte is never part of a UTF-8 sequence) and each is decoded alone,
 * in place in its chunk; only a line that spans chunks is copied: each piece as it is held, then joined when its end arrives.
 */
export async function eachLine(entry: ExportEntry, onLine: (text: string, line: number) => boolean | void, onTooLong: (line: number) => void): Promise<void> {
  const carry = new LineCarry(onTooLong);
  let line = 1;
  for await (const chunk of entry.chunks()) {
    let from = 0;
    let nl = chunk.indexOf(10);
    if (carry.open) {
      if (nl < 0) {
        carry.hold(chunk, line);
        continue;
      }
      const whole = carry.close(chunk.subarray(0, nl), line);
      if (whole && onLine(lineText(whole, 0, whole.length, line), line) === false) return;
      line++;
      from = nl + 1;
      nl = chunk.indexOf(10, from);
    }
    for (; nl >= 0; nl = chunk.indexOf(10, from)) {
      if (nl - from > MAX_LINE_BYTES) onTooLong(line);
      else if (onLine(lineText(chunk, from, nl, line), line) === false) return;
      line++;
      from = nl + 1;
    }
    if (from < chunk.length) carry.hold(chunk.subarray(from), line);
  }
  const last = carry.close(Buffer.alloc(0), line);
  if (last && last.length > 0) onLine(lineText(last, 0, last.length, line), line);
}

/** The start of a line that goes on in the next chunk: its pieces (copied: a chunk may be reused), or too long to keep. */
class LineCarry {
  private pieces: Buffer[] = [];
  private bytes = 0;
  private skipping = false;

  constructor(private readonly onTooLong: (line: number) => void) {}

  get open(): boolean {
    return this.bytes > 0 || this.skipping;
  }

  hold(piece: Buffer, line: number): void {
    if (this.skipping) return;
    this.bytes += piece.length;
    if (this.bytes > MAX_LINE_BYTES) {
      this.onTooLong(line);
      this.skipping = true;
      this.pieces = [];
    } else this.pieces.push(Buffer.from(piece));
  }

  /** The whole line with its last piece, or null when it is too long (said once); the carry is empty again. */
  close(last: Buffer, line: number): Buffer | null {
    if (!this.skipping && this.bytes + last.length > MAX_LINE_BYTES) {
      this.onTooLong(line);
      this.skipping = true;
    }
    const whole = this.skipping ? null : Buffer.concat([...this.pieces, last]);
    this.pieces = [];
    this.bytes = 0;
    this.skipping = false;
    return whole;
  }
}

/** A line's text, without its CR; the first line without a UTF-8 byte-order mark. */
function lineText(bytes: Buffer, from: number, end: number, line: number): string {
  if (line === 1 && end - from >= 3 && bytes[from] === 0xef && bytes[from + 1] === 0xbb && bytes[from + 2] === 0xbf) from += 3;
  return bytes.toString('utf8', from, end > from && bytes[end - 1] === 13 ? end - 1 : end);
}
