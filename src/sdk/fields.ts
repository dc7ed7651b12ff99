/**
 * SDK field labels → taxonomy items. A label is looked up in the catalog's label table (the labels
 * of SDK tables: "Device Unique Identification Code" covers six device identifiers), then in the
 * taxonomy (names, then field-name synonyms). A label nobody can place is an error, never a pass.
 */
import { quote } from '../normalize/text.js';
import { ValueError } from '../errors.js';
import { itemForFieldName, resolveWholeName, unplacedName } from '../taxonomy/match.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { nearest } from '../text/suggest.js';
import { loadCatalog, type Catalog } from './catalog.js';

/** List separators of SDK lists: `;` `、` `，` `,` and the English "and" of policy tables. */
const SEPARATOR = /^(?:[;；、，,]|\s+and\s+)/i;
const OPEN = '(（[【';
const CLOSE = ')）]】';

/** Split a fields cell at separators outside brackets: `设备标识符（IMEI、OAID）、IP地址` → 2 parts. */
export function splitFieldList(raw: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    const sep = depth === 0 ? SEPARATOR.exec(raw.slice(i)) : null;
    if (sep) {
      parts.push(current);
      current = '';
      i += sep[0].length - 1;
    } else current += ch;
  }
  parts.push(current);
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

/**
 * The items a label names exactly (label table, taxonomy ids and names); a group of items (设备标识信息, the same
 * set as the label table's "Device Unique Identification Code") as its items; a whole category as its bare id.
 */
function lookUpExact(tx: Taxonomy, catalog: Catalog, label: string): string[] | null {
  const known = catalog.fieldLabel(label);
  if (known) return [...known.items];
  const hit = resolveWholeName(tx, label);
  return hit ? (hit.items ? [...hit.items] : [hit.item ?? hit.category]) : null;
}

/** Exact names first, then a synonym found inside the label (`用户手机号` → basic.phone). */
function lookUp(tx: Taxonomy, catalog: Catalog, label: string): string[] | null {
  const exact = lookUpExact(tx, catalog, label);
  if (exact) return exact;
  const item = itemForFieldName(tx, label);
  return item ? [item] : null;
}

/** `Outer（a、b）`: the items of the bracketed list when every part is known, else of the outer name. */
function lookUpBracketed(tx: Taxonomy, catalog: Catalog, label: string): string[] | null {
  const m = /^(.*?)\s*[(（[【](.*)[)）\]】]\s*$/.exec(label);
  if (!m) return null;
  const inner = splitFieldList(m[2]!).map((p) => lookUp(tx, catalog, p));
  if (inner.length > 0 && inner.every((x) => x !== null)) return [...new Set(inner.flat() as string[])];
  return m[1] ? lookUp(tx, catalog, m[1]) : null;
}

/**
 * The taxonomy items an SDK field label covers ([] = a known label that is not personal information;
 * a bare category id when the label names a whole category, e.g. 设备信息 → `device`).
 * Throws a ValueError with suggestions when neither the label table nor the taxonomy knows the label.
 */
export function itemsForSdkField(tx: Taxonomy, label: string, catalog: Catalog = loadCatalog()): string[] {
  // A bracketed list is more precise than a synonym found somewhere inside the whole label.
  const items = lookUpExact(tx, catalog, label) ?? lookUpBracketed(tx, catalog, label) ?? lookUp(tx, catalog, label);
  if (items) return items;
  // An ambiguous term (网络信息) gets the entries to write instead; any other label the nearest labels and names.
  const unplaced = unplacedName(tx, label);
  const near = unplaced.ambiguous ? unplaced.near : [...new Set([...nearest(label, catalog.labelNames()), ...unplaced.near])].slice(0, 3);
  throw new ValueError(
    `unknown personal-information field ${quote(label)}`,
    near.length ? `did you mean ${near.map((n) => `'${n}'`).join(', ')}? Or use a taxonomy item id or name (\`privaudit taxonomy\` lists them)` : 'an SDK-table label (Device Unique Identification Code, 设备型号…), a taxonomy item id (device.imei) or its Chinese/English name (`privaudit taxonomy` lists them)',
    near,
  );
}
