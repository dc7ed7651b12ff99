/**
 * The example inventories in fixtures/inventory, each audited by the real pipeline (readers, normalisers,
 * classification, every registered rule) under the pack, day and recipients its `<name>.expected.yaml`
 * names, must give exactly the findings written there: case and answer side by side.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runRules } from '../src/check/engine.js';
import { RULES } from '../src/check/registry.js';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import type { RegisteredRecipient } from '../src/config/types.js';
import { isUtf8 } from '../src/io/encoding.js';
import { loadDeclarations } from '../src/load/index.js';
import type { Finding } from '../src/report/types.js';
import { ctx, taxonomy } from './check/helpers.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIR = join(ROOT, 'fixtures/inventory');
const SUFFIX = '.expected.yaml';

interface ExpectedFinding {
  line: number;
  ruleId: string;
  field: string;
  item: string | null;
}

interface Expected {
  policy: string[];
  asOf: string;
  recipients?: RegisteredRecipient[];
  /** Line → why the row must produce nothing. */
  clean: Record<string, string>;
  findings: ExpectedFinding[];
}

const expectedFiles = readdirSync(DIR).filter((n) => n.endsWith(SUFFIX)).sort();

/** `crm-inventory.expected.yaml` → `crm-inventory.csv` (the one inventory file of that name beside it). */
function inputOf(expectedName: string): string {
  const base = expectedName.slice(0, -SUFFIX.length);
  const inputs = readdirSync(DIR).filter((n) => /\.(csv|ya?ml|xlsx)$/.test(n) && !n.endsWith(SUFFIX) && n.replace(/\.[^.]+$/, '') === base);
  expect(inputs, `one inventory named ${base}.* beside ${expectedName}`).toHaveLength(1);
  return inputs[0]!;
}

function readExpected(name: string): Expected {
  return parse(readFileSync(join(DIR, name), 'utf8')) as Expected;
}

const key = (f: ExpectedFinding) => `line ${f.line}: ${f.ruleId} ${f.field} ${f.item}`;
const asExpected = (f: Finding): ExpectedFinding => ({ line: f.line, ruleId: f.ruleId, field: f.subject.field!, item: f.item });

function audit(input: string, expected: Expected): Finding[] {
  const files = loadDeclarations([join(DIR, input)], { taxonomy });
  return runRules(files, RULES, ctx({ packs: expected.policy, asOf: expected.asOf, recipients: expected.recipients ?? [] }));
}

it('has the example inventories, each with its expected findings', () => {
  expect(expectedFiles.map(inputOf)).toEqual(['app-inventory.yaml', 'crm-inventory.csv', 'personal-data-register.xlsx', 'ropa-export.csv', '会员数据资产清单.csv', '支付系统清单.csv', '数据资产清单.xlsx']);
});

describe.each(expectedFiles)('%s', (expectedName) => {
  const expected = readExpected(expectedName);
  const input = expectedName.slice(0, -SUFFIX.length);
  let actual: Finding[] = [];
  beforeAll(() => {
    actual = audit(inputOf(expectedName), expected);
  });

  it(`gives exactly the findings written next to ${input}.*`, () => {
    expect(actual.map(asExpected).map(key).sort()).toEqual(expected.findings.map(key).sort());
  });

  it('gives nothing on the rows it declares clean, and has some', () => {
    const clean = Object.keys(expected.clean).map(Number);
    expect(clean.length).toBeGreaterThanOrEqual(10);
    const flagged = new Set(expected.findings.map((f) => f.line));
    expect(clean.filter((l) => flagged.has(l)), 'a line both clean and expected to fail').toEqual([]);
    expect(actual.filter((f) => clean.includes(f.line)).map((f) => key(asExpected(f)))).toEqual([]);
  });

  it('fills every message and cites a clause', () => {
    for (const f of actual) {
      expect(f.message, key(asExpected(f))).not.toMatch(/\{\w+\}|undefined/);
      expect(f.clause.section.trim(), key(asExpected(f))).not.toBe('');
    }
  });
});

it('together, make every inventory rule fire at least once', () => {
  const fired = new Set(expectedFiles.flatMap((n) => readExpected(n).findings.map((f) => f.ruleId)));
  const inventoryRules = RULES.filter((r) => r.meta.appliesTo.includes('inventory')).map((r) => r.meta.id);
  expect(inventoryRules.filter((id) => !fired.has(id))).toEqual([]);
});

describe('the files are written as their users write them', () => {
  it('crm-inventory.csv: UTF-8 without BOM, every line ending in CRLF', () => {
    const bytes = readFileSync(join(DIR, 'crm-inventory.csv'));
    expect(isUtf8(bytes)).toBe(true);
    expect(bytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\n').slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);
  });

  it('支付系统清单.csv: GBK (not UTF-8) with CRLF and Chinese headers', () => {
    const bytes = readFileSync(join(DIR, '支付系统清单.csv'));
    expect(isUtf8(bytes)).toBe(false);
    const text = iconv.decode(bytes, 'gbk');
    expect(text.split('\r\n')[0]).toBe('系统,表,字段,类别,说明,主体,目的,敏感,加密,脱敏,存储地域,保存期限,起算,共享对象,同意方式');
    expect(text.split('\n').slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);
    // The generator holds the same rows in UTF-8.
    expect(readFileSync(join(DIR, 'make-gbk.mjs'), 'utf8')).toContain(text.split('\r\n')[1]);
  });
});

describe('npm run demo (privaudit audit fixtures/inventory --fail-on never)', () => {
  it('audits the inventories of the folder, skips the expected files, and reports findings', async () => {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd: ROOT, stdoutIsTTY: false, stderrIsTTY: false };
    const code = await main(['audit', join(DIR), '--fail-on', 'never', '--format', 'json', '--as-of', '2026-11-23'], io);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { inputs: { file: string; kind: string; records: number }[]; findings: Finding[] };
    expect(report.inputs.map((i) => [i.file.split(/[\\/]/).pop(), i.kind, i.records])).toEqual([
      ['app-inventory.yaml', 'inventory', 32],
      ['crm-inventory.csv', 'inventory', 30],
      ['personal-data-register.xlsx', 'inventory', 30],
      ['ropa-export.csv', 'inventory', 16],
      ['会员数据资产清单.csv', 'inventory', 18],
      ['支付系统清单.csv', 'inventory', 29],
      ['数据资产清单.xlsx', 'inventory', 29],
    ]);
    expect(report.findings.length).toBeGreaterThan(40);
    // Whatever stderr says is about the expected-findings files it skipped, or the columns it ignored.
    const notes = stderr.split('\n').filter(Boolean);
    expect(notes.filter((l) => !l.includes(SUFFIX) && !l.includes('ignored column(s)'))).toEqual([]);
  });
});
