/** A policy pack as loaded from policies/<id>.yaml (validated by schemas/pack.schema.json). */
import type { Location } from '../location.js';

/** Where a pack's statement comes from: the seed file, its section, a verbatim excerpt. */
export interface Citation {
  doc: string;
  section: string;
  quote: string;
}

/** What a finding carries: the pack (or law, e.g. `PIPL`) and the clause. */
export interface ClauseRef {
  policy: string;
  section: string;
  quote: string;
}

/** A pack statement about items: by item id and/or whole categories. */
export interface ItemSelector {
  items?: string[];
  categories?: string[];
}

export interface CitedSelector extends ItemSelector {
  cite: Citation;
  note?: string;
}

export type RetentionEvent =
  | 'collection'
  | 'account-cancellation'
  | 'service-termination'
  | 'operations-termination'
  | 'transaction'
  | 'last-login';

export interface RetentionRule extends ItemSelector {
  id: string;
  kind: 'minimum' | 'maximum';
  /** Duration as people write it: `5y`, `3 working days`, `7d`, `12 months`. */
  period: string;
  from: RetentionEvent;
  cite: Citation;
  note?: string;
}

export type Platform = 'android' | 'ios' | 'harmonyos' | 'web' | 'miniprogram';

export interface SdkField {
  /** The label as the policy's table writes it, e.g. "Device Unique Identification Code". */
  label: string;
  /** The taxonomy items that label covers. */
  items: string[];
  note?: string;
}

export interface SdkRow {
  platform: Platform;
  /** Scenario/product as the table names it, e.g. "Huawei Push". */
  name: string;
  /** Catalog id of the SDK (policies/sdk-catalog.yaml) when it is known. */
  sdk?: string;
  organization: string;
  fields: SdkField[];
  purpose?: string;
  cite: Citation;
  note?: string;
}

export type RecipientRole = 'affiliate' | 'processor' | 'partner' | 'supplier' | 'service-provider' | 'sdk' | 'advertiser' | 'authority';

export interface Pack {
  id: string;
  title: string;
  version: string;
  language: 'zh' | 'en';
  /** Seed file name the citations quote. */
  doc: string;
  updated?: string;
  effective?: string;
  extends?: string;
  /** The policy owner and its group: names that count as "affiliates" (SPEC decision 7). */
  owner?: { names: string[]; affiliates: string[]; cite?: Citation };
  collects: CitedSelector[];
  sensitive: CitedSelector[];
  recipients: {
    /** The clause limiting sharing to declared recipients (e.g. 002 §5.1.1). */
    sharing?: { cite: Citation; note?: string };
    affiliates?: { allowed: boolean; cite: Citation; note?: string };
    /** Roles a config-registered recipient may have. */
    roles?: { role: RecipientRole; allowed: boolean; cite: Citation; note?: string }[];
    sdks?: SdkRow[];
  };
  storage?: {
    /** `mainland` = inside the PRC excluding Hong Kong, Macao, Taiwan. */
    region: 'mainland';
    crossBorder: 'separate-consent' | 'prohibited';
    cite: Citation;
    note?: string;
  };
  retention: RetentionRule[];
  consent: {
    /** Separate consent required for the pack's sensitive items (beyond the PIPL Art. 28 floor). */
    sensitive?: { requires: 'separate' | 'explicit'; cite: Citation; note?: string };
    minors?: { age: number; requires: 'guardian'; cite: Citation; note?: string };
    /** Children treated as sensitive PI under this age (PIPL Art. 28/31). */
    childrenSensitiveUnder?: { age: number; cite: Citation; note?: string };
  };
  prohibited: (CitedSelector & { purpose: 'marketing' | 'profiling' | 'advertising' })[];
  security: {
    encryptionAtRest?: Citation;
    masking?: Citation;
    recipientMasking?: Citation;
    passwordProtection?: Citation;
  };
  /** Where each key was defined, for lint and error messages. */
  locations?: Record<string, Location>;
}
