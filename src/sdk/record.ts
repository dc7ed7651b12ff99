/** One SDK-list row → an SdkRecord. Shared by the CSV and YAML readers. */
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { quote } from '../normalize/text.js';
import { ValueError } from '../normalize/types.js';
import type { Platform } from '../policy/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import type { SdkRecord } from '../load/types.js';
import type { Catalog } from './catalog.js';
import type { SdkKey } from './columns.js';
import { itemsForSdkField, splitFieldList } from './fields.js';
import { parsePlatform, PLATFORMS_ACCEPTED } from './platform.js';

export interface RawValue {
  raw: string;
  loc: Location;
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

function readPlatform(ctx: SdkRecordContext, fields: RawSdkFields, loc: Location): Platform {
  const value = fields.platform;
  const raw = value?.raw.trim();
  if (!raw) {
    if (ctx.platform) return ctx.platform;
    throw new InputError('no platform for this SDK row', value?.loc ?? loc, `fill the platform (平台) cell, or pass --platform; accepted: ${PLATFORMS_ACCEPTED}`);
  }
  const platform = parsePlatform(raw);
  if (!platform) throw new InputError(`unknown platform ${quote(raw)}`, value!.loc, `accepted: ${PLATFORMS_ACCEPTED}`);
  return platform;
}

/** Where a label sits: its own node, or its first occurrence on the cell's line. */
function labelLocation(value: RawValue, label: string, lineText: ((line: number) => string | undefined) | undefined): Location {
  const part = value.parts?.find((p) => p.raw.trim() === label);
  if (part) return part.loc;
  const line = lineText?.(value.loc.line);
  const at = line?.indexOf(label) ?? -1;
  return at >= 0 ? { ...value.loc, column: at + 1 } : value.loc;
}

function readFields(ctx: SdkRecordContext, value: RawValue | undefined, lineText?: (line: number) => string | undefined): SdkRecord['fields'] {
  if (!value) return [];
  const labels = value.parts ? value.parts.flatMap((p) => splitFieldList(p.raw)) : splitFieldList(value.raw);
  return labels.map((label) => {
    try {
      return { label, items: itemsForSdkField(ctx.taxonomy, label, ctx.catalog) };
    } catch (e) {
      if (e instanceof ValueError) throw new InputError(e.message, labelLocation(value, label, lineText), e.accepted);
      throw e;
    }
  });
}

/**
 * Build the record. The SDK resolves to a catalog id through its name, else through its package
 * (Maven coordinate or pod); an SDK the catalog does not know keeps `sdkId: null` and is matched
 * against the policy's table by name only.
 */
export function buildSdkRecord(ctx: SdkRecordContext, loc: Location, fields: RawSdkFields, lineText?: (line: number) => string | undefined): SdkRecord {
  const sdk = text(fields, 'sdk');
  if (!sdk) throw new InputError('an SDK row with no name: the sdk value is empty', fields.sdk?.loc ?? loc, 'give every row an SDK name (sdk / SDK名称 / 第三方名称)');
  const platform = readPlatform(ctx, fields, loc);
  const pkg = text(fields, 'package');
  return {
    loc,
    platform,
    sdk,
    sdkId: ctx.catalog.sdkIdForName(sdk) ?? (pkg ? ctx.catalog.sdkIdForPackage(pkg, platform) : null),
    organization: text(fields, 'organization'),
    fields: readFields(ctx, fields.fields, lineText),
    purpose: text(fields, 'purpose'),
    package: pkg,
    version: text(fields, 'version'),
  };
}
