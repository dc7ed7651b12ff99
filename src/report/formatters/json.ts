import type { Formatter } from './types.js';

/** SPEC's JSON report, schema version 1 (schemas/report.schema.json); key order is the SPEC's. */
export const formatJson: Formatter = (report) => JSON.stringify(report, null, 2) + '\n';
