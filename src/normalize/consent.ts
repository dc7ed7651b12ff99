/**
 * Consent cells (`explicit`, `单独同意`, `弹窗授权`, `separate; guardian`). A cell names one or more kinds; a phrase
 * that is no single word is read by what it says (who consents, whether separately, whether actively).
 *
 * Readings, after GB/T 35273-2020 §3.6–3.7 (明示同意: a written or oral statement or an affirmative act;
 * 授权同意) and §5.4, and the App违法违规收集使用个人信息行为认定方法 (2019) §3 (a pre-ticked box is no consent):
 * - separate: 单独同意, 单独授权, 单独弹窗同意, "separate consent screen";
 * - guardian: 监护人同意, 家长同意, "parental consent";
 * - implied: 默示同意, 默认勾选 / pre-ticked, opt-out, 继续使用即视为同意;
 * - explicit: 明示同意, 用户授权, 弹窗授权, 勾选同意, 点击同意, 隐私政策同意, 书面同意, "opt-in checkbox", "explicit opt-in";
 * - none: 无, 未经同意, and the legal bases that are not consent (法定豁免, 履行合同, "legal obligation", "legitimate
 *   interests"): nothing was consented to, so rules that need consent still apply — a lawful exemption is
 *   recorded as a waiver, where its justification is kept.
 */
import { ValueError } from '../errors.js';
import type { Consent } from './types.js';
import { cellText, lookupWord, quote, wordTable } from './text.js';
import { memoizeCell } from './memo.js';

export { parseList } from './recipients.js';

export const CONSENT_ACCEPTED =
  'implied (默示同意, 默认), explicit (明示同意, 明确同意), separate (单独同意, 单独授权), guardian (监护人同意, 家长同意), or none (无); ' +
  'several separated by ; , 、 / +';

const CONSENT_WORDS = wordTable<Consent | 'none'>({
  implied: ['implied', 'implicit', 'default', 'opt-out', '默示同意', '默示', '默认', '默认同意', '默许'],
  explicit: ['explicit', 'express', 'opt-in', 'consent', 'consented', 'user consent', 'affirmative consent', '明示同意', '明示', '明确同意', '主动同意', '同意', '授权', '用户同意', '用户授权', '授权同意', '告知同意'],
  separate: ['separate', 'separately', 'specific', 'separate consent', '单独同意', '单独授权', '单独'],
  guardian: ['guardian', 'parental', 'parent', 'guardian consent', 'parental consent', '监护人同意', '家长同意', '监护人授权', '父母同意', '监护人'],
  none: ['none', 'no consent', 'no', '无', '否', '未同意', '不需要', '无需同意', 'not required'],
});

/**
 * Phrases read by what they say, in this order: a phrase that denies consent or names a basis other than
 * consent is none; otherwise each of guardian, separate and implied it mentions; explicit when it mentions
 * an active act of consent and nothing more specific.
 */
const NONE_PHRASE =
  /未经|未征得|未取得|未获得|未获|无需|不需要|不同意|拒绝|豁免|法定|履行合同|合同必需|合同履行|without (?:\w+ )?consent|no consent|not (?:obtained|required|needed)|exempt|legal (?:obligation|requirement|duty)|statutory|contract(?:ual)? (?:necessity|performance)|performance of (?:a )?contract|legitimate interests?|vital interests?|public interest/;
const GUARDIAN_PHRASE = /监护人|家长|父母|\bguardian|\bparent/;
const SEPARATE_PHRASE = /单独|\bseparate|\bstand-?alone|\bspecific consent|\bdedicated consent/;
const IMPLIED_PHRASE = /默认勾选|默认同意|默认选中|预先勾选|预勾选|默示|默许|视为同意|视为接受|implied|implicit|pre-?(?:ticked|checked|selected)|opt-?out|deemed|by default/;
const EXPLICIT_PHRASE = /明示|明确|主动|勾选|点击|弹窗|授权|同意|书面|口头|签署|签字|\b(?:opt-?in|explicit|express|affirmative|active|checkbox|check box|tick|click|agree|accept|consent)/;

/** Canonical order, so the same cell always gives the same array. */
const ORDER: Consent[] = ['implied', 'explicit', 'separate', 'guardian'];
const CONSENT_SEPARATORS = /[;；,，、/+|\n]|\band\b/;

/** The kinds a phrase (of a cell's NFKC text) names; null when it says nothing about consent. */
function readPhrase(part: string): (Consent | 'none')[] | null {
  const t = part.toLowerCase();
  if (NONE_PHRASE.test(t)) return ['none'];
  const kinds: Consent[] = [];
  if (GUARDIAN_PHRASE.test(t)) kinds.push('guardian');
  if (SEPARATE_PHRASE.test(t)) kinds.push('separate');
  // 默认勾选 mentions a tick but is no act of the user's: the words that make it implied are not read again as explicit.
  if (IMPLIED_PHRASE.test(t)) kinds.push('implied');
  else if (kinds.length === 0 && EXPLICIT_PHRASE.test(t)) kinds.push('explicit');
  return kinds.length ? kinds : null;
}

function readConsent(raw: string | null | undefined): Consent[] | null {
  const text = cellText(raw);
  if (text === null) return null;
  const found = new Set<Consent>();
  for (const part of text.split(CONSENT_SEPARATORS).map((p) => p.trim()).filter(Boolean)) {
    const word = lookupWord(CONSENT_WORDS, part);
    const kinds = word !== undefined ? [word] : readPhrase(part);
    if (kinds === null) throw new ValueError(`unknown consent: ${quote(part)}`, CONSENT_ACCEPTED);
    for (const kind of kinds) if (kind !== 'none') found.add(kind);
  }
  return ORDER.filter((c) => found.has(c));
}

/** The kinds of consent a cell records; [] for `none`; null when blank or not stated (N/A). */
export const parseConsent = memoizeCell(readConsent);
