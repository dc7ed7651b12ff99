/**
 * Whether a field is masked when used or displayed (脱敏), and how: `yes`, `partial`, `SHA256`,
 * `替换/SHA-256`, `138****5678` … Several methods in one cell are kept, joined by `+`.
 */
import { ValueError, type Masking } from './types.js';
import { booleanWord } from './boolean.js';
import { cellText, lookupWord, quote, wordTable } from './text.js';
import { memoizeCell } from './memo.js';

export const MASKING_ACCEPTED =
  'yes/no (是/否, 脱敏/不脱敏) or a method: partial (部分遮盖, 掩码, mask, *), hash (SHA256, 哈希), tokenization (令牌化), ' +
  'pseudonymization (假名化, 去标识化), anonymization (匿名化), truncation (截断), replacement (替换), encryption (加密), generalization (泛化); several joined by / or +';

const STATE = wordTable({
  yes: ['masked', 'masking', 'desensitized', 'desensitised', 'desensitization', '脱敏', '已脱敏', '脱敏处理', '脱敏展示'],
  no: ['none', 'unmasked', 'not masked', 'plaintext', 'clear', '明文', '不脱敏', '未脱敏', '无脱敏'],
});

const METHODS = wordTable({
  partial: ['partial', 'partial mask', 'partial masking', 'partially masked', 'mask', 'asterisk', 'asterisks', '部分遮盖', '部分隐藏', '部分脱敏', '遮盖', '遮蔽', '掩码', '掩盖', '打码', '星号', '屏蔽'],
  hash: ['hash', 'hashed', 'hashing', 'sha256', 'sha-256', 'sha512', 'sm3', 'md5', '哈希', '散列'],
  tokenization: ['tokenization', 'tokenisation', 'tokenized', 'tokenised', 'token', '令牌化', '令牌', '标记化'],
  pseudonymization: ['pseudonymization', 'pseudonymisation', 'pseudonymized', 'pseudonymised', 'pseudonym', 'de-identification', 'deidentified', '假名化', '去标识化'],
  anonymization: ['anonymization', 'anonymisation', 'anonymized', 'anonymised', '匿名化'],
  truncation: ['truncation', 'truncate', 'truncated', '截断', '截取'],
  replacement: ['replacement', 'replace', 'replaced', 'substitution', '替换', '内容替换', '置换'],
  encryption: ['encryption', 'encrypted', '加密'],
  generalization: ['generalization', 'generalisation', '泛化'],
});

/** `138****5678`, `***`: a sample of a partially hidden value. */
const STARS = /\*/;
const SEPARATORS = /[/;,，；、+]|\band\b/;

function methodOf(part: string): string | undefined {
  if (STARS.test(part)) return 'partial';
  return lookupWord(METHODS, part);
}

function readMasking(raw: string | null | undefined): Masking | null {
  const text = cellText(raw);
  if (text === null) return null;
  const state = lookupWord(STATE, text);
  const yesNo = booleanWord(text) ?? (state === undefined ? undefined : state === 'yes');
  if (yesNo !== undefined) return { raw: text, masked: yesNo, method: null };
  const parts = STARS.test(text) ? [text] : text.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const methods = parts.map((p) => methodOf(p));
  const unknown = parts.filter((_, i) => methods[i] === undefined);
  if (unknown.length > 0 || parts.length === 0) {
    throw new ValueError(`unknown masking method: ${quote(unknown[0] ?? text)}`, MASKING_ACCEPTED);
  }
  return { raw: text, masked: true, method: [...new Set(methods)].join('+') };
}

/** Masking of a field; null when blank. Unknown methods throw ValueError listing the accepted forms. */
export const parseMasking = memoizeCell(readMasking);
