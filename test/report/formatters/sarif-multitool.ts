/** Runs Microsoft's SARIF Multitool `validate` (the npm package ships a self-contained linux-x64 binary). */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SarifIssue {
  ruleId: string;
  level: string;
  message: string;
}

/** The binary's path, made executable: under npm 11 the package's postinstall `chmod` does not run. */
export function multitoolBinary(): string | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  const require = createRequire(import.meta.url);
  let binary: string;
  try {
    binary = require('@microsoft/sarif-multitool-linux') as string;
  } catch {
    return null;
  }
  if (!existsSync(binary)) return null;
  if ((statSync(binary).mode & 0o100) === 0) chmodSync(binary, 0o755);
  return binary;
}

/**
 * Validates `sarif` with the SARIF spec rules plus the GitHub code-scanning ingestion rules and returns
 * every error/warning/note it reports (read back from the validator's own SARIF log).
 */
export function validateSarif(binary: string, sarif: string): SarifIssue[] {
  const dir = mkdtempSync(join(tmpdir(), 'privaudit-sarif-'));
  try {
    const input = join(dir, 'report.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarif);
    const run = spawnSync(
      binary,
      ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note'],
      // The binary is self-contained .NET; invariant globalisation spares it an ICU dependency.
      { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } },
    );
    if (!existsSync(output)) throw new Error(`sarif-multitool produced no log (exit ${run.status}): ${run.stdout}${run.stderr}`);
    return issuesIn(JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ValidationLog {
  runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[]; invocations?: { toolExecutionNotifications?: { message: { text: string } }[] }[] }[];
}

function issuesIn(log: ValidationLog): SarifIssue[] {
  const run = log.runs[0]!;
  const notifications = (run.invocations ?? []).flatMap((inv) => inv.toolExecutionNotifications ?? []);
  const results = (run.results ?? []).map((r) => ({
    ruleId: r.ruleId,
    level: r.level ?? 'warning',
    message: r.message.text ?? `${r.message.id ?? ''} ${(r.message.arguments ?? []).join(' | ')}`,
  }));
  return [...results, ...notifications.map((n) => ({ ruleId: 'notification', level: 'error', message: n.message.text }))];
}
