/**
 * `sensitive` cells: a yes/no (敏感/非敏感, 是/否), a statement of the kind of PI (个人敏感信息/一般个人信息), or the
 * data-classification grade a team writes (L3, 3级, 第三级, C3, 重要数据, 高). A grade is kept as written (in
 * canonical form) and read through a default mapping that the config's `sensitivity.grades` can change.
 *
 * Grades and their DEFAULT reading (sensitive = true):
 * - GB/T 43697-2024 (数据安全技术 数据分类分级规则) §6.1: 核心数据 > 重要数据 > 一般数据 → core, important: true; general: false.
 * - JR/T 0197-2020 (金融数据安全 数据安全分级指南) §5: 5级 (highest) … 1级; personal financial information
 *   C3 sits at 4级 and C2 at 3级, C1 at 2级 → L3, L4, L5: true; L0, L1, L2: false. `Level 3`, `3级`, `第三级`, `三级`, `Lv3`
 *   are one grade (L3). A bare digit is refused: 1/0 are yes/no, and 2–5 are ambiguous without a scale.
 * - JR/T 0171-2020 (个人金融信息保护技术规范) §4.2: C3 (authentication information), C2 (identifying account and
 *   identity information), C1 (internal account information) → C3, C2: true; C1: false.
 * - Enterprise confidentiality scales: S1 公开 / S2 内部 / S3 秘密 / S4 机密 → S3, S4: true; and the words
 *   public/公开, internal/内部: false; confidential/机密, secret/秘密, top secret/绝密, restricted: true.
 * - 高/中/低 (high/medium/low, as in PIPIA templates' "Security Level"): high (and 极高): true; medium, low: false —
 *   medium is read as ordinary personal information; a team whose medium grade holds sensitive PI sets
 *   `sensitivity: { grades: { medium: sensitive } }`.
 */
import { booleanWord } from './boolean.js';
import { parseChineseNumber } from './chinese-number.js';
import { memoizeCell } from './memo.js';
import { cellText, lookupWord, quote, wordTable } from './text.js';
import { ValueError } from '../errors.js';

export interface Sensitivity {
  /** What the cell says in words (敏感/一般/yes/no); null when it gives only a grade. */
  sensitive: boolean | null;
  /** The classification grade in canonical form (L3, C2, important, high…); null when none is given. */
  grade: string | null;
}

/** The default reading of every grade privaudit knows (see the header comment for the sources). */
export const DEFAULT_GRADES: Readonly<Record<string, boolean>> = Object.freeze({
  core: true,
  important: true,
  general: false,
  L0: false,
  L1: false,
  L2: false,
  L3: true,
  L4: true,
  L5: true,
  C1: false,
  C2: true,
  C3: true,
  S1: false,
  S2: false,
  S3: true,
  S4: true,
  public: false,
  internal: false,
  confidential: true,
  secret: true,
  'top-secret': true,
  restricted: true,
  high: true,
  medium: false,
  low: false,
});

export const SENSITIVITY_ACCEPTED =
  'yes/no (是/否), 敏感/一般/非敏感, 个人敏感信息/一般个人信息; L1/L2/L3/L4/L5 (1级, 第三级, Level 3), C1/C2/C3, S1/S2/S3/S4, ' +
  '核心数据/重要数据/一般数据, 高/中/低 (high/medium/low), 公开/内部/机密 (public/internal/confidential)';

/** Words that state sensitivity directly. */
const WORDS = wordTable<'true' | 'false'>({
  true: [
    'sensitive', 'sensitive pi', 'sensitive personal information', 'sensitive data', 'spi', 'special category', 'special category data',
    '敏感', '敏感信息', '敏感数据', '个人敏感信息', '敏感个人信息', '属于敏感个人信息', '是敏感',
  ],
  false: [
    'not sensitive', 'non-sensitive', 'nonsensitive', 'insensitive', 'general', 'general pi', 'ordinary', 'normal', 'personal information', 'pi',
    '非敏感', '不敏感', '一般', '一般信息', '一般个人信息', '普通', '普通信息', '普通个人信息', '非敏感个人信息', '个人信息', '否敏感',
  ],
});

/** Grade words (not numbered) → canonical grade. */
const GRADE_WORDS = wordTable<string>({
  core: ['core', 'core data', '核心', '核心数据', '核心级'],
  important: ['important', 'important data', '重要', '重要数据', '重要级'],
  general: ['general data', '一般数据', '一般级'],
  high: ['high', 'very high', 'highly sensitive', '高', '极高', '高敏感', '高度敏感', '高级', '高风险'],
  medium: ['medium', 'moderate', 'mid', '中', '中等', '中敏感', '较敏感', '中级', '中风险'],
  low: ['low', '低', '低敏感', '低级', '低风险'],
  public: ['public', '公开', '公开数据', '公开级'],
  internal: ['internal', 'internal use', '内部', '内部数据', '内部公开', '内部级'],
  confidential: ['confidential', 'strictly confidential', '机密', '保密', '严格保密'],
  secret: ['secret', '秘密'],
  'top-secret': ['top secret', '绝密'],
  restricted: ['restricted', '受限'],
});

/** `L3`, `Lv.3`, `Level 3`, `3级`, `第3级`, `第三级`, `三级`, `等级3`, `C2`, `S4`. */
const LEVEL = /^(?:(?:l|lv|level|等级|级别)\.?\s*(\d)|第?\s*([0-9一二三四五六七八九])\s*级(?:数据)?)$/i;
const LETTERED = /^([cs])\s*(\d)$/i;

/** The canonical grade of a word or numbered grade (a config key, as written), or null when the text is not a grade. */
export function gradeOf(text: string): string | null {
  return gradeOfCell(text.normalize('NFKC').trim());
}

/** gradeOf for text that is already trimmed and NFKC-normalised (a cell's parts). */
function gradeOfCell(t: string): string | null {
  const word = lookupWord(GRADE_WORDS, t);
  if (word !== undefined) return word;
  const lettered = LETTERED.exec(t);
  if (lettered) {
    const grade = `${lettered[1]!.toUpperCase()}${lettered[2]}`;
    return grade in DEFAULT_GRADES ? grade : null;
  }
  const level = LEVEL.exec(t);
  if (!level) return null;
  const n = level[1] !== undefined ? Number(level[1]) : level[2]!.match(/\d/) ? Number(level[2]) : parseChineseNumber(level[2]!);
  return n !== null && n >= 0 && n <= 5 ? `L${n}` : null;
}

/** Every canonical grade, for suggestions and the config's error messages. */
export function knownGrades(): string[] {
  return Object.keys(DEFAULT_GRADES);
}

/** Parts of a cell such as `L3（敏感）`, `敏感/C3`, `是 - 重要数据`. */
const PARTS = /[()（）\[\]【】/／,，;；、|]+|\s+-\s+/;

/** No sensitivity word or grade is longer; a longer cell is refused before any pattern runs on it. */
const MAX_CELL = 64;

function readSensitivity(raw: string | null | undefined): Sensitivity | null {
  const text = cellText(raw);
  if (text === null) return null;
  if (text.length > MAX_CELL) throw new ValueError(`not a sensitivity or grade: ${quote(text)}`, SENSITIVITY_ACCEPTED);
  // The whole cell first (`一般个人信息`, `Level 3`), then its parts when the whole is no single word.
  const whole = readWord(text);
  if (whole) return whole;
  let sensitive: boolean | null = null;
  let grade: string | null = null;
  for (const part of text.split(PARTS).map((p) => p.trim()).filter(Boolean)) {
    const word = readWord(part);
    if (!word) throw new ValueError(`not a sensitivity or grade: ${quote(part)}`, SENSITIVITY_ACCEPTED);
    if (word.sensitive !== null) {
      if (sensitive !== null && sensitive !== word.sensitive) throw new ValueError(`contradictory sensitivity: ${quote(text)}`, SENSITIVITY_ACCEPTED);
      sensitive = word.sensitive;
    }
    if (word.grade !== null) {
      if (grade !== null && grade !== word.grade) throw new ValueError(`two grades in one cell: ${quote(text)}`, SENSITIVITY_ACCEPTED);
      grade = word.grade;
    }
  }
  return { sensitive, grade };
}

/** What one word says: a yes/no (敏感, 否) or else a grade; undefined when it is neither. */
function readWord(part: string): Sensitivity | undefined {
  const word = lookupWord(WORDS, part);
  const yesNo = word === undefined ? booleanWord(part) : word === 'true';
  if (yesNo !== undefined) return { sensitive: yesNo, grade: null };
  const grade = gradeOfCell(part);
  return grade === null ? undefined : { sensitive: null, grade };
}

/** A `sensitive` cell: what it says and the grade it names; null when blank or not stated (N/A). */
export const parseSensitivity = memoizeCell(readSensitivity);

/** The config's `sensitivity` setting: canonical grade → sensitive. */
export interface SensitivitySetting {
  grades: Record<string, boolean>;
}

/** Is a grade sensitive? The config's `sensitivity.grades` first, then the default mapping; unknown grades are not. */
export function sensitiveForGrade(grade: string, config?: { sensitivity: SensitivitySetting } | null): boolean {
  const configured = config?.sensitivity?.grades;
  if (configured && Object.hasOwn(configured, grade)) return configured[grade]!;
  return Object.hasOwn(DEFAULT_GRADES, grade) ? DEFAULT_GRADES[grade]! : false;
}

/**
 * The field's declared sensitivity: the cell's own word wins over its grade (`L2（敏感）` is sensitive); a grade
 * alone is read through the config. Null when the cell was blank.
 */
export function declaredSensitive(s: Sensitivity | null, config?: { sensitivity: SensitivitySetting } | null): boolean | null {
  if (s === null) return null;
  if (s.sensitive !== null) return s.sensitive;
  return s.grade === null ? null : sensitiveForGrade(s.grade, config);
}
