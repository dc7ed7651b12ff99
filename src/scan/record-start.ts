/**
 * Where a record starts in bytes taken from the middle of a CSV file, without reading what came before.
 * A line feed can sit inside a quoted field, and whether it does depends on every quote before it. But
 * some quotes tell on their own which side they are on: `,"x` can only open a field (inside quotes a
 * lone quote must be doubled or close the field), and `x",` can only close one. The first such quote
 * fixes the state at the start of the window; counting quotes from there finds a line feed outside
 * quotes. (The idea of speculative CSV splitting: Ge et al., "Speculative Distributed CSV Data Parsing
 * for Big Data Analytics", SIGMOD 2019.) A guess, never trusted: the range before the cut must still end
 * outside quotes (parallel.ts), so a misleading quote costs time only.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The offset just after a line feed outside quotes, or null when no quote in the window tells. */
export function recordStartIn(bytes: Uint8Array, length: number, delimiter: number): number | null {
  const outsideAtStart = stateAtStart(bytes, length, delimiter);
  if (outsideAtStart === null) return null;
  let inside = !outsideAtStart;
  for (let i = 0; i < length; i++) {
    const c = bytes[i];
    if (c === QUOTE) inside = !inside;
    else if (c === LF && !inside) return i + 1;
  }
  return null;
}

/** True (outside quotes) or false (inside) at the window's start; null when no quote tells. */
function stateAtStart(bytes: Uint8Array, length: number, delimiter: number): boolean | null {
  const boundary = (c: number) => c === delimiter || c === LF || c === CR;
  let quotes = 0;
  for (let i = 0; i < length; i++) {
    if (bytes[i] !== QUOTE) continue;
    // A quote's neighbours are known from the window's second byte to the one before its last.
    if (i > 0 && i + 1 < length) {
      const before = bytes[i - 1]!;
      const after = bytes[i + 1]!;
      const opens = boundary(before) && after !== QUOTE && !boundary(after);
      const closes = before !== QUOTE && !boundary(before) && boundary(after);
      // Before this quote the state is `outside` when it opens; an odd count of quotes since the start flips it.
      if (opens || closes) return opens === (quotes % 2 === 0);
    }
    quotes++;
  }
  return null;
}
