/**
 * A yes/no test of a cell, remembered per distinct cell: a status or consent column repeats a few words
 * over millions of records, so each is folded and looked up once. A counter keeps its own (record-check.ts:
 * never in the plain data); bounded, so a column of distinct values cannot grow it.
 */
import { boundedMemo } from '../normalize/memo.js';
import { fold } from '../text/suggest.js';

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

/** Whether a cell, folded, is one of `words` (folded already, as a plan carries them). */
export const wordsMemo = (words: readonly string[]): CellMemo => new CellMemo((cell) => words.includes(fold(cell)));
