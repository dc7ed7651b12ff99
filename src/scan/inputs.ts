/**
 * The files a scan reads. A file given by name is read whatever its name: what it is comes from its bytes
 * (load/exports/entries.ts, registry.ts). A folder means the files in it that a reader takes, by name
 * (EXPORT_NAME, load/exports/names.ts), sorted, hidden files skipped, as `audit` reads a folder (io/folder.ts) but without its
 * subfolders: a folder of exports often keeps older copies of the same tables below it (old/, backup/),
 * which would be scanned and reported twice, and the shell names subfolders when they are wanted
 * (`scan exports exports/2024`).
 */
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { EXPORT_NAME } from '../load/exports/names.js';
import { filesInFolder, realPath } from '../io/folder.js';
import { inventoryKeyFor, type InventoryKey } from '../load/inventory-columns.js';

/** A file reached twice (`scan a.csv ./a.csv`, `scan dd dd/a.csv`) is scanned once, under its first spelling. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const real = realPath(file);
    if (seen.has(real)) return;
    seen.add(real);
    out.push(file);
  };
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) throw new InputError('file not found', { file: p }, 'check the path');
    if (!s.isDirectory()) {
      add(p);
      continue;
    }
    const files = filesInFolder(p, (name) => EXPORT_NAME.test(name), { recursive: false });
    if (files.length === 0) throw new InputError('no exported tables in this folder', { file: p }, 'a folder is scanned (not its subfolders) for .csv .tsv .txt .psv .tab .sql .dump .jsonl .ndjson .json .parquet .xlsx files (plain, .gz or .zst) and .zip archives; name any other file to scan it');
    for (const file of files) add(file);
  }
  return out;
}

/** Columns only a declaration has: an export holds values, an inventory says how they are kept. */
const DECLARING: readonly InventoryKey[] = ['category', 'sensitive', 'encrypted', 'masked', 'storage_region', 'retention', 'retention_trigger', 'shared_with', 'consent'];

/**
 * An inventory given to scan would be scanned as data and found clean: say what it is instead. It is one
 * when its header has a field column and at least two declaring ones (the probe's header, read once).
 */
export function refuseInventory(file: string, header: readonly string[], headerLine: number): void {
  const keys = new Set(header.map(inventoryKeyFor));
  const declaring = DECLARING.filter((k) => keys.has(k));
  if (!keys.has('field') || declaring.length < 2) return;
  throw new InputError(`this looks like an inventory (its columns declare ${declaring.slice(0, 4).join(', ')}), not an exported table`, { file, line: headerLine }, `run \`privaudit audit ${file}\` to audit it against the policies; to check exported tables against it: privaudit scan <exports> --inventory ${file}`);
}
