/**
 * The shape of every table of words shown to people. One table per language (en.ts, zh.ts) fills it, so a
 * language that lacks a label does not compile: `--lang zh` is complete by construction.
 */
// layer: types only; the words name each protection claim an inventory row makes, keyed by the type that lists them
import type { Protection } from '../../crosscheck/types.js';
// layer: types only; the words name each duration unit and bound, keyed by the types that list them
import type { DurationBound, DurationUnit } from '../../normalize/types.js';
import type { DeadlineKind, DeadlineStart, Platform, RequestType, RetentionEvent } from '../../policy/types.js';
import type { InputKind, Severity } from '../../report/types.js';

export interface Words {
  /** An empty list. */
  none: string;
  /** A finding's `{itemName}` when it names no item or category. */
  unclassified: string;
  /** What a pack allows or prohibits (a recipient, an affiliate), as `policies show` and `policies diff` print it. */
  permission: { allowed: string; prohibited: string };
  /** A period (normalize/duration.ts durationLabel): `5 years`, `at most 30 days`, `forever`. */
  duration: {
    forever: string;
    /** `amount` `unit`s: `1 working day`, `3个工作日`. */
    period: (amount: number, unit: DurationUnit) => string;
    /** Written before the period: `at most `, `最长`. */
    bounds: Record<DurationBound, string>;
  };
  /** Counts in the scan's findings (scan/findings.ts). */
  counts: { records: (n: number) => string; values: (n: number) => string };
  /** What the deadline rules' findings share (scan/events/results.ts). */
  late: {
    /** Days past the deadline; 0 is a message hours after an opt-out the same day. */
    days: (n: number) => string;
    /** After the count of records past the deadline: `n` of them still open, `what` being the rule's words (`still unanswered`). */
    open: (n: number, what: string) => string;
    /** `what` when the rule has no words of its own. */
    stillOpen: string;
    /** The finding on a date column's cells that are not dates (a rule message's `{detail}`). */
    unread: string;
  };
  /** The progress line on stderr (scan). */
  progress: { rate: string; eta: string };
  /** Hints on input rows that cannot be audited. */
  notes: { noPlatform: string };
  /** A retention rule's starting event, as a rule message or a diff names it. */
  events: Record<RetentionEvent, string>;
  /** A severity in running text (the terminal report, `privaudit rules`). */
  severity: Record<Severity, string>;
  /** How messages name a platform. */
  platforms: Record<Platform, string>;
  /** Headings, column names and chart titles of the report formats (markdown, html, junit, github). */
  report: {
    title: string;
    tool: string;
    asOf: string;
    policies: string;
    policy: string;
    policyTitle: string;
    version: string;
    language: string;
    inputs: string;
    file: string;
    kind: string;
    records: string;
    summary: string;
    severity: string;
    count: string;
    suppressed: string;
    total: string;
    findings: string;
    noFindings: string;
    line: string;
    rule: string;
    subject: string;
    item: string;
    message: string;
    evidence: string;
    clause: string;
    section: string;
    quote: string;
    system: string;
    category: string;
    none: string;
    byFile: string;
    bySeverity: string;
    byRule: string;
    bySystem: string;
    byCategory: string;
    /** The deadline findings' charts (scan): records by days past the deadline, and the worst per finding. */
    lateness: string;
    worstLateness: string;
    /** A range of days late: 0 is the same day; `to` null has no end. */
    daysLate: (from: number, to: number | null) => string;
    filter: string;
    shown: string;
    severities: Record<Severity, string>;
    kinds: Record<InputKind, string>;
  };
  /** The terminal report. */
  pretty: {
    noFindings: string;
    findings: (n: number) => string;
    suppressed: string;
    evidence: string;
    records: string;
    policies: string;
    asOf: string;
  };
  /** `privaudit explain <rule>`. */
  explain: { defaultSeverity: string; appliesTo: string; cites: string };
  /** `privaudit policies lint`: the totals line (each finding's level is a `severity` word). */
  lint: { summary: (pack: string, errors: number, warnings: number, info: number) => string };
  /** `privaudit init`: each file written, then what to run next. */
  init: { wrote: (file: string) => string; next: string };
  /** Notes on waivers and the baseline (stderr). */
  suppress: {
    unusedWaivers: (n: number) => string;
    expired: (date: string) => string;
    staleBaseline: (n: number, file: string) => string;
    /** A baseline of schema version 1: it matches only where it was written. */
    oldBaseline: (file: string) => string;
    more: (n: number) => string;
    /** After an expired waiver's message: the waiver's reference number. */
    reference: (ref: string) => string;
  };
  /** `privaudit taxonomy`. */
  taxonomy: {
    legend: string;
    marks: { sensitive: string; consent: string };
    sensitive: string;
    consent: string;
    credential: string;
    category: string;
    group: string;
    names: string;
    synonyms: string;
    items: string;
    groups: string;
    ambiguous: string;
    none: string;
    near: string;
  };
  /** `policies show`. */
  show: {
    collects: string;
    sensitive: string;
    recipients: string;
    affiliates: string;
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
    deadlines: string;
  };
  /** A pack's deadline as `policies show` and `policies diff` print it. */
  deadlines: {
    /** `period` is already in words (`30 days`); `none`: a period of 0 (at once). */
    line: (kind: DeadlineKind, period: string, from: DeadlineStart, none: boolean) => string;
    types: Record<RequestType, string>;
    forTypes: (list: string) => string;
  };
  /** `policies diff`: section titles (`{side}` is A or B) and the statements it compares. */
  diff: {
    collected: string;
    sensitive: string;
    sdkRows: string;
    sdkFields: string;
    retention: string;
    prohibited: string;
    deadlines: string;
    statements: string;
    notStated: string;
    allPi: string;
    from: string;
    minimum: string;
    maximum: string;
    crossBorder: Record<'separate-consent' | 'prohibited', string>;
    consent: Record<'separate' | 'explicit', string>;
    storage: (crossBorder: string) => string;
    minors: (age: number) => string;
    childrenSensitiveUnder: (age: number) => string;
  };
  /** `scan --inventory`: the coverage of the exported columns by the inventory, in every report format. */
  coverage: {
    title: string;
    inventory: string;
    table: string;
    inventoryTable: string;
    column: string;
    field: string;
    status: string;
    matchedBy: string;
    declaredAt: string;
    notListed: string;
    unscanned: string;
    total: string;
    /** Column heads of the counts (crosscheck/coverage.ts CoverageCounts). */
    counts: Record<'columns' | 'personal' | 'declared' | 'contradicted' | 'undeclared' | 'missing', string>;
    /** A column's status; `missing`: a declared field the export has no column for. */
    statuses: Record<'declared' | 'contradicted' | 'undeclared' | 'empty' | 'other' | 'missing', string>;
    matches: Record<'name' | 'synonym' | 'item' | 'mapping', string>;
    contradictions: Record<'protection' | 'item' | 'retention', string>;
    /** `6 personal columns: 4 declared (1 contradicted), 2 undeclared; 1 declared field missing`. */
    sentence: (n: { personal: number; declared: number; contradicted: number; undeclared: number; missing: number }) => string;
    fields: (n: number) => string;
    /** A table, column or field name from the user's data inside a sentence (quoted in Chinese text). */
    name: (text: string) => string;
    /** What a row claims protects a column, joined by `and`: `encrypted and masked`. */
    claims: Record<Protection, string>;
    and: string;
    /** Between the names of a list. */
    separator: string;
  };
}
