import type { RuleMeta } from '../../check/types.js';
import type { Lang, Report } from '../types.js';

export type Format = 'pretty' | 'json' | 'sarif' | 'junit' | 'markdown' | 'html' | 'csv' | 'github';

export interface FormatOptions {
  lang: Lang;
  /** Colour for terminal formats; already decided from --no-color/NO_COLOR/FORCE_COLOR/TTY. */
  color: boolean;
  /** The rule catalog (SARIF driver rules, help links, names). */
  rules: RuleMeta[];
}

/** Pure: the same report and options give the same string. Writing is io/write.ts. */
export type Formatter = (report: Report, options: FormatOptions) => string;
