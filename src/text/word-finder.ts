/**
 * Whether a cell says one of some words, as type and status columns write them: a Chinese word anywhere
 * in the folded cell (Chinese has no spaces between words: 审核驳回 says 驳回), an English word only where
 * a word starts (`review` is not `view`, `another` not `other`, while `deleted` is `delete`; camelCase
 * and PascalCase codes start a word at each capital), and one of two letters only as a whole word (`ad`
 * is not `address`). A phrase (`opt out`) also reads `opt-out`, `opt_out` and `optout`.
 *
 * With `negations`, a word right after a negation is not said: 未驳回, 没有撤回, 未被删除, 尚未通过
 * (not yet: pending), 非营销, `not rejected`, `non-marketing`.
 */
import { fold } from './suggest.js';

/** A cell as the finders read it: lower-cased with camelCase split (for English), and folded (for Chinese). */
export interface CellText {
  text: string;
  folded: string;
}

export function cellText(cell: string): CellText {
  const text = cell.normalize('NFKC').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return { text, folded: fold(text) };
}

const ENGLISH = /^[a-z]+(?:[ -][a-z]+)*$/;
/** Before a Chinese word: 未, 不, 没, 非 (with 有 or 被 between), and 尚/还/暂 (尚未通过 is not 未通过: it is pending). */
const ZH_NEGATION = /(?:[未不没非](?:有|被)?|[尚还暂])$/;
const EN_NEGATION = '(?<!(?<![a-z])(?:not|non|never)[\\s_-]*)';

export type WordFinder = (cell: CellText) => boolean;

export function wordFinder(words: readonly string[], { negations = false } = {}): WordFinder {
  const english = words.filter((w) => ENGLISH.test(w));
  const chinese = words.filter((w) => !ENGLISH.test(w)).map(fold);
  const patterns = english.map((w) => w.split(/[ -]/).join('[\\s_-]*') + (w.length <= 2 ? '(?![a-z])' : ''));
  const re = patterns.length > 0 ? new RegExp(`(?<![a-z])${negations ? EN_NEGATION : ''}(?:${patterns.join('|')})`) : null;
  return ({ text, folded }) => chinese.some((w) => hasChinese(folded, w, negations)) || (re !== null && re.test(text));
}

/** `word` in `folded`, somewhere not right after a negation when negations count. */
function hasChinese(folded: string, word: string, negations: boolean): boolean {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    if (!negations || !ZH_NEGATION.test(folded.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}
