/**
 * Whether a field is masked when used or displayed (脱敏), and how: `yes`, `partial`, `SHA256`, `替换/SHA-256`,
 * `前六后四`, `show last 4 only`, `138****5678`, `不展示` … The vocabulary and its sources are in masking-words.ts.
 *
 * Decisions:
 * - `无`/`none`/`不脱敏`/`明文展示` are a real answer: masked false (SPEC decision 13). `N/A`, `-` are "not stated" (cellText).
 * - A notation that keeps a prefix or suffix or hides the middle (`前3后4`, `首尾各留两位`, `隐藏中间8位`, `仅显示姓`,
 *   `first 6 last 4`) and a sample masked value (`张*`, `****1234`) are `partial`; a truncation notation (`截断后4位`) is `truncation`.
 * - A value never displayed (`不展示`, `前端不展示`, `hidden`, `never displayed`) is masked by `suppression`.
 * - Several methods in one cell are kept, joined by `+`; salt words qualify a hash and are not methods of their own.
 */
import { ValueError } from '../errors.js';
import type { Masking } from './types.js';
import { booleanWord } from './boolean.js';
import { cellText, lookupWord, quote } from './text.js';
import { memoizeCell } from './memo.js';
import { fold } from '../text/suggest.js';
import { tokenize } from './masking-lexer.js';
import { EXAMPLE, METHOD_NOISE, METHODS, NOTATION, SALT_WORDS, STATE, SUPPRESSED } from './masking-words.js';

export const MASKING_ACCEPTED =
  'yes/no (是/否, 脱敏/不脱敏, 无/none, 明文展示); a notation: 前3后4, 前六后四, 保留后4位, 隐藏中间8位, 首尾各留两位, 仅显示姓, ' +
  'first 6 last 4, show last 4 only; an example: 138****5678, 张*; a method: partial (部分遮盖, 掩码, mask, *), hash (SHA256, 哈希), ' +
  'tokenization (令牌化), pseudonymization (假名化, 去标识化), anonymization (匿名化), truncation (截断), replacement (替换), ' +
  'encryption (加密), generalization (泛化, 取整), randomization (洗牌, shuffling), suppression (不展示, hidden); several joined by / or +';

/** Longer cells are not a masking phrase (and are not worth scanning word by word). */
const MAX_TEXT = 200;

const SEPARATORS = /[/;,，；、+|()\n]|\s[-–—]\s|\band\b|以及|并且/;

/** `SHA-256`, `HMAC-SHA256`, `SM3`, `MD5` once hash and salt words are set aside. */
const HASH_NAME = /^(?:hmac)?(?:sha(?:1|2|3|224|256|384|512|[23](?:224|256|384|512))|sm3|md5)$/;
const HASH_WORDS = /hashed|hashing|hash|哈希|散列|摘要|加盐|salted|salt|with|值/g;
const HASH_WORD = /hash|哈希|散列|摘要/;

type Reading = Omit<Masking, 'raw'>;

const unknown = (part: string) => new ValueError(`unknown masking method: ${quote(part)}`, MASKING_ACCEPTED);

/** A keep/hide notation: every word known, and a position with a count or a verb (`后四位`, `mask middle digits`), or a name part with a verb. */
function notationMethod(text: string): string | undefined {
  const tokens = tokenize(fold(text), NOTATION);
  if (!tokens) return undefined;
  const has = new Set(tokens);
  const verb = has.has('keep') || has.has('hide') || has.has('truncate');
  const readable = (has.has('position') && (has.has('number') || verb)) || (has.has('name') && verb);
  if (!readable) return undefined;
  return has.has('truncate') ? 'truncation' : 'partial';
}

/** A yes/no word (`是`, `no`) or a masking state (`已脱敏`, `明文展示`); undefined when the text is neither. */
function yesNoOf(text: string): boolean | undefined {
  const yesNo = booleanWord(text);
  if (yesNo !== undefined) return yesNo;
  const state = lookupWord(STATE, text);
  return state === undefined ? undefined : state === 'yes';
}

/** The whole cell as one answer: a yes/no word, a suppression phrase, a masked sample or a notation. */
function readWhole(text: string): Reading | undefined {
  const yesNo = yesNoOf(text);
  if (yesNo !== undefined) return { masked: yesNo, method: null };
  if (lookupWord(SUPPRESSED, text)) return { masked: true, method: 'suppression' };
  if (EXAMPLE.test(text)) return { masked: true, method: 'partial' };
  const notation = notationMethod(text);
  return notation ? { masked: true, method: notation } : undefined;
}

/** A method word with its `脱敏`/`处理`/`算法` around it, or a hash name (`SHA-256 hash`, `HMAC-SHA256`). */
function methodWord(part: string): string | undefined {
  const folded = fold(part);
  const bare = folded.replace(METHOD_NOISE, '');
  const m = METHODS.get(folded) ?? SUPPRESSED.get(folded) ?? METHODS.get(bare) ?? SUPPRESSED.get(bare);
  if (m) return m;
  const core = bare.replace(HASH_WORDS, '');
  if (HASH_NAME.test(core) || (core === '' && HASH_WORD.test(folded))) return 'hash';
  return undefined;
}

type Part = { method: string } | 'yes' | 'no' | 'salt';

function readPart(part: string): Part | undefined {
  if (EXAMPLE.test(part)) return { method: 'partial' };
  const method = methodWord(part);
  if (method) return { method };
  const yesNo = yesNoOf(part);
  if (yesNo !== undefined) return yesNo ? 'yes' : 'no';
  if (SALT_WORDS.has(fold(part))) return 'salt';
  const notation = notationMethod(part);
  return notation ? { method: notation } : undefined;
}

function readMasking(raw: string | null | undefined): Masking | null {
  const text = cellText(raw);
  if (text === null) return null;
  if (text.length > MAX_TEXT) throw unknown(text);
  const whole = readWhole(text);
  if (whole) return { raw: text, ...whole };
  const parts = text.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const read = parts.map(readPart);
  const bad = parts.find((_, i) => read[i] === undefined);
  if (bad !== undefined || parts.length === 0) throw unknown(bad ?? text);
  const methods = read.flatMap((r) => (typeof r === 'object' ? [r.method] : []));
  const saysNo = read.includes('no');
  // "否（明文展示）" is a no; a no beside a method contradicts itself and cannot be read.
  if (saysNo && methods.length === 0 && !read.includes('yes')) return { raw: text, masked: false, method: null };
  if (saysNo) throw unknown(text);
  if (methods.length === 0 && !read.includes('yes')) throw unknown(text);
  return { raw: text, masked: true, method: methods.length ? [...new Set(methods)].join('+') : null };
}

/** Masking of a field; null when blank or not stated. Unknown methods throw ValueError listing the accepted forms. */
export const parseMasking = memoizeCell(readMasking);
