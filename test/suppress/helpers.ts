/** Findings and contexts for the suppression tests, built the way the engine builds them. */
import { fingerprintOf } from '../../src/check/engine.js';
import { buildContext, type RunContext } from '../../src/cli/context.js';
import type { CliIO } from '../../src/cli/io.js';
import type { Finding, Subject } from '../../src/report/types.js';

const EMPTY: Subject = { system: null, table: null, field: null, sdk: null, platform: null, column: null };

export function finding(ruleId: string, file: string, subject: Partial<Subject>, line = 2, item: string | null = null): Finding {
  const s = { ...EMPTY, ...subject };
  return {
    ruleId,
    severity: 'error',
    message: `${ruleId} on ${s.field ?? s.sdk ?? s.column ?? '?'}`,
    file,
    line,
    subject: s,
    item,
    clause: { policy: 'PIPL', section: 'Art. 19', quote: '…' },
    evidence: null,
    count: 1,
    rows: [line],
    fingerprint: fingerprintOf(ruleId, file, s, item),
  };
}

const quietIO = (cwd: string): CliIO => ({ stdout: () => {}, stderr: () => {}, env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false });

/** A real run context (default pack, no config file above `cwd`). */
export function context(cwd: string, asOf: string, lang: 'en' | 'zh' = 'en'): RunContext {
  return buildContext({ asOf, lang }, quietIO(cwd));
}
