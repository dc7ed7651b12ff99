/** Inputs → loaded files: folders expanded, each file's kind detected from its columns/keys. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Platform } from '../policy/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { csvHeader, parseCsvText } from './csv.js';
import { decodeBuffer } from './encoding.js';
import { readFileBytes, type FileBytes } from './file.js';
import { inventoryFromCsvText, looksLikeInventory } from './inventory-csv.js';
import { inventoryFromYaml, yamlLooksLikeInventory } from './inventory-yaml.js';
import { detectBuildFileKind, looksLikeSdkList, sdkFromBuildFile, sdkFromCsvTable, sdkFromYaml, yamlLooksLikeSdkList } from './sdk-list.js';
import type { InventoryFile, LoadedFile, SdkFile } from './types.js';
import { parseYamlText } from './yaml.js';

export type DeclarationKind = 'inventory' | 'sdk';

export interface LoadOptions {
  taxonomy: Taxonomy;
  kind?: DeclarationKind;
  platform?: Platform;
  /** Told about files skipped while expanding a folder. */
  onSkip?: (file: string, reason: string) => void;
}

const DECLARATION_EXTENSIONS = new Set(['.csv', '.tsv', '.yaml', '.yml', '.lock', '.gradle', '.kts', '.txt']);

/** A folder means every declaration file in it (sorted, recursive); files are taken as given. */
export function expandPaths(paths: string[], extensions = DECLARATION_EXTENSIONS): { file: string; explicit: boolean }[] {
  const out: { file: string; explicit: boolean }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (extensions.has(extname(name).toLowerCase())) out.push({ file: p, explicit: false });
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new InputError('file not found', { file: p }, 'check the path');
    }
    if (isDir) walk(p);
    else out.push({ file: p, explicit: true });
  }
  return out;
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
/** How much of a file is decoded to tell a CSV inventory by its header. */
const HEAD_BYTES = 65536;

/**
 * A UTF-8 CSV whose header names inventory columns (and that is no build file) is parsed from its bytes:
 * inventories are the large declarations, and decoding one whole first would hold it twice over.
 */
function isUtf8CsvInventory(file: string, raw: FileBytes, opts: LoadOptions): boolean {
  if (!CSV_EXTENSIONS.has(extname(file).toLowerCase()) || raw.sniffed.encoding !== 'utf8' || opts.kind === 'sdk') return false;
  const head = decodeBuffer(raw.bytes.subarray(0, HEAD_BYTES), raw.sniffed);
  if (head.trim() === '' || (opts.kind !== 'inventory' && detectBuildFileKind(file, head))) return false;
  if (opts.kind === 'inventory') return true;
  try {
    return looksLikeInventory(csvHeader(file, head).headers);
  } catch {
    return false; // no header in the head: the text path below says what is wrong
  }
}

/** Read one declaration file; null when its kind cannot be told and it came from a folder. */
export function loadDeclaration(file: string, explicit: boolean, opts: LoadOptions): LoadedFile | null {
  const raw = readFileBytes(file);
  if (isUtf8CsvInventory(file, raw, opts)) return inventoryFromCsvText(file, raw.bytes, opts.taxonomy);
  const text = decodeBuffer(raw.bytes, raw.sniffed);
  const sdkOpts = { platform: opts.platform, taxonomy: opts.taxonomy };
  if (text.trim() === '') throw new InputError('no records: the file is empty', { file, line: 1 }, 'add a header row and at least one record');
  // Build files first: a Gradle report saved as .txt is not a CSV.
  const build = opts.kind !== 'inventory' ? detectBuildFileKind(file, text) : null;
  if (build) return sdkFromBuildFile(file, text, build, sdkOpts);
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') {
    const y = parseYamlText(file, text);
    if (opts.kind === 'inventory' || (!opts.kind && yamlLooksLikeInventory(y))) return inventoryFromYaml(y, opts.taxonomy);
    if (opts.kind === 'sdk' || yamlLooksLikeSdkList(y)) return sdkFromYaml(y, sdkOpts);
    return unknownKind(file, explicit, opts, 'a YAML file with neither `systems:` nor SDK entries');
  }
  if (CSV_EXTENSIONS.has(ext)) {
    // Inventories are read row by row (no table in memory); the header alone says which kind this is.
    if (opts.kind === 'inventory' || (!opts.kind && looksLikeInventory(csvHeader(file, text).headers))) return inventoryFromCsvText(file, text, opts.taxonomy);
    const table = parseCsvText(file, text);
    if (opts.kind === 'sdk' || looksLikeSdkList(table.headers)) return sdkFromCsvTable(table, sdkOpts);
    return unknownKind(file, explicit, opts, 'a table with neither a `field` column nor `sdk`/`platform` columns');
  }
  return unknownKind(file, explicit, opts, `a ${ext || 'extension-less'} file`);
}

function unknownKind(file: string, explicit: boolean, opts: LoadOptions, what: string): null {
  if (!explicit) {
    opts.onSkip?.(file, `${what}: neither an inventory nor an SDK list`);
    return null;
  }
  throw new InputError(`cannot tell what this file is (${what})`, { file, line: 1 }, 'an inventory needs a field (字段) column or a systems: list; an SDK list needs platform and sdk columns; or pass --kind inventory|sdk');
}

export function loadDeclarations(paths: string[], opts: LoadOptions): LoadedFile[] {
  const files = expandPaths(paths)
    .map(({ file, explicit }) => loadDeclaration(file, explicit, opts))
    .filter((f): f is InventoryFile | SdkFile => f !== null);
  if (files.length === 0) throw new InputError('no inventory or SDK list found in the given paths', { file: paths.join(', ') }, 'pass CSV/YAML inventories or SDK lists, or folders holding them');
  return files;
}
