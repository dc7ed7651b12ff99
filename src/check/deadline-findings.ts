/** A deadline rule's findings: its table results (scan/events/results.ts), each at the table's header line. */
import type { LoadedFile, RawFinding } from './types.js';
import { resultFindings } from './export-findings.js';

export function deadlineFindings(file: LoadedFile, ruleId: string): RawFinding[] {
  if (file.kind !== 'export') return [];
  const results = file.results.filter((r) => r.ruleId === ruleId);
  return resultFindings(file, ruleId).map((f, i) => {
    const lateness = results[i]!.lateness;
    return lateness ? { ...f, lateness } : f;
  });
}
