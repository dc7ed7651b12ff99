/** Inline SVG bar charts drawn at format time (no chart library, no network): one bar per key, stacked by severity. */
import { SEVERITY_ORDER } from '../severity.js';
import type { Finding, Severity } from '../types.js';
import { escapeHtml } from './html-escape.js';

export interface Bar {
  key: string;
  counts: Record<Severity, number>;
}

const LABEL_WIDTH = 190;
const BAR_X = 198;
const MAX_BAR = 340;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const VIEW_WIDTH = 600;
/** Label budget in "half-width units": a CJK character counts two. */
const LABEL_UNITS = 30;

/** One bar per distinct key, most findings first, ties by key (code-unit order, so output is stable). */
export function tally(findings: Finding[], keyOf: (finding: Finding) => string): Bar[] {
  const bars = new Map<string, Bar>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const bar = bars.get(key) ?? { key, counts: { error: 0, warning: 0, info: 0 } };
    bar.counts[finding.severity] += 1;
    bars.set(key, bar);
  }
  return [...bars.values()].sort((a, b) => total(b) - total(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The severity chart: always the three severities, in table order, labelled in the report's language. */
export function severityBars(findings: Finding[], names: Record<Severity, string>): Bar[] {
  return SEVERITY_ORDER.map((severity) => {
    const counts = { error: 0, warning: 0, info: 0 };
    counts[severity] = findings.filter((f) => f.severity === severity).length;
    return { key: names[severity], counts };
  });
}

export function barChart(id: string, caption: string, bars: Bar[]): string {
  const height = bars.length * ROW_HEIGHT + 8;
  const scale = MAX_BAR / Math.max(1, ...bars.map(total));
  const body = bars.map((bar, index) => barGroup(bar, index * ROW_HEIGHT + 4, scale)).join('');
  return (
    `<svg class="chart-svg" data-chart="${id}" viewBox="0 0 ${VIEW_WIDTH} ${height}" width="${VIEW_WIDTH}" height="${height}"` +
    ` role="img" aria-label="${escapeHtml(caption)}">${body}</svg>`
  );
}

function barGroup(bar: Bar, top: number, scale: number): string {
  const middle = top + BAR_HEIGHT / 2 + 4;
  let x = BAR_X;
  const segments = SEVERITY_ORDER.filter((severity) => bar.counts[severity] > 0).map((severity) => {
    const width = round(bar.counts[severity] * scale);
    const rect = `<rect class="seg ${severity}" x="${round(x)}" y="${top}" width="${width}" height="${BAR_HEIGHT}"/>`;
    x += width;
    return rect;
  });
  return (
    `<g class="bar" data-key="${escapeHtml(bar.key)}"><title>${escapeHtml(`${bar.key}: ${total(bar)}`)}</title>` +
    `<text class="label" x="${LABEL_WIDTH}" y="${middle}" text-anchor="end">${escapeHtml(shorten(bar.key))}</text>` +
    segments.join('') +
    `<text class="value" x="${round(x + 6)}" y="${middle}">${total(bar)}</text></g>`
  );
}

function total(bar: Bar): number {
  return bar.counts.error + bar.counts.warning + bar.counts.info;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Long labels keep their start and get an ellipsis; the full key is in the bar's <title>. */
export function shorten(label: string): string {
  let units = 0;
  const kept: string[] = [];
  for (const char of label) {
    units += /[\u1100-\uffff]/.test(char) ? 2 : 1;
    if (units > LABEL_UNITS) return `${kept.join('')}…`;
    kept.push(char);
  }
  return label;
}
