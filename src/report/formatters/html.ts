/**
 * One self-contained HTML file: overview, summary cards, SVG charts and a sortable, filterable table.
 * No network: CSS, script and charts are inline, and a Content-Security-Policy allows nothing else.
 */
import { createHash } from 'node:crypto';
import { SEVERITY_ORDER } from '../severity.js';
import type { Finding, Report } from '../types.js';
import { clauseCitation, describeSubject, itemCategory } from './finding-text.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { coverageSection } from './html-coverage.js';
import { barChart, severityBars, tally } from './html-charts.js';
import { latenessSection } from './html-lateness.js';
import { escapeHtml, jsonForScript } from './html-escape.js';
import { labelsFor, type Labels } from './labels.js';
import type { Formatter } from './types.js';

export const formatHtml: Formatter = (report, options) => {
  const labels = labelsFor(options.lang);
  const htmlLang = options.lang === 'zh' ? 'zh-CN' : 'en';
  return [
    '<!doctype html>',
    `<html lang="${htmlLang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    `<title>${escapeHtml(`${labels.title} — ${report.asOf}`)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    overview(report, labels),
    '<main>',
    summaryCards(report, labels),
    charts(report, labels),
    ...latenessSection(report, labels),
    findingsSection(report, labels),
    coverageSection(report, options.lang),
    '</main>',
    `<script type="application/json" id="privaudit-data">${jsonForScript(report)}</script>`,
    `<script>${REPORT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

/** Only the inline style and script by hash; no other resource of any kind may load. */
function contentSecurityPolicy(): string {
  const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return `default-src 'none'; style-src ${hash(REPORT_CSS)}; script-src ${hash(REPORT_JS)}; base-uri 'none'; form-action 'none'`;
}

function overview(report: Report, labels: Labels): string {
  const facts: [string, string][] = [
    [labels.tool, `privaudit ${report.tool.version}`],
    [labels.asOf, report.asOf],
  ];
  const meta = facts.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`).join('');
  const policies = table(
    [labels.policy, labels.policyTitle, labels.version, labels.language],
    report.policies.map((p) => [cell(p.id, 'mono'), cell(p.title), cell(p.version), cell(p.language)]),
  );
  const inputs = table(
    [labels.file, labels.kind, labels.records],
    report.inputs.map((i) => [cell(i.file, 'mono'), cell(labels.kinds[i.kind]), cell(String(i.records), 'num')]),
  );
  return (
    `<header><h1>${escapeHtml(labels.title)}</h1><dl class="meta">${meta}</dl>` +
    `<div class="overview"><section><h2>${escapeHtml(labels.policies)}</h2>${policies}</section>` +
    `<section><h2>${escapeHtml(labels.inputs)}</h2>${inputs}</section></div></header>`
  );
}

function summaryCards(report: Report, labels: Labels): string {
  const cards = SEVERITY_ORDER.map((severity) => card(severity, report.summary[severity], labels.severities[severity]));
  cards.push(card('total', report.findings.length, labels.total), card('suppressed', report.summary.suppressed, labels.suppressed));
  return `<section class="cards" aria-label="${escapeHtml(labels.summary)}">${cards.join('')}</section>`;
}

function card(kind: string, count: number, label: string): string {
  return `<div class="card ${kind}" data-card="${kind}"><span class="n">${count}</span><span class="l">${escapeHtml(label)}</span></div>`;
}

function charts(report: Report, labels: Labels): string {
  const findings = report.findings;
  const specs: [string, string, () => string][] = [
    ['severity', labels.bySeverity, () => barChart('severity', labels.bySeverity, severityBars(findings, labels.severities))],
    ['rule', labels.byRule, () => barChart('rule', labels.byRule, tally(findings, (f) => f.ruleId))],
    ['system', labels.bySystem, () => barChart('system', labels.bySystem, tally(findings, (f) => f.subject.system ?? labels.none))],
    ['category', labels.byCategory, () => barChart('category', labels.byCategory, tally(findings, (f) => itemCategory(f.item) ?? labels.none))],
  ];
  const figures = specs.map(([id, caption, draw]) => {
    const body = findings.length === 0 ? `<p class="empty">${escapeHtml(labels.noFindings)}</p>` : draw();
    return `<figure data-chart="${id}"><figcaption>${escapeHtml(caption)}</figcaption>${body}</figure>`;
  });
  return `<section class="charts">${figures.join('')}</section>`;
}

const COLUMNS = ['severity', 'file', 'line', 'rule', 'subject', 'item', 'message', 'evidence', 'clause'] as const;

function findingsSection(report: Report, labels: Labels): string {
  const heading = `<h2>${escapeHtml(labels.findings)}</h2>`;
  if (report.findings.length === 0) return `<section class="findings">${heading}<p class="empty">${escapeHtml(labels.noFindings)}</p></section>`;
  const head = COLUMNS.map(
    (column) => `<th data-sort="${column}" aria-sort="none"><button type="button">${escapeHtml(labels[column])}</button></th>`,
  ).join('');
  const body = report.findings.map((finding, index) => findingRow(finding, index, labels)).join('\n');
  return (
    `<section class="findings">${heading}${controls(report, labels)}` +
    `<div class="table-wrap"><table id="findings"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div></section>`
  );
}

function controls(report: Report, labels: Labels): string {
  const toggles = SEVERITY_ORDER.map(
    (severity) =>
      `<label><input type="checkbox" class="severity-toggle" value="${severity}" checked> ${escapeHtml(labels.severities[severity])}</label>`,
  ).join('');
  const total = report.findings.length;
  return (
    `<div class="controls"><input type="search" id="filter" placeholder="${escapeHtml(labels.filter)}" aria-label="${escapeHtml(labels.filter)}">` +
    `${toggles}<span class="shown">${escapeHtml(labels.shown)}: <span id="shown-count">${total}</span> / ${total}</span></div>`
  );
}

function findingRow(finding: Finding, index: number, labels: Labels): string {
  const clause =
    `<details><summary>${escapeHtml(clauseCitation(finding.clause))}</summary>` +
    `<blockquote>${escapeHtml(finding.clause.quote)}</blockquote></details>`;
  const cells = [
    `<td data-col="severity"><span class="badge ${finding.severity}">${escapeHtml(labels.severities[finding.severity])}</span></td>`,
    `<td data-col="file" class="mono">${escapeHtml(finding.file)}</td>`,
    `<td data-col="line" class="num">${finding.line}</td>`,
    `<td data-col="rule" class="mono">${escapeHtml(finding.ruleId)}</td>`,
    `<td data-col="subject">${escapeHtml(describeSubject(finding.subject))}</td>`,
    `<td data-col="item" class="mono">${escapeHtml(finding.item ?? '')}</td>`,
    `<td data-col="message">${escapeHtml(finding.message)}</td>`,
    `<td data-col="evidence" class="mono">${escapeHtml(finding.evidence ?? '')}</td>`,
    `<td data-col="clause">${clause}</td>`,
  ];
  return `<tr data-index="${index}" data-severity="${finding.severity}">${cells.join('')}</tr>`;
}

type Cell = { text: string; className?: string };

function cell(text: string, className?: string): Cell {
  return className ? { text, className } : { text };
}

function table(header: string[], rows: Cell[][]): string {
  const head = header.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((c) => `<td${c.className ? ` class="${c.className}"` : ''}>${escapeHtml(c.text)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
