/** The one severity table: drives SARIF level, GitHub annotation type, colours and the exit decision (words: src/text/words/). */
import type { Severity } from './types.js';

export type FailOn = Severity | 'never';

export interface SeverityTraits {
  rank: number;
  sarif: 'error' | 'warning' | 'note';
  github: 'error' | 'warning' | 'notice';
  junit: 'failure' | 'skipped';
  color: 'red' | 'yellow' | 'blue';
}

export const SEVERITIES: Record<Severity, SeverityTraits> = {
  error: { rank: 3, sarif: 'error', github: 'error', junit: 'failure', color: 'red' },
  warning: { rank: 2, sarif: 'warning', github: 'warning', junit: 'failure', color: 'yellow' },
  info: { rank: 1, sarif: 'note', github: 'notice', junit: 'failure', color: 'blue' },
};

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

/** Does a finding of this severity make the run fail under --fail-on? */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITIES[severity].rank >= SEVERITIES[failOn].rank;
}
