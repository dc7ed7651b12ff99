/** Assemble the one Report object every formatter reads. */
import type { Policy } from '../policy/policy.js';
import type { Coverage } from '../crosscheck/coverage.js';
import type { Finding, InputSummary, Report } from './types.js';

export function buildReport(args: { version: string; policy: Policy; asOf: string; inputs: InputSummary[]; findings: Finding[]; suppressed: number; coverage?: Coverage | null }): Report {
  const summary = { error: 0, warning: 0, info: 0, suppressed: args.suppressed };
  for (const f of args.findings) summary[f.severity]++;
  return {
    schemaVersion: 1,
    tool: { name: 'privaudit', version: args.version },
    policies: args.policy.packs.map((p) => ({ id: p.id, title: p.title, version: p.version, language: p.language })),
    asOf: args.asOf,
    inputs: [...args.inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    summary,
    findings: args.findings,
    // Only with scan --inventory, so every other report keeps its bytes.
    ...(args.coverage ? { coverage: args.coverage } : {}),
  };
}
