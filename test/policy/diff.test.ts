import { describe, expect, it } from 'vitest';
import { canonicalPeriod, diffPacks, type ItemRef } from '../../src/policy/diff.js';
import { expandSelector } from '../../src/policy/selectors.js';
import { formatPackDiff } from '../../src/policy/show-diff.js';
import { loadPack } from '../../src/policy/load.js';
import type { Pack } from '../../src/policy/types.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';

const taxonomy = loadTaxonomy();
const ids = (refs: ItemRef[]) => refs.map((r) => r.id);
const copy = (id: string): Pack => structuredClone(loadPack(id));

describe('jdcloud-privacy-2020-03 → jdcloud-privacy-2020-07', () => {
  const diff = diffPacks(loadPack('jdcloud-privacy-2020-03'), loadPack('jdcloud-privacy-2020-07'), taxonomy);
  const DROPPED = ['device.imei', 'device.mac', 'location.base-station', 'location.bluetooth', 'location.gps', 'location.wifi'];

  it('drops GPS, MAC, IMEI, Wi-Fi, Bluetooth and base-station data', () => {
    expect(ids(diff.collected.onlyA)).toEqual(expect.arrayContaining(DROPPED));
    expect(ids(diff.collected.onlyB)).toEqual([]);
    expect(diff.collected.onlyA.find((i) => i.id === 'location.gps')).toEqual({ id: 'location.gps', zh: '经纬度(GPS)', en: 'GPS coordinates', section: '4.2.3' });
    expect(diff.collected.onlyA.find((i) => i.id === 'device.mac')?.section).toBe('二');
  });

  it('adds the SDK tables: six Android rows and four iOS rows', () => {
    expect(diff.sdkRows.onlyA).toEqual([]);
    const platforms = diff.sdkRows.onlyB.map((r) => r.platform);
    expect(platforms.filter((p) => p === 'android')).toHaveLength(6);
    expect(platforms.filter((p) => p === 'ios')).toHaveLength(4);
    const face = diff.sdkRows.onlyB.find((r) => r.platform === 'ios' && r.organization === 'JD Digits');
    expect(ids(face!.items)).toContain('biometric.face');
    expect(diff.sdkRows.onlyB.some((r) => r.platform === 'ios' && r.name === 'Huawei Push')).toBe(false);
  });

  it('keeps the same retention rules, storage, consent and security statements', () => {
    expect(diff.retention).toEqual({ onlyA: [], onlyB: [] });
    expect(diff.statements).toEqual([]);
  });

  it('reads as text, every section named', () => {
    const text = formatPackDiff(diff, 'en');
    expect(text.startsWith('A: jdcloud-privacy-2020-03  京东智联云隐私政策  (203003042)\nB: jdcloud-privacy-2020-07')).toBe(true);
    expect(text).toContain('\nCollected only in A (');
    expect(text).toContain('\n  location.gps (GPS coordinates)  §4.2.3\n');
    expect(text).toContain('\n  device.imei (IMEI)  §二\n');
    expect(text).toContain('\nCollected only in B (0)\n  (none)\n');
    expect(text).toContain('\nSDK rows only in B (10)\n');
    expect(text).toMatch(/\n {2}ios {2}Face Scanning and Real Name — JD Digits: basic\.name, biometric\.face, identity\.resident-id {2}§5\.1\.4\n/);
    for (const heading of ['Marked sensitive only in A', 'Retention rules only in B', 'Storage, consent, recipients and security']) expect(text).toContain(`\n${heading} (`);
  });

  it('reads in Chinese with the Chinese item names', () => {
    const text = formatPackDiff(diff, 'zh');
    expect(text).toContain('\n仅 A 收集 (');
    expect(text).toContain('\n  location.wifi (Wi-Fi接入点)  §4.2.3\n');
    expect(text).toContain('\n仅 B 收集 (0)\n  （无）\n');
  });

  it('is symmetric', () => {
    const back = diffPacks(loadPack('jdcloud-privacy-2020-07'), loadPack('jdcloud-privacy-2020-03'), taxonomy);
    expect(back.collected.onlyB).toEqual(diff.collected.onlyA);
    expect(back.sdkRows.onlyA).toEqual(diff.sdkRows.onlyB);
  });
});

describe('terms (001) against Jingkefu (003)', () => {
  const diff = diffPacks(loadPack('jdcloud-terms-2020-03'), loadPack('jingkefu-privacy'), taxonomy);

  it('compares the single statements and only reports those that differ', () => {
    const byKey = Object.fromEntries(diff.statements.map((s) => [s.key, [s.a, s.b]]));
    expect(byKey['storage']).toEqual([null, { en: 'mainland China; cross-border: separate-consent', zh: '中国境内；跨境：需单独同意' }]);
    expect(byKey['consent.childrenSensitiveUnder']).toEqual([null, { en: 'sensitive under 14', zh: '不满 14 岁为敏感信息' }]);
    expect(byKey['security.passwordProtection']?.[0]?.en).toBe('§6.6');
    expect(byKey['security.passwordProtection']?.[1]).toBeNull();
    expect(byKey['security.masking']?.[1]?.zh).toBe('§一(五)5');
    expect(byKey['recipients.roles.partner']).toEqual([null, { en: 'allowed', zh: '允许' }]);
    // Both: guardian consent under 18; both allow affiliates and authorities.
    expect(byKey['consent.minors']).toBeUndefined();
    expect(byKey['recipients.affiliates']).toBeUndefined();
    expect(byKey['recipients.roles.authority']).toBeUndefined();
    expect(formatPackDiff(diff, 'en')).toContain('\n  storage: A not stated | B mainland China; cross-border: separate-consent\n');
    expect(formatPackDiff(diff, 'zh')).toContain('\n  storage: A 未说明 | B 中国境内；跨境：需单独同意\n');
  });

  it('lists the retention rules each has', () => {
    expect(diff.retention.onlyA.map((r) => `${r.id} ${r.kind} ${r.period} ${r.from}`)).toEqual([
      'service-termination-data maximum 7d service-termination',
      'dormant-login-name maximum 12 months last-login',
    ]);
    expect(diff.retention.onlyB.map((r) => [r.id, r.items])).toEqual([
      ['account-cancellation-delete', null],
      ['operations-termination-delete', null],
    ]);
    const text = formatPackDiff(diff, 'en');
    expect(text).toContain('\n  dormant-login-name: at most 12 months from the last login — network-identity.account  §2.3.2(1)\n');
    expect(text).toContain('\n  account-cancellation-delete: at most 0 days from account cancellation — all personal information  §四(二)2\n');
    expect(formatPackDiff(diff, 'zh')).toContain('\n  dormant-login-name: 至多 12个月 起算于 最后一次登录 — network-identity.account  §2.3.2(1)\n');
  });

  it('expands categories into items: the identity category of both overlaps, the face is Jingkefu only', () => {
    expect(ids(diff.collected.onlyA).some((id) => id.startsWith('identity.'))).toBe(false);
    expect(ids(diff.collected.onlyB)).toContain('biometric.face');
    expect(ids(diff.sensitive.onlyB)).toEqual(expect.arrayContaining(['biometric.face', 'health.condition', 'other.religion']));
    expect(diff.sensitive.onlyA).toEqual([]);
  });
});

describe('item-level comparison', () => {
  it('a category on one side and some of its items on the other leave only the rest', () => {
    const a = copy('jdcloud-terms-2020-03');
    const b = copy('jdcloud-terms-2020-03');
    a.collects.push({ categories: ['device'], cite: a.collects[0]!.cite });
    const diff = diffPacks(a, b, taxonomy);
    expect(ids(diff.collected.onlyA)).toContain('device.imei');
    // 001 already declares the device model, OS and software list.
    expect(ids(diff.collected.onlyA)).not.toContain('device.model');
    expect(ids(diff.collected.onlyA)).toHaveLength(taxonomy.category('device')!.items.length - 3);
  });

  it('the same pack has no differences', () => {
    const pack = loadPack('jingkefu-privacy');
    const diff = diffPacks(pack, pack, taxonomy);
    expect([diff.collected, diff.sensitive, diff.sdkRows, diff.retention, diff.prohibited]).toEqual(Array(5).fill({ onlyA: [], onlyB: [] }));
    expect(diff.sdkFields).toEqual([]);
    expect(diff.statements).toEqual([]);
  });

  it('retention rules match on kind, length, start and items, however the period is written', () => {
    const a = copy('jdcloud-terms-2020-03');
    const b = copy('jdcloud-terms-2020-03');
    b.retention[1]!.period = '1y';
    b.retention[1]!.id = 'renamed';
    b.retention[0]!.from = 'account-cancellation';
    const diff = diffPacks(a, b, taxonomy);
    expect(diff.retention.onlyA.map((r) => r.id)).toEqual(['service-termination-data']);
    expect(diff.retention.onlyB.map((r) => `${r.id} ${r.from}`)).toEqual(['service-termination-data account-cancellation']);
  });

  it('reports rows both list whose shared items differ', () => {
    const a = copy('jdcloud-privacy-2020-07');
    const b = copy('jdcloud-privacy-2020-07');
    const row = b.recipients.sdks!.find((r) => r.platform === 'ios' && r.organization === 'JD Digits')!;
    row.fields = row.fields.filter((f) => !f.items.includes('biometric.face'));
    row.fields.push({ label: 'Location', items: ['location.gps'] });
    row.name = 'face scanning and real name';
    const diff = diffPacks(a, b, taxonomy);
    expect(diff.sdkRows).toEqual({ onlyA: [], onlyB: [] });
    expect(diff.sdkFields).toEqual([
      {
        platform: 'ios',
        name: 'Face Scanning and Real Name',
        organization: 'JD Digits',
        onlyA: [{ id: 'biometric.face', zh: '面部识别特征', en: 'facial features' }],
        onlyB: [{ id: 'location.gps', zh: '经纬度(GPS)', en: 'GPS coordinates' }],
      },
    ]);
    expect(formatPackDiff(diff, 'en')).toContain('\n  ios  Face Scanning and Real Name — JD Digits: A only biometric.face; B only location.gps\n');
  });

  it('lists prohibited uses per item', () => {
    const diff = diffPacks(loadPack('jdcloud-privacy-2020-03'), loadPack('jdcloud-terms-2020-03'), taxonomy);
    const religion = diff.prohibited.onlyA.find((p) => p.item.id === 'other.religion');
    expect(religion).toMatchObject({ purpose: 'marketing', section: '7.5(4)' });
    expect(diff.prohibited.onlyA.filter((p) => p.item.id.startsWith('health.'))).toHaveLength(taxonomy.category('health')!.items.length);
    expect(diff.prohibited.onlyB).toEqual([]);
  });
});

describe('helpers', () => {
  it('canonicalPeriod spells equal periods alike', () => {
    expect(canonicalPeriod('1y')).toBe('12 months');
    expect(canonicalPeriod('P1Y')).toBe('12 months');
    expect(canonicalPeriod('12 months')).toBe('12 months');
    expect(canonicalPeriod('2 weeks')).toBe('14 days');
    expect(canonicalPeriod('3个工作日')).toBe('3 working-days');
    expect(canonicalPeriod('永久')).toBe('forever');
    expect(canonicalPeriod('5 Fortnights')).toBe('5fortnights');
  });

  it('expandSelector unites items and whole categories, sorted', () => {
    expect(expandSelector({ items: ['location.gps'], categories: ['contacts'] }, taxonomy)).toEqual([
      'contacts.address-book',
      'contacts.email-list',
      'contacts.friends',
      'contacts.groups',
      'location.gps',
    ]);
  });
});

describe('deadlines', () => {
  it('the zh and en JD Cloud policies make the same promises with a clock', () => {
    const diff = diffPacks(loadPack('jdcloud-privacy-2020-03'), loadPack('jdcloud-privacy-2020-07'), taxonomy);
    expect(diff.deadlines).toEqual({ onlyA: [], onlyB: [] });
  });

  it('JD Cloud (000) against Jingkefu (003): reply periods by request type, review and deletion, the SMS opt-out', () => {
    const diff = diffPacks(loadPack('jdcloud-privacy-2020-03'), loadPack('jingkefu-privacy'), taxonomy);
    expect(diff.deadlines.onlyA.map((d) => d.id)).toEqual(['reply-to-requests', 'cancellation-review', 'deletion-after-cancellation']);
    expect(diff.deadlines.onlyB.map((d) => [d.id, d.period, d.from, d.types])).toEqual([
      ['reply-to-rights-requests', '30d', 'identity-verified', ['access', 'complaint', 'correction', 'deletion']],
      ['reply-to-inquiries', '15d', 'request', null],
    ]);
    const text = formatPackDiff(diff, 'en');
    expect(text).toContain('\nDeadlines only in B (2)\n  reply-to-rights-requests: reply within 30 days of the identity verification (access, complaints, correction, deletion)  §五6\n');
    expect(formatPackDiff(diff, 'zh')).toContain('  reply-to-inquiries: 收到请求后 15天内答复  §八2\n');
  });

  it('a deadline matches on kind, length, start and types, however the period is written', () => {
    const a = copy('jdcloud-privacy-2020-03');
    const b = copy('jdcloud-privacy-2020-03');
    b.deadlines = b.deadlines!.map((d) => (d.kind === 'request-reply' ? { ...d, id: 'renamed', period: '30 days' } : d));
    expect(diffPacks(a, b, taxonomy).deadlines).toEqual({ onlyA: [], onlyB: [] });
    b.deadlines = b.deadlines.map((d) => (d.kind === 'request-reply' ? { ...d, period: '15d' } : d));
    expect(diffPacks(a, b, taxonomy).deadlines.onlyB.map((d) => d.period)).toEqual(['15d']);
  });
});
