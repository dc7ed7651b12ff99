/**
 * `policies diff <a> <b>`: what one pack says that the other does not, compared item by item
 * (categories are expanded through the taxonomy, so `device` in one pack and `device.imei` in the
 * other overlap where they should).
 */
import { parseDuration } from '../normalize/duration.js';
import { ValueError } from '../errors.js';
import type { Duration, DurationUnit } from '../normalize/types.js';
import type { Lang } from '../report/types.js';
import { fold } from '../text/suggest.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { inBoth } from '../text/words/index.js';
import { expandSelector, itemSections } from './selectors.js';
import type { DeadlineKind, DeadlineStart, Pack, Platform, RequestType, RetentionEvent, SdkRow } from './types.js';

export interface ItemRef {
  id: string;
  zh: string;
  en: string;
  /** The section of the pack that says it (the first one, when several do). */
  section?: string;
}

export interface Sides<T> {
  onlyA: T[];
  onlyB: T[];
}

export interface SdkRowRef {
  platform: Platform;
  name: string;
  organization: string;
  items: ItemRef[];
  section: string;
}

/** A row both packs list for the same platform, SDK and organisation, sharing different items. */
export interface SdkFieldChange {
  platform: Platform;
  name: string;
  organization: string;
  onlyA: ItemRef[];
  onlyB: ItemRef[];
}

export interface RetentionRef {
  id: string;
  kind: 'minimum' | 'maximum';
  period: string;
  from: RetentionEvent;
  /** Null: the rule covers all personal information. */
  items: ItemRef[] | null;
  section: string;
}

export interface DeadlineRef {
  id: string;
  kind: DeadlineKind;
  period: string;
  from: DeadlineStart;
  /** Null: every request type (or not a request deadline). */
  types: RequestType[] | null;
  section: string;
}

export interface ProhibitionRef {
  purpose: string;
  item: ItemRef;
  section: string;
}

/** A statement's value in both languages; the English text is what is compared. */
export type StatementValue = Record<Lang, string>;

/** A single statement (storage, consent, security, recipients) whose value differs; null = not stated. */
export interface StatementChange {
  key: string;
  a: StatementValue | null;
  b: StatementValue | null;
}

export interface PackSummary {
  id: string;
  title: string;
  version: string;
}

export interface PackDiff {
  a: PackSummary;
  b: PackSummary;
  collected: Sides<ItemRef>;
  sensitive: Sides<ItemRef>;
  sdkRows: Sides<SdkRowRef>;
  sdkFields: SdkFieldChange[];
  retention: Sides<RetentionRef>;
  deadlines: Sides<DeadlineRef>;
  prohibited: Sides<ProhibitionRef>;
  statements: StatementChange[];
}

export function itemRef(id: string, taxonomy: Taxonomy, section?: string): ItemRef {
  const item = taxonomy.item(id);
  return { id, zh: item?.zh ?? id, en: item?.en ?? id, ...(section === undefined ? {} : { section }) };
}

export function diffPacks(a: Pack, b: Pack, taxonomy: Taxonomy): PackDiff {
  return {
    a: summary(a),
    b: summary(b),
    collected: diffItems(itemSections(a.collects, taxonomy), itemSections(b.collects, taxonomy), taxonomy),
    sensitive: diffItems(itemSections(a.sensitive, taxonomy), itemSections(b.sensitive, taxonomy), taxonomy),
    sdkRows: diffSdkRows(a, b, taxonomy),
    sdkFields: diffSdkFields(a, b, taxonomy),
    retention: diffBy(retentionRefs(a, taxonomy), retentionRefs(b, taxonomy), retentionKey),
    deadlines: diffBy(deadlineRefs(a), deadlineRefs(b), deadlineKey),
    prohibited: diffBy(prohibitionRefs(a, taxonomy), prohibitionRefs(b, taxonomy), (p) => `${p.purpose} ${p.item.id}`),
    statements: diffStatements(statements(a), statements(b)),
  };
}

function summary(p: Pack): PackSummary {
  return { id: p.id, title: p.title, version: p.version };
}

function diffItems(a: Map<string, string>, b: Map<string, string>, taxonomy: Taxonomy): Sides<ItemRef> {
  const only = (x: Map<string, string>, y: Map<string, string>) =>
    [...x.keys()].filter((id) => !y.has(id)).sort().map((id) => itemRef(id, taxonomy, x.get(id)));
  return { onlyA: only(a, b), onlyB: only(b, a) };
}

/** Entries of a and b whose keys the other side lacks, each side in its original order. */
function diffBy<T>(a: T[], b: T[], key: (t: T) => string): Sides<T> {
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  return { onlyA: a.filter((t) => !kb.has(key(t))), onlyB: b.filter((t) => !ka.has(key(t))) };
}

function rowKey(r: { platform: string; name: string; organization: string }): string {
  return `${r.platform}\u0000${fold(r.name)}\u0000${fold(r.organization)}`;
}

function rowItems(row: SdkRow): string[] {
  return [...new Set(row.fields.flatMap((f) => f.items))].sort();
}

function sdkRowRef(row: SdkRow, taxonomy: Taxonomy): SdkRowRef {
  const items = rowItems(row).map((id) => itemRef(id, taxonomy));
  return { platform: row.platform, name: row.name, organization: row.organization, items, section: row.cite.section };
}

function sortedRows(p: Pack): SdkRow[] {
  return [...(p.recipients.sdks ?? [])].sort((x, y) => rowKey(x).localeCompare(rowKey(y)));
}

function diffSdkRows(a: Pack, b: Pack, taxonomy: Taxonomy): Sides<SdkRowRef> {
  const refs = (p: Pack) => sortedRows(p).map((r) => sdkRowRef(r, taxonomy));
  return diffBy(refs(a), refs(b), rowKey);
}

function diffSdkFields(a: Pack, b: Pack, taxonomy: Taxonomy): SdkFieldChange[] {
  const inB = new Map(sortedRows(b).map((r) => [rowKey(r), r]));
  const out: SdkFieldChange[] = [];
  for (const ra of sortedRows(a)) {
    const rb = inB.get(rowKey(ra));
    if (!rb) continue;
    const ia = rowItems(ra);
    const ib = rowItems(rb);
    const onlyA = ia.filter((i) => !ib.includes(i)).map((i) => itemRef(i, taxonomy));
    const onlyB = ib.filter((i) => !ia.includes(i)).map((i) => itemRef(i, taxonomy));
    if (onlyA.length || onlyB.length) out.push({ platform: ra.platform, name: ra.name, organization: ra.organization, onlyA, onlyB });
  }
  return out;
}

function retentionRefs(p: Pack, taxonomy: Taxonomy): RetentionRef[] {
  return p.retention.map((r) => {
    const all = !r.items?.length && !r.categories?.length;
    const items = all ? null : expandSelector(r, taxonomy).map((id) => itemRef(id, taxonomy));
    return { id: r.id, kind: r.kind, period: r.period, from: r.from, items, section: r.cite.section };
  });
}

/** Same obligation = same kind, same length (`5y` = `5 years`), same starting event, same items. */
function retentionKey(r: RetentionRef): string {
  const items = r.items === null ? '*' : r.items.map((i) => i.id).join(',');
  return [r.kind, canonicalPeriod(r.period), r.from, items].join(' ');
}

function deadlineRefs(p: Pack): DeadlineRef[] {
  return (p.deadlines ?? []).map((d) => ({ id: d.id, kind: d.kind, period: d.period, from: d.from, types: d.types?.length ? [...d.types].sort() : null, section: d.cite.section }));
}

/** Same promise = same kind, same length, same start, same request types (the ids and wording may differ). */
function deadlineKey(d: DeadlineRef): string {
  return [d.kind, canonicalPeriod(d.period), d.from, d.types?.join(',') ?? '*'].join(' ');
}

/** Years as months and weeks as days, so `1y`, `12 months` and `P1Y` compare equal. */
const SMALLER_UNIT: Partial<Record<DurationUnit, [DurationUnit, number]>> = { years: ['months', 12], weeks: ['days', 7] };

/** One spelling per period; an unreadable one (lint reports it) compares as written. */
export function canonicalPeriod(period: string): string {
  const d = readPeriod(period);
  if (!d) return fold(period);
  if (d.forever) return 'forever';
  const [unit, factor] = SMALLER_UNIT[d.unit] ?? [d.unit, 1];
  return `${d.amount * factor} ${unit}`;
}

/** The period, or null when it is blank or does not read. */
export function readPeriod(period: string): Duration | null {
  try {
    return parseDuration(period);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    return null;
  }
}

function prohibitionRefs(p: Pack, taxonomy: Taxonomy): ProhibitionRef[] {
  return p.prohibited.flatMap((rule) =>
    expandSelector(rule, taxonomy).map((id) => ({ purpose: rule.purpose, item: itemRef(id, taxonomy), section: rule.cite.section })),
  );
}

const ALLOWED: Record<'true' | 'false', StatementValue> = { true: inBoth((w) => w.permission.allowed), false: inBoth((w) => w.permission.prohibited) };

/** The single-valued statements of a pack, as key → value (absent = not stated). */
function statements(p: Pack): Map<string, StatementValue> {
  const out = new Map<string, StatementValue>();
  if (p.recipients.affiliates) out.set('recipients.affiliates', ALLOWED[`${p.recipients.affiliates.allowed}`]);
  for (const r of p.recipients.roles ?? []) {
    const key = `recipients.roles.${r.role}`;
    // A prohibition wins over a permission, as when packs combine (src/policy/policy.ts).
    if (out.get(key) !== ALLOWED.false) out.set(key, ALLOWED[`${r.allowed}`]);
  }
  const { storage, consent } = p;
  if (storage) out.set('storage', inBoth((w) => w.diff.storage(w.diff.crossBorder[storage.crossBorder])));
  if (consent.sensitive) {
    const requires = consent.sensitive.requires;
    out.set('consent.sensitive', inBoth((w) => w.diff.consent[requires]));
  }
  const { minors, childrenSensitiveUnder: children } = consent;
  if (minors) out.set('consent.minors', inBoth((w) => w.diff.minors(minors.age)));
  if (children) out.set('consent.childrenSensitiveUnder', inBoth((w) => w.diff.childrenSensitiveUnder(children.age)));
  for (const [k, cite] of Object.entries(p.security)) if (cite) out.set(`security.${k}`, { en: `§${cite.section}`, zh: `§${cite.section}` });
  return out;
}

function diffStatements(a: Map<string, StatementValue>, b: Map<string, StatementValue>): StatementChange[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  // Security clauses differ in section numbers between any two documents: only presence counts.
  const same = (k: string) => (k.startsWith('security.') ? a.has(k) === b.has(k) : a.get(k)?.en === b.get(k)?.en);
  return keys.filter((k) => !same(k)).map((k) => ({ key: k, a: a.get(k) ?? null, b: b.get(k) ?? null }));
}
