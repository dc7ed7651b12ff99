/**
 * One inventory field → a typed record. Shared by the CSV, YAML and Excel readers. A cell that cannot be
 * read never stops the run (SPEC decision 12): the record keeps it in `unread` and the value stays unknown.
 */
import type { Location } from '../location.js';
import { parseConsent } from '../normalize/consent.js';
import { parseRecipients } from '../normalize/recipients.js';
import { declaredSensitive, parseSensitivity } from '../normalize/sensitivity.js';
import { parseRetention } from '../normalize/retention.js';
import { parseEncryption, parseMasking } from '../normalize/encryption.js';
import { parseRetentionTrigger } from '../normalize/event.js';
import { parseRegion } from '../normalize/region.js';
import { interner } from '../normalize/memo.js';
import { acceptedForms, cellText } from '../normalize/text.js';
import { ValueError } from '../errors.js';
import { itemForFieldName, resolveName, unplacedName } from '../taxonomy/match.js';
import { nearest } from '../text/suggest.js';
import type { Taxonomy } from '../taxonomy/types.js';
import type { InventoryKey } from './inventory-columns.js';
import type { CellProblem, InventoryRecord } from './types.js';

/**
 * What a reader hands over for one field: each key's value as written, and where it was written.
 * Locations are asked for only to report an error, so a reader need not build one per cell.
 */
export interface FieldSource {
  /** The value as written; undefined when the input has no such key. */
  raw(key: InventoryKey): string | undefined;
  where(key: InventoryKey): Location;
  /** The column's name as the file writes it (its header or key), for messages; the key when not given. */
  header?(key: InventoryKey): string;
}

export interface RawValue {
  raw: string;
  /** The key as written in the file (YAML), for messages. */
  name?: string;
  /** Where the value was written (for YAML, possibly an outer level it was inherited from). */
  loc: Location;
}

export type RawFields = Partial<Record<InventoryKey, RawValue>>;

/** Values with their locations already at hand (YAML, tests) as a FieldSource. */
export function rawFieldsSource(fields: RawFields, fallback: Location): FieldSource {
  return { raw: (key) => fields[key]?.raw, where: (key) => fields[key]?.loc ?? fallback, header: (key) => fields[key]?.name ?? key };
}

/**
 * The nearest accepted readings of an unreadable cell: the normaliser's own, else the forms its `accepted`
 * text names. Kept per error: the normalisers' memo hands back the same ValueError for every row that wrote
 * the same cell, so a column of one bad phrase is searched once.
 */
const nearOf = new WeakMap<ValueError, string[]>();

function nearAccepted(raw: string, e: ValueError): string[] {
  if (e.near) return e.near;
  let near = nearOf.get(e);
  if (!near) {
    const text = raw.normalize('NFKC').trim();
    // A two-letter form (`MO`, `Y`) inside a longer cell is a coincidence, not a near miss.
    near = nearest(text, acceptedForms(e.accepted).filter((f) => f.length > 2 || text.length <= 3));
    nearOf.set(e, near);
  }
  return near;
}

/** `保存期限（天）`, `Retention (months)`: the unit a bare number in that column counts in. */
const HEADER_UNIT = /[（(]\s*(天|日|工作日|个?月|年|days?|working days|months?|years?)\s*[)）]\s*$/i;
const headerUnits = new Map<string, string | null>();

/** A bare number under a header that names its unit, written with that unit (`180` → `180天`). */
function withHeaderUnit(raw: string, header: string | undefined): string {
  if (!header || !/^\s*\d+(?:\.\d+)?\s*$/.test(raw)) return raw;
  let unit = headerUnits.get(header);
  if (unit === undefined) {
    unit = HEADER_UNIT.exec(header)?.[1] ?? null;
    // Headers are few; a hostile file's many distinct ones must not grow the map without end.
    if (headerUnits.size < 256) headerUnits.set(header, unit);
  }
  return unit ? `${raw.trim()}${/^[a-z]/i.test(unit) ? ' ' : ''}${unit}` : raw;
}

/** The cells of one field as they are read: values, and the cells that could not be read. */
class RowReader {
  /** Made on the first unreadable cell: most rows have none. */
  unread: CellProblem[] | undefined;

  constructor(private readonly src: FieldSource) {}

  problem(key: InventoryKey, raw: string, near: string[], note?: CellProblem['note']): void {
    (this.unread ??= []).push({ key, column: this.src.header?.(key) ?? key, loc: this.src.where(key), raw, near, ...(note ? { note } : {}) });
  }

  /** Run a normaliser; a ValueError leaves the value unknown and records the cell (SPEC decision 12). */
  read<T>(key: InventoryKey, parse: (raw: string) => T | null): T | null {
    const written = this.src.raw(key);
    if (written === undefined || written.trim() === '') return null;
    const raw = key === 'retention' ? withHeaderUnit(written, this.src.header?.(key)) : written;
    try {
      return parse(raw);
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      this.problem(key, raw, nearAccepted(raw, e));
      return null;
    }
  }

  text(key: InventoryKey): string | null {
    const raw = this.src.raw(key)?.trim();
    return raw ? intern(raw) : null;
  }

  category(tx: Taxonomy): { item: string | null; category: string | null; items?: readonly string[] } {
    const raw = this.src.raw('category');
    const text = cellText(raw);
    if (raw === undefined || text === null) return NO_CATEGORY;
    const hit = resolveName(tx, text);
    if (hit) return hit;
    const { near, note } = unplacedName(tx, text);
    this.problem('category', raw, near, note);
    return NO_CATEGORY;
  }
}

/** Free-text values repeat across rows (systems, tables, purposes): records share one copy of each. */
const intern = interner();

/** Records without recipients or consent share one (frozen) empty list. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

const NO_CATEGORY = { item: null, category: null };

/** A row with no field name cannot be audited: it is reported, and no record is made. */
function missingFieldProblem(src: FieldSource, loc: Location): CellProblem {
  return { key: 'field', column: src.header?.('field') ?? 'field', loc: src.raw('field') === undefined ? loc : src.where('field'), raw: '', near: [], rowDropped: true };
}

/**
 * The record for one field; `loc` is where the field itself is (its CSV row or YAML node). Null when the row
 * has no field name: `onDropped` gets the problem to report.
 */
export function recordFromSource(tx: Taxonomy, loc: Location, src: FieldSource, onDropped?: (p: CellProblem) => void): InventoryRecord | null {
  const row = new RowReader(src);
  const field = row.text('field');
  if (!field) {
    onDropped?.(missingFieldProblem(src, loc));
    return null;
  }
  // An unreadable category leaves the item to the field's name, as a blank one does; the category rules skip the row.
  const declared = row.category(tx);
  const nameItem = itemForFieldName(tx, field);
  const retention = row.read('retention', parseRetention);
  const sensitivity = row.read('sensitive', parseSensitivity);
  const record: InventoryRecord = {
    loc,
    system: row.text('system'),
    table: row.text('table'),
    field,
    categoryRaw: row.text('category'),
    declaredItem: declared.item,
    declaredCategory: declared.category,
    // A group (通信记录和内容, 设备标识信息) names its items: the rules judge the row by them, not the whole category.
    ...(declared.items ? { declaredItems: declared.items } : {}),
    nameItem,
    // A name that contradicts a declared category wins: it says what the field really holds (category-mismatch reports it).
    item: declared.item ?? nameItem,
    description: row.text('description'),
    subjects: row.text('subjects'),
    purpose: row.text('purpose'),
    // The default grade mapping here; the rules read a grade again through the config (check/helpers recordSensitive).
    sensitive: declaredSensitive(sensitivity),
    sensitivity,
    encryption: row.read('encrypted', parseEncryption),
    masking: row.read('masked', parseMasking),
    region: row.read('storage_region', parseRegion),
    // A phrase such as 注销后15日内删除 carries its own event: the trigger column, when filled, still wins.
    retention: retention?.period ?? null,
    retentionTrigger: row.read('retention_trigger', parseRetentionTrigger) ?? retention?.trigger ?? null,
    sharedWith: row.read('shared_with', parseRecipients) ?? NONE,
    consent: row.read('consent', parseConsent) ?? NONE,
  };
  if (row.unread) record.unread = row.unread;
  return record;
}

/** The record for one field whose values carry their own locations (YAML, tests). */
export function buildInventoryRecord(tx: Taxonomy, loc: Location, fields: RawFields): InventoryRecord {
  const record = recordFromSource(tx, loc, rawFieldsSource(fields, loc));
  if (!record) throw new Error('buildInventoryRecord: a field needs a name');
  return record;
}
