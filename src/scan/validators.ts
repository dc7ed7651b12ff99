/**
 * Per detector, the full validation of a plaintext cell (check digits, birth dates, number plans,
 * ranges): the tests detectValue(cell, [detector]) runs first for a hinted column, called directly.
 * The column counter runs them on the validation sample (cell-form.ts), and on coordinates whose
 * precision its quick check cannot tell.
 */
import { isAndroidId, isEmail, isHkMacaoPermit, isIdfa, isImei, isIpv4, isIpv6, isMac, isMobile, isPassport, isTaiwanPermit, isUscc } from '../detect/index.js';
import { coordinateDecimals, parseGpsPair } from '../detect/gps.js';
import { cardDigits, isCardNumber } from '../detect/luhn.js';
import { isResidentId } from '../detect/resident-id.js';
import type { DetectorId } from '../taxonomy/types.js';

export const NONE = 0;
export const PLAIN = 1;
export const MASKED = 2;
export type CellForm = typeof NONE | typeof PLAIN | typeof MASKED;

type Test = (cell: string) => boolean;

/** detectValue's rule for a location column: two decimals (~1 km) or more is precise, fewer is coarsened. */
export const PRECISE_GPS_DECIMALS = 2;
/** The reference's rough box for China (pii-and-law.md): latitude 18–54, longitude 73–135. */
const inChina = (v: number) => (v >= 18 && v <= 54) || (v >= 73 && v <= 135);

const TESTS: Record<Exclude<DetectorId, 'gps'>, Test> = {
  'resident-id': isResidentId,
  mobile: isMobile,
  // The column vouches for the kind: any issuer prefix, as detectValue does under a hint.
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

/**
 * A coordinate or a pair, as detectValue(cell, ['gps']) classifies it, with one regex run for the usual
 * single coordinate instead of four.
 */
function gpsForm(input: string): CellForm {
  const cell = input.trim();
  const decimals = coordinateDecimals(cell);
  if (decimals > 0) return inChina(Number(cell)) ? (decimals >= PRECISE_GPS_DECIMALS ? PLAIN : MASKED) : NONE;
  const pair = parseGpsPair(cell);
  return pair === null ? NONE : pair.decimals >= PRECISE_GPS_DECIMALS ? PLAIN : MASKED;
}

/** PLAIN when a test of the column's detectors passes, MASKED for a coarsened coordinate, else NONE. */
export function formTest(detectors: readonly DetectorId[]): (cell: string) => CellForm {
  if (detectors.includes('gps')) return gpsForm;
  const tests = detectors.map((d) => TESTS[d as Exclude<DetectorId, 'gps'>]);
  if (tests.length === 1) {
    const only = tests[0]!;
    return (cell) => (only(cell) ? PLAIN : NONE);
  }
  return (cell) => {
    for (let i = 0; i < tests.length; i++) if (tests[i]!(cell)) return PLAIN;
    return NONE;
  };
}
