/**
 * Cutting a file into byte ranges for workers. Each cut goes right after a line feed near an even share
 * of the file, one that the quotes around it show to be outside a quoted field (record-start.ts), or
 * else the first. Knowing for sure would mean reading the file up to there; instead the cut is
 * speculative and verified: the range before it must end outside quotes (its parser knows). If it does
 * not, that range and the next are read again as one (parallel.ts), so a wrong guess costs time, never
 * correctness. In UTF-8 and GB18030 the byte 0x0A only ever is a line feed; in UTF-16 the cut is
 * aligned to the code unit.
 */
import { open } from 'node:fs/promises';
import type { TextEncoding } from '../io/encoding.js';
import { lineFeedBytes } from '../io/export-decode.js';
import { recordStartIn } from './record-start.js';

/** Smaller files are scanned as one range: starting workers would cost more than it saves. */
export const MIN_SPLIT_BYTES = 16 * 1024 * 1024;
/**
 * Ranges per thread: threads take ranges as they free up (parallel.ts), so one the machine slows down
 * costs at most the tail of one small range, not half the file.
 */
export const RANGES_PER_THREAD = 16;
/**
 * The last eighth of the ranges (two per thread) are a quarter of the others' size: the threads finish
 * their last ranges at nearly the same time, so the one that ends first waits less for the others.
 */
const TAIL_PART = 8;
const TAIL_SIZE = 0.25;
/** No range smaller than this share of MIN_SPLIT_BYTES: each range costs a file open and a message. */
const MIN_RANGE_SHARE = 8;
/** Bytes read at a time after a cut's position: to tell a line feed outside quotes (record-start.ts), or find any. */
const WINDOW = 256 * 1024;
/** Cut windows read at once (each its own WINDOW buffer): the reads overlap, and with classifying the columns (scan-file.ts). */
const CONCURRENT_READS = 8;
/** Give up looking for a line feed after this far (a file of one enormous line is not split). */
const MAX_SEARCH = 16 * 1024 * 1024;

/** How many ranges to cut a file into for `threads` threads. */
export function rangeCount(threads: number): number {
  return threads < 2 ? 1 : threads * RANGES_PER_THREAD;
}

export interface ByteRange {
  start: number;
  end: number | null;
}

export interface SplitInput {
  file: string;
  size: number;
  encoding: TextEncoding;
  /** Cuts come after the header record. */
  headerEndByte: number;
  delimiter: string;
}

export async function splitRanges({ file, size, encoding, headerEndByte, delimiter }: SplitInput, wanted: number, minSplitBytes = MIN_SPLIT_BYTES): Promise<ByteRange[]> {
  if (wanted < 2 || size < minSplitBytes) return [{ start: 0, end: null }];
  const parts = Math.min(wanted, Math.max(2, Math.floor((size * MIN_RANGE_SHARE) / minSplitBytes)));
  const targets = cutTargets(size, parts).map((t) => Math.max(t, headerEndByte));
  const lf = lineFeedBytes(encoding);
  const found: (number | null)[] = [];
  const handle = await open(file, 'r');
  const buffers = Array.from({ length: Math.min(CONCURRENT_READS, targets.length) }, () => Buffer.allocUnsafe(WINDOW));
  try {
    for (let i = 0; i < targets.length; i += buffers.length) {
      const batch = targets.slice(i, i + buffers.length);
      found.push(...(await Promise.all(batch.map((from, k) => cutAfter(handle, buffers[k]!, from, size, lf, delimiter)))));
    }
  } finally {
    await handle.close();
  }
  // Each cut was looked for on its own: one found far past its target may reach beyond the next.
  const cuts: number[] = [];
  for (const cut of found) if (cut !== null && cut < size && cut > (cuts.at(-1) ?? 0)) cuts.push(cut);
  const starts = [0, ...cuts];
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? null }));
}

/** The cut for one target: a record start by the quote heuristic, else the next line start. */
async function cutAfter(handle: Handle, buf: Buffer, from: number, size: number, lf: Buffer, delimiter: string): Promise<number | null> {
  // The quote heuristic reads bytes; in UTF-16 a quote is two of them.
  const guess = lf.length === 1 ? await recordStartAfter(handle, buf, from, delimiter) : null;
  return guess ?? nextLineStart(handle, buf, from, size, lf);
}

/** Where the `parts - 1` cuts would fall in a file of `size` bytes, the tail ranges smaller (TAIL_PART). */
export function cutTargets(size: number, parts: number): number[] {
  const tail = Math.floor(parts / TAIL_PART);
  const weight = (i: number) => (i >= parts - tail ? TAIL_SIZE : 1);
  const total = parts - tail + tail * TAIL_SIZE;
  const targets: number[] = [];
  let before = 0;
  for (let i = 0; i < parts - 1; i++) {
    before += weight(i);
    targets.push(Math.floor((size * before) / total));
  }
  return targets;
}

type Handle = Awaited<ReturnType<typeof open>>;

/** A line start outside quotes near `from` (record-start.ts), in one-byte-unit encodings; null when unsure. */
async function recordStartAfter(handle: Handle, buf: Buffer, from: number, delimiter: string): Promise<number | null> {
  const { bytesRead } = await handle.read(buf, 0, buf.length, from);
  const at = recordStartIn(buf, bytesRead, delimiter.charCodeAt(0));
  return at === null ? null : from + at;
}

/** The offset just after the first line feed at or after `from` (aligned to the code unit), or null. */
async function nextLineStart(handle: Handle, buf: Buffer, from: number, size: number, lf: Buffer): Promise<number | null> {
  const unit = lf.length;
  let pos = from + ((from % unit) === 0 ? 0 : unit - (from % unit));
  while (pos < size && pos - from < MAX_SEARCH) {
    // Bytes past bytesRead are left from an earlier read: a line feed there is never taken (the bound below).
    const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
    if (bytesRead === 0) return null;
    for (let i = buf.indexOf(lf); i >= 0 && i + unit <= bytesRead; i = buf.indexOf(lf, i + 1)) {
      if (i % unit === 0) return pos + i + unit;
    }
    pos += bytesRead - (bytesRead % unit);
  }
  return null;
}
