import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { assertUsablePack, lintPack, sortFindings, type LintCode, type LintFinding } from '../../src/policy/lint.js';
import { listBundledPacks, loadPack } from '../../src/policy/load.js';
import type { Pack } from '../../src/policy/types.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { englishWords } from '../cli/english-words.js';
import { tempFolder } from '../helpers/temp-folder.js';

const taxonomy = loadTaxonomy();
const BUNDLED = ['jdcloud-privacy-2020-03', 'jdcloud-privacy-2020-07', 'jdcloud-terms-2020-03', 'jingkefu-privacy'];
const TERMS_DOC = '001_a85b9002474a8223.txt';
const JINGKEFU_DOC = '003_83c8b0c091646c71.txt';

/** A bundled pack without locations, to change freely. */
function packCopy(id: string): Pack {
  const { locations: _unused, ...pack } = structuredClone(loadPack(id));
  return pack;
}

const cite = (section: string, doc = TERMS_DOC) => ({ doc, section, quote: 'q' });
const codes = (findings: LintFinding[]) => findings.map((f) => f.code);
const only = (findings: LintFinding[], code: string) => findings.filter((f) => f.code === code);

describe('bundled packs', () => {
  it('are the four seeds', () => {
    expect(listBundledPacks()).toEqual(expect.arrayContaining(BUNDLED));
  });

  it.each(BUNDLED)('%s lints without errors', (id) => {
    const errors = lintPack(loadPack(id), taxonomy).filter((f) => f.level === 'error');
    expect(errors).toEqual([]);
  });

  it('002: the JD Digits rows share facial information that the collected list never declares', () => {
    const pack = loadPack('jdcloud-privacy-2020-07');
    const face = only(lintPack(pack, taxonomy), 'sdk-item-not-collected').filter((f) => f.message.includes('biometric.face'));
    expect(face).toHaveLength(1);
    const finding = face[0]!;
    expect(finding.level).toBe('warning');
    expect(finding.message).toContain('shares biometric.face (facial features) as "Facial Information" with "Face Scanning and Real Name" (JD Digits; android, ios; §5.1.4)');
    expect(finding.message).toMatch(/collected information \(§II, .*\) does not declare it$/);
    // Both sides cited: the table rows (android and ios) and the pack's collected list.
    const rows = (pack.recipients.sdks ?? []).filter((r) => r.organization === 'JD Digits');
    expect(rows.map((r) => r.platform).sort()).toEqual(['android', 'ios']);
    for (const row of rows) expect(finding.cites).toContainEqual(row.cite);
    expect(finding.cites).toContainEqual(pack.collects[0]!.cite);
    const firstRow = pack.recipients.sdks!.indexOf(rows[0]!);
    expect(finding.location).toEqual(pack.locations?.[`recipients.sdks[${firstRow}]`]);
    expect(finding.location?.file).toBe('policies/jdcloud-privacy-2020-07.yaml');
  });

  it('001: the identity documents of real-name verification are not marked sensitive (info)', () => {
    const pack = loadPack('jdcloud-terms-2020-03');
    const info = only(lintPack(pack, taxonomy), 'sensitive-unmarked');
    const identity = info.find((f) => f.message.includes('whole identity category'));
    expect(identity?.level).toBe('info');
    expect(identity?.cites.map((c) => c.section)).toEqual(['2.1.2(4)']);
    expect(info.some((f) => f.message.includes('银行账户/bank account'))).toBe(true);
  });

  it('003: the §一 definition marks as sensitive what the app never collects (warning)', () => {
    const findings = only(lintPack(loadPack('jingkefu-privacy'), taxonomy), 'sensitive-not-collected');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('other.religion (religious belief)');
    expect(findings[0]!.message).toContain('health (none of its items)');
    // The face is collected (§一(一)1(5)), so the biometric category is not reported.
    expect(findings[0]!.message).not.toContain('biometric');
  });
});

describe('ids the taxonomy does not know', () => {
  it('reports an unknown item with the nearest id, and skips it in the other checks', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.collects.push({ items: ['device.imie'], cite: cite('6.7.2') });
    pack.sensitive.push({ items: ['device.imie'], cite: cite('6.7.2') });
    const findings = lintPack(pack, taxonomy);
    const unknown = only(findings, 'unknown-item');
    expect(unknown).toHaveLength(2);
    expect(unknown[0]!.level).toBe('error');
    expect(unknown[0]!.message).toContain("unknown item 'device.imie'; did you mean 'device.imei',");
    expect(unknown.map((f) => f.message.split(':')[0])).toEqual(['collects[10].items', 'sensitive[0].items']);
    expect(codes(findings)).not.toContain('sensitive-not-collected');
  });

  it('reports an unknown category with a suggestion', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.retention.push({ id: 'x', kind: 'maximum', period: '7d', from: 'collection', categories: ['devices'], cite: cite('3.8.3') });
    const [finding] = only(lintPack(pack, taxonomy), 'unknown-category');
    expect(finding?.message).toContain("unknown category 'devices'; did you mean 'device'?");
  });

  it('checks the items of SDK table fields', () => {
    const pack = packCopy('jdcloud-privacy-2020-07');
    pack.recipients.sdks![0]!.fields[0]!.items = ['biometric.faces'];
    const [finding] = only(lintPack(pack, taxonomy), 'unknown-item');
    expect(finding?.message).toMatch(/^recipients\.sdks\[0\]\.fields\[0\]\.items: unknown item 'biometric\.faces'; did you mean 'biometric\.face'/);
  });
});

describe('assertUsablePack: the lint errors a run refuses (audit and scan)', () => {
  const refusal = (pack: Pack): InputError => {
    try {
      assertUsablePack(pack, taxonomy);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return e as InputError;
    }
    throw new Error('expected the pack to be refused');
  };

  it('accepts every bundled pack', () => {
    for (const id of BUNDLED) expect(() => assertUsablePack(loadPack(id), taxonomy), id).not.toThrow();
  });

  it('refuses an unknown item or category at the first, as lint words it, and counts the rest', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.collects.push({ items: ['device.imie'], cite: cite('6.7.2') });
    pack.sensitive.push({ items: ['device.imie'], categories: ['devices'], cite: cite('6.7.2') });
    const e = refusal(pack);
    // Without locations (a copy), lint's order falls to the code: the category first.
    expect(e.message).toBe("invalid policy pack 'jdcloud-terms-2020-03': sensitive[0].categories: unknown category 'devices'; did you mean 'device'? (see policies/taxonomy.yaml) (and 2 more unknown ids)");
    expect(e.hint).toContain('`privaudit policies lint');
  });

  it('leaves warnings alone: an item marked sensitive that the pack does not collect is still a usable pack', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.sensitive.push({ items: ['device.imei'], cite: cite('6.7.2') });
    expect(codes(lintPack(pack, taxonomy))).toContain('sensitive-not-collected');
    expect(() => assertUsablePack(pack, taxonomy)).not.toThrow();
  });
});

describe('retention rules', () => {
  it('reports a duplicate id at the second rule, citing both', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    const dup = { ...pack.retention[0]!, cite: cite('9.9') };
    pack.retention.push(dup);
    const [finding] = only(lintPack(pack, taxonomy), 'duplicate-retention-id');
    expect(finding?.level).toBe('error');
    expect(finding?.message).toContain("retention[2]: retention rule id 'service-termination-data' is already used by retention[0]");
    expect(finding?.cites.map((c) => c.section)).toEqual(['3.8.3', '9.9']);
  });

  it('reports a period that does not parse, and accepts the ways people write one', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.retention[0]!.period = '5 fortnights';
    pack.retention[1]!.period = '3个工作日';
    const findings = only(lintPack(pack, taxonomy), 'retention-period-invalid');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.level).toBe('error');
    expect(findings[0]!.message).toContain("retention[0] 'service-termination-data': period '5 fortnights' is not a duration");
  });

  it('warns about a rule on items the pack does not collect; a rule on all PI is fine', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.retention.push({ id: 'gps', kind: 'maximum', period: '7d', from: 'collection', items: ['location.gps', 'location.track'], categories: ['health'], cite: cite('3.8.3') });
    pack.retention.push({ id: 'all', kind: 'maximum', period: '7d', from: 'collection', cite: cite('3.8.3') });
    const findings = only(lintPack(pack, taxonomy), 'retention-not-collected');
    expect(findings.map((f) => f.message)).toEqual([
      'retention[2] (§3.8.3) sets a retention rule for location.track (whereabouts and tracks), health (none of its items), which the pack does not declare collecting',
    ]);
  });
});

describe('sensitivity', () => {
  it('a prohibited purpose on an item that is not collected is no finding', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.prohibited.push({ purpose: 'marketing', items: ['other.religion'], cite: cite('6.8') });
    expect(lintPack(pack, taxonomy).filter((f) => f.message.includes('other.religion'))).toEqual([]);
  });

  it('marking an Annex B item silences its info finding', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    const before = only(lintPack(pack, taxonomy), 'sensitive-unmarked').length;
    pack.sensitive.push({ categories: ['identity'], cite: cite('2.1.2(4)') });
    const after = only(lintPack(pack, taxonomy), 'sensitive-unmarked');
    expect(after).toHaveLength(before - 1);
    expect(after.some((f) => f.message.includes('identity category'))).toBe(false);
  });
});

describe('citations of another document', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempFolder('privaudit-lint-');
  });

  it('warns at the citation', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.security.masking = cite('5', JINGKEFU_DOC);
    const [finding] = only(lintPack(pack, taxonomy), 'cite-doc-mismatch');
    expect(finding?.level).toBe('warning');
    expect(finding?.message).toContain(`security.masking: cites '${JINGKEFU_DOC}', but the pack's document is '${TERMS_DOC}'`);
  });

  it('accepts quotes from the extended pack, inherited or new, and still flags a third document', () => {
    const file = join(dir, 'custom.yaml');
    writeFileSync(
      file,
      [
        'id: custom',
        'title: Custom',
        'extends: jingkefu-privacy',
        'doc: our-annex.txt',
        'collects:',
        `  - items: [location.track]`,
        `    cite: { doc: ${JINGKEFU_DOC}, section: "三(一)3", quote: "位置信息" }`,
        `  - items: [location.gps]`,
        `    cite: { doc: our-annex.txt, section: "1", quote: "GPS" }`,
        `  - items: [location.precise]`,
        `    cite: { doc: ${TERMS_DOC}, section: "6.7.2", quote: "GPS" }`,
        '',
      ].join('\n'),
    );
    const pack = loadPack(file);
    const findings = only(lintPack(pack, taxonomy), 'cite-doc-mismatch');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(`cites '${TERMS_DOC}'`);
    expect(findings[0]!.location).toMatchObject({ file, line: 11 });
  });

  it('takes inherited documents as an option for packs without locations', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.security.masking = cite('5', JINGKEFU_DOC);
    expect(only(lintPack(pack, taxonomy, { inheritedDocs: [JINGKEFU_DOC] }), 'cite-doc-mismatch')).toEqual([]);
  });
});

describe('order', () => {
  it('is file order, then severity, code and message, whatever the input order', () => {
    const findings = lintPack(loadPack('jdcloud-terms-2020-03'), taxonomy);
    expect(findings.length).toBeGreaterThan(3);
    expect(sortFindings([...findings].reverse())).toEqual(findings);
    const lines = findings.map((f) => f.location!.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('puts findings without a location last', () => {
    const a: LintFinding = { level: 'info', code: 'sensitive-unmarked', message: 'a', location: { file: 'f', line: 9 }, cites: [] };
    const b: LintFinding = { level: 'error', code: 'unknown-item', message: 'b', cites: [] };
    expect(sortFindings([b, a])).toEqual([a, b]);
  });
});

describe('deadlines', () => {
  const reply = { id: 'reply', kind: 'request-reply' as const, period: '30d', from: 'request' as const, cite: cite('10.3') };

  it('the bundled deadlines lint clean, and a pack without deadlines has nothing to say about them', () => {
    for (const id of BUNDLED) expect(codes(lintPack(loadPack(id), taxonomy)).filter((c) => c.startsWith('deadline') || c === 'duplicate-deadline-id')).toEqual([]);
    const pack = packCopy('jdcloud-terms-2020-03');
    delete pack.deadlines;
    expect(codes(lintPack(pack, taxonomy)).filter((c) => c.includes('deadline'))).toEqual([]);
  });

  it('reports a repeated id, a bad period, a start the kind has no date for, types off a request', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.deadlines = [
      reply,
      { ...reply, period: 'soon' },
      { id: 'notice', kind: 'termination-notice', period: '30 working days', from: 'termination', cite: cite('x') },
      { id: 'dormant', kind: 'dormancy', period: '12 months', from: 'request', types: ['access'], cite: cite('y') },
    ];
    const found = lintPack(pack, taxonomy);
    expect(only(found, 'duplicate-deadline-id').map((f) => f.message)).toEqual(["deadlines[1]: deadline id 'reply' is already used by deadlines[0]; give each deadline its own id"]);
    expect(only(found, 'deadline-period-invalid').map((f) => f.message)).toEqual([
      expect.stringMatching(/^deadlines\[1\] 'reply': period 'soon' is not a duration/),
      "deadlines[2] 'notice': a notice period counts back from the end in calendar days, weeks, months or years, not working days",
    ]);
    expect(only(found, 'deadline-start-invalid').map((f) => f.message)).toEqual([
      "deadlines[3] 'dormant': a dormancy deadline starts at last-login, not 'request'",
      "deadlines[3] 'dormant': only a request-reply deadline takes request types",
    ]);
    expect(found.filter((f) => f.code.includes('deadline')).every((f) => f.level === 'error')).toBe(true);
  });

  it('reports a request type, or the catch-all, that an earlier reply period already has', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.deadlines = [
      { ...reply, id: 'rights', types: ['access', 'deletion'] },
      { ...reply, id: 'other' },
      { ...reply, id: 'erase', period: '15d', types: ['deletion', 'correction'] },
      { ...reply, id: 'rest', period: '15d' },
      { id: 'notice', kind: 'termination-notice', period: '30d', from: 'termination', cite: cite('x') },
    ];
    const found = only(lintPack(pack, taxonomy), 'deadline-types-overlap');
    expect(found.map((f) => f.message)).toEqual([
      "deadlines[2] 'erase': request type deletion already has its period from deadlines[0] 'rights', which the scan applies; name each type in one reply period",
      "deadlines[3] 'rest': request type (every other type) already has its period from deadlines[1] 'other', which the scan applies; name each type in one reply period",
    ]);
    expect(found.every((f) => f.level === 'error' && f.cites.length === 2)).toBe(true);
  });

  it('checks the document a deadline cites', () => {
    const pack = packCopy('jdcloud-terms-2020-03');
    pack.deadlines = [{ ...reply, cite: cite('八2', JINGKEFU_DOC) }];
    expect(only(lintPack(pack, taxonomy), 'cite-doc-mismatch').map((f) => f.message)).toEqual([expect.stringMatching(/^deadlines\[0\]\.cite: cites '003_/)]);
  });
});

describe('lang zh', () => {
  /** One pack that every check has something to say about. */
  function everyProblem(): Pack {
    const pack = packCopy('jdcloud-privacy-2020-07');
    const doc = pack.doc;
    const reply = { id: 'reply', kind: 'request-reply' as const, period: '30d', from: 'request' as const, cite: cite('10.3', doc) };
    pack.collects.push({ items: ['device.imie'], cite: cite('6.7.2', doc) });
    pack.sensitive.push({ items: ['location.track'], categories: ['health'], cite: cite('6.7.2', doc) });
    pack.retention.push({ ...pack.retention[0]!, period: '5 fortnights', categories: ['devices'], cite: cite('9.9', doc) });
    pack.retention.push({ id: 'gps', kind: 'maximum', period: '7d', from: 'collection', items: ['location.track'], cite: cite('3.8.3') });
    pack.deadlines = [
      { ...reply, types: ['access'] },
      { ...reply, period: 'soon', types: ['access'] },
      { id: 'notice', kind: 'termination-notice', period: '30 working days', from: 'termination', cite: cite('x', doc) },
      { id: 'dormant', kind: 'dormancy', period: '12 months', from: 'request', types: ['access'], cite: cite('y', doc) },
      { ...reply, id: 'other' },
      { ...reply, id: 'rest' },
    ];
    return pack;
  }

  it('says every finding in Chinese, with the same findings, codes and citations as in English', () => {
    const en = lintPack(everyProblem(), taxonomy);
    const zh = lintPack(everyProblem(), taxonomy, { lang: 'zh' });
    const all: LintCode[] = ['unknown-item', 'unknown-category', 'duplicate-retention-id', 'retention-period-invalid', 'sensitive-not-collected', 'retention-not-collected', 'sdk-item-not-collected', 'cite-doc-mismatch', 'sensitive-unmarked', 'duplicate-deadline-id', 'deadline-period-invalid', 'deadline-start-invalid', 'deadline-types-overlap'];
    expect(new Set(codes(zh))).toEqual(new Set(all));
    const summary = (fs: LintFinding[]) => fs.map((f) => `${f.code} ${f.level} ${f.location?.line} ${f.cites.length}`).sort();
    expect(summary(zh)).toEqual(summary(en));
    for (const f of zh) expect(englishWords(f.message).map((w) => w.word), f.message).toEqual([]);
  });

  it('names items by their Chinese names and keeps paths, ids and quoted values', () => {
    const zh = lintPack(everyProblem(), taxonomy, { lang: 'zh' });
    expect(only(zh, 'unknown-item')[0]!.message).toMatch(/^collects\[\d+\]\.items：未知的条目 'device\.imie'；是否为 'device\.imei'、.*？（见 policies\/taxonomy\.yaml）$/);
    expect(only(zh, 'sensitive-not-collected')[0]!.message).toMatch(/^sensitive\[\d+\]（§6\.7\.2）将 location\.track（行踪轨迹）、health（其条目均未收集） 标为敏感，但策略包没有声明收集$/);
    expect(only(zh, 'sdk-item-not-collected').find((f) => f.message.includes('biometric.face'))!.message).toMatch(/^recipients\.sdks\[0\]：SDK 表向 「Face Scanning and Real Name」（「JD Digits」；android、ios；§5\.1\.4） 共享「Facial Information」即 biometric\.face（面部识别特征），但策略包收集的信息（§II, .*）没有声明该项$/);
  });
});
