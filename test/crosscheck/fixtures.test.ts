/**
 * fixtures/crosscheck: the exports of the crm system against its inventory, each export beside its
 * `<name>.expected.yaml` (every column's status and row, the declared fields it lacks, and every finding of
 * the three inventory rules). An export without its expectation file fails; UPDATE_EXPECTED=1 writes them
 * (review the diff). The inventory's Excel and YAML twins must give the CSV's results.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, type visitor } from 'yaml';
import { runRules } from '../../src/check/engine.js';
import { declarationContradicted } from '../../src/check/rules/declaration-contradicted.js';
import { declaredColumnMissing } from '../../src/check/rules/declared-column-missing.js';
import { undeclaredColumn } from '../../src/check/rules/undeclared-column.js';
import { checkAgainstInventory, loadInventory } from '../../src/crosscheck/index.js';
import type { Coverage } from '../../src/crosscheck/coverage.js';
import type { Finding } from '../../src/report/types.js';
import type { ExportFile } from '../../src/scan/types.js';
import { ctx } from '../check/helpers.js';
import { AS_OF, expectAsFile, scan } from '../scan/helpers.js';

const DIR = 'fixtures/crosscheck';
const EXPORTS = readdirSync(join(DIR, 'exports'))
  .filter((n) => !n.endsWith('.expected.yaml'))
  .sort();
const RULES = [declarationContradicted, declaredColumnMissing, undeclaredColumn];
const HEADER = '# Expected `privaudit scan exports/ --inventory inventory.csv --as-of 2024-06-01` for this export (test/crosscheck/fixtures.test.ts).\n# Regenerate: UPDATE_EXPECTED=1 npx vitest run test/crosscheck/fixtures.test.ts, and review the diff.\n';

interface Run {
  files: ExportFile[];
  findings: Finding[];
  coverage: Coverage;
}

const quiet = { stderr: () => {} };

async function run(inventory: string, exports: ExportFile[]): Promise<Run> {
  const c = ctx({ asOf: AS_OF });
  const loaded = loadInventory([join(DIR, inventory)], c.taxonomy, quiet);
  const { files, coverage } = checkAgainstInventory(exports, loaded, c, null);
  return { files, findings: runRules(files, RULES, c), coverage: coverage! };
}

/** What the expectation file holds for one export: each of its tables (a dump holds several), then the findings. */
function expectedOf(r: Run, file: string): unknown {
  const tables = r.coverage.tables.filter((x) => x.file === file);
  return {
    asOf: AS_OF,
    inventory: 'inventory.csv',
    tables: Object.fromEntries(
      tables.map((t) => [
        t.table,
        {
          inventoryTable: t.inventoryTable ? `${t.inventoryTable.system}.${t.inventoryTable.table}` : null,
          counts: t.counts,
          columns: Object.fromEntries(t.columns.map((c) => [c.column, { status: c.status, item: c.item, match: c.match, row: c.declaration?.line ?? null, contradictions: c.contradictions }])),
          missing: t.missing.map((m) => ({ field: m.field, row: m.line })),
        },
      ]),
    ),
    findings: r.findings.filter((f) => f.file === file).map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.subject.column, field: f.subject.field, item: f.item, count: f.count, rows: f.rows, evidence: f.evidence, clause: `${f.clause.policy} ${f.clause.section}`, message: f.message })),
  };
}

/** The expectation files' YAML also has the counts, and each column's entry, on one line. */
const ONE_LINE: visitor = {
  Pair(_, pair) {
    if (!isScalar(pair.key) || !isMap(pair.value)) return;
    if (pair.key.value === 'counts') pair.value.flow = true;
    // One line per column.
    if (pair.key.value === 'columns') for (const item of pair.value.items) if (isMap(item.value)) item.value.flow = true;
  },
};

let exported: ExportFile[];
let csvRun: Run;

beforeAll(async () => {
  exported = await scan(EXPORTS.map((n) => join(DIR, 'exports', n)), { columnFacts: true });
  csvRun = await run('inventory.csv', exported);
});

it('has exports of every kind planted, and no other files beside them', () => {
  expect(EXPORTS).toEqual(['ad_clicks.csv', 'crm.sql', 'orders.csv', 'users.csv']);
  expect(readdirSync(join(DIR, 'exports')).filter((n) => n.endsWith('.expected.yaml')).sort()).toEqual(EXPORTS.map((n) => `${n}.expected.yaml`));
});

describe.each(EXPORTS)('%s against inventory.csv', (name) => {
  const file = join(DIR, 'exports', name);
  const expectedFile = `${file}.expected.yaml`;

  it('gives exactly the statuses and findings of its expectation file', () => {
    expectAsFile(expectedFile, expectedOf(csvRun, file), HEADER, ONE_LINE);
  });

  it('raises nothing on the columns that match their declarations', () => {
    const clean = csvRun.coverage.tables.filter((x) => x.file === file).flatMap((t) => t.columns.filter((c) => c.status === 'declared').map((c) => c.column));
    const flagged = csvRun.findings.filter((f) => f.file === file).map((f) => f.subject.column);
    for (const column of clean) expect(flagged, column).not.toContain(column);
  });
});

it('plants every case: each rule fires, each contradiction kind, and columns that match', () => {
  const kinds = csvRun.coverage.tables.flatMap((t) => t.columns.flatMap((c) => c.contradictions));
  expect(new Set(kinds)).toEqual(new Set(['protection', 'item', 'retention']));
  expect(new Set(csvRun.findings.map((f) => f.ruleId))).toEqual(new Set(RULES.map((r) => r.meta.id)));
  expect(csvRun.coverage.summary.declared - csvRun.coverage.summary.contradicted).toBeGreaterThanOrEqual(5);
  expect(csvRun.coverage.unscanned.map((u) => `${u.system}.${u.table}`)).toEqual(['crm.invoices']);
  // The dump's table is matched by its name in the dump.
  expect(csvRun.coverage.tables.find((t) => t.file.endsWith('crm.sql'))!.inventoryTable).toEqual({ system: 'crm', table: 'coupons' });
});

describe.each(['inventory.xlsx', 'inventory.yaml'])('the twin %s', (twin) => {
  it("gives the CSV's statuses and findings (rows at its own lines)", async () => {
    const r = await run(twin, exported);
    const key = (f: Finding) => [f.file, f.ruleId, f.subject.column, f.subject.field, f.item, f.count, f.rows.join(' ')].join('|');
    expect(r.findings.map(key)).toEqual(csvRun.findings.map(key));
    const statuses = (x: Run) => x.coverage.tables.map((t) => t.columns.map((c) => `${c.column}:${c.status}:${c.match}:${c.contradictions}`));
    expect(statuses(r)).toEqual(statuses(csvRun));
    if (twin.endsWith('.xlsx')) {
      // Same rows on the same lines: the messages differ only in the inventory's name.
      expect(r.findings.map((f) => f.message.replaceAll('inventory.xlsx', 'inventory.csv'))).toEqual(csvRun.findings.map((f) => f.message));
    }
  });
});
