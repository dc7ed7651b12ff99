/** The one severity table: drives SARIF level, GitHub annotation type, colours and the exit decision. */
import type { Severity } from './types.js';

export type FailOn = Severity | 'never';

export interface SeverityTraits {
  rank: number;
  sarif: 'error' | 'warning' | 'note';
  github: 'error' | 'warning' | 'notice';
  junit: 'failure' | 'skipped';
  color: 'red' | 'yellow' | 'blue';
  label: { en: string; zh: string };
}

export const SEVERITIES: Record<Severity, SeverityTraits> = {
  error: { rank: 3, sarif: 'error', github: 'error', junit: 'failure', color: 'red', label: { en: 'error', zh: '错误' } },
  warning: { rank: 2, sarif: 'warning', github: 'warning', junit: 'failure', color: 'yellow', label: { en: 'warning', zh: '警告' } },
  info: { rank: 1, sarif: 'note', github: 'notice', junit: 'failure', color: 'blue', label: { en: 'info', zh: '提示' } },
};

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export function isSeverity(s: string): s is Severity {
  return s === 'error' || s === 'warning' || s === 'info';
}

/** Does a finding of this severity make the run fail under --fail-on? */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITIES[severity].rank >= SEVERITIES[failOn].rank;
}
