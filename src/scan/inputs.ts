/** The files a scan reads: files as given, folders expanded to the exports inside them (sorted, not recursive). */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { csvHeader } from '../load/csv.js';
import { decodeBuffer, sniffEncoding } from '../load/encoding.js';
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
  for (const file of out) await refuseInventory(file);
  return out;
}

/** Columns only a declaration has: an export holds values, an inventory says how they are kept. */
const DECLARING: ReadonlySet<InventoryKey> = new Set(['category', 'sensitive', 'encrypted', 'masked', 'storage_region', 'retention', 'retention_trigger', 'shared_with', 'consent']);

/**
 * An inventory given to scan would be scanned as data and found clean: say what it is instead. It is one
 * when its header has a field column and at least two declaring ones; only the head of the file is read.
 */
async function refuseInventory(file: string): Promise<void> {
  if (/\.gz$/i.test(file)) return;
  const head = await readHead(file);
  let header;
  try {
    header = csvHeader(file, decodeBuffer(head, sniffEncoding(head)));
  } catch {
    return; // not a table in its head: the scan says what is wrong
  }
  const keys = new Set(header?.headers.map(inventoryKeyFor));
  const declaring = [...DECLARING].filter((k) => keys.has(k));
  if (!keys.has('field') || declaring.length < 2) return;
  throw new InputError(`this looks like an inventory (its columns declare ${declaring.slice(0, 4).join(', ')}), not an exported table`, { file, line: header!.headerLine }, `run \`privaudit audit ${file}\` to audit it against the policies; scan reads exported data`);
}

const HEAD_BYTES = 65536;

async function readHead(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
