/** The SDK catalog as loaded from policies/sdk-catalog.yaml (validated by schemas/sdk-catalog.schema.json). */
import type { Platform } from '../policy/types.js';

export type SdkKind = 'push' | 'login' | 'payment' | 'share' | 'analytics' | 'crash' | 'map' | 'location' | 'identity';

/** A corporate group: its entities are related, yet each is its own legal entity. */
export interface CatalogGroup {
  id: string;
  en?: string;
  zh?: string;
}

/** One legal entity. */
export interface CatalogOrganization {
  id: string;
  en?: string;
  zh?: string;
  /** Other spellings of this same entity (never another entity's name). */
  aliases?: string[];
  group?: string;
  note?: string;
}

export interface CatalogSdk {
  id: string;
  kind: SdkKind;
  en: string;
  zh: string;
  aliases: string[];
  /** Operator named by the SDK's own disclosures (informational). */
  organization?: string;
  platforms?: Platform[];
  /** `groupId` or `groupId:artifactIdPrefix`. */
  maven?: string[];
  /** Pod names; `Name*` matches a prefix. */
  pods?: string[];
  note?: string;
}

export interface FieldLabel {
  en: string;
  zh?: string;
  aliases?: string[];
  /** Taxonomy item ids, or a bare category id for a label naming a whole category; [] = not personal information. */
  items: string[];
  note?: string;
}

export interface CatalogData {
  version: 1;
  groups: CatalogGroup[];
  organizations: CatalogOrganization[];
  sdks: CatalogSdk[];
  fieldLabels: FieldLabel[];
}
