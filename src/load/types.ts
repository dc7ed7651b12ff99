/** What readers produce: records that keep their file and 1-based line. */
import type { Location } from '../location.js';
import type { Platform, RetentionEvent } from '../policy/types.js';
import type { Consent, Duration, Encryption, Masking, Region } from '../normalize/types.js';
import type { InputKind } from '../report/types.js';

/**
 * A declaration cell privaudit could not read (SPEC decision 12): reported as `unrecognized-value`, and the
 * attribute counts as unknown for its row, so the rules that need it skip the row.
 */
export interface CellProblem {
  /** The inventory or SDK-list key of the column (`masked`, `storage_region`, `platform`…). */
  key: string;
  /** The column as the file names it (its header, or YAML key), for messages. */
  column: string;
  loc: Location;
  /** The cell as written (masked when quoted). */
  raw: string;
  /** The nearest accepted readings, best first (may be empty). */
  near: string[];
  /** Why the value cannot be read, when it says more than "unknown" (an ambiguous category term). */
  note?: { en: string; zh: string };
  /** Set when the whole row could not be audited (no field or SDK name), rather than one attribute. */
  rowDropped?: boolean;
}

export interface InventoryRecord {
  loc: Location;
  /** Cells of this row that could not be read; their keys count as unknown. Absent when every cell was read. */
  unread?: readonly CellProblem[];
  system: string | null;
  table: string | null;
  field: string;
  /** The category/item as written, and what it resolved to. */
  categoryRaw: string | null;
  declaredItem: string | null;
  declaredCategory: string | null;
  /** Set when the category cell names a group of items (通信记录和内容): those items; `declaredItem` is then null. */
  declaredItems?: readonly string[];
  /** The item the field's name points to, if any (taxonomy synonyms). */
  nameItem: string | null;
  /** The item used by the rules: declared item, else name item. */
  item: string | null;
  description: string | null;
  subjects: string | null;
  purpose: string | null;
  sensitive: boolean | null;
  /** The `sensitive` cell as read: its word and its grade (absent in records built by hand). */
  sensitivity?: import('../normalize/sensitivity.js').Sensitivity | null;
  encryption: Encryption | null;
  masking: Masking | null;
  region: Region | null;
  retention: Duration | null;
  retentionTrigger: RetentionEvent | null;
  sharedWith: string[];
  consent: Consent[];
}

export interface SdkRecord {
  loc: Location;
  /** Cells of this row that could not be read (an unknown field label). Absent when every cell was read. */
  unread?: readonly CellProblem[];
  platform: Platform;
  /** The SDK as written, and the catalog id it resolved to (null when unknown to the catalog). */
  sdk: string;
  sdkId: string | null;
  organization: string | null;
  /** Fields as written, each resolved to taxonomy items. */
  fields: { label: string; items: string[] }[];
  purpose: string | null;
  package: string | null;
  version: string | null;
}

interface LoadedBase {
  file: string;
  /** Line of the header (CSV) or document start (YAML): where file-level findings point. */
  headerLine: number;
  /** Rows that could not be audited at all (no field or SDK name): reported as `unrecognized-value`. */
  droppedRows?: CellProblem[];
  /** Said once on stderr, not in the report: columns ignored, and the like. */
  notes?: string[];
}

export interface InventoryFile extends LoadedBase {
  kind: 'inventory';
  records: InventoryRecord[];
}

export interface SdkFile extends LoadedBase {
  kind: 'sdk';
  records: SdkRecord[];
}

/** What a declaration reader gives (the rules also read scanned exports: LoadedFile in src/check/types.ts). */
export type DeclarationFile = InventoryFile | SdkFile;
export type { InputKind };
