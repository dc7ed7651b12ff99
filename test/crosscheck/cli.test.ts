/**
 * `privaudit scan <exports> --inventory <file|folder>` through the CLI, as a new user runs it: the findings
 * of the three rules and the coverage in the report, the config's `inventory:`, an inventory kept beside the
 * exports, every inventory format, bad inventories (exit 2), and the same bytes on every run.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative as relativePath, resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../cli/english-words.js';
import { REPO_ROOT, runCli, STACK_FRAME, tempDir } from '../e2e/helpers.js';

const DIR = 'fixtures/crosscheck';
const EXPORTS = `${DIR}/exports`;
const INVENTORY = `${DIR}/inventory.csv`;
const BASE = ['--as-of', '2024-06-01', '--fail-on', 'never'];
const RULES = new Set(['undeclared-column', 'declaration-contradicted', 'declared-column-missing']);

interface JsonReport {
  inputs: { file: string; kind: string }[];
  findings: { ruleId: string; file: string; subject: { column: string | null; field: string | null } }[];
  coverage?: { inventory: { file: string; records: number }[]; summary: Record<string, number>; tables: { table: string }[]; unscanned: unknown[] };
}

async function json(...args: string[]): Promise<JsonReport> {
  const r = await runCli(['scan', ...args, ...BASE, '-f', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}

/** The inventory rules' findings, as `file column/field rule`. */
const crossFindings = (r: JsonReport) => r.findings.filter((f) => RULES.has(f.ruleId)).map((f) => `${f.file.replace(/^.*\//, '')} ${f.subject.column ?? f.subject.field} ${f.ruleId}`);

describe('scan --inventory', () => {
  it('reports what the inventory does not list, what the data contradicts, and the coverage per table', async () => {
    const report = await json(EXPORTS, '--inventory', INVENTORY);
    expect(crossFindings(report).sort()).toEqual(
      [
        'ad_clicks.csv device_imei undeclared-column',
        'ad_clicks.csv ip undeclared-column',
        'crm.sql holder_id_card undeclared-column',
        'orders.csv receiver_phone declaration-contradicted',
        'users.csv bank_card undeclared-column',
        'users.csv birthday declared-column-missing',
        'users.csv contact_phone declaration-contradicted',
        'users.csv mobile declaration-contradicted',
        'users.csv wechat_id declared-column-missing',
      ].sort(),
    );
    expect(report.coverage!.inventory).toEqual([{ file: INVENTORY, records: 15 }]);
    expect(report.coverage!.tables.map((t) => t.table)).toEqual(['ad_clicks', 'coupons', 'orders', 'users']);
    expect(report.coverage!.summary).toEqual({ tables: 4, columns: 24, personal: 15, declared: 11, contradicted: 3, undeclared: 4, missing: 2 });
    // The inventory is what the data is checked against, not an input of the scan.
    expect(report.inputs.map((i) => i.kind)).toEqual(['export', 'export', 'export', 'export']);
  });

  it('writes a report that validates against schemas/report.schema.json', async () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats.default(ajv, ['date']);
    const validate = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/report.schema.json'), 'utf8')) as object);
    const report = await json(EXPORTS, '--inventory', INVENTORY);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('fails the run on its errors by default (exit 1), and writes the same bytes every time', async () => {
    const args = ['scan', EXPORTS, '--inventory', INVENTORY, '--as-of', '2024-06-01', '-f', 'json'];
    const [a, b] = [await runCli(args), await runCli(args)];
    expect(a.code).toBe(1);
    expect(a.stdout).toBe(b.stdout);
  });

  it('without --inventory, nothing of it: no coverage, none of its findings', async () => {
    const report = await json(EXPORTS);
    expect(report.coverage).toBeUndefined();
    expect(crossFindings(report)).toEqual([]);
  });

  it('reads the Excel and YAML twins, a folder of inventories, and --inventory given twice, alike', async () => {
    const csv = crossFindings(await json(EXPORTS, '--inventory', INVENTORY));
    for (const twin of ['inventory.xlsx', 'inventory.yaml']) expect(crossFindings(await json(EXPORTS, '--inventory', `${DIR}/${twin}`)), twin).toEqual(csv);
    const dir = tempDir();
    copyFileSync(INVENTORY, join(dir, 'users-inventory.csv'));
    writeFileSync(join(dir, 'README.md'), 'not an inventory\n');
    const folder = await runCli(['scan', EXPORTS, '--inventory', dir, ...BASE, '-f', 'json']);
    expect(crossFindings(JSON.parse(folder.stdout) as JsonReport)).toEqual(csv);
    const twice = await json(EXPORTS, '--inventory', `${DIR}/inventory.yaml`, '--inventory', INVENTORY);
    // The same rows twice: a field written twice counts once, so nothing changes but the rows' lines.
    expect(crossFindings(twice)).toEqual(csv);
  });

  it("takes the config's inventory: (relative to the config file); --inventory replaces it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'privaudit.config.yaml'), `inventory: ${resolve(REPO_ROOT, INVENTORY)}\n`);
    const r = await runCli(['scan', EXPORTS, ...BASE, '-f', 'json', '-c', join(dir, 'privaudit.config.yaml')]);
    expect(r.code).toBe(0);
    expect(crossFindings(JSON.parse(r.stdout) as JsonReport)).toHaveLength(9);
    copyFileSync(INVENTORY, join(dir, 'inv.csv'));
    writeFileSync(join(dir, 'privaudit.config.yaml'), 'inventory: [inv.csv]\n');
    const relative = await runCli(['scan', EXPORTS, ...BASE, '-f', 'json', '-c', join(dir, 'privaudit.config.yaml')]);
    // Named from the working folder, as an input typed there would be.
    expect((JSON.parse(relative.stdout) as JsonReport).coverage!.inventory[0]!.file).toBe(relativePath(REPO_ROOT, join(dir, 'inv.csv')));
    const replaced = await runCli(['scan', EXPORTS, ...BASE, '-f', 'json', '-c', join(dir, 'privaudit.config.yaml'), '--inventory', `${DIR}/inventory.yaml`]);
    expect((JSON.parse(replaced.stdout) as JsonReport).coverage!.inventory[0]!.file).toBe(`${DIR}/inventory.yaml`);
  });

  it('does not scan an inventory kept in the exports\' folder', async () => {
    const dir = tempDir();
    for (const name of readdirSync(EXPORTS).filter((n) => !n.endsWith('.yaml'))) copyFileSync(join(EXPORTS, name), join(dir, name));
    copyFileSync(`${DIR}/inventory.xlsx`, join(dir, '数据资产清单.xlsx'));
    const r = await runCli(['scan', dir, '--inventory', join(dir, '数据资产清单.xlsx'), ...BASE, '-f', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.inputs.map((i) => i.file.replace(/^.*\//, ''))).toEqual(['ad_clicks.csv', 'crm.sql', 'orders.csv', 'users.csv']);
    expect(crossFindings(report)).toHaveLength(9);
  });

  it('names each of the terminal report\'s tables, with nothing in English under --lang zh', async () => {
    const en = await runCli(['scan', EXPORTS, '--inventory', INVENTORY, ...BASE]);
    expect(en.stdout).toContain('Inventory coverage — fixtures/crosscheck/inventory.csv\n');
    expect(en.stdout).toContain('  users ← crm.users  fixtures/crosscheck/exports/users.csv');
    expect(en.stdout).toContain('  ad_clicks (not in the inventory)');
    expect(en.stdout).toContain('  Inventory tables not among the exports: crm.invoices (2 fields)');
    expect(en.stdout).toContain('  coupons ← crm.coupons  fixtures/crosscheck/exports/crm.sql');
    const zh = await runCli(['scan', EXPORTS, '--inventory', INVENTORY, ...BASE, '--lang', 'zh']);
    expect(zh.stdout).toContain('数据清单覆盖情况');
    expect(englishWords(zh.stdout, { pretty: true }).map((w) => `${w.word} ← ${w.line.trim()}`)).toEqual([]);
  });
});

describe('bad inventories stop the run before the scan (exit 2), with the file named and no stack trace', () => {
  it.each([
    ['a path that is not there', ['--inventory', `${DIR}/nope.csv`], /nope\.csv: file not found/],
    ['an SDK list', ['--inventory', 'fixtures/sdk/android-sdks.csv'], /android-sdks\.csv:\d+: --inventory: this is an SDK list, not an inventory/],
    ['a folder with no inventory', ['--inventory', 'fixtures/sdk'], /--inventory: no inventory found in the given paths/],
    ['an exported table', ['--inventory', `${EXPORTS}/users.csv`], /users\.csv:1: this looks like an exported table/],
  ])('%s', async (_, args, message) => {
    const r = await runCli(['scan', EXPORTS, ...args, ...BASE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('the config file\'s inventory: must be a path or a list of paths', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'privaudit.config.yaml'), 'inventory: 3\n');
    const r = await runCli(['scan', EXPORTS, ...BASE, '-c', join(dir, 'privaudit.config.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/privaudit\.config\.yaml:1:\d+: 'inventory' must be string,array/);
  });
});
