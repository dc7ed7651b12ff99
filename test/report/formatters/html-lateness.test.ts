/** The HTML report's lateness charts: drawn from the deadline findings' lateness, absent otherwise. */
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../../src/report/formatters/html.js';
import type { Finding } from '../../../src/report/types.js';
import { findings, scanOne } from '../../scan/helpers.js';
import { attr, byTag, one, parseHtml, textOf, type HtmlNode } from './html-dom.js';
import { sampleReport, sampleRules } from './sample-report.js';

function bars(doc: HtmlNode, id: string): { key: string; value: string; classes: string[] }[] {
  return byTag(one(doc, 'svg', { 'data-chart': id }), 'g', { class: 'bar' }).map((g) => ({
    key: attr(g, 'data-key')!,
    value: textOf(byTag(g, 'text', { class: 'value' })[0]!),
    classes: byTag(g, 'rect').map((r) => attr(r, 'class')!),
  }));
}

async function deadlineFindings(lang: 'en' | 'zh'): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const [name, pack] of [['tickets.csv', 'jdcloud-privacy-2020-07'], ['accounts.csv', 'jdcloud-terms-2020-03']] as const) {
    const opts = { asOf: '2026-11-23', packs: [pack] };
    out.push(...findings([await scanOne(`fixtures/events/${name}`, opts)], undefined, { ...opts, lang }));
  }
  return out;
}

describe('lateness charts', () => {
  it('count the records per range of days late, stacked by severity, and the worst of each finding', async () => {
    const report = { ...sampleReport, findings: await deadlineFindings('en') };
    const doc = parseHtml(formatHtml(report, { lang: 'en', color: false, rules: sampleRules }));
    // tickets: 1 day ×2, 4 days, 15–30 days ×3 (error); accounts: 1 day, over a year (info).
    expect(bars(doc, 'lateness')).toEqual([
      { key: '1 day', value: '3', classes: ['seg error', 'seg info'] },
      { key: '4–7 days', value: '1', classes: ['seg error'] },
      { key: '15–30 days', value: '3', classes: ['seg error'] },
      { key: 'over 365 days', value: '1', classes: ['seg info'] },
    ]);
    expect(bars(doc, 'worst-lateness')).toEqual([
      { key: 'tickets · replied_at · request-reply-overdue', value: '23', classes: ['seg error'] },
      { key: 'accounts · last_login · dormant-account', value: '677', classes: ['seg info'] },
    ]);
    expect(textOf(one(doc, 'figure', { 'data-chart': 'lateness' }))).toContain('Lateness: records by days past the deadline');
  });

  it('speak Chinese in a zh report', async () => {
    const report = { ...sampleReport, findings: await deadlineFindings('zh') };
    const doc = parseHtml(formatHtml(report, { lang: 'zh', color: false, rules: sampleRules }));
    expect(bars(doc, 'lateness').map((b) => b.key)).toEqual(['1 天', '4–7 天', '15–30 天', '超过 365 天']);
    expect(textOf(one(doc, 'figure', { 'data-chart': 'worst-lateness' }))).toContain('各项发现的最长超期（天）');
  });

  it('are not there without deadline findings: the report keeps its lines', () => {
    const html = formatHtml(sampleReport, { lang: 'en', color: false, rules: sampleRules });
    expect(html).not.toContain('lateness');
    const lines = html.split('\n');
    const charts = lines.findIndex((l) => l.startsWith('<section class="charts">'));
    expect(lines[charts + 1]).toMatch(/^<section class="findings">/);
  });
});
