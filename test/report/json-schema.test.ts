/**
 * schemas/report.schema.json against real output of `privaudit audit --format json`, and against
 * reports bent out of shape (the schema must be strict enough to refuse them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, ROWS, runCli, tempDir, writeInventory } from '../e2e/helpers.js';

const FIXTURES = 'fixtures/inventory';

/** A report bent out of shape is no longer a Report: the mutations below work on plain JSON. */
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let validate: ValidateFunction;

function compile(): ValidateFunction {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats.default(ajv, ['date']);
  return ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/report.schema.json'), 'utf8')) as object);
}

/** The JSON report of `audit <paths> --format json --fail-on never` (exit 0; 2 means no report). */
async function reportOf(...paths: string[]): Promise<Record<string, unknown>> {
  const r = await runCli(['audit', ...paths, '--format', 'json', '--as-of', '2026-01-05', '--fail-on', 'never']);
  // A folder may hold files that are neither inventories nor SDK lists (expected-findings files): skipped, with a note;
  // and sheets with columns privaudit does not use (负责人, Owner): ignored, with a note.
  expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('privaudit: skipped ') && !l.includes('ignored column(s)'))).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

function expectValid(report: unknown): void {
  const ok = validate(report);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

let dir: string;
let mixed: string;

beforeAll(() => {
  validate = compile();
  dir = tempDir();
  // Errors, a warning and a clean row: findings of several rules, with nulls and arrays filled in.
  mixed = writeInventory(dir, 'mixed.csv', [ROWS.clean, ROWS.errors, ROWS.warningOnly.replace('real_name', 'nickname').replace('basic.name', 'basic.nickname'), ROWS.sharedWithAcme.replace('real_name', 'email').replace('basic.name', 'basic.email')]);
});

describe('real reports validate', () => {
  it('a temp inventory with findings of several rules', async () => {
    const report = await reportOf(mixed);
    expect((report.findings as unknown[]).length).toBeGreaterThanOrEqual(3);
    expectValid(report);
  });

  it('a report with zero findings', async () => {
    const report = await reportOf(writeInventory(dir, 'clean.csv', [ROWS.clean]));
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ error: 0, warning: 0, info: 0, suppressed: 0 });
    expectValid(report);
  });

  it.skipIf(!existsSync(join(REPO_ROOT, FIXTURES)))(`the bundled example inventories (${FIXTURES})`, async () => {
    const report = await reportOf(FIXTURES);
    expect((report.inputs as unknown[]).length).toBeGreaterThan(0);
    expectValid(report);
  });

  it('summary counts agree with the findings (what the schema alone cannot say)', async () => {
    const report = (await reportOf(mixed)) as { summary: Record<string, number>; findings: { severity: string }[] };
    for (const sev of ['error', 'warning', 'info']) expect(report.summary[sev]).toBe(report.findings.filter((f) => f.severity === sev).length);
  });
});

describe('the schema is strict', () => {
  let base: Record<string, unknown>;
  beforeAll(async () => {
    base = await reportOf(mixed);
  });

  /** A deep copy of the real report with one change applied. */
  const bent = (change: (r: Json) => void) => {
    const copy = structuredClone(base);
    change(copy);
    return copy;
  };

  it.each([
    ['an unknown top-level key', (r: Json) => (r.generatedAt = '2026-01-05T00:00:00Z')],
    ['a missing top-level key', (r: Json) => delete r.summary],
    ['schemaVersion 2', (r: Json) => (r.schemaVersion = 2)],
    ['asOf not a calendar date', (r: Json) => (r.asOf = '2023-02-30')],
    ['an input of unknown kind', (r: Json) => (r.inputs[0].kind = 'spreadsheet')],
    ['severity "fatal"', (r: Json) => (r.findings[0].severity = 'fatal')],
    ['line 0', (r: Json) => (r.findings[0].line = 0)],
    ['line as a string', (r: Json) => (r.findings[0].line = '3')],
    ['rows holding a string', (r: Json) => (r.findings[0].rows = ['3'])],
    ['rows holding a fraction', (r: Json) => (r.findings[0].rows = [2.5])],
    ['subject without column', (r: Json) => delete r.findings[0].subject.column],
    ['subject with an extra key', (r: Json) => (r.findings[0].subject.database = 'crm')],
    ['subject.sdk a number', (r: Json) => (r.findings[0].subject.sdk = 7)],
    ['a finding without fingerprint', (r: Json) => delete r.findings[0].fingerprint],
    ['a finding with an extra key', (r: Json) => (r.findings[0].timestamp = 'now')],
    ['clause without quote', (r: Json) => delete r.findings[0].clause.quote],
    ['count 0', (r: Json) => (r.findings[0].count = 0)],
    ['a negative summary count', (r: Json) => (r.summary.error = -1)],
    ['a policy language other than zh/en', (r: Json) => (r.policies[0].language = 'fr')],
    ['no policies', (r: Json) => (r.policies = [])],
  ])('refuses %s', (_name, change) => {
    expectValid(base); // the unbent report passes, so the refusal below is caused by the change
    expect(validate(bent(change))).toBe(false);
  });

  it('accepts nulls where SPEC allows them (subject keys, item, evidence)', () => {
    const nulls = bent((r) => {
      r.findings[0].subject = { system: null, table: null, field: null, sdk: null, platform: null, column: null };
      r.findings[0].item = null;
      r.findings[0].evidence = null;
    });
    expectValid(nulls);
  });
});
