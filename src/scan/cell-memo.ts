/**
 * A yes/no test of a cell, remembered per distinct cell: a status or consent column repeats a few words
 * over millions of records, so each is folded and looked up once. A counter keeps its own (record-check.ts:
 * never in the plain data); bounded, so a column of distinct values cannot grow it.
 */
import { boundedMemo } from '../normalize/memo.js';
import { fold } from '../text/suggest.js';
import { cellText, wordFinder } from '../text/word-finder.js';
import type { StatusWords } from './roles.js';

const LIMIT = 1024;

export class CellMemo {
  private readonly known: (cell: string) => boolean;

  constructor(test: (cell: string) => boolean) {
    this.known = boundedMemo(test, LIMIT);
  }

  /** The test's answer; false for a missing or empty cell. */
  says(cell: string | undefined): boolean {
    return cell !== undefined && cell.length > 0 && this.known(cell);
  }
}

/**
 * Whether a status cell says one of `words`: one of `anywhere` in it (审核驳回, 驳回（资料不全）, `Rejected `),
 * not after a negation (未驳回, `not rejected`), or one of `whole` as the whole cell, folded (注销 but not 注销中).
 */
export function wordsMemo(words: StatusWords): CellMemo {
  const says = wordFinder(words.anywhere, { negations: true });
  const whole = (words.whole ?? []).map(fold);
  return new CellMemo((cell) => {
    const text = cellText(cell);
    return whole.includes(text.folded) || says(text);
  });
}
