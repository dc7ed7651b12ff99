/**
 * Chinese numerals as written in durations: 一 … 十, 十二, 二十, 三十六, 一百零五, 两, 兩, 〇, and the
 * financial forms contracts use (叁年, 壹佰捌拾天; simplified and traditional).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters a Chinese numeral may be made of (for building regular expressions). */
export const CHINESE_NUMERAL_CHARS = Object.keys(DIGITS).join('') + Object.keys(UNITS).join('');

/** The value of a Chinese numeral below 10 000, or null when it is not one. */
export function parseChineseNumber(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit = 0;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      // Two digits in a row (二四) is a digit string, not a numeral; 零 may precede a digit.
      if (digit !== 0) return null;
      digit = DIGITS[ch]!;
      continue;
    }
    const unit = UNITS[ch];
    // Units must fall (百 before 十): 十百 is not a number.
    if (unit === undefined || unit >= lastUnit) return null;
    // A leading 十 means 一十 (十二 = 12).
    total += (digit || 1) * unit;
    digit = 0;
    lastUnit = unit;
  }
  return total + digit;
}
