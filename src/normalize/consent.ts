/** Consent cells (`explicit`, `单独同意`, `separate; guardian`) and list cells (`shared_with`). */
import { ValueError, type Consent } from './types.js';
import { cellText, lookupWord, quote, wordTable } from './text.js';
import { memoizeCell } from './memo.js';

export const CONSENT_ACCEPTED =
  'implied (默示同意, 默认), explicit (明示同意, 明确同意), separate (单独同意, 单独授权), guardian (监护人同意, 家长同意), or none (无); ' +
  'several separated by ; , 、 / +';

const CONSENT_WORDS = wordTable<Consent | 'none'>({
  implied: ['implied', 'implicit', 'default', 'opt-out', '默示同意', '默示', '默认', '默认同意', '默许'],
  explicit: ['explicit', 'express', 'opt-in', '明示同意', '明示', '明确同意', '主动同意'],
  separate: ['separate', 'separately', 'specific', 'separate consent', '单独同意', '单独授权', '单独'],
  guardian: ['guardian', 'parental', 'parent', 'guardian consent', 'parental consent', '监护人同意', '家长同意', '监护人授权', '父母同意', '监护人'],
  none: ['none', 'no consent', 'no', '无', '否', '未同意'],
});

/** Canonical order, so the same cell always gives the same array. */
const ORDER: Consent[] = ['implied', 'explicit', 'separate', 'guardian'];
const CONSENT_SEPARATORS = /[;；,，、/+]/;

function readConsent(raw: string | null | undefined): Consent[] | null {
  const text = cellText(raw);
  if (text === null) return null;
  const found = new Set<Consent>();
  for (const part of text.split(CONSENT_SEPARATORS).map((p) => p.trim()).filter(Boolean)) {
    const kind = lookupWord(CONSENT_WORDS, part);
    if (kind === undefined) throw new ValueError(`unknown consent: ${quote(part)}`, CONSENT_ACCEPTED);
    if (kind !== 'none') found.add(kind);
  }
  return ORDER.filter((c) => found.has(c));
}

/** The kinds of consent a cell records; [] for `none`; null when blank. */
export const parseConsent = memoizeCell(readConsent);

const LIST_SEPARATORS = /[;；、,，\n\r]+/;

function readList(raw: string | null | undefined): string[] {
  const text = cellText(raw);
  if (text === null) return [];
  return [...new Set(text.split(LIST_SEPARATORS).map((p) => p.trim()).filter(Boolean))];
}

/** A list cell (`shared_with`): split on ; ； 、 , ， and newlines, trimmed, duplicates dropped; [] when blank. */
export const parseList = memoizeCell(readList);
