/**
 * Classifying the columns of a table once, before the records are tallied: from the header (taxonomy
 * synonyms, or the mapping file) and from the values of the first records (SAMPLE_RECORDS at most).
 *
 * A column is classified by its values when at least VALUE_SHARE of its non-empty sampled values pass
 * one detector (plain or masked): 60 %, so a column survives some blanks, typos and placeholder values,
 * while a column of order numbers, where a few 18-digit numbers pass a checksum by chance, does not.
 * The header wins over the values; values only choose among the header item's detectors.
 */
import { trimCell } from '../detect/chars.js';
import { detectValue, hashKind } from '../detect/index.js';
import type { HashProbe } from './cell-form.js';
import { isIdentifier } from '../taxonomy/identifiers.js';
import { itemForFieldName } from '../taxonomy/match.js';
import type { DetectorId, Taxonomy } from '../taxonomy/types.js';
import type { SampleRecord } from '../load/exports/csv-probe.js';
import type { ColumnMapping } from './mapping.js';
import type { ColumnPlan, ColumnKind } from './plan.js';
import type { ColumnRole } from './roles.js';
import { dayOf, NOT_A_DAY } from './day.js';

export const VALUE_SHARE = 0.6;
/** Fewer sampled values than this cannot classify a column by value. */
const MIN_VALUES = 3;
/** Unnamed free text: long values, most of them with spaces or Chinese characters. */
const FREE_TEXT_MEAN_LENGTH = 12;
const FREE_TEXT_SHARE = 0.6;

export interface ClassifyInput {
  header: readonly string[];
  sample: readonly SampleRecord[];
  mapped: ReadonlyMap<number, ColumnMapping>;
  /** Columns with a role (dates, status, consent) are never unnamed free text. */
  roles: readonly ColumnRole[];
  taxonomy: Taxonomy;
}

export function classifyColumns(input: ClassifyInput): ColumnPlan[] {
  const itemOfDetector = detectorItems(input.taxonomy);
  return input.header.map((name, index) => {
    const values = columnValues(input.sample, index);
    const mapped = input.mapped.get(index);
    return classifyColumn({ name, index, values, mapped, role: input.roles[index]!, taxonomy: input.taxonomy, itemOfDetector });
  });
}

interface ColumnInput {
  name: string;
  index: number;
  values: string[];
  mapped: ColumnMapping | undefined;
  role: ColumnRole;
  taxonomy: Taxonomy;
  itemOfDetector: Map<DetectorId, string>;
}

/**
 * The item the header names. A column with a record's role (a date, a status, a request type) says when or
 * how, not who: an identifier in its header is not held (账号状态 is no account), though its values may
 * still be. A trait or record stays: a surgery date tells a surgery, a transaction time a transaction.
 */
function headerItemOf(c: ColumnInput): string | null {
  if (c.mapped?.item !== undefined) return c.mapped.item;
  const item = itemForFieldName(c.taxonomy, c.name);
  const named = item === null ? undefined : c.taxonomy.item(item);
  return c.role.kind !== 'none' && named !== undefined && isIdentifier(named) ? null : item;
}

function classifyColumn(c: ColumnInput): ColumnPlan {
  const notPersonal = c.mapped?.item === null;
  const headerItem = headerItemOf(c);
  const headerDetectors = headerItem ? (c.taxonomy.item(headerItem)?.detectors ?? []) : [];
  const valueDetector = notPersonal ? null : dominantDetector(c.values, headerDetectors);
  const valueItem = valueDetector ? (c.itemOfDetector.get(valueDetector) ?? null) : null;
  const item = headerItem ?? valueItem;
  const hint: DetectorId[] = headerItem ? [...headerDetectors] : valueDetector ? [valueDetector] : [];
  const detector = headerItem ? (valueDetector && headerDetectors.includes(valueDetector) ? valueDetector : (headerDetectors[0] ?? null)) : valueDetector;
  const kind = columnKind(item, c, notPersonal);
  const pi = kind === 'pi';
  return { index: c.index, name: c.name, headerItem, valueItem, item, detector: pi ? detector : null, hint: pi ? hint : [], kind, hashProbe: pi ? hashProbeOf(c.values) : null };
}

function columnKind(item: string | null, c: ColumnInput, notPersonal: boolean): ColumnKind {
  if (notPersonal) return 'other';
  if (item) return c.taxonomy.item(item)?.freeText ? 'free-text' : 'pi';
  return c.role.kind === 'none' && looksLikeFreeText(c.values) ? 'free-text' : 'other';
}

/** The first item (taxonomy order) whose detectors include each detector. */
function detectorItems(tx: Taxonomy): Map<DetectorId, string> {
  const out = new Map<DetectorId, string>();
  for (const item of tx.items.values()) for (const d of item.detectors) if (!out.has(d)) out.set(d, item.id);
  return out;
}

function columnValues(sample: readonly SampleRecord[], index: number): string[] {
  const out: string[] = [];
  for (const r of sample) {
    // As the column counter reads a cell: Excel's guards off, full-width digits folded (chars.ts trimCell).
    const v = trimCell(r.cells[index] ?? '');
    if (v) out.push(v);
  }
  return out;
}

/** The detector most values pass, if it reaches VALUE_SHARE; ties go to the earlier detector seen. */
export function dominantDetector(values: readonly string[], hint: readonly DetectorId[]): DetectorId | null {
  if (values.length < MIN_VALUES) return null;
  const counts = new Map<DetectorId, number>();
  for (const v of values) {
    const d = detectValue(v, hint.length > 0 ? hint : undefined);
    if (d) counts.set(d.detector, (counts.get(d.detector) ?? 0) + 1);
  }
  let best: DetectorId | null = null;
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best !== null && bestCount >= values.length * VALUE_SHARE ? best : null;
}

/** When most sampled values are hashes, the commonest length and prefix (`$2b$`, `pbkdf2_sha256$`, or none for hex). */
export function hashProbeOf(values: readonly string[]): HashProbe | null {
  if (values.length < MIN_VALUES) return null;
  const groups = new Map<string, { probe: HashProbe; n: number }>();
  let hashed = 0;
  for (const v of values) {
    if (hashKind(v) === null) continue;
    hashed++;
    const cut = v.indexOf('$', 1);
    const probe = { length: v.length, prefix: cut > 0 && /^[$a-z]/.test(v) ? v.slice(0, cut + 1) : '' };
    const key = `${probe.length}:${probe.prefix}`;
    const g = groups.get(key) ?? { probe, n: 0 };
    g.n++;
    groups.set(key, g);
  }
  if (hashed < values.length * VALUE_SHARE) return null;
  let best: { probe: HashProbe; n: number } | null = null;
  for (const g of groups.values()) if (!best || g.n > best.n) best = g;
  return best && best.n >= values.length * VALUE_SHARE ? best.probe : null;
}

const HAN_OR_SPACE = /[\s\u3400-\u9fff]/;

function looksLikeFreeText(values: readonly string[]): boolean {
  if (values.length < MIN_VALUES) return false;
  let total = 0;
  let wordy = 0;
  for (const v of values) {
    total += v.length;
    // A timestamp has a space too, but it is not text.
    if (HAN_OR_SPACE.test(v) && dayOf(v) === NOT_A_DAY) wordy++;
  }
  return total / values.length >= FREE_TEXT_MEAN_LENGTH && wordy >= values.length * FREE_TEXT_SHARE;
}
