/** Every report format: one pure formatter each; writing is io/write.ts. */
import { formatCsv } from './csv.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';
import type { Format, Formatter } from './types.js';

export const FORMATTERS: Record<Format, Formatter> = {
  pretty: formatPretty,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
  html: formatHtml,
  csv: formatCsv,
  github: formatGithub,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS) as Format[];
