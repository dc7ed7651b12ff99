/**
 * The mapping file: for tables whose column names say nothing (`sjhm`, `col7`), which item or role
 * each column holds. YAML, one mapping per table (the file name without its extensions; `*` = every table):
 *
 *   users:
 *     sjhm: basic.phone                          # an item: id, or its Chinese or English name
 *     zx_sj: cancelled_at                        # a role: cancelled_at, terminated_at, last_login, created_at,
 *                                                #   updated_at, status, birthday, age, guardian_consent
 *     csrq: { item: basic.birthday, role: birthday }
 *     order_no: none                             # not personal information, whatever the name or values say
 *
 * A column the table does not have is an InputError at the mapping file's line.
 */
import { basename } from 'node:path';
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { InputError } from '../errors.js';
import { maskIdentifiers } from '../detect/mask-identifiers.js';
import { nodeLocation, readYamlFile, type YamlFile } from '../io/yaml.js';
import { nameSuggestions, resolveName } from '../taxonomy/match.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { didYouMean, fold } from '../text/suggest.js';
import { quote } from '../normalize/text.js';
import { ROLE_WORDS, type ColumnRole } from './roles.js';

export interface ColumnMapping {
  /** The column as the mapping writes it. */
  name: string;
  line: number;
  /** undefined: not set; null: not personal information. */
  item?: string | null;
  role?: ColumnRole;
}

export interface TableMapping {
  table: string;
  line: number;
  columns: ColumnMapping[];
}

export interface MappingFile {
  file: string;
  tables: TableMapping[];
}

const ROLE_HINT = Object.keys(ROLE_WORDS).join(', ');

/** A role word, never a property of Object.prototype ('valueOf', '__proto__'). */
function roleWord(text: string): ColumnRole | undefined {
  return Object.hasOwn(ROLE_WORDS, text) ? ROLE_WORDS[text] : undefined;
}

export function loadMapping(file: string, taxonomy: Taxonomy): MappingFile {
  const y = readYamlFile(file);
  const root = y.doc.contents;
  if (root === null || root === undefined) return { file, tables: [] };
  if (!isMap(root)) throw new InputError('a mapping file is a YAML mapping of tables to their columns', nodeLocation(y, root), 'write `table:` then `column: item-or-role` lines under it');
  return { file, tables: root.items.map((pair) => readTable(y, pair as Pair<Node, Node>, taxonomy)) };
}

function keyText(y: YamlFile, pair: Pair<Node, Node>): string {
  if (!isScalar(pair.key)) throw new InputError('keys must be plain names', nodeLocation(y, pair.key), 'quote the name');
  return String(pair.key.value);
}

function readTable(y: YamlFile, pair: Pair<Node, Node>, tx: Taxonomy): TableMapping {
  const table = keyText(y, pair);
  const line = nodeLocation(y, pair.key).line;
  const body = pair.value;
  if (!isMap(body)) throw new InputError(`table ${quote(table)} needs a mapping of columns`, nodeLocation(y, body ?? pair.key), 'write `column: item-or-role` lines indented under the table');
  return { table, line, columns: body.items.map((p) => readColumn(y, p as Pair<Node, Node>, tx)) };
}

function readColumn(y: YamlFile, pair: Pair<Node, Node>, tx: Taxonomy): ColumnMapping {
  const name = keyText(y, pair);
  const line = nodeLocation(y, pair.key).line;
  const value = pair.value;
  if (isScalar(value)) return { name, line, ...scalarMapping(y, value, tx) };
  if (isMap(value)) {
    const out: ColumnMapping = { name, line };
    for (const p of value.items as Pair<Node, Node>[]) {
      const key = keyText(y, p);
      if (!isScalar(p.value)) throw new InputError(`${quote(key)} needs a single value`, nodeLocation(y, p.value ?? p.key));
      if (key === 'item') out.item = itemOf(y, p.value, tx);
      else if (key === 'role') out.role = roleOf(y, p.value);
      else throw new InputError(`unknown key ${quote(key)}`, nodeLocation(y, p.key), 'a column takes `item` and `role`');
    }
    return out;
  }
  throw new InputError(`column ${quote(name)} needs an item or a role`, nodeLocation(y, value ?? pair.key), 'e.g. `mobile: basic.phone` or `closed: cancelled_at`');
}

function scalarMapping(y: YamlFile, node: Node, tx: Taxonomy): Pick<ColumnMapping, 'item' | 'role'> {
  const text = String((node as { value?: unknown }).value ?? '');
  if (text === 'none') return { item: null, role: { kind: 'none' } };
  const role = roleWord(text);
  if (role) return { role };
  return { item: itemOf(y, node, tx) };
}

function itemOf(y: YamlFile, node: Node, tx: Taxonomy): string | null {
  const text = String((node as { value?: unknown }).value ?? '');
  if (text === 'none') return null;
  const hit = resolveName(tx, text);
  if (hit?.item) return hit.item;
  const near = nameSuggestions(tx, text);
  const hint = hit ? `${quote(text)} is a whole category; name one of its items` : near.length ? `did you mean ${near.map((n) => `'${n}'`).join(', ')}?` : `an item id such as basic.phone, or a role: ${ROLE_HINT}`;
  throw new InputError(`${quote(text)} is neither a taxonomy item nor a role`, nodeLocation(y, node), hint);
}

function roleOf(y: YamlFile, node: Node): ColumnRole {
  const text = String((node as { value?: unknown }).value ?? '');
  const role = roleWord(text);
  if (!role) throw new InputError(`unknown role ${quote(text)}`, nodeLocation(y, node), `roles: ${ROLE_HINT}`);
  return role;
}

/** users.csv, users.csv.gz, users.tsv → users */
export function tableName(file: string): string {
  return basename(file).replace(/\.gz$/i, '').replace(/\.[^.]+$/, '');
}

/** The mappings that apply to a table of a file: `*` first, then the table's own (which wins). */
export function mappingsFor(m: MappingFile | null, file: string, tableOfFile = tableName(file)): TableMapping[] {
  if (!m) return [];
  const table = fold(tableOfFile);
  const whole = fold(basename(file));
  return m.tables.filter((t) => t.table === '*').concat(m.tables.filter((t) => t.table !== '*' && (fold(t.table) === table || fold(t.table) === whole)));
}

/**
 * Each mapped column, by header index. A table's own mapping naming a column the file lacks is an
 * InputError at that mapping line; `*` mappings apply where the column exists.
 */
export function mappedColumns(m: MappingFile | null, file: string, header: readonly string[], table = tableName(file)): Map<number, ColumnMapping> {
  const byName = new Map(header.map((h, i) => [fold(h), i]));
  const out = new Map<number, ColumnMapping>();
  for (const t of mappingsFor(m, file, table)) {
    for (const c of t.columns) {
      const index = byName.get(fold(c.name));
      if (index !== undefined) {
        out.set(index, { ...out.get(index), ...c });
        continue;
      }
      if (t.table === '*') continue;
      // A table exported without its header row has its first record as "column names": masked.
      const names = header.map(maskIdentifiers);
      throw new InputError(`column ${quote(c.name)} is not in ${table === tableName(file) ? basename(file) : `${basename(file)} (table ${quote(table)})`}`, { file: m!.file, line: c.line }, didYouMean(c.name, names) || `its columns are: ${names.map(quote).join(', ')}`);
    }
  }
  return out;
}
