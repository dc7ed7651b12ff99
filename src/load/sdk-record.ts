/** One SDK-list row → an SdkRecord. Shared by the CSV and YAML readers. */
import type { Location } from '../location.js';
import { acceptedForms, cellText } from '../normalize/text.js';
import { ValueError } from '../errors.js';
import type { Platform } from '../policy/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import type { CellProblem, SdkRecord } from './types.js';
import { nearest } from '../text/suggest.js';
import { inBoth } from '../text/words/index.js';
import type { Catalog } from '../sdk/catalog.js';
import type { SdkKey } from '../sdk/columns.js';
import { itemsForSdkField, splitFieldList } from '../sdk/fields.js';
import { parsePlatform, PLATFORMS_ACCEPTED } from '../sdk/platform.js';

export interface RawValue {
  raw: string;
  loc: Location;
  /** The column or key as the file writes it, for messages. */
  name?: string;
  /** Where each field label sits, when the reader can tell (a YAML sequence of fields). */
  parts?: { raw: string; loc: Location }[];
}

export type RawSdkFields = Partial<Record<SdkKey, RawValue>>;

export interface SdkRecordContext {
  taxonomy: Taxonomy;
  catalog: Catalog;
  /** `--platform`: used when the file has no platform column or a row leaves it empty. */
  platform?: Platform;
}

function text(fields: RawSdkFields, key: SdkKey): string | null {
  const raw = fields[key]?.raw.trim();
  return raw ? raw : null;
}

/** A cell of the row that could not be read, as reported. */
function problem(value: RawValue | undefined, key: SdkKey, loc: Location, near: string[], rowDropped = false): CellProblem {
  return { key, column: value?.name ?? key, loc: value?.loc ?? loc, raw: value?.raw ?? '', near, ...(rowDropped ? { rowDropped } : {}) };
}

/**
 * The row's platforms (published lists write one row for `Android/iOS`, `安卓、苹果`), or the problem that leaves
 * them unknown: no SDK rule can run on the row without one, so a part nobody can read drops the whole row.
 */
function readPlatforms(ctx: SdkRecordContext, fields: RawSdkFields, loc: Location): Platform[] | CellProblem {
  const value = fields.platform;
  const raw = value?.raw.trim();
  if (!raw) return ctx.platform ? [ctx.platform] : { ...problem(value, 'platform', loc, [], true), note: NO_PLATFORM };
  const whole = parsePlatform(raw);
  if (whole) return [whole];
  const platforms: Platform[] = [];
  for (const part of raw.split(PLATFORM_SEPARATORS).map((p) => p.trim()).filter(Boolean)) {
    const platform = parsePlatform(part);
    if (!platform) return { ...problem(value, 'platform', loc, nearest(part, PLATFORM_FORMS), true), raw: part };
    if (!platforms.includes(platform)) platforms.push(platform);
  }
  return platforms.length ? platforms : problem(value, 'platform', loc, [], true);
}

/** "None" written where a field list would be (Decision 13: none is an answer here). */
const NO_FIELD = new Set(['无', 'none', 'None', '没有']);

const PLATFORM_SEPARATORS = /[/／、,，;；&+|]|\s+(?:and|和|及)\s+|和|及/;

const PLATFORM_FORMS = acceptedForms(PLATFORMS_ACCEPTED);
const NO_PLATFORM = inBoth((w) => w.notes.noPlatform);

/** Where a label sits: its own node (YAML), else the cell (CSV, whose columns are field numbers). */
function labelLocation(value: RawValue, label: string): Location {
  return value.parts?.find((p) => p.raw.trim() === label)?.loc ?? value.loc;
}

/** Each field label with its items; a label that names nothing is an unread cell and is left out. */
function readFields(ctx: SdkRecordContext, value: RawValue | undefined, unread: CellProblem[]): SdkRecord['fields'] {
  if (!value) return [];
  // `不适用`, `-` or `无` in a list (设备标识符、不适用) names no field: not stated, not unreadable.
  const labels = (value.parts ? value.parts.flatMap((p) => splitFieldList(p.raw)) : splitFieldList(value.raw)).filter((l) => cellText(l) !== null && !NO_FIELD.has(l.trim()));
  const out: SdkRecord['fields'] = [];
  for (const label of labels) {
    try {
      out.push({ label, items: itemsForSdkField(ctx.taxonomy, label, ctx.catalog) });
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      unread.push({ ...problem(value, 'fields', value.loc, e.near ?? []), loc: labelLocation(value, label), raw: label });
    }
  }
  return out;
}

/**
 * Build the records of one row: one per platform it names. The SDK resolves to a catalog id through its
 * name, else through its package (Maven coordinate or pod); an SDK the catalog does not know keeps
 * `sdkId: null` and is matched against the policy's table by name only. A row with no SDK name or no
 * readable platform cannot be audited: no record, and `onDropped` gets the problem to report (SPEC decision 12).
 */
export function buildSdkRecords(ctx: SdkRecordContext, loc: Location, fields: RawSdkFields, onDropped?: (p: CellProblem) => void): SdkRecord[] {
  const sdk = text(fields, 'sdk');
  const platforms = readPlatforms(ctx, fields, loc);
  if (!sdk || !Array.isArray(platforms)) {
    onDropped?.(!sdk ? problem(fields.sdk, 'sdk', loc, [], true) : (platforms as CellProblem));
    return [];
  }
  const pkg = text(fields, 'package');
  const unread: CellProblem[] = [];
  // Read once for every platform: an unreadable label is reported once, not once per platform.
  const read = { organization: text(fields, 'organization'), fields: readFields(ctx, fields.fields, unread), purpose: text(fields, 'purpose'), package: pkg, version: text(fields, 'version') };
  return platforms.map((platform, i) => {
    const record: SdkRecord = { loc, platform, sdk, sdkId: ctx.catalog.sdkIdForName(sdk) ?? (pkg ? ctx.catalog.sdkIdForPackage(pkg, platform) : null), ...read };
    if (unread.length && i === 0) record.unread = unread;
    return record;
  });
}
