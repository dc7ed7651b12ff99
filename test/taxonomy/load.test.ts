import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/errors.js';
import { loadTaxonomy, parseTaxonomy } from '../../src/taxonomy/load.js';

const yamlText = readFileSync(new URL('../../policies/taxonomy.yaml', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../schemas/taxonomy.schema.json', import.meta.url), 'utf8')) as object;

/** The ids other engineers write policy packs against: fixed. */
const FIXED_IDS = `basic.name basic.birthday basic.age basic.sex basic.ethnicity basic.nationality basic.family basic.address basic.phone basic.email basic.nickname
identity.resident-id identity.military-id identity.passport identity.driving-licence identity.employee-card identity.access-card identity.social-security
identity.residence-permit identity.hk-macao-permit identity.taiwan-permit identity.id-photo biometric.gene biometric.fingerprint biometric.voiceprint
biometric.palmprint biometric.auricle biometric.iris biometric.face network-identity.account network-identity.user-id network-identity.ip
network-identity.certificate network-identity.password health.condition health.inpatient-record health.medical-order health.test-report health.surgery
health.nursing health.medication health.allergy health.fertility health.medical-history health.family-history health.weight health.height health.vital-capacity
education-work.occupation education-work.position education-work.employer education-work.education education-work.degree education-work.education-history
education-work.work-history education-work.training education-work.transcript property.bank-account property.payment-password property.deposit
property.real-estate property.credit property.credit-report property.transaction property.statement property.virtual-currency property.virtual-property
property.voucher property.income communication.records communication.content communication.sms communication.mms communication.email-content
communication.metadata contacts.address-book contacts.friends contacts.groups contacts.email-list internet-records.browsing internet-records.app-usage
internet-records.clicks internet-records.favourites internet-records.search internet-records.logs internet-records.free-text device.serial device.mac
device.software-list device.imei device.meid device.android-id device.idfa device.idfv device.openudid device.guid device.imsi device.oaid device.model
device.manufacturer device.os device.carrier device.settings location.track location.precise location.gps location.lodging location.wifi
location.bluetooth location.base-station location.region other.marital other.religion other.sexual-orientation other.criminal other.specific-identity other.profile
other.vehicle-plate`.split(/\s+/);

const tx = loadTaxonomy();
const itemsWhere = (flag: (i: ReturnType<typeof tx.item> & object) => boolean) => [...tx.items.values()].filter(flag).map((i) => i.id).sort();

describe('bundled taxonomy file', () => {
  it('is valid against schemas/taxonomy.schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(parse(yamlText)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('loads the same with the schema check that loadTaxonomy skips at run time', () => {
    expect(parseTaxonomy(yamlText).categories).toEqual(tx.categories);
  });

  it('starts with a comment block naming its sources', () => {
    expect(yamlText.startsWith('#')).toBe(true);
    expect(yamlText).toContain('GB/T 35273-2020');
    expect(yamlText).toContain('PIPL');
  });

  it('has the 13 Annex A categories in order, with their Annex A names', () => {
    expect(tx.categories.map((c) => c.id)).toEqual(['basic', 'identity', 'biometric', 'network-identity', 'health', 'education-work', 'property', 'communication', 'contacts', 'internet-records', 'device', 'location', 'other']);
    expect(tx.categories.map((c) => c.zh)).toEqual(['个人基本资料', '个人身份信息', '个人生物识别信息', '网络身份标识信息', '个人健康生理信息', '个人教育工作信息', '个人财产信息', '个人通信信息', '联系人信息', '个人上网记录', '个人常用设备信息', '个人位置信息', '其他信息']);
  });

  it('holds exactly the fixed item ids', () => {
    expect(FIXED_IDS).toHaveLength(118);
    expect([...tx.items.keys()].sort()).toEqual([...FIXED_IDS].sort());
    for (const id of FIXED_IDS) expect(tx.item(id)?.category).toBe(id.split('.')[0]);
  });

  it('lists every item under its category and in the items map', () => {
    for (const c of tx.categories) for (const i of c.items) expect(tx.item(i.id)).toBe(i);
    expect(tx.category('device')?.items.map((i) => i.id)).toContain('device.imei');
    expect(tx.category('nope')).toBeUndefined();
    expect(tx.item('device.nope')).toBeUndefined();
  });

  it('is loaded once', () => {
    expect(loadTaxonomy()).toBe(tx);
  });
});

describe('item flags', () => {
  it('marks Annex B categories sensitive as a whole', () => {
    expect(tx.categories.filter((c) => c.sensitive).map((c) => c.id)).toEqual(['identity', 'biometric', 'health', 'property']);
    for (const c of tx.categories.filter((c) => c.sensitive)) for (const i of c.items) expect(i.sensitive, i.id).toBe(true);
  });

  it('marks the Annex B items of other categories sensitive', () => {
    const outside = itemsWhere((i) => i.sensitive && !tx.category(i.category)!.sensitive);
    expect(outside).toEqual([
      'communication.content', 'communication.email-content', 'communication.mms', 'communication.records', 'communication.sms',
      'contacts.address-book', 'contacts.friends', 'contacts.groups', 'internet-records.browsing',
      'location.gps', 'location.lodging', 'location.precise', 'location.track',
      'network-identity.password', 'other.criminal', 'other.marital', 'other.religion', 'other.sexual-orientation', 'other.specific-identity',
    ]);
    expect(tx.item('basic.phone')?.sensitive).toBe(false);
    expect(tx.item('network-identity.ip')?.sensitive).toBe(false);
    expect(tx.item('internet-records.logs')?.sensitive).toBe(false);
  });

  it('marks the PIPL Art. 28 set for separate consent (health except the body measurements)', () => {
    const expected = [
      ...FIXED_IDS.filter((id) => id.startsWith('biometric.')),
      ...FIXED_IDS.filter((id) => id.startsWith('health.') && !['health.height', 'health.weight', 'health.vital-capacity'].includes(id)),
      'other.religion', 'other.specific-identity', 'property.bank-account', 'property.payment-password', 'property.credit-report',
      'location.track', 'location.precise', 'location.gps',
    ].sort();
    expect(itemsWhere((i) => i.separateConsent)).toEqual(expected);
  });

  it('marks the credentials and the free-text carriers', () => {
    expect(itemsWhere((i) => i.credential)).toEqual(['network-identity.password', 'property.payment-password']);
    expect(itemsWhere((i) => i.freeText)).toEqual(['communication.content', 'communication.email-content', 'communication.sms', 'internet-records.free-text', 'internet-records.logs']);
  });

  it('attaches the value detectors', () => {
    const withDetectors = Object.fromEntries([...tx.items.values()].filter((i) => i.detectors.length).map((i) => [i.id, i.detectors]));
    expect(withDetectors).toEqual({
      'basic.phone': ['mobile'],
      'basic.email': ['email'],
      'identity.resident-id': ['resident-id'],
      'identity.passport': ['passport'],
      'identity.hk-macao-permit': ['hk-macao-permit'],
      'identity.taiwan-permit': ['taiwan-permit'],
      'network-identity.ip': ['ipv4', 'ipv6'],
      'property.bank-account': ['bank-card'],
      'device.mac': ['mac'],
      'device.imei': ['imei'],
      'device.android-id': ['android-id'],
      'device.idfa': ['idfa'],
      'location.gps': ['gps'],
      'other.vehicle-plate': ['vehicle-plate'],
    });
  });

  it('always sets wholeNameSynonyms', () => {
    for (const i of tx.items.values()) expect(Array.isArray(i.wholeNameSynonyms), i.id).toBe(true);
    expect(tx.item('basic.name')?.wholeNameSynonyms).toContain('name');
  });
});

describe('broken taxonomies are programmer errors', () => {
  const broken = (from: string, to: string): (() => unknown) => {
    expect(yamlText).toContain(from);
    return () => parseTaxonomy(yamlText.replace(from, to), 'broken.yaml');
  };

  const thrown = (f: () => unknown): Error => {
    try {
      f();
    } catch (e) {
      expect(isInputError(e)).toBe(false);
      return e as Error;
    }
    throw new Error('expected a throw');
  };

  it('rejects a duplicate item id', () => {
    expect(thrown(broken('- id: biometric.iris', '- id: biometric.gene')).message).toContain("id 'biometric.gene' is used twice");
  });

  it('rejects an item id outside its category', () => {
    expect(thrown(broken('- id: biometric.iris', '- id: health.iris')).message).toContain("item 'health.iris' is listed under category 'biometric'");
  });

  it('rejects a synonym claimed by two items, after folding', () => {
    expect(thrown(broken('synonyms: [指纹, fingerprint]', 'synonyms: [指纹, fingerprint, Cell-Phone]')).message).toContain("synonym 'Cell-Phone' is claimed by both basic.phone and biometric.fingerprint");
  });

  it('rejects a synonym listed twice in one item', () => {
    expect(thrown(broken('synonyms: [指纹, fingerprint]', 'synonyms: [指纹, fingerprint, FingerPrint]')).message).toContain("synonym 'FingerPrint' is listed twice");
  });

  it('rejects a name shared by a category and an item', () => {
    expect(thrown(broken('aliases: [身份信息,', 'aliases: [身份证, 身份信息,')).message).toContain("name '身份证' is claimed by both identity and identity.resident-id");
  });

  it('rejects lowering the sensitivity of a sensitive category', () => {
    expect(thrown(broken('synonyms: [虹膜, iris]', 'synonyms: [虹膜, iris]\n        sensitive: false')).message).toContain("item 'biometric.iris' says sensitive: false");
  });

  it('rejects separate consent on an item that is not sensitive', () => {
    expect(thrown(broken('synonyms: [年龄, 周岁, age]', 'synonyms: [年龄, 周岁, age]\n        separateConsent: true')).message).toContain("item 'basic.age' needs separate consent");
  });

  it('reports schema violations at their line', () => {
    const f = broken('detectors: [gps]', 'detectors: [geo]');
    const line = yamlText.split('\n').findIndex((l) => l.includes('detectors: [gps]')) + 1;
    const message = thrown(f).message;
    expect(message).toContain('does not match schemas/taxonomy.schema.json');
    expect(message).toContain(`broken.yaml:${line}:`);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(thrown(() => parseTaxonomy('categories:\n  - id: [basic\n', 'broken.yaml')).message).toMatch(/^broken\.yaml:\d+:\d+: invalid YAML/);
  });
});
