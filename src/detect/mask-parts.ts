/** The pieces detectors mask their values with (detectors/*.ts `mask`): which characters stay in clear. */
import { isDigitCode, isHexCode } from './chars.js';

export function keepEnds(s: string, head: number, tail: number): string {
  return s.slice(0, head) + '*'.repeat(Math.max(0, s.length - head - tail)) + s.slice(s.length - tail);
}

/** Masks the digits after the first `head` and before the last `tail`, keeping group separators. */
export function maskDigitsBetween(s: string, head: number, tail: number): string {
  let total = 0;
  for (let i = 0; i < s.length; i++) if (isDigitCode(s.charCodeAt(i))) total++;
  let seen = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (!isDigitCode(s.charCodeAt(i))) {
      out += ch;
      continue;
    }
    out += seen < head || seen >= total - tail ? ch : '*';
    seen++;
  }
  return out;
}

/** Keeps the first `head` hex digits; later hex digits become `*`, separators stay. */
export function maskHexAfter(s: string, head: number): string {
  let seen = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const hex = isHexCode(s.charCodeAt(i));
    out += hex && seen >= head ? '*' : s[i]!;
    if (hex) seen++;
  }
  return out;
}
