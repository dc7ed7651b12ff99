import { describe, expect, it } from 'vitest';
import { artifactLocation, formatSarif, pascalCase } from '../../../src/report/formatters/sarif.js';
import type { FormatOptions } from '../../../src/report/formatters/types.js';
import { SEVERITIES } from '../../../src/report/severity.js';
import { emptyReport, EXPORT_FILE, hostileReport, sampleReport, sampleRules } from './sample-report.js';
import { multitoolBinary, validateSarif } from './sarif-multitool.js';

const en: FormatOptions = { lang: 'en', color: false, rules: sampleRules };
const zh: FormatOptions = { lang: 'zh', color: false, rules: sampleRules };

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn?: number } } }[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; semanticVersion: string; rules: SarifRule[] } }; results: SarifResult[]; language: string }[];
}

function parse(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}

describe('formatSarif', () => {
  const log = parse(formatSarif(sampleReport, en));
  const run = log.runs[0]!;

  it('declares SARIF 2.1.0 and the tool', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('privaudit');
    expect(run.tool.driver.semanticVersion).toBe('1.2.3');
  });

  it('lists every catalog rule with a PascalCase name and its default level from the severity table', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(sampleRules.map((r) => r.id));
    const info = rules.find((r) => r.id === 'sdk-not-present')!;
    expect(info.name).toBe('SdkNotPresent');
    expect(info.defaultConfiguration.level).toBe('note');
    expect(info.shortDescription.text).toBe('Declared SDK row with no matching SDK (stale disclosure)');
    expect(info.help.markdown).toBe('Update the policy’s SDK table.');
  });

  it('gives one result per finding with level, ruleIndex, location and fingerprint', () => {
    expect(run.results).toHaveLength(8);
    const levels = run.results.map((r) => r.level);
    expect(levels).toEqual(sampleReport.findings.map((f) => SEVERITIES[f.severity].sarif));
    expect(levels.filter((l) => l === 'note')).toHaveLength(1);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const crossBorder = run.results.find((r) => r.ruleId === 'cross-border-storage')!;
    expect(crossBorder.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/inventory.csv', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7 },
    });
    expect(crossBorder.partialFingerprints).toEqual({ 'privaudit/v1': '5f0e22c1d8a9b346' });
    expect(crossBorder.properties['clause']).toEqual(sampleReport.findings[2]!.clause);
  });

  it('gives the region a start column where the finding has one (a cell, a YAML node), else none', () => {
    const cell = { ...sampleReport.findings[2]!, column: 8 };
    const r = parse(formatSarif({ ...sampleReport, findings: [cell, sampleReport.findings[3]!] }, en)).runs[0]!;
    expect(r.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 7, startColumn: 8 });
    expect(r.results[1]!.locations[0]!.physicalLocation.region).toEqual({ startLine: sampleReport.findings[3]!.line });
  });

  it('keeps the rule catalog default as defaultConfiguration; a configured level is the result level', () => {
    // A config turning cross-border-storage down to a warning gives findings of severity warning.
    const configured = { ...sampleReport.findings[2]!, severity: 'warning' as const };
    const r = parse(formatSarif({ ...sampleReport, findings: [configured] }, en)).runs[0]!;
    expect(r.results[0]!.level).toBe('warning');
    expect(r.tool.driver.rules.find((rule) => rule.id === 'cross-border-storage')!.defaultConfiguration.level).toBe('error');
  });

  it('percent-encodes a Chinese file name and keeps masked evidence only', () => {
    const plaintext = run.results.find((r) => r.ruleId === 'plaintext-sensitive-data')!;
    const uri = plaintext.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('fixtures/exports/%E7%94%A8%E6%88%B7%E8%A1%A8.csv');
    expect(decodeURIComponent(uri)).toBe(EXPORT_FILE);
    expect(plaintext.properties['evidence']).toBe('110101********123X');
    expect(plaintext.properties['count']).toBe(1180);
  });

  it('uses the chosen language for rule texts', () => {
    const zhRun = parse(formatSarif(sampleReport, zh)).runs[0]!;
    expect(zhRun.language).toBe('zh-CN');
    expect(zhRun.tool.driver.rules[0]!.shortDescription.text).toBe('个人信息存储于中国大陆境外且未取得单独同意');
  });

  it('adds a bare rule for a finding whose rule is not in the catalog, so ruleIndex stays valid', () => {
    const report = { ...sampleReport, findings: [{ ...sampleReport.findings[0]!, ruleId: 'custom-rule' }] };
    const r = parse(formatSarif(report, en)).runs[0]!;
    expect(r.tool.driver.rules[r.results[0]!.ruleIndex]).toEqual({ id: 'custom-rule', name: 'CustomRule' });
  });

  it('is deterministic and valid for zero findings', () => {
    expect(formatSarif(sampleReport, en)).toBe(formatSarif(sampleReport, en));
    const empty = parse(formatSarif(emptyReport, en));
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules).toHaveLength(sampleRules.length);
  });
});

describe('artifactLocation', () => {
  it('normalises Windows separators and a leading ./', () => {
    expect(artifactLocation('.\\data\\my inventory.csv')).toEqual({ uri: 'data/my%20inventory.csv', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('./a/b#1.csv')).toEqual({ uri: 'a/b%231.csv', uriBaseId: '%SRCROOT%' });
  });

  it('turns absolute paths into file: URIs without a base', () => {
    expect(artifactLocation('/srv/exports/用户.csv')).toEqual({ uri: 'file:///srv/exports/%E7%94%A8%E6%88%B7.csv' });
    expect(artifactLocation('C:\\audit\\x.csv')).toEqual({ uri: 'file:///C:/audit/x.csv' });
  });
});

describe('pascalCase', () => {
  it('joins dash-separated words', () => {
    expect(pascalCase('cross-border-storage')).toBe('CrossBorderStorage');
    expect(pascalCase('pii-in-free-text')).toBe('PiiInFreeText');
  });
});

const binary = multitoolBinary();

describe('SARIF Multitool validation (spec and GitHub rules)', () => {
  it.skipIf(binary === null)(
    'reports no error or warning for the sample, empty, hostile and absolute-path reports',
    () => {
      const absolute = { ...sampleReport, findings: sampleReport.findings.map((f) => ({ ...f, file: `/srv/audit/${f.file}` })) };
      const columns = { ...sampleReport, findings: sampleReport.findings.map((f, i) => (i % 2 ? f : { ...f, column: 4 })) };
      const issues = validateSarif(binary!, {
        sample: formatSarif(sampleReport, en),
        columns: formatSarif(columns, en),
        empty: formatSarif(emptyReport, zh),
        hostile: formatSarif(hostileReport(), zh),
        absolute: formatSarif(absolute, en),
      });
      expect(issues.filter((i) => i.level === 'error' || i.level === 'warning')).toEqual([]);
      // Notes (e.g. "provide a helpUri") are advice; they show the validator did read every log.
      expect(new Set(issues.map((i) => i.log))).toEqual(new Set(['sample', 'columns', 'empty', 'hostile', 'absolute']));
    },
    120_000,
  );

  it.skipIf(binary === null)(
    'catches a broken log (so the check above can fail)',
    () => {
      const broken = parse(formatSarif(sampleReport, en)) as unknown as { runs: { results: { locations: unknown[] }[] }[] };
      broken.runs[0]!.results[0]!.locations = [{ physicalLocation: { region: { startLine: 0 } } }];
      const issues = validateSarif(binary!, { broken: JSON.stringify(broken) });
      expect(issues.filter((i) => i.level === 'error').map((i) => i.log)).toContain('broken');
    },
    120_000,
  );
});
