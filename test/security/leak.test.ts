/**
 * No personal data in any output. fixtures/leak/ is full of valid identifiers (identifiers.json lists every
 * one); scan and audit run over it in every format, to stdout and to files, with --debug, with a baseline
 * written, and on inputs that fail on an identifier. No identifier may appear anywhere in full, in any of
 * the forms people write it (separators, +86, case), nor through an encoding a format applies (ANSI
 * colour, HTML/XML entities, JSON and Markdown escapes). Masking keeps enough to recognise a value and no more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  isBankCard, isEmail, isHkMacaoPermit, isImei, isIpv4, isIpv6, isLatitude, isLongitude, isMac, isMobile, isPassport,
  maskIdentifiers, upgradeLegacyResidentId, validateResidentId,
} from '../../src/detect/index.js';
import { FORMAT_NAMES } from '../../src/report/formatters/index.js';
import { REPO_ROOT, runCli, tempDir, type RunResult } from '../e2e/helpers.js';

const LEAK = 'fixtures/leak';
const AS_OF = '2026-11-23';

interface Identifier {
  kind: 'resident-id' | 'resident-id-15' | 'mobile' | 'bank-card' | 'email' | 'ipv4' | 'ipv6' | 'imei' | 'passport' | 'hk-macao-permit' | 'mac' | 'gps';
  value: string;
}

const IDENTIFIERS: Identifier[] = JSON.parse(readFileSync(join(REPO_ROOT, LEAK, 'identifiers.json'), 'utf8'));

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The 11-digit national number of a mobile written with +86/0086 and separators. */
function nationalMobile(s: string): string {
  const d = digitsOf(s);
  return d.startsWith('0086') ? d.slice(4) : d.startsWith('86') && d.length === 13 ? d.slice(2) : d;
}

/** Every way the value could be written out in full: as in the file, normalised, regrouped, recased. */
function forbiddenForms({ kind, value }: Identifier): string[] {
  switch (kind) {
    case 'resident-id':
      return [value, value.toUpperCase(), value.toLowerCase()];
    case 'resident-id-15':
      return [value, upgradeLegacyResidentId(value)!];
    case 'mobile': {
      const n = nationalMobile(value);
      const [a, b, c] = [n.slice(0, 3), n.slice(3, 7), n.slice(7)];
      return [value, n, `86${n}`, `${a} ${b} ${c}`, `${a}-${b}-${c}`];
    }
    case 'bank-card': {
      const d = digitsOf(value);
      const groups = d.match(/.{1,4}/g)!;
      return [value, d, groups.join(' '), groups.join('-')];
    }
    case 'email':
      return [value, value.toLowerCase(), value.slice(0, value.indexOf('@'))];
    case 'ipv6':
      return [value, value.toLowerCase(), value.toUpperCase()];
    case 'mac': {
      const hex = value.replace(/[^0-9a-fA-F]/g, '').toLowerCase();
      const pairs = hex.match(/../g)!;
      return [value, hex, hex.toUpperCase(), pairs.join(':'), pairs.join('-'), pairs.join(':').toUpperCase(), pairs.join('-').toUpperCase()];
    }
    case 'gps':
      // Three decimals (~100 m) are already a precise location; masks keep one.
      return [value, value.slice(0, value.indexOf('.') + 4)];
    default:
      return [value];
  }
}

/** Digit strings of the long numeric identifiers: no run of NINE of their digits may be printed (masks keep ≤ 8). */
function digitWindows(ids: readonly Identifier[], width = 9): Set<string> {
  const windows = new Set<string>();
  for (const id of ids) {
    if (!['resident-id', 'resident-id-15', 'mobile', 'bank-card', 'imei'].includes(id.kind)) continue;
    const d = id.kind === 'mobile' ? nationalMobile(id.value) : digitsOf(id.value);
    for (let i = 0; i + width <= d.length; i++) windows.add(d.slice(i, i + width));
  }
  return windows;
}

const FORBIDDEN = [...new Set(IDENTIFIERS.flatMap(forbiddenForms))];
const WINDOWS = digitWindows(IDENTIFIERS);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** What a reader (or a parser) sees: colours stripped, entities and escapes decoded. */
function decoded(text: string): string {
  return text
    .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, n: string) => ENTITIES[n]!)
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Full identifiers (any form) and long digit runs of identifiers found in one output. */
function leaksIn(text: string): string[] {
  const seen = decoded(text);
  const found = FORBIDDEN.filter((f) => seen.includes(f));
  // Digits joined across single spaces and dashes, as a reader would read "138 1234 5678".
  for (const run of seen.replace(/(\d)[ -](?=\d)/g, '$1').match(/\d{9,}/g) ?? []) {
    for (let i = 0; i + 9 <= run.length; i++) if (WINDOWS.has(run.slice(i, i + 9))) found.push(`digits ${run.slice(i, i + 9)} of an identifier (in ${run})`);
  }
  return [...new Set(found)];
}

interface Output {
  name: string;
  text: string;
}

/** stdout, stderr and every file the run left in its output folder. */
function outputsOf(label: string, r: RunResult, outDir?: string): Output[] {
  const files = outDir ? readdirSync(outDir).map((f) => ({ name: `${label} → ${f}`, text: readFileSync(join(outDir, f), 'utf8') })) : [];
  return [{ name: `${label} stdout`, text: r.stdout }, { name: `${label} stderr`, text: r.stderr }, ...files];
}

function expectNoLeaks(outputs: Output[]): void {
  const leaks = outputs.map((o) => ({ output: o.name, leaks: leaksIn(o.text) })).filter((o) => o.leaks.length > 0);
  expect(leaks).toEqual([]);
}

describe('the leak fixture', () => {
  it('holds only valid identifiers (check characters, Luhn, number plans), the reference examples among them', () => {
    const valid: Record<Identifier['kind'], (v: string) => boolean> = {
      'resident-id': (v) => validateResidentId(v).valid && !validateResidentId(v).legacy15,
      'resident-id-15': (v) => validateResidentId(v).legacy15 === true,
      mobile: isMobile,
      'bank-card': isBankCard,
      email: isEmail,
      ipv4: isIpv4,
      ipv6: isIpv6,
      imei: isImei,
      passport: isPassport,
      'hk-macao-permit': isHkMacaoPermit,
      mac: isMac,
      gps: (v) => isLatitude(v) || isLongitude(v),
    };
    expect(IDENTIFIERS.filter((id) => !valid[id.kind](id.value))).toEqual([]);
    expect(IDENTIFIERS.length).toBeGreaterThan(900);
    const values = IDENTIFIERS.map((i) => i.value);
    for (const verified of ['110101199003071233', '11010519491231002X', '440524188001010014', '610104620927690', '6217000000000000004', '6222021000000005', '490154203237518']) {
      expect(values).toContain(verified);
    }
    // Every kind, in several written forms.
    expect(new Set(IDENTIFIERS.map((i) => i.kind)).size).toBe(Object.keys(valid).length);
    expect(values.filter((v) => v.startsWith('+86 ')).length).toBeGreaterThan(2);
    expect(values.filter((v) => /^\d{3}-\d{4}-\d{4}$/.test(v)).length).toBeGreaterThan(2);
    expect(values.filter((v) => /^\d{17}x$/.test(v)).length).toBeGreaterThan(0);
  });

  it('the leak detector itself finds a planted identifier, regrouped, coloured or escaped', () => {
    expect(leaksIn('id 11010519491231002X')).not.toEqual([]);
    expect(leaksIn('tel 138-1234-5678')).not.toEqual([]);
    expect(leaksIn('tel \u001b[1m+8613812345678\u001b[0m')).not.toEqual([]);
    expect(leaksIn('<td>zhangwei&#64;example.com</td>')).not.toEqual([]);
    expect(leaksIn('card 6217 0000 0000 0000 004')).not.toEqual([]);
    expect(leaksIn('lat 39.90421')).not.toEqual([]);
    expect(leaksIn('110105********002X 138****5678 621700*********0004 z***@example.com 39.9,116.4')).toEqual([]);
  });
});

const SCAN_INPUTS = [`${LEAK}/exports`];
const AUDIT_INPUTS = [`${LEAK}/inventory`, `${LEAK}/sdk`];
/** A pack that declares names only: every other column becomes an undeclared-category finding quoting a masked value. */
const QUOTE_ALL = `${LEAK}/declares-little.yaml`;
const PACKS = ['jdcloud-privacy-2020-07', QUOTE_ALL];

describe.each(FORMAT_NAMES)('format %s', (format) => {
  it.each(PACKS)('scan (pack %s): stdout (zh, coloured), stderr and the -o file (en, --debug) hold no identifier', async (pack) => {
    const toStdout = await runCli(['scan', ...SCAN_INPUTS, '-f', format, '-p', pack, '--as-of', AS_OF, '--fail-on', 'never', '--lang', 'zh'], { env: { FORCE_COLOR: '1' } });
    expect(toStdout.code).toBe(0);
    expect(toStdout.stdout.length).toBeGreaterThan(200);
    const dir = tempDir('privaudit-leak-');
    const toFile = await runCli(['scan', ...SCAN_INPUTS, '-f', format, '-p', pack, '--as-of', AS_OF, '--fail-on', 'never', '-o', join(dir, `report.${format}`), '--debug']);
    expect(toFile.code).toBe(0);
    expectNoLeaks([...outputsOf('stdout run', toStdout), ...outputsOf('file run', toFile, dir)]);
  });

  it('audit of the inventories (CSV, YAML) and SDK list: stdout (zh, coloured), stderr and the -o file (en, --debug) hold no identifier', async () => {
    const toStdout = await runCli(['audit', ...AUDIT_INPUTS, '-f', format, '--as-of', AS_OF, '--lang', 'zh'], { env: { FORCE_COLOR: '1' } });
    expect(toStdout.code).toBe(1);
    const dir = tempDir('privaudit-leak-');
    const toFile = await runCli(['audit', ...AUDIT_INPUTS, '-f', format, '--as-of', AS_OF, '-o', join(dir, `report.${format}`), '--debug']);
    expect(toFile.code).toBe(1);
    expectNoLeaks([...outputsOf('stdout run', toStdout), ...outputsOf('file run', toFile, dir)]);
  });
});

describe('baselines', () => {
  it('the written baseline file (scan and audit) holds no identifier', async () => {
    const dir = tempDir('privaudit-leak-');
    const scan = await runCli(['scan', ...SCAN_INPUTS, '-p', QUOTE_ALL, '--as-of', AS_OF, '--write-baseline', join(dir, 'scan-baseline.json'), '-f', 'json']);
    const audit = await runCli(['audit', ...AUDIT_INPUTS, '--as-of', AS_OF, '--write-baseline', join(dir, 'audit-baseline.json'), '-f', 'json']);
    expect(readdirSync(dir).sort()).toEqual(['audit-baseline.json', 'scan-baseline.json']);
    expect(JSON.parse(readFileSync(join(dir, 'scan-baseline.json'), 'utf8')).entries.length).toBeGreaterThan(5);
    expectNoLeaks([...outputsOf('scan', scan, dir), ...outputsOf('audit', audit)]);
  });
});

/** Each input fails (exit 2) on a file that cannot be read, quoting identifiers; the message must show them masked. */
const FAILING: { name: string; argv: string[]; shows: RegExp }[] = [
  { name: 'ragged row of identifiers', argv: ['audit', `${LEAK}/bad/ragged-ids.csv`], shows: /ragged-ids\.csv:3: ragged row: 5 fields where the header has 15/ },
  { name: 'headerless inventory read as one (the "columns" are identifiers)', argv: ['audit', '--kind', 'inventory', `${LEAK}/bad/headerless-inventory.csv`], shows: /headerless-inventory\.csv:1: no 'field'/ },
  { name: 'mapping naming a column of a headerless export', argv: ['scan', `${LEAK}/exports/headerless.csv`, '--mapping', `${LEAK}/bad/headerless.mapping.yaml`], shows: /column 'phone' is not in headerless\.csv\n {2}hint: its columns are: .*\d{6}\*{8}\d{3}[\dXx]/ },
];

describe('error messages on inputs that fail on an identifier', () => {
  it.each(FAILING)('$name: exit 2, the file and line named, the value masked (also with --debug)', async ({ argv, shows }) => {
    const plain = await runCli(argv);
    expect(plain.code).toBe(2);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toMatch(/^privaudit: /);
    expect(plain.stderr).toMatch(shows);
    const debug = await runCli([...argv, '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(shows);
    expectNoLeaks([...outputsOf('plain', plain), ...outputsOf('--debug', debug)]);
  });
});

/** A cell that is, or holds, an identifier is an unrecognized-value finding (SPEC decision 12): quoted masked in every format. */
const UNREADABLE_CELLS: { name: string; file: string; shows: RegExp }[] = [
  { name: 'unknown category that is a resident ID', file: 'category-resident-id.csv', shows: /'\d{6}\*{8}\d{3}[\dXx]'/ },
  { name: 'unknown category holding a sentence with identifiers (masked, then shortened)', file: 'category-sentence.csv', shows: /'客户 \d{6}\*{8}\d{3}[\dXx] 的手机 [+\d -]*\*+…'/ },
  { name: 'storage region that is a +86 mobile', file: 'region-mobile.csv', shows: /storage_region '1\d{2}\*{4}\d{4}'/ },
  { name: 'storage region that is a bare mobile', file: 'region-bare-mobile.csv', shows: /'1\d{2}\*{4}\d{4}'/ },
  { name: 'storage region that is an IPv6 address', file: 'region-ipv6.csv', shows: /'240e:[0-9a-f]+:\*:\*:\*:\*:\*:\*'/ },
  { name: 'consent that is an e-mail address', file: 'consent-email.csv', shows: /consent '[a-z]\*\*\*@[a-z0-9.]+'/ },
  { name: 'sensitive flag that is a bank card', file: 'sensitive-bank-card.csv', shows: /'62\d{4}\*+\d{4}'/ },
  { name: 'retention that is a resident ID', file: 'retention-resident-id.csv', shows: /retention '.*\d{6}\*{8}\d{3}[\dXx]/ },
  { name: 'retention trigger that is an IMEI', file: 'trigger-imei.csv', shows: /'86\d{6}\*{7}'/ },
  { name: 'encryption that is a passport number', file: 'encrypted-passport.csv', shows: /encrypted '[^']*\*[^']*'/ },
  { name: 'masking method that is a legacy resident ID', file: 'masked-legacy-id.csv', shows: /'\d{6}\*{5}\d{4}'/ },
  { name: 'SDK platform that is a mobile', file: 'sdk-platform-mobile.csv', shows: /platform '1\d{2}\*{4}\d{4}'/ },
  { name: 'SDK field that is a mobile', file: 'sdk-field-mobile.csv', shows: /fields '1\d{2}\*{4}\d{4}'/ },
];

describe('unreadable cells that are identifiers', () => {
  it.each(UNREADABLE_CELLS)('$name: an unrecognized-value finding, the value masked', async ({ file, shows }) => {
    const r = await runCli(['audit', `${LEAK}/bad/${file}`, '-f', 'json', '--as-of', AS_OF]);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'unrecognized-value');
    expect(found.map((f: { message: string }) => f.message).join('\n')).toMatch(shows);
    expectNoLeaks(outputsOf('json', r));
  });

  it.each(FORMAT_NAMES)('every unreadable identifier is masked in format %s (en and zh, --debug)', async (format) => {
    const files = UNREADABLE_CELLS.map((c) => `${LEAK}/bad/${c.file}`);
    const en = await runCli(['audit', ...files, '-f', format, '--as-of', AS_OF, '--debug']);
    const zh = await runCli(['audit', ...files, '-f', format, '--as-of', AS_OF, '--lang', 'zh'], { env: { FORCE_COLOR: '1' } });
    expect([en.code, zh.code]).toEqual([1, 1]);
    expectNoLeaks([...outputsOf('en', en), ...outputsOf('zh', zh)]);
  });
});

describe('masking keeps enough to recognise, and nothing more', () => {
  let findings: { ruleId: string; file: string; subject: { column: string | null }; evidence: string | null; message: string }[];
  beforeAll(async () => {
    const r = await runCli(['scan', ...SCAN_INPUTS, '-f', 'json', '-p', QUOTE_ALL, '--as-of', AS_OF, '--fail-on', 'never']);
    findings = JSON.parse(r.stdout).findings;
  });
  // Several rules may quote one column (undeclared-category, plaintext-sensitive-data): the same evidence.
  const evidenceOf = (file: string, column: string) => [...new Set(findings.filter((f) => f.file.endsWith(file) && f.subject.column === column && f.evidence !== null).map((f) => f.evidence))];

  it('the first record of customers.csv (the reference examples) is quoted as masked evidence', () => {
    const expected: Record<string, string> = {
      // Resident IDs: address code (6) and the last 4; the birth date is hidden. Legacy 15-digit IDs alike.
      身份证号: '110105********002X',
      旧身份证号: '610104*****7690',
      // Mobile: carrier prefix and last 4, whatever the written form (+86 138 1234 5678).
      手机号: '138****5678',
      // Bank card: issuer (6) and last 4. IMEI: the type allocation code (maker and model).
      银行卡号: '621700*********0004',
      imei: '49015420*******',
      // E-mail: first letter and domain. IP: the network part. MAC: the maker (OUI). GPS: one decimal (~10 km).
      email: 'z***@example.com',
      login_ip: '203.0.*.*',
      ipv6: '2001:db8:*:*:*:*:*:*',
      mac: '3C:5A:B4:**:**:**',
      latitude: '39.9',
      longitude: '116.4',
      坐标: '31.2,121.5',
      // Documents without a dedicated mask: at most a third of the characters, never more than four.
      passport_no: 'G1******8',
      回乡证号: 'H1******8',
    };
    const actual = Object.fromEntries(Object.keys(expected).map((column) => [column, evidenceOf('customers.csv', column).join(' | ')]));
    expect(actual).toEqual(expected);
  });

  it('every quoted resident ID shows its first 6 and last 4 characters only', () => {
    const ids = IDENTIFIERS.filter((i) => i.kind === 'resident-id').map((i) => i.value);
    const texts = findings.flatMap((f) => [f.evidence ?? '', f.message, f.subject.column ?? '']);
    // A masked value whose ends are those of a fixture resident ID (bank cards keep 6 and 4 too, but not these).
    const quoted = texts.flatMap((t) => t.match(/\d{6}\*+\d{3}[\dXx]/g) ?? []).filter((q) => ids.some((id) => id.slice(0, 6) === q.slice(0, 6) && id.slice(-4) === q.slice(-4)));
    expect(quoted.length).toBeGreaterThan(3);
    for (const q of quoted) expect(q).toMatch(/^\d{6}\*{8}\d{3}[\dXx]$/);
  });

  it('every evidence is recognisably masked: a mask character or a coarsened coordinate in each', () => {
    const evidences = findings.map((f) => f.evidence).filter((e): e is string => e !== null);
    expect(evidences.length).toBeGreaterThan(20);
    for (const e of evidences) expect(e).toMatch(/\*|^\d{2,3}\.\d(,\d{2,3}\.\d)?$/);
  });

  it('a table exported without its header row: the "column names" (its first record) are masked in subject and message', () => {
    const headerless = findings.filter((f) => f.file.endsWith('headerless.csv'));
    expect([...new Set(headerless.map((f) => f.subject.column))].sort()).toEqual(['150****1596', '620319******3428', '644981********1105', 'l***@163.com']);
    for (const f of headerless) expect(leaksIn(f.message)).toEqual([]);
  });
});

describe('one masking function', () => {
  it('only src/detect/mask.ts makes mask characters; everything else calls mask() (directly or through maskIdentifiers)', () => {
    const src = join(REPO_ROOT, 'src');
    const makers = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /['"`]\*['"`]\.repeat\(/.test(readFileSync(join(src, f), 'utf8')));
    expect(makers).toEqual([join('detect', 'mask.ts')]);
  });

  it('maskIdentifiers masks what is, or is inside, a name or message fragment, and leaves the rest as written', () => {
    expect(maskIdentifiers('11010519491231002X')).toBe('110105********002X');
    expect(maskIdentifiers('+86 138 1234 5678')).toBe('138****5678');
    expect(maskIdentifiers('外包客服 13812345678')).toBe('外包客服 138****5678');
    expect(maskIdentifiers('Acme Ltd (zhangwei@example.com, 6222 0210 0000 0005)')).toBe('Acme Ltd (z***@example.com, 6222 02** **** 0005)');
    // Shapes free-text search leaves alone, joined to words as names join them.
    expect(maskIdentifiers('export_490154203237518')).toBe('export_49015420*******');
    expect(maskIdentifiers('headerless.610104620927690')).toBe('headerless.610104*****7690');
    expect(maskIdentifiers('mac_3C:5A:B4:12:34:56')).toBe('mac_3C:5A:B4:**:**:**');
    expect(maskIdentifiers('设备商 H12345678 / G12345678')).toBe('设备商 H1******8 / G1******8');
    expect(maskIdentifiers('GPS 39.904211,116.407395')).toBe('GPS 39.9,116.4');
    // Not identifiers: unchanged.
    for (const plain of ['cn-north-1', 'jdcloud-privacy-2020-07', '3 working days', '2024-01-01', 'com.umeng.umsdk:xiaomi-push', '6.11.0.300', 'users.id_card', '客户编号 K001']) {
      expect(maskIdentifiers(plain)).toBe(plain);
    }
    // As spreadsheets and Chinese input methods write them: guarded, full width, grouped.
    expect(maskIdentifiers('="110101199003071233"')).toBe('110101********1233');
    expect(maskIdentifiers('１３８１２３４５６７８')).toBe('138****5678');
    expect(maskIdentifiers('客服电话：１３８１２３４５６７８')).toBe('客服电话:138****5678');
    expect(maskIdentifiers('外包 440305 20020904 5979')).toBe('外包 440305********5979');
    // Masking what is already masked changes nothing.
    for (const id of IDENTIFIERS.slice(0, 200)) expect(maskIdentifiers(maskIdentifiers(id.value))).toBe(maskIdentifiers(id.value));
  });
});
