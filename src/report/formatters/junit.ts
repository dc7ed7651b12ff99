/** JUnit XML as Jenkins and GitLab read it: one testsuite per input file, one failing testcase per finding. */
import { createRequire } from 'node:module';
import type { create as CreateXml } from 'xmlbuilder2';
import { SEVERITIES } from '../severity.js';
import type { CoverageTable } from '../../crosscheck/coverage.js';
import type { Finding, InputSummary, Lang, Report } from '../types.js';
import { clauseCitation, describeSubject } from './finding-text.js';
import { coverageOut, coverageProperties, coverageTablesOf } from './junit-coverage.js';
import { labelsFor, type Labels } from './labels.js';
import type { Formatter } from './types.js';

type XMLBuilder = ReturnType<typeof CreateXml>;

let xmlCreate: typeof CreateXml | undefined;

/** xmlbuilder2 takes longer to load than the rest of start-up: only runs that ask for JUnit pay for it. */
function xmlbuilder(): typeof CreateXml {
  return (xmlCreate ??= (createRequire(import.meta.url)('xmlbuilder2') as { create: typeof CreateXml }).create);
}

interface Suite {
  file: string;
  input: InputSummary | null;
  findings: Finding[];
}

export const formatJunit: Formatter = (report, options) => {
  const labels = labelsFor(options.lang);
  // XML 1.0 cannot carry control characters; a replacement keeps the document well-formed.
  const doc = xmlbuilder()({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' });
  const suites = suitesOf(report);
  const root = doc.ele('testsuites', {
    name: 'privaudit',
    tests: String(suites.reduce((sum, suite) => sum + testCount(suite), 0)),
    ...outcomeCounts(report.findings),
  });
  for (const suite of suites) addSuite(root, suite, labels, coverageTablesOf(report, suite.file), options.lang);
  return doc.end({ prettyPrint: true, indent: '  ', newline: '\n' }) + '\n';
};

/** Inputs in report order, then any other file a finding points at (in finding order). */
function suitesOf(report: Report): Suite[] {
  const suites = new Map<string, Suite>();
  for (const input of report.inputs) suites.set(input.file, { file: input.file, input, findings: [] });
  for (const finding of report.findings) {
    const suite = suites.get(finding.file) ?? { file: finding.file, input: null, findings: [] };
    suite.findings.push(finding);
    suites.set(finding.file, suite);
  }
  return [...suites.values()];
}

/** A clean file still counts as one passing test. */
function testCount(suite: Suite): number {
  return Math.max(1, suite.findings.length);
}

function outcomeCounts(findings: Finding[]): { failures: string; errors: string; skipped: string } {
  const outcomes = findings.map((f) => SEVERITIES[f.severity].junit);
  return {
    failures: String(outcomes.filter((o) => o === 'failure').length),
    errors: '0',
    skipped: String(outcomes.filter((o) => o === 'skipped').length),
  };
}

function addSuite(root: XMLBuilder, suite: Suite, labels: Labels, coverage: CoverageTable[], lang: Lang): void {
  const element = root.ele('testsuite', { name: suite.file, tests: String(testCount(suite)), ...outcomeCounts(suite.findings) });
  if (suite.input) {
    const properties = element.ele('properties');
    properties.ele('property', { name: 'kind', value: suite.input.kind }).up().ele('property', { name: 'records', value: String(suite.input.records) });
    for (const p of coverageProperties(coverage)) properties.ele('property', p);
  }
  if (suite.findings.length === 0) element.ele('testcase', { classname: 'privaudit', name: labels.noFindings });
  for (const finding of suite.findings) addCase(element, finding, labels);
  const out = coverageOut(coverage, lang);
  if (out) element.ele('system-out').txt(out);
}

function addCase(suite: XMLBuilder, finding: Finding, labels: Labels): void {
  suite
    .ele('testcase', { classname: finding.ruleId, name: `${finding.ruleId} at ${finding.file}:${finding.line}` })
    .ele(SEVERITIES[finding.severity].junit, { message: finding.message, type: finding.severity })
    .txt(failureText(finding, labels));
}

/** Everything a reader of the CI page needs without opening the JSON report. */
export function failureText(finding: Finding, labels: Labels): string {
  const lines = [
    `${labels.severities[finding.severity]} ${finding.ruleId} — ${finding.file}:${finding.line}`,
    finding.message,
    `${labels.subject}: ${describeSubject(finding.subject) || labels.none}`,
    `${labels.item}: ${finding.item ?? labels.none}`,
  ];
  if (finding.evidence !== null) lines.push(`${labels.evidence}: ${finding.evidence}`);
  if (finding.count > 1) lines.push(`${labels.count}: ${finding.count} (${finding.rows.join(', ')}${finding.count > finding.rows.length ? ', …' : ''})`);
  lines.push(`${labels.clause}: ${clauseCitation(finding.clause)}`, `“${finding.clause.quote}”`);
  return lines.join('\n');
}
