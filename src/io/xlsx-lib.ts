/**
 * SheetJS, loaded on first use (as iconv.ts loads iconv-lite): only runs that meet a workbook pay for it.
 *
 * - SheetJS Community Edition 0.20.3 (`@e965/xlsx`: the SheetJS authors publish current releases only on
 *   their own CDN, and npm's `xlsx` is frozen at 0.18.5, which has CVE-2023-30533 and CVE-2024-22363 on
 *   reading crafted files). Its "mini" build reads .xlsx with merged cells, number formats applied (the
 *   text Excel shows) and the 1904 date system, without the 470 KB of code pages that only legacy
 *   formats need: it loads in a quarter of the time of the full build.
 * - fflate opens the ZIP container: SheetJS's own ZIP reader never returns on some truncated or damaged
 *   archives (found by flipping bytes of a workbook), fflate throws. The entries are handed to SheetJS
 *   through its CFB container API, so SheetJS never reads raw archive bytes. fflate is imported as usual
 *   (xlsx-open.ts): it is small, and ESM only under Node's import condition, which the single executable's
 *   createRequire shim (a default import) cannot take.
 */
import { createRequire } from 'node:module';
import type { ParsingOptions, WorkBook } from '@e965/xlsx';

export type { CellObject, Range, WorkBook, WorkSheet } from '@e965/xlsx';

/** The few SheetJS entry points used here (its typings leave CFB and parse_zip untyped). */
export interface SheetJs {
  parse_zip(container: unknown, opts: ParsingOptions): WorkBook;
  CFB: { utils: { cfb_new(): unknown; cfb_add(container: unknown, name: string, content: Uint8Array): void } };
  SSF: {
    is_date(format: string): boolean;
    parse_date_code(value: number, opts?: { date1904?: boolean }): { y: number; m: number; d: number; H: number; M: number; S: number } | null;
  };
  utils: { encode_col(column: number): string };
}

const require = createRequire(import.meta.url);
let sheetJs: SheetJs | null = null;

/** The module id, in the single executable's list of modules loaded this way (scripts/build-binary.mjs). */
const SHEETJS_MODULE = '@e965/xlsx/dist/xlsx.mini.min.js';

export function xlsxLib(): SheetJs {
  return (sheetJs ??= require(SHEETJS_MODULE) as SheetJs);
}
