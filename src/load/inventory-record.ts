/** One inventory field → a typed record. Shared by the CSV and YAML readers. */
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { parseBoolean } from '../normalize/boolean.js';
import { parseConsent, parseList } from '../normalize/consent.js';
import { parseDuration } from '../normalize/duration.js';
import { parseEncryption, parseMasking } from '../normalize/encryption.js';
import { parseRetentionTrigger } from '../normalize/event.js';
import { parseRegion } from '../normalize/region.js';
import { ValueError } from '../normalize/types.js';
import { itemForFieldName, nameSuggestions, resolveName } from '../taxonomy/match.js';
import type { Taxonomy } from '../taxonomy/types.js';
import type { InventoryKey } from './inventory-columns.js';
import type { InventoryRecord } from './types.js';

export interface RawValue {
  raw: string;
  /** Where the value was written (for YAML, possibly an outer level it was inherited from). */
  loc: Location;
}

export type RawFields = Partial<Record<InventoryKey, RawValue>>;

/** Run a normaliser; a ValueError becomes an InputError at the value's location. */
function read<T>(fields: RawFields, key: InventoryKey, parse: (raw: string) => T | null): T | null {
  const v = fields[key];
  if (!v || v.raw.trim() === '') return null;
  try {
    return parse(v.raw);
  } catch (e) {
    if (e instanceof ValueError) throw new InputError(`column '${key}': ${e.message}`, v.loc, `accepted: ${e.accepted}`);
    throw e;
  }
}

function text(fields: RawFields, key: InventoryKey): string | null {
  const raw = fields[key]?.raw.trim();
  return raw ? raw : null;
}

function resolveCategory(tx: Taxonomy, value: RawValue | undefined): { item: string | null; category: string | null } {
  if (!value || value.raw.trim() === '') return { item: null, category: null };
  const hit = resolveName(tx, value.raw);
  if (hit) return hit;
  const near = nameSuggestions(tx, value.raw);
  throw new InputError(
    `unknown category or item '${value.raw.trim()}'`,
    value.loc,
    near.length ? `did you mean ${near.map((n) => `'${n}'`).join(', ')}? (run \`privaudit policies show\` for the taxonomy)` : 'use a category id (identity, device…), an item id (identity.resident-id) or its Chinese/English name',
  );
}

export function buildInventoryRecord(tx: Taxonomy, loc: Location, fields: RawFields): InventoryRecord {
  const field = text(fields, 'field');
  if (!field) throw new InputError("a field without a name: the 'field' value is empty", loc, "give every row a 'field' (字段) name");
  const declared = resolveCategory(tx, fields.category);
  const nameItem = itemForFieldName(tx, field);
  return {
    loc,
    system: text(fields, 'system'),
    table: text(fields, 'table'),
    field,
    categoryRaw: text(fields, 'category'),
    declaredItem: declared.item,
    declaredCategory: declared.category,
    nameItem,
    // A name that contradicts a declared category wins: it says what the field really holds (category-mismatch reports it).
    item: declared.item ?? nameItem,
    description: text(fields, 'description'),
    subjects: text(fields, 'subjects'),
    purpose: text(fields, 'purpose'),
    sensitive: read(fields, 'sensitive', parseBoolean),
    encryption: read(fields, 'encrypted', parseEncryption),
    masking: read(fields, 'masked', parseMasking),
    region: read(fields, 'storage_region', parseRegion),
    retention: read(fields, 'retention', parseDuration),
    retentionTrigger: read(fields, 'retention_trigger', parseRetentionTrigger),
    sharedWith: read(fields, 'shared_with', parseList) ?? [],
    consent: read(fields, 'consent', parseConsent) ?? [],
  };
}
