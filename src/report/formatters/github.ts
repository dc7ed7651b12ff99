/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…[,col=…],title=…::message` line
 * per finding (shown as annotations on the pull request), then one `::notice` with the totals.
 */
import { printable } from '../../text/printable.js';
import { SEVERITIES, SEVERITY_ORDER } from '../severity.js';
import type { Finding, Report } from '../types.js';
import { coverageSummaries } from './coverage-text.js';
import { clauseCitation, toPosixPath } from './finding-text.js';
import { labelsFor, type Labels } from './labels.js';
import type { Formatter } from './types.js';

export const formatGithub: Formatter = (report, options) => {
  const labels = labelsFor(options.lang);
  const lines = report.findings.map(annotation);
  for (const text of coverageSummaries(report, options.lang)) lines.push(command('notice', { title: 'privaudit coverage' }, text));
  lines.push(command('notice', { title: 'privaudit' }, summaryText(report, labels)));
  return `${lines.join('\n')}\n`;
};

function annotation(finding: Finding): string {
  const col: Record<string, string> = finding.column ? { col: String(finding.column) } : {};
  const properties = { file: toPosixPath(finding.file), line: String(finding.line), ...col, title: finding.ruleId };
  const body = `${finding.message}\n${clauseCitation(finding.clause)}: “${finding.clause.quote}”`;
  return command(SEVERITIES[finding.severity].github, properties, body);
}

/** `privaudit: 5 Error, 2 Warning, 1 Info (2 Suppressed)`, or "No findings". */
function summaryText(report: Report, labels: Labels): string {
  const suppressed = report.summary.suppressed > 0 ? ` (${report.summary.suppressed} ${labels.suppressed})` : '';
  if (report.findings.length === 0) return `${labels.noFindings}${suppressed}`;
  const counts = SEVERITY_ORDER.map((severity) => `${report.summary[severity]} ${labels.severities[severity]}`);
  return `${counts.join(', ')}${suppressed}`;
}

/**
 * Text from the user's files is made printable first (the log is read in a terminal and a browser; ESC
 * and bidi controls would act there); line breaks are left to the command's own escaping.
 */
function command(name: string, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(printable(value, '\r\n'))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(printable(message, '\r\n'))}`;
}

/** GitHub's escaping for a command's message (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping for a command property value: the message rules plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
