/** Which identifier a masked value was, read from what the mask kept: length, separators and visible prefix. */
import type { DetectorId } from './detectors/index.js';
import { C_COLON, C_DASH, C_DIGIT, C_DOT, C_HEX, C_LETTER, C_MASK, C_PLUS, C_SPACE, C_X, isDigitCode, isHexCode, isMaskCode, only, readDigits, scanShape, shapeClasses } from './chars.js';
import { isProvinceCode } from './resident-id.js';

const DIGITLIKE = C_DIGIT | C_MASK | C_X | C_SPACE | C_DASH | C_PLUS;
const SEPARATORS = /[ -]/g;
const COUNTRY_CODE = /^(?:\+|00)86/;
const MASKED_PASSPORT = /^(?:[GE][0-9A-Z*]{8}|[ge][0-9a-z*]{8})$/;
const MASKED_PERMIT = /^[HM][0-9*]{8}(?:[0-9*]{2})?$/;

/** The detector a masked value belongs to, from its shape; the column's hint breaks ties and fills gaps. */
export function maskedDetector(s: string, hint?: readonly DetectorId[]): DetectorId | null {
  return shapeDetector(s, hint) ?? (hint && hint.length > 0 ? hint[0]! : null);
}

function shapeDetector(s: string, hint?: readonly DetectorId[]): DetectorId | null {
  const at = s.indexOf('@');
  if (at >= 0) return at > 0 && at < s.length - 1 ? 'email' : null;
  const classes = shapeClasses(scanShape(s));
  if (s.length === 17 && isSeparatedPairs(s)) return 'mac';
  if (classes & C_COLON) return only(classes, C_DIGIT | C_HEX | C_MASK | C_COLON) ? 'ipv6' : null;
  if (classes & C_DOT) return only(classes, C_DIGIT | C_MASK | C_DOT) && countOf(s, 46) === 3 ? 'ipv4' : null;
  if (only(classes, DIGITLIKE)) return digitShape(s.replace(COUNTRY_CODE, '').replace(SEPARATORS, ''), hint);
  if (only(classes, C_DIGIT | C_MASK | C_LETTER | C_HEX | C_X)) return letterShape(s, hint);
  return null;
}

function digitShape(compact: string, hint?: readonly DetectorId[]): DetectorId | null {
  switch (compact.length) {
    case 11:
      return 'mobile';
    case 13:
      // 86 and a mobile number, the country code written without + or 00.
      return compact.startsWith('86') ? 'mobile' : null;
    case 15:
      return fifteen(compact, hint);
    case 18:
      return 'resident-id';
    case 16:
    case 17:
    case 19:
      return 'bank-card';
    default:
      return null;
  }
}

/** A 15-character mask is a legacy resident ID (keeps its last digits) or an IMEI (keeps only its TAC). */
function fifteen(s: string, hint?: readonly DetectorId[]): DetectorId {
  const wantsImei = hint?.includes('imei') ?? false;
  const wantsId = hint?.includes('resident-id') ?? false;
  if (wantsImei !== wantsId) return wantsImei ? 'imei' : 'resident-id';
  const keepsSuffix = isDigitCode(s.charCodeAt(14));
  return keepsSuffix && isProvinceCode(readDigits(s, 0, 2)) ? 'resident-id' : 'imei';
}

function letterShape(s: string, hint?: readonly DetectorId[]): DetectorId | null {
  if (MASKED_PASSPORT.test(s)) return 'passport';
  if (hint?.includes('hk-macao-permit') && MASKED_PERMIT.test(s)) return 'hk-macao-permit';
  return null;
}

/** Six two-character groups with one consistent `:` or `-` separator, masked or not. */
function isSeparatedPairs(s: string): boolean {
  const sep = s.charCodeAt(2);
  if (sep !== 58 && sep !== 45) return false;
  for (let i = 0; i < 17; i++) {
    const c = s.charCodeAt(i);
    if (i % 3 === 2 ? c !== sep : !isMaskCode(c) && !isHexCode(c)) return false;
  }
  return true;
}

function countOf(s: string, code: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}
