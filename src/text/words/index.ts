/** The words a language shows people: `wordsFor(lang).diff.none`. */
import type { Lang } from '../../report/types.js';
import { EN } from './en.js';
import type { Words } from './types.js';
import { ZH } from './zh.js';

export type { Words } from './types.js';

const TABLES: Record<Lang, Words> = { en: EN, zh: ZH };

export function wordsFor(lang: Lang): Words {
  return TABLES[lang];
}

/** One label in both languages (rule messages carry both and pick one when printed). */
export function inBoth(pick: (w: Words) => string): Record<Lang, string> {
  return { en: pick(EN), zh: pick(ZH) };
}
