/** Network identifiers: MAC, IPv4, IPv6, e-mail. */
import { isIPv4, isIPv6 } from 'node:net';
import { isDigitCode, isHexCode, trimCell } from './chars.js';

/**
 * MACs that identify no device: unset, broadcast, and the constant 02:00:00:00:00:00 that
 * Android (6+) and iOS (7+) return to apps instead of the real address.
 */
const PLACEHOLDER_MACS = new Set(['000000000000', 'ffffffffffff', '020000000000']);
const COLONS = /:/g;
const DASHES = /-/g;
const DOTS = /\./g;
const SPACES = / /g;

/** A MAC address written `aa:bb:cc:dd:ee:ff`, `aa-bb-…` or Cisco's `aabb.ccdd.eeff`: forms distinctive enough to read alone. */
export function isMac(input: string): boolean {
  const s = trimCell(input);
  const hex = s.length === 17 ? pairedHex(s, false) : s.length === 14 ? dottedHex(s) : null;
  return hex !== null && !PLACEHOLDER_MACS.has(hex.toLowerCase());
}

/**
 * Any way an export writes a MAC address: isMac's forms, pairs separated by spaces (`aa bb cc dd ee ff`), or
 * 12 bare hex digits. Only for a column whose name says it holds MACs: alone, those are as often hashes,
 * ids or lists of numbers.
 */
export function isMacInColumn(input: string): boolean {
  const s = trimCell(input);
  const hex = s.length === 17 ? pairedHex(s, true) : s.length === 14 ? dottedHex(s) : s.length === 12 ? bareHex(s) : null;
  return hex !== null && !PLACEHOLDER_MACS.has(hex.toLowerCase());
}

/** `aa:bb:cc:dd:ee:ff` or `aa-bb-…` (or `aa bb …` when `spaces`) with one consistent separator → the 12 hex digits. */
function pairedHex(s: string, spaces: boolean): string | null {
  const sep = s.charCodeAt(2);
  if (sep !== 58 && sep !== 45 && !(spaces && sep === 32)) return null;
  for (let i = 0; i < 17; i++) {
    const c = s.charCodeAt(i);
    if (i % 3 === 2 ? c !== sep : !isHexCode(c)) return null;
  }
  return s.replace(sep === 58 ? COLONS : sep === 45 ? DASHES : SPACES, '');
}

function bareHex(s: string): string | null {
  for (let i = 0; i < 12; i++) if (!isHexCode(s.charCodeAt(i))) return null;
  return s;
}

/** Cisco style `aabb.ccdd.eeff` → the 12 hex digits. */
function dottedHex(s: string): string | null {
  for (let i = 0; i < 14; i++) {
    const c = s.charCodeAt(i);
    if (i % 5 === 4 ? c !== 46 : !isHexCode(c)) return null;
  }
  return s.replace(DOTS, '');
}

export function isIpv4(input: string): boolean {
  const s = trimCell(input);
  return s.length >= 7 && s.length <= 15 && isDigitCode(s.charCodeAt(0)) && isIPv4(s);
}

/** Unspecified and loopback addresses identify nobody. */
export function isIpv6(input: string): boolean {
  const s = trimCell(input);
  if (s.length < 3 || s.length > 64 || s.indexOf(':') < 0) return false;
  return s !== '::1' && isIPv6(s);
}

/**
 * A pragmatic address: RFC 5322 dot-atoms without `*` (a mask character in practice), and a domain
 * of LDH labels ending in an alphabetic top-level label.
 */
const EMAIL = /^[A-Za-z0-9!#$%&'+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isEmail(input: string): boolean {
  const s = trimCell(input);
  const at = s.indexOf('@');
  return at > 0 && at <= 64 && s.length <= 254 && EMAIL.test(s);
}
