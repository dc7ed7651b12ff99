/** Unified social credit code of organisations, GB 32100-2015. */
import { isDigitCode, readDigits, trimCell } from './chars.js';
import { isProvinceCode } from './resident-id.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Value (0–30) of each character code in the charset; 255 for characters outside it. */
const VALUE_OF = buildValueTable();

function buildValueTable(): Uint8Array {
  const table = new Uint8Array(128).fill(255);
  for (let i = 0; i < CHARSET.length; i++) table[CHARSET.charCodeAt(i)] = i;
  return table;
}

function checkValue(code: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += VALUE_OF[code.charCodeAt(i)]! * WEIGHTS[i]!;
  return (31 - (sum % 31)) % 31;
}

export function isUscc(input: string): boolean {
  const s = trimCell(input);
  if (s.length !== 18 || !SHAPE.test(s)) return false;
  return VALUE_OF[s.charCodeAt(17)] === checkValue(s);
}

/**
 * Stricter test for all-digit strings, which pass the bare checksum one time in 31: the registering
 * authority (1–9) and organisation type must be codes the standard assigns, and the administrative
 * division must start with a province code (or 10, used by central-level bodies).
 */
export function isPlausibleDigitUscc(s: string): boolean {
  const authority = s.charCodeAt(0);
  const kind = s.charCodeAt(1);
  if (!isDigitCode(authority) || authority === 48 || !isDigitCode(kind) || kind === 48) return false;
  const division = readDigits(s, 2, 2);
  return (division === 10 || isProvinceCode(division)) && isUscc(s);
}
