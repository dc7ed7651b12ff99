/** One inventory field → a typed record. Shared by the CSV and YAML readers. */
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { parseBoolean } from '../normalize/boolean.js';
import { parseConsent, parseList } from '../normalize/consent.js';
import { parseDuration } from '../normalize/duration.js';
import { parseEncryption, parseMasking } from '../normalize/encryption.js';
import { parseRetentionTrigger } from '../normalize/event.js';
import { parseRegion } from '../normalize/region.js';
import { interner } from '../normalize/memo.js';
import { quote } from '../normalize/text.js';
import { ValueError } from '../normalize/types.js';
import { itemForFieldName, nameSuggestions, resolveName } from '../taxonomy/match.js';
import type { Taxonomy } from '../taxonomy/types.js';
import type { InventoryKey } from './inventory-columns.js';
import type { InventoryRecord } from './types.js';

/**
 * What a reader hands over for one field: each key's value as written, and where it was written.
 * Locations are asked for only to report an error, so a reader need not build one per cell.
 */
export interface FieldSource {
  /** The value as written; undefined when the input has no such key. */
  raw(key: InventoryKey): string | undefined;
  where(key: InventoryKey): Location;
}

export interface RawValue {
  raw: string;
  /** Where the value was written (for YAML, possibly an outer level it was inherited from). */
  loc: Location;
}

export type RawFields = Partial<Record<InventoryKey, RawValue>>;

/** Values with their locations already at hand (YAML, tests) as a FieldSource. */
export function rawFieldsSource(fields: RawFields, fallback: Location): FieldSource {
  return { raw: (key) => fields[key]?.raw, where: (key) => fields[key]?.loc ?? fallback };
}

/** Run a normaliser; a ValueError becomes an InputError at the value's location. */
function read<T>(src: FieldSource, key: InventoryKey, parse: (raw: string) => T | null): T | null {
  const raw = src.raw(key);
  if (raw === undefined || raw.trim() === '') return null;
  try {
    return parse(raw);
  } catch (e) {
    if (e instanceof ValueError) throw new InputError(`column '${key}': ${e.message}`, src.where(key), `accepted: ${e.accepted}`);
    throw e;
  }
}

/** Free-text values repeat across rows (systems, tables, purposes): records share one copy of each. */
const intern = interner();

function text(src: FieldSource, key: InventoryKey): string | null {
  const raw = src.raw(key)?.trim();
  return raw ? intern(raw) : null;
}

/** Records without recipients or consent share one (frozen) empty list. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

const NO_CATEGORY = { item: null, category: null };

function resolveCategory(tx: Taxonomy, src: FieldSource): { item: string | null; category: string | null } {
  const raw = src.raw('category');
  if (raw === undefined || raw.trim() === '') return NO_CATEGORY;
  const hit = resolveName(tx, raw);
  if (hit) return hit;
  const near = nameSuggestions(tx, raw);
  throw new InputError(
    `unknown category or item ${quote(raw.trim())}`,
    src.where('category'),
    near.length ? `did you mean ${near.map((n) => `'${n}'`).join(', ')}? (run \`privaudit policies show\` for the taxonomy)` : 'use a category id (identity, device…), an item id (identity.resident-id) or its Chinese/English name',
  );
}

/** The record for one field; `loc` is where the field itself is (its CSV row or YAML node). */
export function recordFromSource(tx: Taxonomy, loc: Location, src: FieldSource): InventoryRecord {
  const field = text(src, 'field');
  if (!field) throw new InputError("a field without a name: the 'field' value is empty", loc, "give every row a 'field' (字段) name");
  const declared = resolveCategory(tx, src);
  const nameItem = itemForFieldName(tx, field);
  return {
    loc,
    system: text(src, 'system'),
    table: text(src, 'table'),
    field,
    categoryRaw: text(src, 'category'),
    declaredItem: declared.item,
    declaredCategory: declared.category,
    nameItem,
    // A name that contradicts a declared category wins: it says what the field really holds (category-mismatch reports it).
    item: declared.item ?? nameItem,
    description: text(src, 'description'),
    subjects: text(src, 'subjects'),
    purpose: text(src, 'purpose'),
    sensitive: read(src, 'sensitive', parseBoolean),
    encryption: read(src, 'encrypted', parseEncryption),
    masking: read(src, 'masked', parseMasking),
    region: read(src, 'storage_region', parseRegion),
    retention: read(src, 'retention', parseDuration),
    retentionTrigger: read(src, 'retention_trigger', parseRetentionTrigger),
    sharedWith: read(src, 'shared_with', parseList) ?? NONE,
    consent: read(src, 'consent', parseConsent) ?? NONE,
  };
}

/** The record for one field whose values carry their own locations (YAML, tests). */
export function buildInventoryRecord(tx: Taxonomy, loc: Location, fields: RawFields): InventoryRecord {
  return recordFromSource(tx, loc, rawFieldsSource(fields, loc));
}
