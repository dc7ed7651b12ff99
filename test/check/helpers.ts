/**
 * Shared setup for the inventory-rule tests: a check context over the real bundled packs, taxonomy and
 * holiday calendar; an InventoryRecord builder whose defaults no rule flags; and the engine run that
 * turns a rule's raw findings into reported ones (severity, message, clause) exactly as the CLI does.
 */
import { expect } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { runRules } from '../../src/check/engine.js';
import type { CheckContext, Rule } from '../../src/check/types.js';
import { defaultConfig } from '../../src/config/load.js';
import type { Config, RegisteredRecipient } from '../../src/config/types.js';
import type { InventoryFile, InventoryRecord } from '../../src/load/types.js';
import { parseConsent } from '../../src/normalize/consent.js';
import { parseDuration } from '../../src/normalize/duration.js';
import { parseEncryption, parseMasking } from '../../src/normalize/encryption.js';
import { parseRegion } from '../../src/normalize/region.js';
import type { Consent, Duration, Encryption, Masking, Region } from '../../src/normalize/types.js';
import { loadPack } from '../../src/policy/load.js';
import { Policy } from '../../src/policy/policy.js';
import type { Pack } from '../../src/policy/types.js';
import type { Finding, Lang } from '../../src/report/types.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';

export const taxonomy = loadTaxonomy();
const calendar = createCalendar();

/** The default pack (SPEC: jdcloud-privacy-2020-07) and the others by their ids. */
export const P002 = 'jdcloud-privacy-2020-07';
export const P000 = 'jdcloud-privacy-2020-03';
export const P001 = 'jdcloud-terms-2020-03';
export const P003 = 'jingkefu-privacy';

export interface CtxOptions {
  /** Bundled pack ids or pack objects, in --policy order. */
  packs?: (string | Pack)[];
  asOf?: string;
  lang?: Lang;
  recipients?: RegisteredRecipient[];
  rules?: Config['rules'];
}

const loaded = new Map<string, Pack>();

/** A bundled pack, loaded (and schema-validated) once per test file. */
export function bundled(id: string): Pack {
  if (!loaded.has(id)) loaded.set(id, loadPack(id));
  return loaded.get(id)!;
}

/** A check context as the CLI builds one, without a config file. */
export function ctx(opts: CtxOptions = {}): CheckContext {
  const packs = (opts.packs ?? [P002]).map((p) => (typeof p === 'string' ? bundled(p) : p));
  const lang = opts.lang ?? 'en';
  const config: Config = { ...defaultConfig(), lang, recipients: opts.recipients ?? [], rules: opts.rules ?? {} };
  return { policy: new Policy(packs, taxonomy), taxonomy, config, asOf: opts.asOf ?? '2026-11-23', calendar, lang };
}

/** A bundled pack with some of its parts replaced (for clauses no bundled pack has). */
export function packWith(id: string, change: (p: Pack) => Partial<Pack>): Pack {
  const p = bundled(id);
  return { ...p, ...change(p) };
}

// Values written as people write them, through the real normalisers.
export const enc = (raw: string): Encryption => parseEncryption(raw)!;
export const mask = (raw: string): Masking => parseMasking(raw)!;
export const region = (raw: string): Region => parseRegion(raw)!;
export const keep = (raw: string): Duration => parseDuration(raw)!;
export const consent = (raw: string): Consent[] => parseConsent(raw)!;

export type RecordOptions = Partial<InventoryRecord> & { line?: number };

/**
 * An inventory record. The defaults describe a field no rule flags under any bundled pack: the device
 * model, declared and named as such, encrypted and masked, stored in Beijing, kept 180 days from
 * collection, shared with nobody, collected with explicit consent. `item` alone also sets the declared
 * and name items and the field name, so one key makes a consistent record.
 */
export function record(over: RecordOptions = {}): InventoryRecord {
  const item = over.item === undefined ? 'device.model' : over.item;
  const { line = 2, ...rest } = over;
  return {
    loc: { file: 'inventory.csv', line },
    system: 'crm',
    table: 'users',
    field: item ? item.split('.')[1]!.replace(/-/g, '_') : 'remark',
    categoryRaw: item,
    declaredItem: item,
    declaredCategory: item ? item.split('.')[0]! : null,
    nameItem: item,
    item,
    description: null,
    subjects: 'customers',
    purpose: 'customer service',
    sensitive: null,
    encryption: enc('AES-256-GCM'),
    masking: mask('partial'),
    region: region('cn-north-1'),
    retention: keep('180d'),
    retentionTrigger: 'collection',
    sharedWith: [],
    consent: ['explicit'],
    ...rest,
  };
}

/**
 * A field whose item is unknown but that holds personal information (SPEC decision 12): its category cell
 * could not be read (`unread`) or, with no category and a name the taxonomy cannot place, it is marked
 * sensitive (`sensitive`).
 */
export function unknownItem(how: 'unread' | 'sensitive', over: RecordOptions = {}): InventoryRecord {
  const base = record({ field: 'x', item: null, categoryRaw: null, declaredCategory: null, ...over });
  if (how === 'sensitive') return { ...base, sensitive: true };
  const loc = { ...base.loc, column: 2 };
  return { ...base, categoryRaw: '奇怪的类别', unread: [{ key: 'category', column: 'category', loc, raw: '奇怪的类别', near: [] }] };
}

export function inventory(records: InventoryRecord[], file = 'inventory.csv'): InventoryFile {
  return { kind: 'inventory', file, headerLine: 1, records };
}

/** The rule through the engine: configured severity, filled message, resolved clause, sorted. */
export function run(rule: Rule, records: InventoryRecord[], c: CheckContext = ctx()): Finding[] {
  return runRules([inventory(records)], [rule], c);
}

/** The one finding the rule reports for this record (fails when it reports none or several). */
export function only(rule: Rule, r: InventoryRecord, c: CheckContext = ctx()): Finding {
  const found = run(rule, [r], c);
  expect(found.map((f) => f.message)).toHaveLength(1);
  return found[0]!;
}

/** The message in both languages, each fully filled: no `{placeholder}` left, Chinese text in zh. */
export function messages(rule: Rule, r: InventoryRecord, opts: CtxOptions = {}): { en: string; zh: string } {
  const en = only(rule, r, ctx({ ...opts, lang: 'en' })).message;
  const zh = only(rule, r, ctx({ ...opts, lang: 'zh' })).message;
  for (const m of [en, zh]) {
    expect(m).not.toMatch(/\{\w+\}/);
    expect(m).not.toContain('undefined');
    expect(m).not.toContain('[object Object]');
  }
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  return { en, zh };
}

/** A config may lower a rule's severity or turn it off (SPEC: severities are defaults). */
export function expectSeverityConfigurable(rule: Rule, r: InventoryRecord, opts: CtxOptions = {}): void {
  expect(only(rule, r, ctx(opts)).severity).toBe(rule.meta.defaultSeverity);
  const other = rule.meta.defaultSeverity === 'warning' ? 'info' : 'warning';
  expect(only(rule, r, ctx({ ...opts, rules: { [rule.meta.id]: other } })).severity).toBe(other);
  expect(run(rule, [r], ctx({ ...opts, rules: { [rule.meta.id]: 'off' } }))).toEqual([]);
  // Another rule's setting leaves this one alone.
  expect(only(rule, r, ctx({ ...opts, rules: { 'some-other-rule': 'off' } })).severity).toBe(rule.meta.defaultSeverity);
}
