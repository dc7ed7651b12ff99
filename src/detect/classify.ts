/** detectValue: the per-cell classifier. Cheap character-class dispatch first, regexes and checksums last. */
import type { DetectorId } from '../taxonomy/types.js';
import {
  C_AT, C_COLON, C_COMMA, C_DASH, C_DIGIT, C_DOT, C_HEX, C_LETTER, C_MASK, C_PLUS, C_SPACE, C_WIDE, C_X,
  only, scanShape, shapeClasses, shapeDigits, trimCell,
} from './chars.js';
import { isAndroidId, isIdfa } from './device.js';
import { isHkMacaoPermit, isOrdinaryPassport, isPassport, isTaiwanPermit } from './documents.js';
import { isMaskedForm } from './forms.js';
import { coordinateDecimals, isLatitude, isLongitude, parseGpsPair } from './gps.js';
import { cardDigits, isCardNumber, isImei, luhnValid } from './luhn.js';
import { maskedDetector } from './masked-shape.js';
import { isMobile, isMobileDigits, mobileNationalNumber } from './mobile.js';
import { isEmail, isIpv4, isIpv6, isMac } from './network.js';
import { isResidentId, isResidentId15, isResidentId18 } from './resident-id.js';
import { isPlausibleDigitUscc, isUscc } from './uscc.js';

export interface Detection {
  readonly detector: DetectorId;
  readonly form: 'plain' | 'masked';
}

export const ALL_DETECTORS: readonly DetectorId[] = Object.freeze([
  'resident-id', 'mobile', 'bank-card', 'uscc', 'imei', 'mac', 'ipv4', 'ipv6', 'email',
  'passport', 'hk-macao-permit', 'taiwan-permit', 'gps', 'idfa', 'android-id',
]);

/** Detectors that never fire on a value alone: their shapes are too common elsewhere. */
export const CONTEXT_ONLY: ReadonlySet<DetectorId> = new Set<DetectorId>(['hk-macao-permit', 'taiwan-permit', 'idfa', 'android-id', 'gps']);

/** Shared frozen results: the classifier allocates nothing per cell. */
const PLAIN = resultTable('plain');
const MASKED = resultTable('masked');

function resultTable(form: Detection['form']): Record<DetectorId, Detection> {
  return Object.fromEntries(ALL_DETECTORS.map((d) => [d, Object.freeze({ detector: d, form })])) as Record<DetectorId, Detection>;
}

/** Longer than this, a value is free text; only an e-mail address can be that long. */
const MAX_TOKEN = 64;
const MAX_EMAIL = 254;
/** Unhinted coordinate pairs need ~100 m precision to count as a location rather than two numbers. */
const UNHINTED_GPS_DECIMALS = 3;
/** With one decimal (~10 km) or fewer a hinted coordinate has been coarsened: that is masking. */
export const PRECISE_GPS_DECIMALS = 2;

/**
 * Classify one cell. `hint` lists the detectors the column's header suggests: they are tried first,
 * and context-only detectors fire only through them. Hashes and unrecognised values give null.
 */
export function detectValue(input: string, hint?: readonly DetectorId[]): Detection | null {
  const s = trimCell(input);
  const n = s.length;
  if (n < 2 || n > MAX_EMAIL) return null;
  if (n > MAX_TOKEN) return s.indexOf('@') > 0 && isEmail(s) ? PLAIN.email : null;
  const shape = scanShape(s);
  if (hint !== undefined && hint.length > 0) {
    const hinted = detectHinted(s, hint);
    if (hinted !== null) return hinted;
  }
  const plain = detectPlain(s, shape);
  if (plain !== null) return PLAIN[plain];
  if ((shapeClasses(shape) & (C_MASK | C_X)) === 0 || !isMaskedForm(s)) return null;
  const detector = maskedDetector(s, hint);
  return detector === null ? null : MASKED[detector];
}

function detectHinted(s: string, hint: readonly DetectorId[]): Detection | null {
  for (const detector of hint) {
    if (detector === 'gps') {
      const gps = gpsForm(s);
      if (gps !== null) return gps;
    } else if (HINTED_TESTS[detector](s)) {
      return PLAIN[detector];
    }
  }
  return null;
}

/**
 * Per detector, the full validation of a value in a column hinted to hold it (check digits, birth dates,
 * number plans, ranges). The column vouches for the kind, so bank cards skip the issuer-prefix check.
 */
export const HINTED_TESTS: Readonly<Record<Exclude<DetectorId, 'gps'>, (s: string) => boolean>> = {
  'resident-id': isResidentId,
  mobile: isMobile,
  'bank-card': (s) => {
    const digits = cardDigits(s);
    return digits !== null && isCardNumber(digits, true);
  },
  uscc: isUscc,
  imei: isImei,
  mac: isMac,
  ipv4: isIpv4,
  ipv6: isIpv6,
  email: isEmail,
  passport: isPassport,
  'hk-macao-permit': isHkMacaoPermit,
  'taiwan-permit': isTaiwanPermit,
  idfa: isIdfa,
  'android-id': isAndroidId,
};

/** A coordinate or pair in a location column: plain when precise, masked when coarsened. */
function gpsForm(s: string): Detection | null {
  const pair = parseGpsPair(s);
  const decimals = pair !== null ? pair.decimals : isLatitude(s) || isLongitude(s) ? coordinateDecimals(s) : -1;
  if (decimals < 0) return null;
  return decimals >= PRECISE_GPS_DECIMALS ? PLAIN.gps : MASKED.gps;
}

function detectPlain(s: string, shape: number): DetectorId | null {
  const classes = shapeClasses(shape);
  if (classes === C_DIGIT) return digitsOnly(s);
  if (classes & (C_MASK | C_WIDE)) return null;
  if (classes & C_AT) return isEmail(s) ? 'email' : null;
  if (classes & C_COLON) return colonForms(s, classes);
  if (classes & C_COMMA) return unhintedGps(s);
  if (s.length === 17 && classes & C_DASH && isMac(s)) return 'mac';
  const digits = shapeDigits(shape);
  if (only(classes, C_DIGIT | C_DOT)) return dotted(s, digits);
  if (only(classes, C_DIGIT | C_SPACE | C_DASH | C_PLUS)) return digits >= 11 ? separated(s) : null;
  if (only(classes, C_DIGIT | C_X)) return isResidentId18(s) ? 'resident-id' : null;
  if (only(classes, C_DIGIT | C_DOT | C_SPACE)) return unhintedGps(s);
  if (only(classes, C_DIGIT | C_HEX | C_X | C_LETTER)) return alphanumeric(s);
  if (s.length === 14 && only(classes, C_DIGIT | C_HEX | C_DOT) && isMac(s)) return 'mac';
  return null;
}

function digitsOnly(s: string): DetectorId | null {
  switch (s.length) {
    case 11:
      return isMobileDigits(s) ? 'mobile' : null;
    case 15:
      // Legacy IDs carry no check digit, so the date and province decide; then Luhn for an IMEI.
      return isResidentId15(s) ? 'resident-id' : luhnValid(s) ? 'imei' : null;
    case 16:
    case 17:
    case 19:
      return isCardNumber(s) ? 'bank-card' : null;
    case 18:
      return isResidentId18(s) ? 'resident-id' : isCardNumber(s) ? 'bank-card' : isPlausibleDigitUscc(s) ? 'uscc' : null;
    default:
      return null;
  }
}

function colonForms(s: string, classes: number): DetectorId | null {
  if (s.length === 17) return isMac(s) ? 'mac' : null;
  if (classes & (C_SPACE | C_COMMA | C_AT)) return null;
  return isIpv6(s) ? 'ipv6' : null;
}

function dotted(s: string, digits: number): DetectorId | null {
  if (digits >= 4 && s.length <= 15 && isIpv4(s)) return 'ipv4';
  return null;
}

function separated(s: string): DetectorId | null {
  if (mobileNationalNumber(s) !== null) return 'mobile';
  const digits = cardDigits(s);
  return digits !== null && isCardNumber(digits) ? 'bank-card' : null;
}

function unhintedGps(s: string): DetectorId | null {
  const pair = parseGpsPair(s);
  return pair !== null && pair.decimals >= UNHINTED_GPS_DECIMALS ? 'gps' : null;
}

/** Letters and digits: an organisation code with letters, or an ordinary passport number. */
function alphanumeric(s: string): DetectorId | null {
  if (s.length === 18) return isUscc(s) ? 'uscc' : null;
  if (s.length === 9) return isOrdinaryPassport(s) ? 'passport' : null;
  return null;
}
