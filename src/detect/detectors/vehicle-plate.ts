/**
 * Motor vehicle licence plates (机动车号牌, GA 36-2018): the province's one-character abbreviation, the
 * issuing office's letter, then the serial, printed with a middle dot after the office letter (京A·12345).
 *
 * - ordinary plates: five letters or digits, at most two of them letters; the fifth may be 挂 (trailer),
 *   学 (driving school), 警 (police), 港/澳 (cross-border Hong Kong/Macao) or 领 (consulate);
 * - new-energy plates (six characters): small vehicles D or F first (D pure electric, F other; A B C E and
 *   G H J K when a city runs out), a letter or digit, four digits; large vehicles five digits then D or F.
 * Letters I and O are never used. Written with the dot, a space, a dash or nothing after the office letter.
 */
import { C_DASH, C_DIGIT, C_HEX, C_LETTER, C_SPACE, C_WIDE, C_X, only } from '../chars.js';
import { defineDetector, plainWhen, type Masker } from './types.js';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const LETTER = 'A-HJ-NP-Z';
const PLATE = new RegExp(
  `^([${PROVINCES}][${LETTER}])([·・ -]?)` +
    `([${LETTER}0-9]{4}[${LETTER}0-9挂学警港澳领]|[A-HJK][${LETTER}0-9]\\d{4}|\\d{5}[DF])$`,
);
/** Ordinary serials hold at most two letters (GA 36-2018 lets an owner choose a serial with up to two). */
const MAX_SERIAL_LETTERS = 2;

function serialLetters(serial: string): number {
  let n = 0;
  for (let i = 0; i < serial.length; i++) {
    const c = serial.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

export function isVehiclePlate(s: string): boolean {
  if (s.length < 7 || s.length > 9) return false;
  const m = PLATE.exec(s);
  if (m === null) return false;
  const serial = m[3]!;
  return serial.length === 6 || serialLetters(serial) <= MAX_SERIAL_LETTERS;
}

/** The region (province and office) and the serial's last character: 京A·****5, 粤Z·****港. */
function maskPlate(s: string, masker: Masker): string | null {
  const m = PLATE.exec(s);
  if (m === null) return null;
  const serial = m[3]!;
  return m[1]! + m[2]! + masker.stars(serial.length - 1) + serial[serial.length - 1]!;
}

export const vehiclePlate = defineDetector({
  id: 'vehicle-plate',
  hinted: plainWhen(isVehiclePlate),
  alone: {
    order: 120,
    allowed: C_WIDE | C_DIGIT | C_HEX | C_X | C_LETTER | C_SPACE | C_DASH,
    required: C_WIDE,
    match: (s, classes) => (classes & C_WIDE) !== 0 && only(classes, C_WIDE | C_DIGIT | C_HEX | C_X | C_LETTER | C_SPACE | C_DASH) && isVehiclePlate(s),
  },
  mask: maskPlate,
  gate: { min: 7, max: 9, first: 'any', needs: '' },
});
