/**
 * The HTML report's lateness charts, for the deadline findings of a scan (those carrying `lateness`):
 * how many records were how many days past their deadline (all such findings together, bars stacked by
 * severity as the other charts), and the worst lateness of each finding. No lines at all without such
 * findings, so other reports keep their bytes.
 */
import type { Finding, Report } from '../types.js';
import { barChart, type Bar } from './html-charts.js';
import { escapeHtml } from './html-escape.js';
import type { Labels } from './labels.js';

const empty = (): Bar['counts'] => ({ error: 0, warning: 0, info: 0 });

/** One bar per range of days late, in order of the ranges. */
export function latenessBars(findings: readonly Finding[], labels: Labels): Bar[] {
  const ranges = new Map<number, { to: number | null; counts: Bar['counts'] }>();
  for (const f of findings) {
    for (const h of f.lateness?.histogram ?? []) {
      const range = ranges.get(h.from) ?? { to: h.to, counts: empty() };
      range.counts[f.severity] += h.count;
      ranges.set(h.from, range);
    }
  }
  return [...ranges.entries()].sort((a, b) => a[0] - b[0]).map(([from, { to, counts }]) => ({ key: labels.daysLate(from, to), counts }));
}

/** One bar per finding: its worst lateness in days, labelled by table, column and rule (report order). */
export function worstBars(findings: readonly Finding[]): Bar[] {
  return findings.map((f) => {
    const counts = empty();
    counts[f.severity] = f.lateness!.worst;
    return { key: `${f.subject.table ?? f.file} · ${f.subject.column ?? ''} · ${f.ruleId}`, counts };
  });
}

export function latenessSection(report: Report, labels: Labels): string[] {
  const late = report.findings.filter((f) => f.lateness && f.lateness.histogram.length > 0);
  if (late.length === 0) return [];
  const figure = (id: string, caption: string, bars: Bar[]) => `<figure data-chart="${id}"><figcaption>${escapeHtml(caption)}</figcaption>${barChart(id, caption, bars)}</figure>`;
  return [`<section class="charts lateness">${figure('lateness', labels.lateness, latenessBars(late, labels))}${figure('worst-lateness', labels.worstLateness, worstBars(late))}</section>`];
}
