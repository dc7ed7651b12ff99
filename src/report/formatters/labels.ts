/** The words the people-facing formatters print (headings, column names, chart titles): see src/text/words/. */
import type { Lang } from '../types.js';
import { wordsFor, type Words } from '../../text/words/index.js';

export type Labels = Words['report'];

export function labelsFor(lang: Lang): Labels {
  return wordsFor(lang).report;
}
