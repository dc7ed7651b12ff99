import { snappyCompress, snappyUncompress } from 'hysnappy';
import { describe, expect, it } from 'vitest';
import { grown, snappyInto, snappyPage } from '../../../src/load/exports/parquet-snappy.js';

/** Text that compresses (repeats) but not to nothing (a counter in every line). */
function page(bytes: number, seed: number): Uint8Array {
  const lines: string[] = [];
  for (let i = 0, length = 0; length < bytes; i++) length += lines[lines.push(`${seed}-${i},138${String(i * 7919).padStart(8, '0')},张三\n`) - 1]!.length;
  return new TextEncoder().encode(lines.join('')).subarray(0, bytes);
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

describe('Snappy pages into a reused buffer', () => {
  it('give the bytes hysnappy gives, in the buffer passed when it is large enough', () => {
    const original = page(100_000, 1);
    const compressed = snappyCompress(original);
    const into = new Uint8Array(200_000);
    const out = snappyInto(compressed, original.length, into);
    expect(out).toBe(into);
    expect(out.subarray(0, original.length)).toEqual(snappyUncompress(compressed, original.length));
  });

  it('grow the buffer by an eighth when a page is larger, and the wasm memory for a page of MiBs', () => {
    const small = page(1000, 2);
    let buffer = snappyInto(snappyCompress(small), small.length, new Uint8Array(0));
    expect(buffer.length).toBe(grown(small.length));
    const large = page(3 << 20, 3);
    buffer = snappyInto(snappyCompress(large), large.length, buffer);
    expect(buffer.length).toBe(grown(large.length));
    expect(same(buffer.subarray(0, large.length), large)).toBe(true); // toEqual walks 3 MiB value by value
    // A smaller page after it: the same buffer, the page at its start.
    const again = snappyInto(snappyCompress(small), small.length, buffer);
    expect(again).toBe(buffer);
    expect(again.subarray(0, small.length)).toEqual(small);
  });

  it('a page of its own for pages that are kept (dictionaries)', () => {
    const original = page(5000, 4);
    const a = snappyPage(snappyCompress(original), original.length);
    const b = snappyPage(snappyCompress(page(5000, 5)), original.length);
    expect(a).toEqual(original);
    expect(a.buffer).not.toBe(b.buffer);
  });

  it('damaged input is an error saying so, not bytes', () => {
    const compressed = snappyCompress(page(10_000, 6));
    expect(() => snappyInto(compressed.subarray(0, compressed.length >> 1), 10_000, new Uint8Array(0))).toThrow(/premature end of input|failed to uncompress/);
  });
});
