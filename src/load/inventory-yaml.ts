/**
 * Inventory YAML: systems → datasets → fields, each level a list of mappings named by `name` or its
 * own word; every value set on an outer level is inherited by inner ones (SPEC decision 3).
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { InputError } from '../errors.js';
import { quote } from '../normalize/text.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { didYouMean, fold } from '../text/suggest.js';
import { allInventoryHeaders, inventoryKeyFor } from './inventory-columns.js';
import { rawFieldsSource, recordFromSource, type RawFields } from './inventory-record.js';
import type { InventoryFile } from './types.js';
import { mergedPairs, nodeLocation, type YamlFile } from '../io/yaml.js';

interface Level {
  /** The key holding this level's list, and the word that may name an entry. */
  lists: string[];
  nameKey: 'system' | 'table' | 'field';
}

const LEVELS: Level[] = [
  { lists: ['systems', '系统'], nameKey: 'system' },
  { lists: ['datasets', 'tables', '数据集', '表'], nameKey: 'table' },
  { lists: ['fields', '字段'], nameKey: 'field' },
];

const NAME_WORDS = new Set(['name', '名称', 'system', 'dataset', 'table', 'field', '系统', '表', '数据集', '字段'].map(fold));

function scalarText(y: YamlFile, node: unknown): string {
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) return v.join(';');
    return String(v);
  }
  if (isSeq(node)) return node.items.map((i) => scalarText(y, i)).join(';');
  throw new InputError('expected a plain value here, found a mapping', nodeLocation(y, node as Node), 'write the value on one line, e.g. `retention: 5y`');
}

function levelIndexOf(key: string): number {
  const k = fold(key);
  return LEVELS.findIndex((l) => l.lists.some((w) => fold(w) === k));
}

const LEVEL_OF_NAME: Partial<Record<string, number>> = { system: 0, table: 1, field: 2 };

/**
 * The level a pair opens, or -1: its key is a level's list word (`systems`, `表`), or a column name of a
 * level (`数据表`, `业务系统`, `字段名`: the inventory header vocabulary) holding a list. The Chinese list
 * words are also the name words (`字段`, `表`): holding a plain value, such a key names its entry.
 */
function levelOfPair(pair: Pair): number {
  const key = isScalar(pair.key) ? String(pair.key.value) : '';
  if (NAME_WORDS.has(fold(key)) && isScalar(pair.value) && pair.value.value !== null) return -1;
  const level = levelIndexOf(key);
  if (level !== -1 || !isSeq(pair.value)) return level;
  return LEVEL_OF_NAME[inventoryKeyFor(key) ?? ''] ?? -1;
}

/** What a walk fills: the file's records, and the keys it ignored (key → its note) in the order first seen. */
interface Walk {
  out: InventoryFile;
  ignored: Map<string, string>;
}

/**
 * Keys privaudit does not use are ignored (SPEC decision 12), each named once in the file's note. One
 * whose value carries an anchor (`defaults: &d {…}`) is there to be merged or aliased: no note.
 */
function ignoreKey(walk: Walk, pair: Pair, key: string, loc: { line: number }): void {
  if (walk.ignored.has(key) || (pair.value as Node | null)?.anchor) return;
  const near = didYouMean(key, [...allInventoryHeaders(), 'name', 'systems', 'datasets', 'fields']);
  walk.ignored.set(key, `${quote(key)} (line ${loc.line}${near ? `; ${near}` : ''})`);
}

function walkLevel(y: YamlFile, tx: Taxonomy, seq: unknown, depth: number, inherited: RawFields, walk: Walk): void {
  const level = LEVELS[depth]!;
  if (!isSeq(seq)) throw new InputError(`'${level.lists[0]}' must be a list of mappings`, nodeLocation(y, seq as Node), `write each entry as \`- name: …\``);
  for (const entry of seq.items) {
    if (!isMap(entry)) throw new InputError(`each entry of '${level.lists[0]}' must be a mapping`, nodeLocation(y, entry as Node), 'write `- name: …` followed by its keys');
    walkEntry(y, tx, entry, depth, inherited, walk);
  }
}

function walkEntry(y: YamlFile, tx: Taxonomy, entry: YAMLMap, depth: number, inherited: RawFields, walk: Walk): void {
  const level = LEVELS[depth]!;
  const own: RawFields = { ...inherited };
  let children: { node: unknown; depth: number } | null = null;
  for (const pair of mergedPairs(y, entry)) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyLoc = nodeLocation(y, pair.key as Node);
    const childDepth = levelOfPair(pair);
    if (childDepth !== -1) {
      if (childDepth <= depth) throw new InputError(`'${key}' cannot appear inside a ${level.nameKey}`, keyLoc, `the levels are systems → datasets → fields`);
      children = { node: pair.value, depth: childDepth };
      continue;
    }
    const target = NAME_WORDS.has(fold(key)) ? level.nameKey : inventoryKeyFor(key);
    if (!target) {
      ignoreKey(walk, pair, key, keyLoc);
      continue;
    }
    own[target] = { raw: scalarText(y, pair.value), loc: nodeLocation(y, (pair.value ?? pair.key) as Node), name: key };
  }
  if (children) return walkLevel(y, tx, children.node, children.depth, own, walk);
  if (level.nameKey !== 'field') {
    throw new InputError(`${level.nameKey} ${quote(own[level.nameKey]?.raw ?? '')} has no ${LEVELS[depth + 1]!.lists[0]}`, nodeLocation(y, entry), `add a \`${LEVELS[2]!.lists[0]}:\` list`);
  }
  // A finding caused by an inherited value is reported at the field's node (SPEC decision 3).
  const { out } = walk;
  // The field's node, column included: findings about the field point at it (SARIF, annotations).
  const loc = nodeLocation(y, entry);
  const record = recordFromSource(tx, loc, rawFieldsSource(own, loc), (p) => (out.droppedRows ??= []).push(p));
  if (record) out.records.push(record);
}

export function inventoryFromYaml(y: YamlFile, tx: Taxonomy): InventoryFile {
  const root = y.doc.contents;
  const out: InventoryFile = { kind: 'inventory', file: y.file, headerLine: 1, records: [] };
  const walk: Walk = { out, ignored: new Map() };
  if (isMap(root)) {
    const pairs = mergedPairs(y, root);
    const pair = pairs.find((p) => levelOfPair(p) !== -1);
    if (!pair) throw new InputError('no `systems:` (or `datasets:`/`fields:`) list at the top level', nodeLocation(y, root), 'start the file with `systems:`, a list of `- name: …` entries holding `datasets:` and their `fields:` (example: `README.md`, "Inventory files")');
    const inherited: RawFields = {};
    for (const p of pairs) {
      if (p === pair) continue;
      const key = isScalar(p.key) ? String(p.key.value) : '';
      const target = inventoryKeyFor(key);
      if (!target) {
        ignoreKey(walk, p, key, nodeLocation(y, p.key as Node));
        continue;
      }
      inherited[target] = { raw: scalarText(y, p.value), loc: nodeLocation(y, (p.value ?? p.key) as Node), name: key };
    }
    walkLevel(y, tx, pair.value, levelOfPair(pair), inherited, walk);
  } else if (isSeq(root)) {
    walkLevel(y, tx, root, 0, {}, walk);
  } else {
    throw new InputError('no records: the YAML document is empty', { file: y.file, line: 1 }, 'start the file with `systems:`');
  }
  if (out.records.length === 0 && !out.droppedRows) throw new InputError('no records: no fields are declared', { file: y.file, line: 1 }, 'declare at least one field under systems → datasets → fields');
  if (walk.ignored.size) out.notes = [`${y.file}: ignored key(s) privaudit does not use: ${[...walk.ignored.values()].join(', ')}`];
  return out;
}

/** Does a YAML document look like an inventory (a systems/datasets/fields list at the top)? */
export function yamlLooksLikeInventory(y: YamlFile): boolean {
  const root = y.doc.contents;
  return isMap(root) && mergedPairs(y, root).some((p) => levelOfPair(p) !== -1);
}
