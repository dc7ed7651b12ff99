/** The files a scan reads: files as given, folders expanded to the exports inside them (sorted, not recursive). */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';

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
