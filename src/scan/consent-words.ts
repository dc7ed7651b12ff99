/** Does a guardian-consent cell say yes? Booleans as everywhere (是/否, yes/no, 1/0) plus the words consent columns use. */
import { booleanWord } from '../normalize/boolean.js';
import { fold } from '../text/suggest.js';

const YES = new Set(['同意', '已同意', '监护人同意', '已授权', '授权', '已签署', '签署', 'agreed', 'agree', 'granted', 'consented', 'signed', 'approved', 'obtained']);

export function consentGiven(cell: string): boolean {
  const word = fold(cell);
  if (word.length === 0) return false;
  if (YES.has(word)) return true;
  return booleanWord(word) === true;
}
