/**
 * The form of one cell in a column already classified: empty, plaintext, masked or hashed. This runs
 * for every cell of every personal-information column, so it looks at a few characters, not all of
 * them, and leaves the full detectors (src/detect) to the cells that need them:
 *
 * - masked or hashed: recogniseForm decides, but only for cells that *may* be protected
 *   (mayBeProtected: a necessary condition derived from detect's own definitions — a mask character,
 *   an x, a hash length or a crypt prefix; test/scan/cell-form.test.ts checks it against recogniseForm);
 * - in a column of hashes (HashProbe, learned from the first records), a cell with the column's hash
 *   length and prefix whose first, middle and last characters are hex digits counts as hashed without
 *   reading the rest; one such cell in 64 (chosen by its own characters, so every run picks the same)
 *   is read in full by hashKind;
 * - plaintext: the cell passes the detector's shape gate (length, first character, a required
 *   character) — so placeholders such as `-`, `N/A` or `0` are not counted as identifiers;
 * - the detector's full validation (checksums, dates, ranges) runs on every plaintext cell of a file
 *   under 16 MiB, and on a one-in-32 sample, chosen the same way, in larger ones (`checked`, `valid`):
 *   still tens of thousands of values, enough to report the share that matched, without a checksum per
 *   cell (which would cost about as much as parsing). The plaintext count does not depend on the sample.
 */
import { isDigitCode, isHexCode, isLetterCode } from '../detect/chars.js';
import { detectorOf, type ShapeGate } from '../detect/index.js';
import type { DetectorId } from '../taxonomy/types.js';

export type { ShapeGate };

export interface HashProbe {
  length: number;
  /** `$2b$` for bcrypt, `` for a hex digest. */
  prefix: string;
}

/** What a plaintext value of the detector looks like at a glance (its record's `gate`). */
export function gateFor(detector: DetectorId): ShapeGate {
  return detectorOf(detector).gate;
}

export function passesGate(gate: ShapeGate, s: string): boolean {
  const n = s.length;
  if (n < gate.min || n > gate.max) return false;
  const c = s.charCodeAt(0);
  switch (gate.first) {
    case 'digit':
      if (!isDigitCode(c)) return false;
      break;
    case 'digit-or-sign':
      if (!isDigitCode(c) && c !== 43 && c !== 45) return false;
      break;
    case 'letter':
      if (!isLetterCode(c)) return false;
      break;
  }
  return gate.needs === '' || s.indexOf(gate.needs) >= 0;
}

/** Mask characters (* ＊ ● •) and the x/X of digit masks such as 138xxxx5678. */
const MASK_OR_X = /[*\uff0a\u25cf\u2022xX]/;

/**
 * Could recogniseForm call this (trimmed) value masked or hashed? False means certainly not: hashKind
 * needs a `$`, a long `p…`/`s…` value or a digest length, and isMaskedForm a mask character or an x.
 */
export function mayBeProtected(s: string): boolean {
  const n = s.length;
  if (n === 32 || n === 40 || n === 64) return true;
  const c = s.charCodeAt(0);
  if (c === 36 || ((c === 112 || c === 115) && n > 20)) return true;
  return MASK_OR_X.test(s);
}

/**
 * Certainly masked, without reading every character: two mask characters in a row make
 * isMaskedForm true, and unless the value starts like a crypt or PBKDF2/scrypt string (whose text
 * may hold a `*`), hashKind cannot be true, so recogniseForm would say 'masked'.
 */
export function surelyMasked(s: string): boolean {
  const n = s.length;
  if (n > 128) return false;
  const c = s.charCodeAt(0);
  return c !== 36 && c !== 112 && c !== 115 && s.indexOf('**') >= 0;
}

/** The column's hash form, judged from three characters (see the module comment). */
export function looksHashed(probe: HashProbe, s: string): boolean {
  const n = s.length;
  if (n !== probe.length) return false;
  if (probe.prefix.length > 0) return s.startsWith(probe.prefix);
  return isHexCode(s.charCodeAt(0)) && isHexCode(s.charCodeAt(n >> 1)) && isHexCode(s.charCodeAt(n - 1));
}

/**
 * About one value in `mask + 1` (a power of two; mask 0 = every value), chosen by five of its characters
 * (the last two, a quarter in, the middle, the second), mixed by multiplication: the same values every
 * run, whatever the byte ranges. Values that differ only elsewhere are sampled together, so the share
 * is rough; it only ever decides which values get the full validation.
 */
export function sampledBy(s: string, mask: number): boolean {
  if (mask === 0) return true;
  const n = s.length;
  const a = Math.imul(s.charCodeAt(n - 1) ^ (s.charCodeAt(n > 1 ? n - 2 : 0) << 8) ^ (s.charCodeAt(n >> 2) << 16), 0x9e3779b1);
  const b = Math.imul((a >>> 15) ^ a ^ s.charCodeAt(n >> 1) ^ (s.charCodeAt(n > 1 ? 1 : 0) << 8), 0x85ebca6b);
  // High bits: they depend on every input bit (the low bits of a product only on the low bits).
  return ((b >>> 16) & mask) === 0;
}

/** Validation sample: one plaintext value in 32. */
export const VALIDATE_MASK = 31;
/** Hash probe check: one value in 64 read in full. */
export const HASH_CHECK_MASK = 63;

/** Digits after the last decimal point (GPS precision), -1 when there is none. */
export function lastDecimals(s: string): number {
  const dot = s.lastIndexOf('.');
  return dot < 0 ? -1 : s.length - dot - 1;
}
