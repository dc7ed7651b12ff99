/** Shared test setup for the SDK audit: real bundled packs, taxonomy and catalog. */
import { expect } from 'vitest';
import type { CheckContext, RawFinding, Rule } from '../../src/check/types.js';
import type { Config } from '../../src/config/types.js';
import type { WorkCalendar } from '../../src/calendar/types.js';
import type { Location } from '../../src/location.js';
import type { SdkFile, SdkRecord } from '../../src/load/types.js';
import { loadPack } from '../../src/policy/load.js';
import { Policy } from '../../src/policy/policy.js';
import type { Pack, Platform } from '../../src/policy/types.js';
import { loadCatalog } from '../../src/sdk/catalog.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';

export const tx = loadTaxonomy();
export const catalog = loadCatalog();

/** A check context over bundled packs (or pack objects); the SDK rules read only policy and taxonomy. */
export function contextFor(packs: (string | Pack)[], lang: 'en' | 'zh' = 'en'): CheckContext {
  const loaded = packs.map((p) => (typeof p === 'string' ? loadPack(p) : p));
  return {
    policy: new Policy(loaded, tx),
    taxonomy: tx,
    config: {} as Config,
    asOf: '2026-01-01',
    calendar: {} as WorkCalendar,
    lang,
  };
}

export const ctx002 = () => contextFor(['jdcloud-privacy-2020-07']);

/** A record as a reader would make it. */
export function record(line: number, platform: Platform, sdk: string, over: Partial<SdkRecord> = {}): SdkRecord {
  const loc: Location = { file: 'sdks.csv', line };
  return { loc, platform, sdk, sdkId: catalog.sdkIdForName(sdk), organization: null, fields: [], purpose: null, package: null, version: null, ...over };
}

/** What a build-file reader found, one row per record: the SDK, its line, the package and version. */
export function sdkRows(f: SdkFile): [string | null, number, string | null, string | null][] {
  return f.records.map((r) => [r.sdkId, r.loc.line, r.package, r.version]);
}

export function sdkFile(records: SdkRecord[], headerLine = 1): SdkFile {
  return { kind: 'sdk', file: 'sdks.csv', headerLine, records };
}

/** Fill a template the way the engine does (localized args picked by language). */
export function render(template: string, args: RawFinding['args'], lang: 'en' | 'zh'): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = args[name];
    return v === undefined ? m : typeof v === 'object' ? v[lang] : String(v);
  });
}

/** Both message templates fill completely (the engine adds `policy`, `item`, `itemName`). */
export function expectMessagesFilled(rule: Rule, f: RawFinding): { en: string; zh: string } {
  const args = { policy: 'jdcloud-privacy-2020-07', item: f.item ?? '', itemName: f.item ?? '', ...f.args };
  const en = render(rule.meta.messages.en, args, 'en');
  const zh = render(rule.meta.messages.zh, args, 'zh');
  expect(en).not.toMatch(/\{\w+\}/);
  expect(zh).not.toMatch(/\{\w+\}/);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  return { en, zh };
}
