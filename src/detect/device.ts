/** Advertising and device identifiers. Both are context-only: UUIDs and hex strings are everywhere. */
import { isHexCode, trimCell } from './chars.js';

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
/** What iOS returns when the user has not authorised tracking: identifies nobody. */
const IDFA_NOT_AUTHORISED = '00000000-0000-0000-0000-000000000000';

export function isIdfa(input: string): boolean {
  const s = trimCell(input);
  return s.length === 36 && s !== IDFA_NOT_AUTHORISED && UUID.test(s);
}

export function isAndroidId(input: string): boolean {
  const s = trimCell(input);
  if (s.length !== 16) return false;
  let nonZero = false;
  for (let i = 0; i < 16; i++) {
    const c = s.charCodeAt(i);
    if (!isHexCode(c)) return false;
    if (c !== 48) nonZero = true;
  }
  return nonZero;
}
