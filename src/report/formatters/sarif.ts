/** SARIF 2.1.0 as GitHub code scanning reads it: one run, the rule catalog as driver rules, one result per finding. */
import type { RuleMeta } from '../../check/types.js';
import { SEVERITIES } from '../severity.js';
import type { Finding, Lang, Report } from '../types.js';
import { clauseCitation, toPosixPath } from './finding-text.js';
import type { Formatter } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/privaudit/privaudit';
const SRCROOT = '%SRCROOT%';
/** Bump the suffix only if fingerprints change meaning; GitHub matches alerts across runs by it. */
const FINGERPRINT_KEY = 'privaudit/v1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const formatSarif: Formatter = (report, options) => {
  const rules = driverRules(report, options.rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ruleDescriptor(rule, options.lang)),
          },
        },
        language: options.lang === 'zh' ? 'zh-CN' : 'en-US',
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The directory privaudit ran in; result paths are relative to it.' } },
        },
        results: report.findings.map((finding) => result(finding, ruleIndex.get(finding.ruleId) ?? 0)),
        columnKind: 'unicodeCodePoints',
        // scan --inventory: the exported columns against the inventory (a run's property bag, SARIF §3.8).
        ...(report.coverage ? { properties: { coverage: report.coverage } } : {}),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** The catalog, plus a bare entry for any finding whose rule the catalog lacks, so every ruleIndex is valid. */
function driverRules(report: Report, catalog: RuleMeta[]): (RuleMeta | { id: string })[] {
  const known = new Set(catalog.map((rule) => rule.id));
  const extra = [...new Set(report.findings.map((f) => f.ruleId))].filter((id) => !known.has(id)).sort();
  return [...catalog, ...extra.map((id) => ({ id }))];
}

function ruleDescriptor(rule: RuleMeta | { id: string }, lang: Lang): Json {
  if (!('description' in rule)) return { id: rule.id, name: pascalCase(rule.id) };
  const law = clauseCitation(rule.clause.law);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description[lang] },
    fullDescription: { text: `${rule.description[lang]} (${law})` },
    help: { text: rule.explain[lang], markdown: rule.explain[lang] },
    defaultConfiguration: { level: SEVERITIES[rule.defaultSeverity].sarif },
    properties: { tags: ['privacy', ...rule.appliesTo, rule.clause.law.policy] },
  };
}

function result(finding: Finding, ruleIndex: number): Json {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SEVERITIES[finding.severity].sarif,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file),
          region: region(finding),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      item: finding.item,
      subject: { ...finding.subject },
      clause: { ...finding.clause },
      count: finding.count,
      rows: finding.rows,
      evidence: finding.evidence,
    },
  };
}

/** The finding's line, and its column where the reader knew one (a cell, a YAML node). */
function region(finding: Finding): { startLine: number; startColumn?: number } {
  const startLine = Math.max(1, finding.line);
  return finding.column ? { startLine, startColumn: finding.column } : { startLine };
}

/** A relative path becomes a URI reference under %SRCROOT%; an absolute one a file: URI. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const posix = toPosixPath(file);
  const drive = /^[A-Za-z]:\//.exec(posix);
  if (drive) return { uri: `file:///${posix.slice(0, 2)}${encodePath(posix.slice(2))}` };
  if (posix.startsWith('/')) return { uri: `file://${encodePath(posix)}` };
  return { uri: encodePath(posix), uriBaseId: SRCROOT };
}

/** Percent-encode each segment (spaces, `#`, Chinese names) so the uri is a valid URI reference. */
function encodePath(posix: string): string {
  return posix.split('/').map(encodeURIComponent).join('/');
}

/** `cross-border-storage` → `CrossBorderStorage` (SARIF reportingDescriptor.name). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
