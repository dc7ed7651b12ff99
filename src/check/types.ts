/** A rule = data (meta) + a pure check. The engine applies severities, baseline and waivers. */
import type { ClauseRef } from '../policy/types.js';
import type { Lang, Severity, Subject } from '../report/types.js';
import type { DeclarationFile } from '../load/types.js';
import type { Policy } from '../policy/policy.js';
import type { Taxonomy } from '../taxonomy/types.js';
import type { Config } from '../config/types.js';
import type { WorkCalendar } from '../calendar/types.js';
import type { ExportFile } from '../scan/types.js';

export type Localized = Record<Lang, string>;

/** What the rules read: a declaration, or a scanned export (src/scan/types.ts: column profiles and table-level results). */
export type LoadedFile = DeclarationFile | ExportFile;

/** Where a rule's clause comes from: a key into the loaded packs, and the law when no pack has it. */
export type PackClauseKey =
  | 'collects'
  | 'sensitive'
  | 'storage'
  | 'security.encryptionAtRest'
  | 'security.masking'
  | 'security.recipientMasking'
  | 'security.passwordProtection'
  | 'consent.sensitive'
  | 'consent.minors'
  | 'recipients'
  | 'recipients.sdks'
  | 'retention'
  | 'prohibited';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** Which inputs the rule reads; 'waivers' = raised by the waiver pass (src/suppress), never by the engine. */
  appliesTo: ('inventory' | 'sdk' | 'export' | 'waivers')[];
  description: Localized;
  /** Message templates; `{name}` placeholders are filled from a finding's args. */
  messages: Localized;
  clause: { pack?: PackClauseKey; law: ClauseRef };
  /**
   * The declaration columns (inventory or SDK-list keys) the rule reads. A row with an unreadable cell in one
   * of them is not given to the rule (SPEC decision 12), and `unrecognized-value` names the rule as not run.
   */
  needs?: readonly string[];
  /** `privaudit explain`: what it means, why, and how to fix a finding. Markdown. */
  explain: Localized;
}

export interface RawFinding {
  line: number;
  /** Finding.column: set where the finding is about one cell or node. */
  column?: number;
  subject: Partial<Subject>;
  item: string | null;
  /** For a field declared only by its category: names it in messages when there is no item. */
  category?: string | null;
  /** Overrides the rule's default clause when a specific pack clause applies (e.g. one retention rule). */
  clause?: ClauseRef;
  /** Masked before it gets here (detect/mask). */
  evidence?: string | null;
  count?: number;
  rows?: number[];
  /** Message arguments; a Localized value is picked in the report's language. */
  args: Record<string, string | number | Localized>;
  /** Deadline findings: how late their records were (Finding.lateness). */
  lateness?: import('../report/types.js').Lateness;
  /**
   * What tells this finding from others of its rule on the same subject and item (a deadline id, a
   * retention rule, a recipient): part of its fingerprint, never shown. Without it, the repeats would be
   * numbered by sort order, and a new one could take an accepted one's fingerprint in a baseline.
   */
  key?: string;
}

/** Where fingerprints' paths start (engine pathFromRoot): `dir`, absolute; `cwd`, what relative input paths are relative to. */
export interface FingerprintRoot {
  dir: string;
  cwd: string;
}

export interface CheckContext {
  policy: Policy;
  taxonomy: Taxonomy;
  config: Config;
  asOf: string; // YYYY-MM-DD
  calendar: WorkCalendar;
  lang: Lang;
  /** The rules of this run (set by the engine): which checks an unreadable cell kept from running. */
  rules?: readonly Rule[];
  /** The folder fingerprints' paths start from (suppress/apply.ts fingerprintRoot); unset in rules' unit tests. */
  root?: FingerprintRoot;
}

export interface Rule {
  meta: RuleMeta;
  check(file: LoadedFile, ctx: CheckContext): RawFinding[];
}
