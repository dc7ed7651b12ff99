/**
 * Planning one table (whatever its format) from its header and first records, and building its
 * ExportFile from the merged tallies: the two ends every reader's records pass between.
 */
import type { TextEncoding } from '../io/encoding.js';
import type { SampleRecord } from '../load/exports/csv-probe.js';
import type { ExportFormat } from '../load/exports/types.js';
import { isBlankRecord } from '../text/blank.js';
import { buildExportFile } from './build.js';
import { classifyColumns } from './classify.js';
import { planFacts } from './column-facts.js';
import { VALIDATE_MASK } from './cell-form.js';
import { refuseInventory } from './inputs.js';
import { mappedColumns } from './mapping.js';
import type { ColumnPlan, ScanPlan } from './plan.js';
import type { PlannedCheck } from './record-check.js';
import { planChecks } from './record-checks.js';
import { roleForHeader, type ColumnRole } from './roles.js';
import type { FileScanContext } from './scan-file.js';
import type { RangeTallyResult } from './tally.js';
import type { ExportFile } from './types.js';

export interface TableInput {
  file: string;
  table: string;
  format: ExportFormat;
  header: string[];
  headerLine: number;
  sample: readonly SampleRecord[];
  /** Validate every plaintext value (small tables: it costs nothing, and the shares are exact). */
  validateAll: boolean;
  encoding: TextEncoding;
  delimiter: string;
}

export interface PlannedTable {
  input: TableInput;
  plan: ScanPlan;
  columns: ColumnPlan[];
  roles: ColumnRole[];
  /** The record checks the table allows, plain data (a shard part carries them to `privaudit merge`). */
  checks: PlannedCheck[];
}

export function planTable(input: TableInput, ctx: FileScanContext): PlannedTable {
  refuseInventory(input.file, input.header, input.headerLine);
  const mapped = mappedColumns(ctx.mapping, input.file, input.header, input.table);
  const roles: ColumnRole[] = input.header.map((name, i) => mapped.get(i)?.role ?? roleForHeader(name));
  const columns = classifyColumns({ header: input.header, sample: input.sample, mapped, roles, taxonomy: ctx.taxonomy });
  const checks = planChecks({ table: input.table, columns, roles, policy: ctx.policy, calendar: ctx.calendar, asOf: ctx.asOf, rulesOff: ctx.rulesOff });
  const plan: ScanPlan = {
    file: input.file,
    headerLine: input.headerLine,
    width: input.header.length,
    columns,
    checks: checks.map(({ rule, check }) => ({ rule, check })),
    sample: ctx.sample,
    validateMask: input.validateAll ? 0 : VALIDATE_MASK,
    // Record checks read personal columns and columns with a role; facts read every column.
    reads: columns.map((c, i) => ctx.columnFacts === true || c.kind !== 'other' || roles[i]!.kind !== 'none'),
    ...(ctx.columnFacts ? { facts: planFacts(columns, roles) } : {}),
  };
  return { input, plan, columns, roles, checks };
}

/** Needs only what a merge of shards (scan/shard-merge.ts) also has: no files, no threads. */
export function finishTable(p: PlannedTable, tally: RangeTallyResult, ctx: Pick<FileScanContext, 'sample' | 'taxonomy'>): ExportFile {
  const { input } = p;
  const wider = widerRecords(input);
  const file = buildExportFile({
    source: { file: input.file, headerLine: input.headerLine, encoding: input.encoding, delimiter: input.delimiter, format: input.format },
    table: input.table,
    columns: p.columns,
    roles: p.roles,
    checks: p.checks,
    tally,
    sample: ctx.sample,
    taxonomy: ctx.taxonomy,
  });
  return wider ? { ...file, widerRecords: wider } : file;
}

/**
 * Values past the header's last column are never scanned (the plan is as wide as the header). When most
 * of the first records hold some, the header is likely not the table's (a title line above it, or a
 * headerless export): said once per table, from the sample, so no record pays for it.
 */
export function widerRecords({ header, sample }: Pick<TableInput, 'header' | 'sample'>): ExportFile['widerRecords'] {
  const width = header.length;
  let counted = 0;
  let first: SampleRecord | null = null;
  let wider = 0;
  for (const r of sample) {
    if (isBlankRecord(r.cells)) continue;
    counted++;
    if (r.cells.length <= width || isBlankRecord(r.cells.slice(width))) continue;
    wider++;
    first ??= r;
  }
  return first && wider * 2 > counted ? { line: first.line, fields: first.cells.length, columns: width } : undefined;
}
