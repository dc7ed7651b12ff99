/** Shared pieces of the four SDK rules. */
import type { CheckContext, LoadedFile, RawFinding } from './types.js';
import type { SdkRecord } from '../load/types.js';
import type { ClauseRef, Platform } from '../policy/types.js';
import type { TableRow } from './sdk-match.js';
import { PLATFORM_NAMES } from '../sdk/platform.js';

/** PIPL Art. 23: providing personal information to another handler needs notice of recipient and kinds, and separate consent. */
export const PIPL_ART_23: ClauseRef = {
  policy: 'PIPL',
  section: 'Art. 23',
  quote: '个人信息处理者向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意',
};

export function sdkRecords(file: LoadedFile): SdkRecord[] {
  return file.kind === 'sdk' ? file.records : [];
}

/** The table rows of one platform, in --policy and table order. */
export function tableRows(ctx: CheckContext, platform: Platform): TableRow[] {
  return ctx.policy.sdkRows(platform);
}

/** A finding about one SDK of the list, at its row. */
export function recordFinding(r: SdkRecord, args: RawFinding['args'], extra: Partial<RawFinding> = {}): RawFinding {
  return { line: r.loc.line, column: r.loc.column, subject: { sdk: r.sdk, platform: r.platform }, item: null, evidence: null, args: { sdk: r.sdk, platform: PLATFORM_NAMES[r.platform], ...args }, ...extra };
}

/** The platforms an SDK list covers, sorted: only these are checked for stale rows. */
export function platformsOf(records: readonly SdkRecord[]): Platform[] {
  return [...new Set(records.map((r) => r.platform))].sort();
}
