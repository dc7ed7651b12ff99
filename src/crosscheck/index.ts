/**
 * `scan --inventory <file|folder>` end to end, for `scan` and `merge` alike:
 *
 *   const inventory = loadInventory(inventoryPaths(flags.inventory, ctx.config), ctx.taxonomy, io);
 *   const inputs = await withoutInventories(paths, inventory);      // an inventory beside the exports is not scanned
 *   const files = await scanFiles(inputs, opts);                       // (or the ExportFiles a merge rebuilt)
 *   const { files: checked, coverage } = checkAgainstInventory(files, inventory, ctx, mapping);
 *   finish(checked, ctx, flags, io, sources, coverage);
 *
 * Inventories are read as `audit` reads them (CSV, YAML, Excel; src/load), before the scan, so a bad one
 * fails before a long scan does.
 */
import { resolve } from 'node:path';
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { expandPaths, loadDeclaration } from '../load/index.js';
import type { InventoryFile, InventoryRecord } from '../load/types.js';
import { coverageOf, type Coverage } from './coverage.js';
import { expandInputs } from '../scan/inputs.js';
import { loadMapping, type MappingFile } from '../scan/mapping.js';
import type { ExportFile } from '../scan/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { crossCheck, type CrossCheckContext } from './check.js';

export { crossCheck, type CrossCheck, type CrossCheckContext } from './check.js';

export interface LoadedInventory {
  files: { file: string; records: number }[];
  records: InventoryRecord[];
}

/** `--inventory` (repeatable) replaces the config's `inventory:`, as `--policy` replaces `policies:`. */
export function inventoryPaths(flag: readonly string[] | undefined, config: Pick<Config, 'inventory'>): string[] {
  return flag?.length ? [...flag] : [...(config.inventory ?? [])];
}

/**
 * The inventories at these paths (files or folders), or null when there are none to read. A folder's
 * files that are not inventories are skipped with one note; a file named on its own must be one.
 */
export function loadInventory(paths: readonly string[], taxonomy: Taxonomy, io: { stderr(text: string): void }): LoadedInventory | null {
  if (paths.length === 0) return null;
  const files: InventoryFile[] = [];
  const skipped: string[] = [];
  for (const { file, explicit } of expandPaths([...paths])) {
    const loaded = loadDeclaration(file, explicit, { taxonomy, onSkip: () => skipped.push(file) });
    if (loaded?.kind === 'inventory') files.push(loaded);
    else if (loaded && explicit) throw new InputError('--inventory: this is an SDK list, not an inventory', { file, line: loaded.headerLine }, 'give --inventory the data inventory (system, table, field, category…); audit SDK lists with privaudit audit');
    else if (loaded) skipped.push(file);
  }
  if (skipped.length) io.stderr(`privaudit: --inventory: skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} that ${skipped.length === 1 ? 'is' : 'are'} not an inventory: ${skipped.join(', ')}\n`);
  if (files.length === 0) throw new InputError('--inventory: no inventory found in the given paths', { file: paths.join(', ') }, 'give a CSV, YAML or Excel inventory (system, table, field, category…), or a folder holding one');
  for (const f of files) notesOf(f, io);
  return { files: files.map((f) => ({ file: f.file, records: f.records.length })), records: files.flatMap((f) => f.records) };
}

/** The reader's notes, and how many cells were not read (their rows are matched, not judged on them). */
function notesOf(f: InventoryFile, io: { stderr(text: string): void }): void {
  for (const note of f.notes ?? []) io.stderr(`privaudit: note: ${note}\n`);
  const unread = f.records.reduce((n, r) => n + (r.unread?.length ?? 0), 0) + (f.droppedRows?.length ?? 0);
  if (unread) io.stderr(`privaudit: note: ${f.file}: ${unread} cell${unread === 1 ? '' : 's'} could not be read and ${unread === 1 ? 'was' : 'were'} not checked against the data (privaudit audit ${f.file} lists ${unread === 1 ? 'it' : 'them'})\n`);
}

/** The scan's input files without the inventories (an inventory kept in the exports' folder is no export). */
export async function withoutInventories(paths: readonly string[], inventory: LoadedInventory | null): Promise<string[]> {
  if (!inventory) return [...paths];
  const declared = new Set(inventory.files.map((f) => resolve(f.file)));
  const files = await expandInputs(paths);
  const left = files.filter((f) => !declared.has(resolve(f)));
  if (left.length === 0) throw new InputError('no exported tables to scan: the inputs are the inventory itself', { file: paths.join(', ') }, 'name the exported tables to scan, and the inventory with --inventory');
  return left;
}

/** The scanned tables checked against the inventory, and the coverage for the report; as they were without one. */
export function checkAgainstInventory(
  files: ExportFile[],
  inventory: LoadedInventory | null,
  ctx: Omit<CrossCheckContext, 'mapping'>,
  mapping: string | MappingFile | null,
): { files: ExportFile[]; coverage: Coverage | null } {
  if (!inventory) return { files, coverage: null };
  const map = typeof mapping === 'string' ? loadMapping(mapping, ctx.taxonomy) : mapping;
  const checked = crossCheck(files, inventory.records, { taxonomy: ctx.taxonomy, calendar: ctx.calendar, asOf: ctx.asOf, mapping: map });
  return { files: checked.exports, coverage: coverageOf(checked.exports, checked.unscanned, inventory.files) };
}
