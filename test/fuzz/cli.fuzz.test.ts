/**
 * The whole CLI, in-process, on generated folders: inventories, SDK lists and build files, with a
 * custom pack, config and waiver file now and then, in every report format; and `scan` on generated
 * exports with a mapping. The exit code is 0, 1 or 2; never an internal error or a stack trace; and
 * an exit 2 names the file and the line. Slow (each run loads packs), so a quarter of the case count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/check/registry.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { FORMAT_NAMES } from '../../src/report/formatters/index.js';
import { aroundSeeds, identifier } from './arbitraries.js';
import { configDocument, mappingDocument, packDocument, render, waiversDocument } from './arb-documents.js';
import { cleanInventoryGrid, gradleReport, gridCsv, inventoryGrid, inventoryYaml, podfileLock, sdkGrid, sdkYaml } from './arb-declarations.js';
import { fuzzRuns } from './budget.js';
import { fuzzAsync, testTimeout } from './fuzz.js';
import { inventoryCsvSeeds, podfileSeeds, sdkCsvSeeds, sdkYamlSeeds } from './seeds.js';
import { TempFiles } from './temp.js';

const temp = new TempFiles('cli');
const RULE_IDS = RULES.map((r) => r.meta.id);
const sdkFixtures = [...sdkCsvSeeds.map((t) => ['sdks.csv', t] as const), ...sdkYamlSeeds.map((t) => ['sdks.yaml', t] as const), ...podfileSeeds.map((t) => ['Podfile.lock', t] as const)];
const RUNS = Math.max(20, Math.floor(fuzzRuns('disk') / 4));

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Errors about the paths given rather than a file's content: no line to name (`file not found`, `baseline file not found`…). */
const PATH_LEVEL = /: (?:no inventory or SDK list found in the given paths|no exported tables in this folder|(?:[a-z]+ )*file not found)$/m;

/** The CLI contract for any input: 0/1/2, no internal error, no stack trace, exit 2 located. */
function expectContract(r: { code: number; stdout: string; stderr: string }): void {
  const shown = `exit ${r.code}\n${r.stderr.slice(0, 1500)}`;
  expect([0, 1, 2], shown).toContain(r.code);
  expect(r.stderr, shown).not.toMatch(/internal error/);
  expect(`${r.stdout}\n${r.stderr}`, shown).not.toMatch(/^\s+at\s.+:\d+:\d+\)?$/m);
  const unlocated = PATH_LEVEL.test(r.stderr);
  if (r.code === 2 && !unlocated) expect(r.stderr, shown).toMatch(/^privaudit: [^\n]+:\d+(:\d+)?: /m);
}

const declaration = fc.oneof(
  gridCsv(inventoryGrid).map((t) => ['inventory.csv', t] as const),
  aroundSeeds(inventoryCsvSeeds).map((t) => ['crm.csv', t] as const),
  inventoryYaml.map((t) => ['inventory.yaml', t] as const),
  gridCsv(sdkGrid).map((t) => ['sdks.csv', t] as const),
  sdkYaml.map((t) => ['sdks.yaml', t] as const),
  gradleReport.map((t) => ['dependencies.txt', t] as const),
  podfileLock.map((t) => ['Podfile.lock', t] as const),
);

/** Settings every reader accepts: the run gets to the rules, suppression and the report. */
const cleanConfig = fc
  .record({ failOn: fc.constantFrom('error', 'warning', 'never'), lang: fc.constantFrom('zh', 'en'), rules: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom('error', 'warning', 'info', 'off'), { maxKeys: 3 }) })
  .map((c) => render(c, 'block'));
const cleanWaivers = fc
  .array(fc.record({ rule: fc.constantFrom(...RULE_IDS.filter((r) => r !== 'waiver-expired')), field: fc.constantFrom('id_no', 'mobile', 'real_name'), reason: fc.constant('accepted'), approver: fc.constant('dpo@example.com'), expires: fc.constantFrom('2024-01-01', '2027-03-31') }), { maxLength: 3 })
  .map((waivers) => render({ waivers }, 'block'));

/** Mostly runs that should succeed (exit 0 or 1, every report format); some with broken inputs. */
const cleanCase = fc.record({
  files: fc.array(fc.oneof(gridCsv(cleanInventoryGrid).map((t) => ['inventory.csv', t] as const), fc.constantFrom(...sdkFixtures)), { minLength: 1, maxLength: 3 }),
  pack: fc.constant(null),
  config: fc.option(cleanConfig, { freq: 2 }),
  waivers: fc.option(cleanWaivers, { freq: 2 }),
});
const dirtyCase = fc.record({
  files: fc.array(declaration, { minLength: 1, maxLength: 3 }),
  pack: fc.option(packDocument, { freq: 3 }),
  config: fc.option(configDocument, { freq: 4 }),
  waivers: fc.option(waiversDocument, { freq: 4 }),
});
const auditCase = fc.tuple(fc.oneof({ weight: 3, arbitrary: cleanCase }, { weight: 1, arbitrary: dirtyCase }), fc.constantFrom(...FORMAT_NAMES), fc.constantFrom('2024-06-01', '2030-01-01')).map(([c, format, asOf]) => ({ ...c, format, asOf }));

describe('privaudit audit', () => {
  it('exit 0/1/2, never an internal error; exit 2 names file and line', () =>
    fuzzAsync('cli.audit', auditCase, async ({ files, pack, config, waivers, format, asOf }) => {
      // Inputs and settings in separate sub-folders of the case's own folder, the config under a name
      // discovery never finds: no case can see another's settings.
      const root = temp.folder();
      const inputs = join(root, 'inputs');
      mkdirSync(inputs);
      files.forEach(([name, t], i) => writeFileSync(join(inputs, `${i}-${name}`), t));
      const argv = ['audit', inputs, '--format', format, '--as-of', asOf, '--fail-on', 'warning'];
      const setting = (name: string, t: string, flag: string) => (writeFileSync(join(root, name), t), argv.push(flag, join(root, name)));
      if (pack !== null) setting('pack.yaml', pack, '--policy');
      if (waivers !== null) setting('waivers.yaml', waivers, '--waivers');
      if (config !== null) setting('settings.yaml', config, '--config');
      const r = await run(argv, root);
      expectContract(r);
    }, { cost: 'disk', runs: RUNS }), testTimeout('disk'));
});

const exportText = fc
  .tuple(fc.subarray(['phone', 'id_card', 'email', 'remark', 'cancelled_at', 'status', 'updated_at', 'birthday', 'age', 'sjhm', 'col7']), fc.integer({ min: 1, max: 5 }))
  .chain(([header, n]) =>
    fc
      .array(fc.array(fc.oneof(identifier, fc.constantFrom('2020-01-01', '已注销', '12', '', 'x')), { minLength: header.length, maxLength: header.length }), { minLength: n, maxLength: n })
      .map((rows) => [header.length ? header : ['x'], ...rows].map((r) => r.join(',')).join('\n') + '\n'),
  );

describe('privaudit scan', () => {
  it('exit 0/1/2, never an internal error; no identifier printed whole', () =>
    fuzzAsync('cli.scan', fc.record({ text: exportText, mapping: fc.option(mappingDocument, { freq: 3 }), format: fc.constantFrom(...FORMAT_NAMES) }), async ({ text, mapping, format }) => {
      const dir = temp.folder();
      writeFileSync(join(dir, 'users.csv'), text);
      const argv = ['scan', join(dir, 'users.csv'), '--format', format, '--as-of', '2024-06-01'];
      if (mapping !== null) writeFileSync(join(dir, 'mapping.yaml'), mapping), argv.push('--mapping', join(dir, 'mapping.yaml'));
      const r = await run(argv, dir);
      expectContract(r);
      const values = text.split(/[,\n]/).filter((v) => v.length >= 11 && /\d{6}/.test(v) && !(mapping ?? '').includes(v));
      for (const value of values) expect(`${r.stdout}${r.stderr}`, `${value} printed whole (${format})`).not.toContain(value);
    }, { cost: 'disk', runs: RUNS }), testTimeout('disk'));
});
