/** The shared taxonomy of personal information (GB/T 35273-2020 Annex A), loaded from policies/taxonomy.yaml. */
import type { DetectorId } from '../detect/detectors/index.js';

export type CategoryId =
  | 'basic'
  | 'identity'
  | 'biometric'
  | 'network-identity'
  | 'health'
  | 'education-work'
  | 'property'
  | 'communication'
  | 'contacts'
  | 'internet-records'
  | 'device'
  | 'location'
  | 'other';

/** Ids of the value detectors (src/detect/detectors, one file each). */
export type { DetectorId };

export interface TaxonomyItem {
  id: string; // `<category>.<slug>`, e.g. identity.resident-id
  category: CategoryId;
  zh: string;
  en: string;
  /** More names for a `category` cell (GB/T 35273 Annex A/B wordings such as 交易信息); not field names. */
  aliases: string[];
  /** Field-name synonyms: English, Chinese, pinyin abbreviations. Matched after fold(). */
  synonyms: string[];
  /** Field names that point to the item only as the whole name (`name`, `weight`): inside a longer name they
   *  usually mean something else (company_name, goods_weight). Matched after fold(). Always set by the loader. */
  wholeNameSynonyms?: string[];
  /** GB/T 35273 Annex B default sensitivity. A pack may add sensitivity, never remove it. */
  sensitive: boolean;
  /** PIPL Art. 28 set: needs separate consent (Art. 29) under every pack. */
  separateConsent: boolean;
  /** Passwords and secrets: must be stored as a one-way hash. */
  credential: boolean;
  /** Free-text carrier (remarks, logs, message bodies): scanned for embedded identifiers. */
  freeText: boolean;
  detectors: DetectorId[];
}

export interface TaxonomyCategory {
  id: CategoryId;
  zh: string;
  en: string;
  aliases: string[];
  /** Annex B: the whole category is sensitive (identity, biometric, health, property). */
  sensitive: boolean;
  items: TaxonomyItem[];
}

/** A named set of items of one category (设备标识信息: IMEI, OAID, Android ID…). */
export interface TaxonomyGroup {
  id: string;
  category: CategoryId;
  zh: string;
  en: string;
  aliases: string[];
  items: readonly string[];
}

/** Names that name more than one entry (网络信息): never read, their candidates are suggested. */
export interface AmbiguousTerm {
  names: string[];
  /** Category or item ids. */
  candidates: string[];
  note?: { en: string; zh: string };
}

export interface Taxonomy {
  categories: TaxonomyCategory[];
  groups: TaxonomyGroup[];
  ambiguous: AmbiguousTerm[];
  /** Words saying only "(sensitive) personal information" (个人敏感信息): dropped from a cell's parts. */
  qualifiers: string[];
  items: Map<string, TaxonomyItem>;
  category(id: string): TaxonomyCategory | undefined;
  item(id: string): TaxonomyItem | undefined;
}
