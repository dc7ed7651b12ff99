/** yes/no cells: `yes`, `是`, `Y`, `1`, `TRUE`, `有`, `on` … */
import { ValueError } from '../errors.js';
import { cellText, lookupWord, quote, wordTable } from './text.js';
import { memoizeCell } from './memo.js';

const BOOLEAN_WORDS = wordTable({
  true: ['yes', 'y', 'true', 't', '1', 'on', '是', '有', '对', '√', '✓', '✔'],
  false: ['no', 'n', 'false', 'f', '0', 'off', '否', '无', '没有', '不', '×', '✗', '✘'],
});

export const BOOLEAN_ACCEPTED = 'yes/no, true/false, Y/N, 1/0, on/off, 是/否, 有/无';

/** Whether the cell's word is a yes or a no; undefined when it is neither (no throw). */
export function booleanWord(text: string): boolean | undefined {
  const v = lookupWord(BOOLEAN_WORDS, text);
  return v === undefined ? undefined : v === 'true';
}

function readBoolean(raw: string | null | undefined): boolean | null {
  const text = cellText(raw);
  if (text === null) return null;
  const v = booleanWord(text);
  if (v === undefined) throw new ValueError(`not a yes/no value: ${quote(text)}`, BOOLEAN_ACCEPTED);
  return v;
}

/** A yes/no cell, case-insensitive and trimmed; null when blank. */
export const parseBoolean = memoizeCell(readBoolean);
