/** `privaudit audit` end to end: what the inputs are read as (merge keys, folders, repeated paths, old reports). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../e2e/helpers.js';

const JSON_RUN = ['--format', 'json', '--fail-on', 'never', '--as-of', '2024-06-01'];

interface JsonReport {
  inputs: { file: string; kind: string; records: number }[];
  findings: { ruleId: string; file: string; line: number; subject: { system?: string } }[];
}

async function auditJson(args: string[]): Promise<{ report: JsonReport; stderr: string }> {
  const r = await runCli(['audit', ...args, ...JSON_RUN]);
  expect(r.code, r.stderr).toBe(0);
  return { report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

describe('audit: YAML merge keys', () => {
  it('a system merging `<<: *defaults` is audited with the merged storage region', async () => {
    const dir = tempDir();
    const file = join(dir, 'inv.yaml');
    const text = [
      'defaults: &d {storage_region: 新加坡}',
      'systems:',
      '  - <<: *d',
      '    name: crm',
      '    datasets:',
      '      - name: users',
      '        fields:',
      '          - { field: id_no, category: identity.resident-id, encrypted: AES-256, masked: yes, consent: explicit, retention: 3个工作日, retention_trigger: account-cancellation }',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const { report, stderr } = await auditJson([file]);
    expect(report.findings.filter((f) => f.ruleId === 'cross-border-storage')).toEqual([expect.objectContaining({ file, line: 8, subject: expect.objectContaining({ system: 'crm' }) })]);
    expect(stderr).not.toMatch(/'<<'|defaults/);
  });
});
