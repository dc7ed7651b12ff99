/** Runs Microsoft's SARIF Multitool `validate` (the npm package ships a self-contained linux-x64 binary). */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** SARIF2006 (UrisShouldBeReachable) fetches every URI in the log; a unit test must not touch the network. */
const OFFLINE_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

export interface SarifIssue {
  /** Which of the validated logs (its name without `.sarif`). */
  log: string;
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
 * Validates each log (name → SARIF text) with the SARIF spec rules plus the GitHub code-scanning rules in
 * one run of the validator, and returns every error/warning/note it reports, read from its own SARIF log.
 */
export function validateSarif(binary: string, logs: Record<string, string>): SarifIssue[] {
  const dir = mkdtempSync(join(tmpdir(), 'privaudit-sarif-'));
  try {
    const inputs = Object.entries(logs).map(([name, text]) => {
      const file = join(dir, `${name}.sarif`);
      writeFileSync(file, text);
      return file;
    });
    const output = join(dir, 'validation.json');
    const config = join(dir, 'validation.xml');
    writeFileSync(config, OFFLINE_CONFIG);
    const args = ['validate', ...inputs, '--config', config, '--output', output, '--log', 'ForceOverwrite'];
    args.push('--rule-kind', 'Sarif;Gh;Ghas', '--level', 'Error;Warning;Note');
    // The binary is self-contained .NET; invariant globalisation spares it an ICU dependency.
    const run = spawnSync(binary, args, { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
    if (!existsSync(output)) throw new Error(`sarif-multitool produced no log (exit ${run.status}): ${run.stdout}${run.stderr}`);
    return issuesIn(JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as ValidationLog);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ValidationResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
}

interface ValidationLog {
  runs: { results?: ValidationResult[]; invocations?: { toolExecutionNotifications?: { message: { text: string } }[] }[] }[];
}

function issuesIn(log: ValidationLog): SarifIssue[] {
  const run = log.runs[0]!;
  const notifications = (run.invocations ?? []).flatMap((inv) => inv.toolExecutionNotifications ?? []);
  const results = (run.results ?? []).map((r) => ({
    log: logName(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''),
    ruleId: r.ruleId,
    level: r.level ?? 'warning',
    message: r.message.text ?? `${r.message.id ?? ''} ${(r.message.arguments ?? []).join(' | ')}`,
  }));
  const failures = notifications.map((n) => ({ log: '', ruleId: 'notification', level: 'error', message: n.message.text }));
  return [...results, ...failures];
}

function logName(uri: string): string {
  return basename(decodeURIComponent(uri)).replace(/\.sarif$/, '');
}
