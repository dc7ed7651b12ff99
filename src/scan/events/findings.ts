/** A deadline rule's findings: its table results (events/results.ts), each at the table's header line. */
import type { RawFinding } from '../../check/types.js';
import type { LoadedFile } from '../../load/types.js';
import { resultFindings } from '../findings.js';

export function deadlineFindings(file: LoadedFile, ruleId: string): RawFinding[] {
  if (file.kind !== 'export') return [];
  const results = file.results.filter((r) => r.ruleId === ruleId);
  return resultFindings(file, ruleId).map((f, i) => {
    const lateness = results[i]!.lateness;
    return lateness ? { ...f, lateness } : f;
  });
}
