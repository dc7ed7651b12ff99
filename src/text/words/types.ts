/**
 * The shape of every table of words shown to people. One table per language (en.ts, zh.ts) fills it, so a
 * language that lacks a label does not compile: `--lang zh` is complete by construction.
 */
import type { RetentionEvent } from '../../policy/types.js';

export interface Words {
  /** An empty list. */
  none: string;
  /** A retention rule's starting event, as a rule message or a diff names it. */
  events: Record<RetentionEvent, string>;
  /** `policies show`. */
  show: {
    collects: string;
    sensitive: string;
    recipients: string;
    affiliates: string;
    allowed: string;
    forbidden: string;
    sdks: string;
    storage: string;
    retention: string;
    consent: string;
    minors: string;
    children: string;
    sepConsent: string;
    prohibited: string;
    security: string;
    min: string;
    max: string;
    from: string;
    mainland: string;
  };
  /** `policies diff`: section titles (`{side}` is A or B) and the statements it compares. */
  diff: {
    collected: string;
    sensitive: string;
    sdkRows: string;
    sdkFields: string;
    retention: string;
    prohibited: string;
    statements: string;
    notStated: string;
    allPi: string;
    from: string;
    minimum: string;
    maximum: string;
    allowed: string;
    forbidden: string;
    crossBorder: Record<'separate-consent' | 'prohibited', string>;
    consent: Record<'separate' | 'explicit', string>;
    storage: (crossBorder: string) => string;
    minors: (age: number) => string;
    childrenSensitiveUnder: (age: number) => string;
  };
}
