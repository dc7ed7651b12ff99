/** The files a scan reads: files as given, folders expanded to the exports inside them (sorted, not recursive). */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { inventoryKeyFor, type InventoryKey } from '../load/inventory-columns.js';

/** .csv .tsv .txt .psv .tab, each optionally gzipped, and any other .gz. */
export const EXPORT_FILE = /\.(?:csv|tsv|txt|psv|tab)(?:\.gz)?$|\.gz$/i;

export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) throw new InputError('file not found', { file: p }, 'check the path');
    if (!s.isDirectory()) {
      out.push(p);
      continue;
    }
    const names = (await readdir(p, { withFileTypes: true })).filter((d) => d.isFile() && EXPORT_FILE.test(d.name)).map((d) => d.name);
    if (names.length === 0) throw new InputError('no exported tables in this folder', { file: p }, 'a folder is scanned for .csv, .tsv, .txt, .psv files (optionally .gz)');
    out.push(...names.sort().map((n) => join(p, n)));
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
