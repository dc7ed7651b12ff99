/**
 * Snappy pages through hysnappy's WebAssembly (three times hyparquet's JavaScript decoder), one
 * instance per thread.
 *
 * hysnappy's own call returns each page in a new buffer. Fresh memory is what cost most here (a page
 * fault per 4 KiB, and external memory that drives the collector: 340 ms of a 3.8 s scan against
 * 170 ms of decoding), so a data page is decoded into the wasm memory and copied into its column's
 * buffer, reused page after page. The wasm instance is taken from hysnappy as it makes it: its memory
 * and its `uncompress(input, length, output)` export are all that is used.
 */
import { snappyUncompressor } from 'hysnappy';

interface SnappyWasm {
  memory: WebAssembly.Memory;
  /** 0 when done; otherwise an error code (SNAPPY_ERRORS). */
  uncompress(input: number, length: number, output: number): number;
}

/** Where hysnappy puts the input: clang's own data and stack sit below. */
const INPUT_AT = 68_000;
const WASM_PAGE = 64 << 10;
const SNAPPY_ERRORS: Record<number, string> = { [-1]: 'invalid snappy length header', [-2]: 'missing eof marker', [-3]: 'premature end of input' };

/** One instance per thread, made on first need. */
let wasm: SnappyWasm | null = null;

/** hysnappy's instance, caught as hysnappy makes it (its module is not exported). */
function hysnappyWasm(): SnappyWasm {
  const Instance = WebAssembly.Instance;
  let made: WebAssembly.Instance | null = null;
  WebAssembly.Instance = function (module: WebAssembly.Module, imports?: WebAssembly.Imports) {
    return (made = new Instance(module, imports));
  } as unknown as typeof WebAssembly.Instance;
  try {
    snappyUncompressor();
  } finally {
    WebAssembly.Instance = Instance;
  }
  const exports = (made as WebAssembly.Instance | null)?.exports;
  if (!(exports?.memory instanceof WebAssembly.Memory) || typeof exports.uncompress !== 'function') throw new Error('hysnappy no longer exports memory and uncompress');
  return exports as unknown as SnappyWasm;
}

/**
 * `input` decompressed into `into` when it holds `size` bytes, or into a new buffer an eighth larger;
 * returns the buffer used (its first `size` bytes are the page).
 */
export function snappyInto(input: Uint8Array, size: number, into: Uint8Array): Uint8Array {
  const { memory, uncompress } = (wasm ??= hysnappyWasm());
  const output = INPUT_AT + input.byteLength;
  const need = output + size;
  if (memory.buffer.byteLength < need) memory.grow(Math.ceil((need - memory.buffer.byteLength) / WASM_PAGE));
  const heap = new Uint8Array(memory.buffer);
  heap.set(input, INPUT_AT);
  const result = uncompress(INPUT_AT, input.byteLength, output);
  if (result !== 0) throw new Error(SNAPPY_ERRORS[result] ?? `failed to uncompress data ${result}`);
  const target = into.length >= size ? into : new Uint8Array(grown(size));
  target.set(heap.subarray(output, need));
  return target;
}

/** A page in a buffer of its own (dictionary pages, which are kept, and hyparquet's own page readers). */
export function snappyPage(input: Uint8Array, size: number): Uint8Array {
  return snappyInto(input, size, new Uint8Array(size));
}

/**
 * A buffer's new size for `size` bytes: an eighth more (a column's pages are about the same size), not
 * double: there is one such buffer per column and thread, and doubling left MiBs unused in each.
 */
export function grown(size: number): number {
  return size + (size >> 3);
}
