/**
 * SDK lists (SPEC "SDK lists"): CSV with English or Chinese headers, or YAML, one row per SDK and
 * platform. YAML takes either a list of mappings with the CSV's keys, or
 * `platforms: { android: [...], ios: [...] }` whose entries inherit the platform from their key
 * (or `sdks: [...]`). `fields` is a `;`/`、`/`，`/`,` separated string or a YAML list.
 * Columns or keys the vocabulary does not know are ignored (links, notes), except near-misses of
 * a known name (`feilds`), which are errors: a dropped fields column would hide every finding.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { quote } from '../normalize/text.js';
import type { Platform } from '../policy/types.js';
import { detectBuildFileKind, type BuildFileKind } from '../sdk/build-kind.js';
import { loadCatalog, type Catalog } from '../sdk/catalog.js';
import { allSdkHeaders, looksLikeSdkKeys, SDK_KEYS, sdkKeyFor, type SdkKey } from '../sdk/columns.js';
import { parsePlatform, PLATFORMS_ACCEPTED } from '../sdk/platform.js';
import { buildSdkRecords, type RawSdkFields, type RawValue, type SdkRecordContext } from './sdk-record.js';
import { loadTaxonomy } from '../taxonomy/load.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { editDistance, fold, MAX_SUGGESTION_INPUT } from '../text/suggest.js';
import { parseCsvText, type CsvTable } from '../io/csv.js';
import { readTextFile } from '../io/file.js';
import { parseGradleReport, parseGradleScript } from './gradle.js';
import { parsePodfileLock } from './podfile.js';
import type { CellProblem, SdkFile } from './types.js';
import { mergedPairs, nodeLocation, parseDeclarationYaml, yamlToJs, type YamlFile } from '../io/yaml.js';

export { detectBuildFileKind, type BuildFileKind } from '../sdk/build-kind.js';

export interface SdkReadOptions {
  /** `--platform`: the platform of rows that do not name one. */
  platform?: Platform;
  taxonomy?: Taxonomy;
  catalog?: Catalog;
}

function contextOf(opts: SdkReadOptions): SdkRecordContext {
  return { taxonomy: opts.taxonomy ?? loadTaxonomy(), catalog: opts.catalog ?? loadCatalog(), platform: opts.platform };
}

/** For kind detection: do these CSV headers make an SDK list? */
export function looksLikeSdkList(headers: string[]): boolean {
  return looksLikeSdkKeys(headers.map(sdkKeyFor));
}

/** For kind detection: does this YAML value look like an SDK list? */
export function looksLikeSdkYaml(data: unknown): boolean {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const obj = data as Record<string, unknown>;
    if (obj.platforms && typeof obj.platforms === 'object') return true;
    return Array.isArray(obj.sdks) && looksLikeSdkYaml(obj.sdks);
  }
  if (!Array.isArray(data)) return false;
  const first = data.find((d) => d && typeof d === 'object' && !Array.isArray(d)) as Record<string, unknown> | undefined;
  return !!first && looksLikeSdkKeys(Object.keys(first).map(sdkKeyFor));
}

/** ASCII names close to an accepted one (`feilds`): a typo, not an extra column. */
function nearMiss(name: string): string | null {
  const f = fold(name);
  if (f.length < 5 || f.length > MAX_SUGGESTION_INPUT || !/^[\x00-\x7f]+$/.test(f)) return null;
  const scored = allSdkHeaders()
    .filter((h) => /^[\x00-\x7f]+$/.test(h))
    .map((h) => ({ h, d: editDistance(f, fold(h)) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d);
  return scored[0]?.h ?? null;
}

function keyOf(name: string, loc: Location, what: 'column' | 'key'): SdkKey | null {
  const key = sdkKeyFor(name);
  if (key) return key;
  const near = nearMiss(name);
  if (near) throw new InputError(`unknown ${what} ${quote(name)}`, loc, `did you mean '${near}'? keys: ${SDK_KEYS.join(', ')} (or their Chinese names)`);
  return null;
}

// --- CSV -------------------------------------------------------------------------------------------

function columnKeys(file: string, headerLine: number, headers: string[], opts: SdkReadOptions, ignored: string[] = []): Map<SdkKey, number> {
  const columns = new Map<SdkKey, number>();
  headers.forEach((h, i) => {
    const key = keyOf(h, { file, line: headerLine, column: i + 1 }, 'column');
    if (!key) {
      if (h.trim() !== '') ignored.push(quote(h));
      return;
    }
    if (columns.has(key)) throw new InputError(`two columns mean '${key}': ${quote(headers[columns.get(key)!]!)} and ${quote(h)}`, { file, line: headerLine }, 'keep one of them');
    columns.set(key, i);
  });
  if (!columns.has('sdk')) throw new InputError('no SDK name column', { file, line: headerLine }, 'add a column named sdk (SDK名称 / 第三方名称)');
  if (!columns.has('platform') && !opts.platform) {
    throw new InputError('no platform column and no --platform', { file, line: headerLine }, `add a platform (平台) column, or pass --platform <${PLATFORMS_ACCEPTED}>`);
  }
  return columns;
}

export function parseSdkCsvText(file: string, text: string, opts: SdkReadOptions = {}): SdkFile {
  return sdkFromCsvTable(parseCsvText(file, text), opts);
}

/** An already parsed table. Locations name the cell's field number, as inventories do. */
export function sdkFromCsvTable(table: CsvTable, opts: SdkReadOptions = {}): SdkFile {
  const file = table.file;
  const ignored: string[] = [];
  const columns = columnKeys(file, table.headerLine, table.headers, opts, ignored);
  const ctx = contextOf(opts);
  const out: SdkFile = { kind: 'sdk', file, headerLine: table.headerLine, records: [] };
  if (ignored.length) out.notes = [`${file}: ignored column(s) privaudit does not use: ${ignored.join(', ')}`];
  const onDropped = (p: CellProblem) => (out.droppedRows ??= []).push(p);
  for (const row of table.rows) {
    const loc = { file, line: row.line };
    const fields: RawSdkFields = {};
    for (const [key, i] of columns) fields[key] = { raw: row.cells[i] ?? '', loc: { ...loc, column: i + 1 }, name: table.headers[i]!.trim() || key };
    out.records.push(...buildSdkRecords(ctx, loc, fields, onDropped));
  }
  return out;
}

// --- YAML ------------------------------------------------------------------------------------------

function scalarText(y: YamlFile, node: unknown, what: string): string {
  if (node === null || node === undefined) return '';
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  throw new InputError(`'${what}' must be a single value`, nodeLocation(y, node as Node), 'write it as text');
}

function rawValue(y: YamlFile, key: SdkKey, pair: Pair): RawValue {
  const node = pair.value as Node | null;
  const loc = nodeLocation(y, node ?? (pair.key as Node));
  if (key === 'fields' && isSeq(node)) {
    const parts = node.items.map((n) => ({ raw: scalarText(y, n, 'fields'), loc: nodeLocation(y, n as Node) }));
    return { raw: parts.map((p) => p.raw).join('; '), loc, parts };
  }
  return { raw: scalarText(y, node, key), loc, name: String((pair.key as { value?: unknown })?.value ?? key) };
}

function entryFields(y: YamlFile, entry: YAMLMap): RawSdkFields {
  const fields: RawSdkFields = {};
  for (const pair of mergedPairs(y, entry)) {
    const name = scalarText(y, pair.key, 'key');
    const key = keyOf(name, nodeLocation(y, pair.key as Node), 'key');
    if (key) fields[key] = rawValue(y, key, pair as Pair);
  }
  return fields;
}

function entries(y: YamlFile, seq: unknown, where: Node | null): YAMLMap[] {
  if (!isSeq(seq)) throw new InputError('expected a list of SDK entries', nodeLocation(y, where ?? (seq as Node)), 'write `- sdk: …` entries, one per SDK');
  return seq.items.map((item) => {
    if (!isMap(item)) throw new InputError('an SDK entry must be a mapping (sdk, organization, fields…)', nodeLocation(y, item as Node), 'write `- sdk: Huawei Push` with its keys below it');
    return item;
  });
}

/** The entries with the platform their `platforms:` key gives (undefined for a plain list). */
function platformGroups(y: YamlFile): { platform?: Platform; entries: YAMLMap[] }[] {
  const root = y.doc.contents;
  if (isSeq(root)) return [{ entries: entries(y, root, root) }];
  if (isMap(root) && root.has('sdks')) return [{ entries: entries(y, root.get('sdks', true), root) }];
  const byPlatform: unknown = isMap(root) ? root.get('platforms', true) : undefined;
  if (isMap(byPlatform)) {
    return mergedPairs(y, byPlatform).map((pair) => {
      const name = scalarText(y, pair.key, 'platform');
      const platform = parsePlatform(name);
      if (!platform) throw new InputError(`unknown platform ${quote(name)}`, nodeLocation(y, pair.key as Node), `accepted: ${PLATFORMS_ACCEPTED}`);
      return { platform, entries: entries(y, pair.value, pair.key as Node) };
    });
  }
  throw new InputError('not an SDK list', { file: y.file, line: 1 }, 'write a list of `- sdk: …` entries, or `platforms: { android: [...], ios: [...] }`');
}

export function parseSdkYamlText(file: string, text: string, opts: SdkReadOptions = {}): SdkFile {
  return sdkFromYaml(parseDeclarationYaml(file, text), opts);
}

/** For kind detection on an already parsed YAML file. */
export function yamlLooksLikeSdkList(y: YamlFile): boolean {
  return looksLikeSdkYaml(yamlToJs(y));
}

/** An already parsed YAML SDK list. */
export function sdkFromYaml(y: YamlFile, opts: SdkReadOptions = {}): SdkFile {
  const file = y.file;
  const out: SdkFile = { kind: 'sdk', file, headerLine: 1, records: [] };
  const onDropped = (p: CellProblem) => (out.droppedRows ??= []).push(p);
  for (const group of platformGroups(y)) {
    const ctx = contextOf({ ...opts, platform: group.platform ?? opts.platform });
    for (const entry of group.entries) {
      const loc = nodeLocation(y, entry);
      const fields = entryFields(y, entry);
      if (group.platform && fields.platform) throw new InputError("'platform' inside a platforms: group", fields.platform.loc, 'the group key already gives the platform; remove this one');
      out.records.push(...buildSdkRecords(ctx, { file, line: loc.line }, fields, onDropped));
    }
  }
  if (out.records.length === 0 && !out.droppedRows) throw new InputError('no records: the SDK list is empty', { file, line: 1 }, 'add at least one SDK');
  return out;
}

// --- any SDK input ---------------------------------------------------------------------------------

/** A build file of a kind detectBuildFileKind() gave. */
export function sdkFromBuildFile(file: string, text: string, kind: BuildFileKind, opts: SdkReadOptions = {}): SdkFile {
  if (kind === 'podfile-lock') return parsePodfileLock(file, text, opts);
  return kind === 'gradle-script' ? parseGradleScript(file, text, opts) : parseGradleReport(file, text, opts);
}

/** Read an SDK list (CSV/TSV/YAML) or a build file (Gradle report or script, Podfile.lock). */
export function readSdkFile(file: string, opts: SdkReadOptions = {}): SdkFile {
  const { text } = readTextFile(file);
  const build = detectBuildFileKind(file, text);
  if (build) return sdkFromBuildFile(file, text, build, opts);
  return /\.ya?ml$/i.test(file) ? parseSdkYamlText(file, text, opts) : parseSdkCsvText(file, text, opts);
}
