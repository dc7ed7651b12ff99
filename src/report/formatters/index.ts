/** Every report format: one pure formatter each. */
import { formatJson } from './json.js';
import { formatPretty } from './pretty.js';
import type { Format, Formatter } from './types.js';

export const FORMATTERS: Partial<Record<Format, Formatter>> = {
  json: formatJson,
  pretty: formatPretty,
};

export const FORMAT_NAMES: Format[] = ['pretty', 'json', 'sarif', 'junit', 'markdown', 'html', 'csv', 'github'];
