/**
 * Builders for the crosscheck tests: column profiles and exported tables as the scan makes them (without
 * running it), inventory rows through the real normalisers (test/check/helpers.ts), and the check itself.
 */
import { runRules } from '../../src/check/engine.js';
import { crossCheck } from '../../src/crosscheck/check.js';
import type { InventoryRecord } from '../../src/load/types.js';
import type { MappingFile } from '../../src/scan/mapping.js';
import type { ColumnProfile, ExportFile } from '../../src/scan/types.js';
import { ctx, record, taxonomy, type RecordOptions } from '../check/helpers.js';

export { ctx, enc, keep, mask, record, taxonomy } from '../check/helpers.js';

export const AS_OF = '2024-06-01';

/** A column as the scan profiles one; `item` alone makes a personal column known by its header. */
export function col(over: Partial<ColumnProfile> & { name: string }): ColumnProfile {
  const pi = over.kind ? over.kind === 'pi' : !!over.item;
  return {
    index: 0, headerItem: over.item ?? null, valueItem: null, item: null, detector: null, kind: pi ? 'pi' : 'other', role: null,
    nonEmpty: 10, matched: pi ? 10 : 0, share: pi ? 1 : 0, plain: pi ? 10 : 0, masked: 0, hashed: 0, checked: 0, valid: 0, rows: pi ? [2, 3] : [], evidence: null,
    ...over,
  };
}

/** An exported table of these columns (indexes set in order). */
export function table(name: string, columns: ColumnProfile[], over: Partial<ExportFile> = {}): ExportFile {
  return {
    kind: 'export', file: `exports/${name}.csv`, format: 'csv', headerLine: 1, table: name, records: 10, ragged: 0, raggedRows: [], encoding: 'utf8', delimiter: ',', sampled: null, problems: [], results: [],
    columns: columns.map((c, index) => ({ ...c, index })),
    ...over,
  };
}

/** An inventory row of table `users` in system `crm` (test/check/helpers.ts record(): encrypted, masked, 180 days). */
export function row(field: string, item: string | null, over: RecordOptions = {}): InventoryRecord {
  const r = record({ item, ...over });
  return { ...r, field, nameItem: over.nameItem !== undefined ? over.nameItem : null, ...over };
}

export function check(exports: ExportFile[], rows: InventoryRecord[], mapping: MappingFile | null = null) {
  const c = ctx({ asOf: AS_OF });
  return crossCheck(exports, rows, { taxonomy, calendar: c.calendar, asOf: AS_OF, mapping });
}

/** The declaration of one column of the only table. */
export function declarationOf(e: ExportFile, column: string) {
  const i = e.columns.findIndex((c) => c.name === column);
  if (i < 0) throw new Error(`no column ${column}`);
  return e.declarations!.columns[i]!;
}

/** The rule through the engine on the checked tables, as the CLI runs it, in one language. */
export function findingsOf(rule: import('../../src/check/types.js').Rule, exports: ExportFile[], lang: 'en' | 'zh' = 'en', rules: Record<string, 'error' | 'warning' | 'info' | 'off'> = {}) {
  return runRules(exports, [rule], ctx({ asOf: AS_OF, lang, rules }));
}
