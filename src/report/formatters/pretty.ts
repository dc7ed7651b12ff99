/** The terminal report: grouped by file, coloured by severity, each finding with its clause. */
import { Chalk } from 'chalk';
import { printable, printableAll } from '../../text/printable.js';
import { wordsFor } from '../../text/words/index.js';
import { SEVERITIES, SEVERITY_ORDER } from '../severity.js';
import type { Finding, Lang, Report } from '../types.js';
import { coverageLines } from './coverage-pretty.js';
import type { Formatter } from './types.js';

const QUOTE_MAX = 110;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function shorten(s: string, max: number): string {
  const flat = oneLine(s);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Names, values and messages come from the user's files and reach the terminal as they are: every string
 * is made printable (an ESC in a field name would otherwise recolour or rewrite the screen). Clause quotes
 * are put on one line first, as they are shown.
 */
function printableReport(report: Report): Report {
  const findings = report.findings.map((f) => ({ ...f, clause: { ...f.clause, quote: oneLine(f.clause.quote) } }));
  return printableAll({ ...report, findings });
}

function subjectText(f: Finding): string {
  const s = f.subject;
  return [s.system, s.table, s.field ?? s.column, s.sdk && `${s.sdk}${s.platform ? ` (${s.platform})` : ''}`].filter(Boolean).join(' › ');
}

export const formatPretty: Formatter = (input: Report, options) => {
  const report = printableReport(input);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const words = wordsFor(options.lang);
  const L = words.pretty;
  // The severity column is as wide as the longest severity word, plus a space.
  const sevWidth = Math.max(...Object.values(words.severity).map((w) => w.length)) + 1;
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const width = Math.max(1, ...report.findings.map((f) => String(f.line).length));
  for (const [file, findings] of byFile) {
    out.push(c.underline(file));
    for (const f of findings) {
      const sev = SEVERITIES[f.severity];
      const label = words.severity[f.severity].padEnd(sevWidth);
      out.push(`  ${c.dim(String(f.line).padStart(width))}  ${c[sev.color](label)}  ${f.message}  ${c.dim(f.ruleId)}`);
      const indent = ' '.repeat(width + 4);
      const where = subjectText(f);
      const extra = [where, f.count > 1 ? `${f.count} ${L.records}` : '', f.evidence ? `${L.evidence}: ${f.evidence}` : ''].filter(Boolean).join(' · ');
      if (extra) out.push(`${indent}${c.dim(extra)}`);
      out.push(`${indent}${c.cyan(`${f.clause.policy} §${f.clause.section}`)} ${c.dim(`“${shorten(f.clause.quote, QUOTE_MAX)}”`)}`);
    }
    out.push('');
  }
  out.push(...coverageLines(report, options.lang, c));
  out.push(summaryLine(report, options.lang, c));
  return out.join('\n') + '\n';
};

export function summaryLine(report: Report, lang: Lang, c = new Chalk({ level: 0 })): string {
  const words = wordsFor(lang);
  const L = words.pretty;
  const total = report.findings.length;
  const counts = SEVERITY_ORDER.map((s) => c[SEVERITIES[s].color](`${report.summary[s]} ${words.severity[s]}`)).join(', ');
  const head = total === 0 ? c.green(`✔ ${L.noFindings}`) : c.bold(`✖ ${L.findings(total)}`);
  // Also printed alone, after a report written to a file: a custom pack's id is the user's text too.
  const policies = printable(report.policies.map((p) => p.id).join(', '));
  return `${head} (${counts}; ${report.summary.suppressed} ${L.suppressed}) · ${L.policies}: ${policies} · ${L.asOf} ${report.asOf}`;
}
