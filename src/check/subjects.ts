/** What an inventory's `subjects` (主体) column says about whose personal information a field holds. */

/** Words that mean the data subjects include minors. */
const MINORS_EN = /\b(minors?|child(ren)?|kids?|students?|pupils?|teens?|teenagers?|juveniles?|under[ -](18|14))\b/i;
const MINORS_ZH = ['未成年', '儿童', '少年', '学生', '青少年', '未满', '幼儿', '小学', '中学'];

/** Do the subjects include minors: words for minors, or children under 14 however written (6-12岁)? */
export function namesMinors(subjects: string | null): boolean {
  return !!subjects && (MINORS_EN.test(subjects) || MINORS_ZH.some((w) => subjects.includes(w)) || namesChildrenUnder14(subjects));
}

/** PIPL Art. 28: the personal information of minors under fourteen is sensitive. */
const CHILD_AGE = 14;

/**
 * Words for children under 14: 儿童 is a minor under 14 in the Provisions on the Cyber Protection of Children's
 * Personal Information (2019) Art. 2, and "children" is how the PIPL's English versions give it.
 */
const CHILDREN_EN = /\b(child(ren)?|kids?|infants?|toddlers?|pre-?schoolers?|primary[ -]school|elementary[ -]school)\b/i;
const CHILDREN_ZH = ['儿童', '幼儿', '婴儿', '婴幼儿', '学龄前', '小学生', '小朋友'];

/** An age as written: digits, or Chinese numerals up to 99 (十四, 十二, 八); never part of a longer number. */
const AGE = '(?<!\\d)(\\d{1,2}|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?!\\d)';
/** An upper bound: 不满十四周岁, 未满14岁, 14周岁以下, under 14, under-14s, below the age of 13, 12 and under. */
const UNDER = [
  new RegExp(`(?:不满|未满|小于|低于|不足)\\s*${AGE}\\s*周?岁`, 'g'),
  new RegExp(`${AGE}\\s*周?岁\\s*(?:及|以|之)?(?:以下|以内)`, 'g'),
  new RegExp(`\\b(?:under|below|younger than)(?:\\s+the\\s+age\\s+of)?[\\s-]*${AGE}`, 'gi'),
  new RegExp(`${AGE}\\s*(?:and|or|&)\\s*(?:under|below|younger)\\b`, 'gi'),
];
/** A range whose lower end is under 14 (6-12岁, 12至16周岁, ages 10-15, 6 to 12 years): it names children under 14 among others. */
const RANGES = [
  new RegExp(`${AGE}\\s*(?:周?岁)?\\s*(?:-|~|～|—|–|至|到)\\s*${AGE}\\s*周?岁`, 'g'),
  new RegExp(`\\b(?:ages?|aged)\\s+${AGE}\\s*(?:-|–|to)\\s*${AGE}`, 'gi'),
  new RegExp(`${AGE}\\s*(?:-|–|to)\\s*${AGE}[\\s-]*years?\\b`, 'gi'),
];

const ZH_DIGITS = '〇一二三四五六七八九';

function ageValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten < 0) return ZH_DIGITS.indexOf(text);
  const tens = ten === 0 ? 1 : ZH_DIGITS.indexOf(text[0]!);
  const ones = ten === text.length - 1 ? 0 : ZH_DIGITS.indexOf(text[ten + 1]!);
  return tens * 10 + ones;
}

/** Every match's age groups of a (global) pattern over the text. */
function agesOf(pattern: RegExp, text: string): number[][] {
  return [...text.matchAll(pattern)].map((m) => m.slice(1).filter((g) => g !== undefined).map(ageValue));
}

/**
 * Do the subjects include children under 14 (PIPL Art. 28), as written: 儿童, children, an upper age of 14 or
 * less (14岁以下 is GB/T 35273's "14 岁以下（含）"), or an age range starting below 14? Minors in general
 * (未成年人, under 18) do not say so: minor-consent-missing covers them.
 */
export function namesChildrenUnder14(subjects: string | null): boolean {
  if (!subjects) return false;
  const text = subjects.normalize('NFKC');
  if (CHILDREN_EN.test(text) || CHILDREN_ZH.some((w) => text.includes(w))) return true;
  if (UNDER.some((p) => agesOf(p, text).some(([age]) => age! <= CHILD_AGE))) return true;
  return RANGES.some((p) => agesOf(p, text).some(([from, to]) => from! < CHILD_AGE && from! <= to!));
}
