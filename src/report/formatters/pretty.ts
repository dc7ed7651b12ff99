/** The terminal report: grouped by file, coloured by severity, each finding with its clause. */
import { Chalk } from 'chalk';
import { SEVERITIES, SEVERITY_ORDER } from '../severity.js';
import type { Finding, Lang, Report } from '../types.js';
import type { Formatter } from './types.js';

const LABELS = {
  en: { none: 'No findings.', problems: 'findings', suppressed: 'suppressed', evidence: 'evidence', records: 'records', policies: 'policies', asOf: 'as of' },
  zh: { none: '未发现问题。', problems: '项发现', suppressed: '已抑制', evidence: '证据', records: '条记录', policies: '政策', asOf: '基准日' },
} satisfies Record<Lang, Record<string, string>>;

const QUOTE_MAX = 110;

function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function subjectText(f: Finding): string {
  const s = f.subject;
  return [s.system, s.table, s.field ?? s.column, s.sdk && `${s.sdk}${s.platform ? ` (${s.platform})` : ''}`].filter(Boolean).join(' › ');
}

export const formatPretty: Formatter = (report: Report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const L = LABELS[options.lang];
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const width = Math.max(1, ...report.findings.map((f) => String(f.line).length));
  for (const [file, findings] of byFile) {
    out.push(c.underline(file));
    for (const f of findings) {
      const sev = SEVERITIES[f.severity];
      const label = sev.label[options.lang].padEnd(options.lang === 'zh' ? 3 : 8);
      out.push(`  ${c.dim(String(f.line).padStart(width))}  ${c[sev.color](label)}  ${f.message}  ${c.dim(f.ruleId)}`);
      const indent = ' '.repeat(width + 4);
      const where = subjectText(f);
      const extra = [where, f.count > 1 ? `${f.count} ${L.records}` : '', f.evidence ? `${L.evidence}: ${f.evidence}` : ''].filter(Boolean).join(' · ');
      if (extra) out.push(`${indent}${c.dim(extra)}`);
      out.push(`${indent}${c.cyan(`${f.clause.policy} §${f.clause.section}`)} ${c.dim(`“${shorten(f.clause.quote, QUOTE_MAX)}”`)}`);
    }
    out.push('');
  }
  out.push(summaryLine(report, options.lang, c));
  return out.join('\n') + '\n';
};

export function summaryLine(report: Report, lang: Lang, c = new Chalk({ level: 0 })): string {
  const L = LABELS[lang];
  const total = report.findings.length;
  const counts = SEVERITY_ORDER.map((s) => c[SEVERITIES[s].color](`${report.summary[s]} ${SEVERITIES[s].label[lang]}`)).join(', ');
  const noun = lang === 'en' && total === 1 ? 'finding' : L.problems;
  const head = total === 0 ? c.green(`✔ ${L.none}`) : c.bold(`✖ ${total} ${noun}`);
  const policies = report.policies.map((p) => p.id).join(', ');
  return `${head} (${counts}; ${report.summary.suppressed} ${L.suppressed}) · ${L.policies}: ${policies} · ${L.asOf} ${report.asOf}`;
}
