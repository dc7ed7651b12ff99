/** Markdown (GitHub-flavoured) for pull-request comments and audit files. */
import { printable } from '../../text/printable.js';
import { SEVERITY_ORDER } from '../severity.js';
import type { Finding, Report } from '../types.js';
import { coverageMarkdown } from './coverage-markdown.js';
import { clauseCitation, describeSubject } from './finding-text.js';
import { labelsFor, type Labels } from './labels.js';
import type { Formatter } from './types.js';

export const formatMarkdown: Formatter = (report, options) => {
  const labels = labelsFor(options.lang);
  const blocks = [
    `# ${escapeMarkdown(labels.title)}`,
    metaLines(report, labels),
    `## ${labels.summary}`,
    summaryTable(report, labels),
    `## ${labels.policies}`,
    policyTable(report, labels),
    `## ${labels.inputs}`,
    inputTable(report, labels),
    `## ${labels.findings}`,
    ...findingSections(report, labels),
    ...coverageMarkdown(report, options.lang, table, escapeMarkdown),
  ];
  return `${blocks.join('\n\n')}\n`;
};

function metaLines(report: Report, labels: Labels): string {
  return [`${labels.tool}: privaudit ${escapeMarkdown(report.tool.version)}  `, `${labels.asOf}: ${escapeMarkdown(report.asOf)}`].join('\n');
}

function summaryTable(report: Report, labels: Labels): string {
  const rows = SEVERITY_ORDER.map((severity) => [labels.severities[severity], String(report.summary[severity])]);
  rows.push([labels.suppressed, String(report.summary.suppressed)]);
  return table([labels.severity, labels.count], rows, ['---', '---:']);
}

function policyTable(report: Report, labels: Labels): string {
  const rows = report.policies.map((p) => [p.id, p.title, p.version, p.language]);
  return table([labels.policy, labels.policyTitle, labels.version, labels.language], rows);
}

function inputTable(report: Report, labels: Labels): string {
  const rows = report.inputs.map((i) => [i.file, labels.kinds[i.kind], String(i.records)]);
  return table([labels.file, labels.kind, labels.records], rows, ['---', '---', '---:']);
}

/** One `###` section per file (in finding order): the table, then each distinct clause quoted once. */
function findingSections(report: Report, labels: Labels): string[] {
  if (report.findings.length === 0) return [`${escapeMarkdown(labels.noFindings)}.`];
  return groupByFile(report.findings).flatMap(([file, findings]) => [
    `### ${escapeMarkdown(file)}`,
    findingTable(findings, labels),
    clauseQuotes(findings),
  ]);
}

function findingTable(findings: Finding[], labels: Labels): string {
  const header = [labels.severity, labels.line, labels.rule, labels.subject, labels.item, labels.message, labels.evidence, labels.clause];
  const rows = findings.map((f) => [
    labels.severities[f.severity],
    String(f.line),
    f.ruleId,
    describeSubject(f.subject),
    f.item ?? '',
    f.message,
    f.evidence ?? '',
    clauseCitation(f.clause),
  ]);
  return table(header, rows, ['---', '---:', '---', '---', '---', '---', '---', '---']);
}

function clauseQuotes(findings: Finding[]): string {
  const cited = findings.map((f): [string, string] => [clauseCitation(f.clause), f.clause.quote]);
  const distinct = new Map(cited.map((pair) => [pair.join('\n'), pair]));
  return [...distinct.values()].map(([citation, quote]) => `> **${escapeMarkdown(citation)}** — ${escapeMarkdown(quote)}`).join('\n>\n');
}

function groupByFile(findings: Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
  return [...groups];
}

/** Header, alignment row and rows; every cell escaped. */
function table(header: string[], rows: string[][], align: string[] = header.map(() => '---')): string {
  const line = (cells: string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `| ${align.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * Data must read as text: control characters become visible escapes (the file is read in terminals and
 * editors too), HTML-significant characters become entities, inline Markdown syntax and `|` are
 * backslash-escaped, and line breaks become `<br>` so a cell or a quote stays on one line.
 */
export function escapeMarkdown(text: string): string {
  return printable(text, '\r\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
}
