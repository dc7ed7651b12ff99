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

/** One label in both languages (rule messages carry both and pick one when printed); `pick` is told which. */
export function inBoth(pick: (w: Words, lang: Lang) => string): Record<Lang, string> {
  return { en: pick(EN, 'en'), zh: pick(ZH, 'zh') };
}

/** A whole table of labels in both languages, key by key: `inBothEach((w) => w.events).transaction.zh`. */
export function inBothEach<K extends string>(pick: (w: Words) => Record<K, string>): Record<K, Record<Lang, string>> {
  const en = pick(EN);
  const zh = pick(ZH);
  return Object.fromEntries((Object.keys(en) as K[]).map((k) => [k, { en: en[k], zh: zh[k] }])) as Record<K, Record<Lang, string>>;
}
