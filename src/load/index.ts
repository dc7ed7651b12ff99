/** Inputs → loaded files: folders expanded, each file's kind detected from its columns/keys. */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { Platform } from '../policy/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { csvHeader, parseCsvText } from '../io/csv.js';
import { decodeBuffer } from '../io/encoding.js';
import { quote } from '../normalize/text.js';
import { itemForFieldName } from '../taxonomy/match.js';
import { readFileBytes, type Container, type FileBytes } from '../io/file.js';
import { filesInFolder, realPath } from '../io/folder.js';
import { CSV_REPORT_COLUMNS } from '../report/types.js';
import { inventoryFromCsv, inventoryFromCsvText, looksLikeInventory } from './inventory-csv.js';
import { inventoryFromYaml, yamlLooksLikeInventory } from './inventory-yaml.js';
import { detectBuildFileKind, looksLikeSdkList, sdkFromBuildFile, sdkFromCsvTable, sdkFromYaml, yamlLooksLikeSdkList } from './sdk-list.js';
import type { DeclarationFile, InventoryFile, SdkFile } from './types.js';
import { MissingSheetError, readInWorkbook, readWorkbookTable, WORKBOOK_EXTENSIONS } from './xlsx.js';
import { parseDeclarationYaml } from '../io/yaml.js';

export type DeclarationKind = 'inventory' | 'sdk';

export interface LoadOptions {
  taxonomy: Taxonomy;
  kind?: DeclarationKind;
  platform?: Platform;
  /** `--sheet`: the sheet of each Excel workbook to read (default: the first visible one). */
  sheet?: string;
  /** Told about files skipped while expanding a folder; `report` for privaudit's own CSV reports. */
  onSkip?: (file: string, reason: string, what?: 'report') => void;
  /** Files this run writes (-o, --write-baseline): never read from a folder (loadDeclarations). */
  exclude?: readonly string[];
}

const DECLARATION_EXTENSIONS = new Set(['.csv', '.tsv', '.yaml', '.yml', '.lock', '.gradle', '.kts', '.txt', ...WORKBOOK_EXTENSIONS]);

/**
 * A folder means every declaration file in it and its subfolders (io/folder.ts); files are taken as given.
 * A folder's copy of a file the run writes (`audit . -o report.csv`) is left out: it is the last run's output.
 * A file reached twice (`audit a.csv ./a.csv`, `audit dd dd/a.csv`) is read once, under the first spelling;
 * named on its own anywhere, it is explicit (an error, not a skip, when it is no declaration).
 */
export function expandPaths(paths: string[], exclude: readonly string[] = []): { file: string; explicit: boolean }[] {
  const out: { file: string; explicit: boolean }[] = [];
  const excluded = new Set(exclude.map(realPath));
  const byRealPath = new Map<string, { file: string; explicit: boolean }>();
  const add = (file: string, explicit: boolean) => {
    const real = realPath(file);
    const seen = byRealPath.get(real);
    if (seen) seen.explicit ||= explicit;
    else if (explicit || !excluded.has(real)) {
      const entry = { file, explicit };
      byRealPath.set(real, entry);
      out.push(entry);
    }
  };
  const walk = (dir: string) => {
    for (const file of filesInFolder(dir, (name) => DECLARATION_EXTENSIONS.has(extname(name).toLowerCase()), { recursive: true })) add(file, false);
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new InputError('file not found', { file: p }, 'check the path');
    }
    if (isDir) walk(p);
    else add(p, true);
  }
  return out;
}

/** Read as CSV: text under a workbook's name too (systems that export CSV as `.xlsx`). */
const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', ...WORKBOOK_EXTENSIONS]);
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
  let headers: string[] | null = null;
  try {
    headers = csvHeader(file, head).headers;
  } catch {
    // no header in the head: the text path below says what is wrong
  }
  // A report has system, table and field columns too: the text path below skips it.
  if (headers && isCsvReport(headers)) return false;
  return opts.kind === 'inventory' || (headers !== null && looksLikeInventory(headers));
}

/** privaudit's own CSV report, told by its header (report/types.ts): it names systems and fields, and is no inventory. */
function isCsvReport(headers: readonly string[]): boolean {
  return headers.length === CSV_REPORT_COLUMNS.length && CSV_REPORT_COLUMNS.every((c, i) => headers[i] === c);
}

/** An earlier run's CSV report: skipped in a folder, whatever --kind says; named on its own, an error that says so. */
function csvReport(file: string, explicit: boolean, opts: LoadOptions, line: number): null {
  if (!explicit) {
    opts.onSkip?.(file, 'a privaudit report', 'report');
    return null;
  }
  throw new InputError("this is a privaudit report (its header is the CSV report's), not an inventory or SDK list", { file, line }, 'audit the inventories and SDK lists it was made from');
}

/** Read one declaration file; null when its kind cannot be told and it came from a folder. */
export function loadDeclaration(file: string, explicit: boolean, opts: LoadOptions): DeclarationFile | null {
  const raw = readFileBytes(file, file, { workbooks: true });
  // A workbook is told by its bytes: one saved under a .csv name is still read as one.
  if (raw.container) return loadWorkbook(file, raw.bytes, raw.container, explicit, opts);
  if (isUtf8CsvInventory(file, raw, opts)) return inventoryFromCsvText(file, raw.bytes, opts.taxonomy);
  const text = decodeBuffer(raw.bytes, raw.sniffed);
  const sdkOpts = { platform: opts.platform, taxonomy: opts.taxonomy };
  if (text.trim() === '') throw new InputError('no records: the file is empty', { file, line: 1 }, 'add a header row and at least one record');
  // Build files first: a Gradle report saved as .txt is not a CSV.
  const build = opts.kind !== 'inventory' ? detectBuildFileKind(file, text) : null;
  if (build) return sdkFromBuildFile(file, text, build, sdkOpts);
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') {
    const y = parseDeclarationYaml(file, text);
    if (opts.kind === 'inventory' || (!opts.kind && yamlLooksLikeInventory(y))) return inventoryFromYaml(y, opts.taxonomy);
    if (opts.kind === 'sdk' || yamlLooksLikeSdkList(y)) return sdkFromYaml(y, sdkOpts);
    return unknownKind(file, explicit, opts, 'a YAML file with neither `systems:` nor SDK entries');
  }
  if (CSV_EXTENSIONS.has(ext)) {
    // Inventories are read row by row (no table in memory); the header alone says which kind this is.
    const { headers, headerLine } = csvHeader(file, text);
    if (isCsvReport(headers)) return csvReport(file, explicit, opts, headerLine);
    if (opts.kind === 'inventory' || (!opts.kind && looksLikeInventory(headers))) return inventoryFromCsvText(file, text, opts.taxonomy);
    if (opts.kind === 'sdk' || looksLikeSdkList(headers)) return sdkFromCsvTable(parseCsvText(file, text), sdkOpts);
    return unknownKind(file, explicit, opts, 'a table with neither a `field` column nor `sdk`/`platform` columns', { header: { headers, line: headerLine } });
  }
  return unknownKind(file, explicit, opts, `a ${ext || 'extension-less'} file`);
}

/** The first visible sheet (or --sheet's), its header found under any title rows. */
function loadWorkbook(file: string, bytes: Buffer, container: Container, explicit: boolean, opts: LoadOptions): DeclarationFile | null {
  const isHeader = opts.kind === 'inventory' ? looksLikeInventory : opts.kind === 'sdk' ? looksLikeSdkList : (h: string[]) => looksLikeInventory(h) || looksLikeSdkList(h);
  let read: ReturnType<typeof readWorkbookTable>;
  try {
    read = readWorkbookTable(file, bytes, container, { sheet: opts.sheet, isHeader });
  } catch (e) {
    if (e instanceof MissingSheetError && !explicit) return unknownKind(file, explicit, opts, `a workbook without a sheet named ${quote(opts.sheet!)}`);
    throw e;
  }
  const { table, elsewhere } = read;
  return readInWorkbook(table, () => {
    if (isCsvReport(table.headers)) return csvReport(file, explicit, opts, table.headerLine);
    if (opts.kind === 'inventory' || (!opts.kind && looksLikeInventory(table.headers))) return inventoryFromCsv(table, opts.taxonomy);
    if (opts.kind === 'sdk' || looksLikeSdkList(table.headers)) return sdkFromCsvTable(table, { platform: opts.platform, taxonomy: opts.taxonomy });
    const what = `sheet ${quote(table.sheet)} has neither a \`field\` column nor \`sdk\`/\`platform\` columns`;
    const header = { headers: table.headers, line: table.headerLine };
    if (elsewhere.length) return unknownKind(file, explicit, opts, what, { header, hint: `sheet ${quote(elsewhere[0]!)} has them: pass --sheet ${elsewhere[0]}` });
    return unknownKind(file, explicit, opts, what, { header, scan: 'save the sheet as CSV and run `privaudit scan` on it' });
  });
}

/** Columns that name personal-information items (mobile, id_card, 姓名…) hold data, not declarations about it. */
function looksLikeExport(headers: string[], opts: LoadOptions): boolean {
  return headers.filter((h) => h.trim() && itemForFieldName(opts.taxonomy, h)).length >= 2;
}

interface Unknown {
  /** The row that stood as the header, when the file is a table. */
  header?: { headers: string[]; line: number };
  hint?: string;
  /** How to scan it, when it looks like an export. */
  scan?: string;
}

function unknownKind(file: string, explicit: boolean, opts: LoadOptions, what: string, u: Unknown = {}): null {
  if (!explicit) {
    opts.onSkip?.(file, `${what}: neither an inventory nor an SDK list`);
    return null;
  }
  const where = { file, line: u.header?.line ?? 1 };
  if (!u.hint && u.header && looksLikeExport(u.header.headers, opts)) {
    throw new InputError('this looks like an exported table (its columns hold personal information), not an inventory or SDK list', where, `${u.scan ?? 'run `privaudit scan` on it'} to check the data itself; to audit it as a declaration anyway, pass --kind inventory|sdk`);
  }
  throw new InputError(`cannot tell what this file is (${what})`, where, u.hint ?? 'an inventory needs a field (字段) column or a systems: list; an SDK list needs platform and sdk columns; or pass --kind inventory|sdk');
}

export function loadDeclarations(paths: string[], opts: LoadOptions): DeclarationFile[] {
  const files = expandPaths(paths, opts.exclude)
    .map(({ file, explicit }) => loadDeclaration(file, explicit, opts))
    .filter((f): f is InventoryFile | SdkFile => f !== null);
  if (files.length === 0) throw new InputError('no inventory or SDK list found in the given paths', { file: paths.join(', ') }, 'pass CSV/YAML inventories or SDK lists, or folders holding them');
  return files;
}
