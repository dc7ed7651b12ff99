import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/assets.js';
import { InputError } from '../../src/errors.js';
import { listBundledPacks, loadPack } from '../../src/policy/load.js';
import type { Pack } from '../../src/policy/types.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { inputErrorOf } from '../helpers/input-error.js';
import { tempFolder } from '../helpers/temp-folder.js';

const root = packageRoot();
const load = (ref: string) => loadPack(ref, { cwd: root });

/** The InputError a load throws, or a failure when it does not throw one. */
function loadError(ref: string, cwd = root): InputError {
  try {
    loadPack(ref, { cwd });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error(`expected loading ${ref} to fail`);
}

function declares(pack: Pack, item: string): boolean {
  const category = item.split('.')[0]!;
  return pack.collects.some((s) => s.items?.includes(item) || s.categories?.includes(category));
}

/** 1-based line of the first line of a file containing `text`. */
function lineOf(file: string, text: string): number {
  return readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('listBundledPacks', () => {
  it('lists the pack files of policies/, not the shared data files', () => {
    const ids = listBundledPacks();
    expect(ids).toContain('jdcloud-privacy-2020-03');
    expect(ids).toContain('jdcloud-privacy-2020-07');
    expect(ids).not.toContain('taxonomy');
    expect(ids).not.toContain('sdk-catalog');
    expect(ids).toEqual([...ids].sort());
  });
});

describe('bundled packs', () => {
  it.each(listBundledPacks())('%s loads and validates', (id) => {
    const pack = load(id);
    expect(pack.id).toBe(id);
    expect(pack.title.length).toBeGreaterThan(0);
    expect(pack.collects.length + pack.retention.length + pack.prohibited.length).toBeGreaterThan(0);
  });

  it('carries the header fields of both JD Cloud privacy policies', () => {
    const zh = load('jdcloud-privacy-2020-03');
    expect([zh.title, zh.version, zh.language, zh.doc, zh.updated, zh.effective]).toEqual(['京东智联云隐私政策', '203003042', 'zh', '000_bd3da68f316bb770.txt', '2020-03-04', '2020-03-05']);
    const en = load('jdcloud-privacy-2020-07');
    expect([en.title, en.version, en.language, en.doc, en.updated, en.effective]).toEqual(['JD Cloud & AI Privacy Policy', '2020-07-27', 'en', '002_f6895c05c7a44292.txt', '2020-07-27', '2020-07-28']);
  });

  it('000 declares GPS, IMEI, MAC, IMSI, Wi-Fi, Bluetooth and base stations; 002 declares none of them', () => {
    const zh = load('jdcloud-privacy-2020-03');
    const en = load('jdcloud-privacy-2020-07');
    for (const item of ['location.gps', 'device.imei', 'device.mac', 'device.imsi', 'device.software-list', 'location.wifi', 'location.bluetooth', 'location.base-station']) {
      expect(declares(zh, item), item).toBe(true);
      expect(declares(en, item), item).toBe(false);
    }
    for (const item of ['device.model', 'device.os', 'device.idfa', 'network-identity.ip']) expect(declares(en, item), item).toBe(true);
  });

  it('002 has the SDK tables: 6 Android rows, 4 iOS rows, organisations as written', () => {
    const sdks = load('jdcloud-privacy-2020-07').recipients.sdks ?? [];
    const android = sdks.filter((r) => r.platform === 'android');
    const ios = sdks.filter((r) => r.platform === 'ios');
    expect(android.map((r) => r.sdk)).toEqual(['jd-digits-face', 'huawei-push', 'xiaomi-push', 'ctcc-onekey-login', 'cmcc-onekey-login', 'wechat-opensdk']);
    expect(ios.map((r) => r.sdk)).toEqual(['jd-digits-face', 'ctcc-onekey-login', 'cmcc-onekey-login', 'wechat-opensdk']);
    expect(android.find((r) => r.sdk === 'huawei-push')?.organization).toBe('Huawei Technologies Co. Ltd.');
    expect(android.find((r) => r.sdk === 'ctcc-onekey-login')?.organization).toBe('Century Dragon Information Network Co., Ltd.');
    const push = android.find((r) => r.sdk === 'xiaomi-push')!;
    expect(push.fields.find((f) => f.label === 'Device Unique Identification Code')?.items).toEqual(['device.imei', 'device.oaid', 'device.android-id', 'device.idfa', 'device.meid', 'device.idfv']);
    expect(load('jdcloud-privacy-2020-03').recipients.sdks ?? []).toEqual([]);
  });

  it('002 shares Facial Information with JD Digits but never declares collecting it (a gap lint reports)', () => {
    const en = load('jdcloud-privacy-2020-07');
    const face = en.recipients.sdks?.filter((r) => r.fields.some((f) => f.items.includes('biometric.face')));
    expect(face?.map((r) => `${r.platform}:${r.organization}`)).toEqual(['android:JD Digits', 'ios:JD Digits']);
    expect(declares(en, 'biometric.face')).toBe(false);
  });

  it.each([
    ['jdcloud-privacy-2020-03', '5.1.3', '5.1.4'],
    ['jdcloud-privacy-2020-07', '5.1.3', '5.1.5'],
  ])('%s: partners allowed (§%s), advertisers never (§7.5(3)), third parties must mask (§%s)', (id, partners, masking) => {
    const pack = load(id);
    const role = (r: string) => pack.recipients.roles?.find((x) => x.role === r);
    expect(role('advertiser')).toMatchObject({ allowed: false, cite: { section: '7.5(3)' } });
    for (const r of ['processor', 'partner', 'supplier', 'service-provider']) expect(role(r)).toMatchObject({ allowed: true, cite: { section: partners } });
    expect(pack.recipients.affiliates).toMatchObject({ allowed: true, cite: { section: '5.1.2' } });
    expect(pack.security.recipientMasking?.section).toBe(masking);
    expect(pack.security.passwordProtection).toBeUndefined();
  });

  it.each(['jdcloud-privacy-2020-03', 'jdcloud-privacy-2020-07'])('%s: retention, storage, minors and marketing clauses', (id) => {
    const pack = load(id);
    const rule = (rid: string) => pack.retention.find((r) => r.id === rid);
    expect(rule('transaction-records')).toMatchObject({ kind: 'minimum', period: '5y', from: 'transaction', items: ['property.transaction'] });
    expect(rule('delete-after-account-cancellation')).toMatchObject({ kind: 'maximum', period: '3 working days', from: 'account-cancellation', cite: { section: '6.2.2' } });
    expect(rule('delete-after-operations-end')).toMatchObject({ kind: 'maximum', from: 'operations-termination', cite: { section: '6.2.3' } });
    expect(pack.storage).toMatchObject({ region: 'mainland', crossBorder: 'separate-consent', cite: { section: '6.2.1' } });
    expect(pack.consent.minors).toMatchObject({ age: 18, requires: 'guardian', cite: { section: '8.1' } });
    expect(pack.consent.sensitive).toBeUndefined();
    expect(pack.prohibited).toEqual([expect.objectContaining({ purpose: 'marketing', items: ['other.religion', 'basic.sex'], categories: ['health'], cite: expect.objectContaining({ section: '7.5(4)' }) })]);
  });

  it('marks the §II sensitive list, but not IP address or logs (SPEC decision 4)', () => {
    const en = load('jdcloud-privacy-2020-07');
    const sensitive = (item: string) => en.sensitive.some((s) => s.items?.includes(item) || s.categories?.includes(item.split('.')[0]!));
    for (const item of ['network-identity.password', 'network-identity.account', 'basic.email', 'basic.phone', 'internet-records.browsing', 'identity.resident-id', 'property.transaction']) expect(sensitive(item), item).toBe(true);
    for (const item of ['network-identity.ip', 'internet-records.logs', 'device.idfa']) expect(sensitive(item), item).toBe(false);
  });

  it('records where each statement is, for lint messages', () => {
    const en = load('jdcloud-privacy-2020-07');
    const file = 'policies/jdcloud-privacy-2020-07.yaml';
    expect(en.locations?.['collects[0]']).toEqual({ file, line: lineOf(file, '- items: [basic.name, basic.address'), column: 5 });
    expect(en.locations?.['recipients.sdks[1]']?.line).toBe(lineOf(file, 'name: Huawei Push') - 1);
    expect(en.locations?.['consent.minors']?.line).toBe(lineOf(file, 'age: 18'));
  });
});

describe('extends', () => {
  const custom = () => load('fixtures/packs/custom-extends.yaml');

  it('appends the child statements to the parent and overrides what the child sets', () => {
    const parent = load('jdcloud-privacy-2020-07');
    const child = custom();
    expect([child.id, child.title, child.version, child.doc, child.extends]).toEqual(['acme-privacy', 'Acme additions to the JD Cloud & AI Privacy Policy', '1.0', 'acme-privacy-notice.md', 'jdcloud-privacy-2020-07']);
    expect(child.language).toBe('en');
    expect(child.collects).toHaveLength(parent.collects.length + 1);
    expect(child.collects.slice(0, -1)).toEqual(parent.collects);
    expect(child.collects.at(-1)).toMatchObject({ items: ['location.gps'], cite: { doc: 'acme-privacy-notice.md', section: '3.2' } });
    expect(declares(parent, 'location.gps')).toBe(false);
    expect(declares(child, 'location.gps')).toBe(true);
    expect(child.recipients.roles?.map((r) => r.role)).toEqual([...(parent.recipients.roles ?? []).map((r) => r.role), 'sdk']);
    expect(child.recipients.sdks).toEqual(parent.recipients.sdks);
    expect(child.recipients.affiliates).toEqual(parent.recipients.affiliates);
    expect(child.security.passwordProtection?.doc).toBe('acme-privacy-notice.md');
    expect(child.security.masking).toEqual(parent.security.masking);
    expect(child.retention).toEqual(parent.retention);
    expect(child.consent).toEqual(parent.consent);
    expect(child.storage).toEqual(parent.storage);
  });

  it("keeps each statement's location in the file that wrote it", () => {
    const parent = load('jdcloud-privacy-2020-07');
    const child = custom();
    const n = parent.collects.length;
    expect(child.locations?.[`collects[${n}]`]).toEqual({ file: 'fixtures/packs/custom-extends.yaml', line: 8, column: 5 });
    expect(child.locations?.['collects[0]']?.file).toBe('policies/jdcloud-privacy-2020-07.yaml');
    expect(child.locations?.[`recipients.roles[${parent.recipients.roles!.length}]`]?.line).toBe(12);
  });

  it('resolves a relative extends path from the extending file, not the working folder', () => {
    const dir = tempFolder('privaudit-pack-');
    writeFileSync(join(dir, 'grandchild.yaml'), 'id: grandchild\ntitle: Grandchild\nextends: middle.yaml\n');
    writeFileSync(join(dir, 'middle.yaml'), `id: middle\ntitle: Middle\nextends: ${JSON.stringify(join(root, 'fixtures/packs/custom-extends.yaml'))}\n`);
    const pack = loadPack(join(dir, 'grandchild.yaml'), { cwd: root });
    expect(pack.id).toBe('grandchild');
    expect(declares(pack, 'location.gps')).toBe(true);
    expect(pack.collects).toHaveLength(load('jdcloud-privacy-2020-07').collects.length + 1);
  });
});

describe('bad packs give an InputError naming file and line', () => {
  it('an unknown property, with the nearest allowed name', () => {
    const e = loadError('fixtures/packs/wrong-property.yaml');
    expect(e.describe()).toMatch(/^fixtures\/packs\/wrong-property\.yaml:4:1: \/: unknown property 'colects'/);
    expect(e.hint).toContain("'collects'");
  });

  it('a citation without its quote', () => {
    const e = loadError('fixtures/packs/missing-quote.yaml');
    expect(e.describe()).toMatch(/^fixtures\/packs\/missing-quote\.yaml:7:7: \/collects\/0\/cite: must have required property 'quote'/);
  });

  it('invalid YAML', () => {
    expect(loadError('fixtures/packs/invalid-yaml.yaml').describe()).toMatch(/^fixtures\/packs\/invalid-yaml\.yaml:6:\d+: /);
  });

  it('a duplicate key', () => {
    expect(loadError('fixtures/packs/duplicate-key.yaml').describe()).toMatch(/^fixtures\/packs\/duplicate-key\.yaml:7:5: Map keys must be unique/);
  });

  it('an alias bomb, refused fast', () => {
    const started = performance.now();
    const e = loadError('fixtures/packs/alias-bomb.yaml');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(e.describe()).toMatch(/^fixtures\/packs\/alias-bomb\.yaml:6:\d+: too many YAML aliases/);
  });

  it('circular extends, naming the chain', () => {
    const e = loadError('fixtures/packs/circular-a.yaml');
    expect(e.message).toBe('circular extends: fixtures/packs/circular-a.yaml → fixtures/packs/circular-b.yaml → fixtures/packs/circular-a.yaml');
    expect(e.describe()).toMatch(/^fixtures\/packs\/circular-b\.yaml:3:10: /);
  });

  it('extends of an unknown bundled id, suggesting the nearest', () => {
    const e = loadError('fixtures/packs/unknown-extends.yaml');
    expect(e.describe()).toMatch(/^fixtures\/packs\/unknown-extends\.yaml:3:10: unknown policy pack 'jdcloud-privacy-2020-7'/);
    expect(e.hint).toMatch(/^did you mean 'jdcloud-privacy-2020-07'/);
  });

  it('several value errors at once, in file order, with hints', () => {
    const text = loadError('fixtures/packs/bad-values.yaml').describe();
    expect(text).toMatch(/^fixtures\/packs\/bad-values\.yaml:3:10: \/version: '2024' must be string/);
    expect(text).toContain('fixtures/packs/bad-values.yaml:6:13: /collects/0/items/0:');
    expect(text).toContain("fixtures/packs/bad-values.yaml:12:11: /retention/0/from: 'account-cancelation' is not one of the allowed values (did you mean 'account-cancellation'?)");
    expect(text).toContain("hint: quote the value: '2024'");
  });

  it('an unknown bundled id on the command line lists the bundled packs', () => {
    const e = loadError('jdcloud-privacy-2020-7');
    expect(e.where).toBeUndefined();
    expect(e.hint).toContain("did you mean 'jdcloud-privacy-2020-07'");
    for (const id of listBundledPacks()) expect(e.hint).toContain(id);
  });

  it('a missing file', () => {
    expect(loadError('no/such/pack.yaml').describe()).toMatch(/^no\/such\/pack\.yaml: policy pack file not found/);
  });

  it('an extends path that is not there, quoted masked and bounded', () => {
    const dir = tempFolder('privaudit-pack-');
    writeFileSync(join(dir, 'child.yaml'), `id: child\ntitle: Child\nextends: ./${'p'.repeat(300)}/13812345678.yaml\n`);
    const e = loadError('child.yaml', dir);
    expect(e.describe()).toMatch(/^child\.yaml:3:10: policy pack file not found: '…p+\/138\*{4}5678\.yaml'\n/);
  });

  it('a base pack (no extends) missing required sections', () => {
    const dir = tempFolder('privaudit-pack-');
    writeFileSync(join(dir, 'bare.yaml'), '# comment\nid: bare\ntitle: Bare\nversion: "1"\nlanguage: en\ndoc: x.md\n');
    const e = loadError('bare.yaml', dir);
    expect(e.describe()).toMatch(/^bare\.yaml:2:1: \/: must have required property '(collects|consent|prohibited|recipients|retention|security|sensitive)'/);
  });

  it('an empty file', () => {
    const dir = tempFolder('privaudit-pack-');
    writeFileSync(join(dir, 'empty.yaml'), '');
    expect(loadError('empty.yaml', dir).describe()).toMatch(/^empty\.yaml:1:1: \/: the pack is empty/);
  });
});

describe('loadPack for a run (with the taxonomy): a pack whose ids the taxonomy does not know is invalid', () => {
  const file = 'fixtures/bad/pack-unknown-item.yaml';

  it('refuses it at the file, line and column of the unknown id, with the nearest id', () => {
    let error: unknown;
    try {
      loadPack(file, { cwd: root, taxonomy: loadTaxonomy() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).describe()).toMatch(
      new RegExp(`^${file.replace(/[./]/g, '\\$&')}:9:12: invalid policy pack 'acme-typo': collects\\[\\d+\\]\\.items: unknown item 'location\\.gpz'; did you mean 'location\\.gps'`),
    );
  });

  it('loads it as written without the taxonomy, for policies lint to report', () => {
    expect(load(file).collects.at(-1)?.items).toEqual(['location.gpz']);
  });
});

describe('loadPack: a reference written in a file (a config entry)', () => {
  const where = { file: 'privaudit.config.yaml', line: 3, column: 5 };
  const fails = (ref: string) => inputErrorOf(() => loadPack(ref, { cwd: root, where }));

  it('an unknown bundled id points at the entry', () => {
    const e = fails('jdcloud-privacy-2020-7');
    expect(e.describe()).toMatch(/^privaudit\.config\.yaml:3:5: unknown policy pack 'jdcloud-privacy-2020-7'\n {2}hint: did you mean/);
  });

  it('a path that is not there points at the entry and names the path', () => {
    const e = fails('packs/missing.yaml');
    expect(e.describe()).toMatch(/^privaudit\.config\.yaml:3:5: policy pack file not found: 'packs\/missing\.yaml'\n {2}hint: give a bundled pack id/);
  });

  it('a pack that loads is not affected', () => {
    expect(loadPack('jdcloud-privacy-2020-07', { where }).id).toBe('jdcloud-privacy-2020-07');
  });
});

describe('deadlines', () => {
  it('a pack extending a bundled one adds its deadlines after the parent’s, each located in its file', () => {
    const dir = tempFolder('privaudit-pack-');
    const file = join(dir, 'acme.yaml');
    writeFileSync(file, ['id: acme', 'title: Acme', 'extends: jdcloud-privacy-2020-07', 'deadlines:', '  - id: acme-reply', '    kind: request-reply', '    period: 10 working days', '    from: request', '    cite: { doc: acme.md, section: "4", quote: "within ten working days" }', ''].join('\n'));
    const pack = loadPack(file);
    expect(pack.deadlines!.map((d) => d.id)).toEqual(['reply-to-requests', 'cancellation-review', 'deletion-after-cancellation', 'notice-before-termination', 'stop-promotion-sms', 'acme-reply']);
    expect(pack.locations?.['deadlines[5]']).toMatchObject({ file, line: 5 });
  });

  it('refuses a deadline of an unknown kind at its line', () => {
    const dir = tempFolder('privaudit-pack-');
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, ['id: bad', 'title: Bad', 'extends: jdcloud-privacy-2020-07', 'deadlines:', '  - id: x', '    kind: reply-soon', '    period: 10d', '    from: request', '    cite: { doc: a, section: "1", quote: q }', ''].join('\n'));
    const e = loadError(file);
    expect(e.where).toMatchObject({ file, line: 6 });
    expect(e.message).toMatch(/kind/);
  });
});
