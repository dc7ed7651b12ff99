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

/** What a deadline is about; each kind is checked by one rule (src/check/rules/*.scan.ts). */
export type DeadlineKind =
  /** request-reply-overdue: a person's request answered within the period. */
  | 'request-reply'
  /** cancellation-overdue: an account-cancellation application reviewed within the period. */
  | 'cancellation-review'
  /** cancellation-overdue: the personal information of a cancelled account deleted within the period. */
  | 'cancellation-deletion'
  /** termination-notice-short: users told at least the period before services or operations end. */
  | 'termination-notice'
  /** marketing-after-opt-out: no marketing message later than the period after an opt-out. */
  | 'marketing-opt-out'
  /** dormant-account: an account unused for the period may be cancelled. */
  | 'dormancy';

/** The event a deadline's clock starts at (for termination-notice: the end the notice must precede). */
export type DeadlineStart = 'request' | 'identity-verified' | 'cancellation-application' | 'cancellation-approval' | 'termination' | 'opt-out' | 'last-login';

/** Kinds of a person's request, as a ticket system files them. */
export type RequestType = 'access' | 'correction' | 'deletion' | 'complaint' | 'withdrawal' | 'portability' | 'inquiry';

export interface Deadline {
  id: string;
  kind: DeadlineKind;
  /** Duration as people write it: `30d`, `3 working days`, `12 months`; `0d`: at once. */
  period: string;
  from: DeadlineStart;
  /** request-reply only: the request types this period is for; without it, every type no other entry names. */
  types?: RequestType[];
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
  /** Promises with a clock on them, checked on the event logs that record them (scan). */
  deadlines?: Deadline[];
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
