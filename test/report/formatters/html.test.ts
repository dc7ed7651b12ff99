import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/report/formatters/html-charts.js';
import { escapeHtml, jsonForScript } from '../../../src/report/formatters/html-escape.js';
import { formatHtml } from '../../../src/report/formatters/html.js';
import type { FormatOptions } from '../../../src/report/formatters/types.js';
import { attr, byTag, findAll, one, parseHtml, textOf, type HtmlNode } from './html-dom.js';
import { emptyReport, hostileReport, sampleReport, sampleRules } from './sample-report.js';

const en: FormatOptions = { lang: 'en', color: false, rules: sampleRules };
const zh: FormatOptions = { lang: 'zh', color: false, rules: sampleRules };

function chart(doc: HtmlNode, id: string): HtmlNode {
  return one(doc, 'svg', { 'data-chart': id });
}

function bars(doc: HtmlNode, id: string): { key: string; widths: number[]; value: string }[] {
  return byTag(chart(doc, id), 'g', { class: 'bar' }).map((g) => ({
    key: attr(g, 'data-key')!,
    widths: byTag(g, 'rect').map((r) => Number(attr(r, 'width'))),
    value: textOf(byTag(g, 'text', { class: 'value' })[0]!),
  }));
}

function rows(doc: HtmlNode): HtmlNode[] {
  return byTag(one(doc, 'table', { id: 'findings' }), 'tr').filter((tr) => attr(tr, 'data-index') !== undefined);
}

function cellText(row: HtmlNode, column: string): string {
  return textOf(byTag(row, 'td', { 'data-col': column })[0]!);
}

describe('formatHtml', () => {
  const html = formatHtml(sampleReport, en);
  const doc = parseHtml(html);

  it('is a complete document in the chosen language', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(textOf(one(one(doc, 'head'), 'title'))).toBe('privaudit report — 2026-11-23');
    expect(textOf(one(doc, 'h1'))).toBe('privaudit report');
  });

  it('shows policies, as-of and inputs in the header', () => {
    const header = one(doc, 'header');
    expect(textOf(header)).toContain('As of2026-11-23');
    const tables = byTag(header, 'table');
    expect(byTag(tables[0]!, 'tbody')[0]!.childNodes!.map(textOf)).toEqual([
      'jdcloud-privacy-2020-07JD Cloud & AI Privacy Policy2020-07-28en',
      'jdcloud-privacy-2020-03京东智联云隐私政策203003042zh',
    ]);
    expect(byTag(tables[1]!, 'tbody')[0]!.childNodes!.map(textOf)).toEqual([
      'fixtures/inventory.csvinventory42',
      'fixtures/sdk-list.yamlSDK list10',
      'fixtures/exports/用户表.csvexported table1200',
      'fixtures/clean-inventory.yamlinventory5',
    ]);
  });

  it('has summary cards by severity plus total and suppressed', () => {
    const count = (kind: string): string => textOf(byTag(one(doc, 'div', { 'data-card': kind }), 'span', { class: 'n' })[0]!);
    expect(['error', 'warning', 'info', 'total', 'suppressed'].map(count)).toEqual(['5', '2', '1', '8', '2']);
  });

  it('draws four bar charts from the data', () => {
    expect(byTag(doc, 'figure').map((f) => attr(f, 'data-chart'))).toEqual(['severity', 'rule', 'system', 'category']);
    expect(bars(doc, 'severity')).toEqual([
      { key: 'Error', widths: [340], value: '5' },
      { key: 'Warning', widths: [136], value: '2' },
      { key: 'Info', widths: [68], value: '1' },
    ]);
    const rules = bars(doc, 'rule');
    expect(rules).toHaveLength(new Set(sampleReport.findings.map((f) => f.ruleId)).size);
    expect(rules.map((b) => b.value)).toEqual(Array(8).fill('1'));
    expect(bars(doc, 'system').map((b) => [b.key, b.value])).toEqual([['(none)', '4'], ['crm', '3'], ['auth', '1']]);
    expect(bars(doc, 'category').map((b) => [b.key, b.value])).toEqual([
      ['identity', '3'],
      ['basic', '2'],
      ['(none)', '1'],
      ['device', '1'],
      ['network-identity', '1'],
    ]);
  });

  it('stacks a bar by severity', () => {
    // crm: 2 errors (cross-border, unencrypted) + 1 warning (retention-missing), scaled to the longest bar (4).
    expect(bars(doc, 'system')[1]).toEqual({ key: 'crm', widths: [170, 85], value: '3' });
  });

  it('renders one table row per finding with escaped text and an expandable clause', () => {
    const all = rows(doc);
    expect(all).toHaveLength(8);
    expect(all.map((r) => attr(r, 'data-severity'))).toEqual(sampleReport.findings.map((f) => f.severity));
    const second = all[1]!;
    expect(cellText(second, 'rule')).toBe('plaintext-sensitive-data');
    expect(cellText(second, 'subject')).toBe('用户表.身份证号');
    expect(cellText(second, 'evidence')).toBe('110101********123X');
    const details = one(second, 'details');
    expect(textOf(one(details, 'summary'))).toBe('jdcloud-privacy-2020-03 §6.1.1');
    expect(textOf(one(details, 'blockquote'))).toBe('京东智联云采取加密技术对用户个人信息进行加密保存，并通过隔离技术进行隔离。');
  });

  it('has sortable headers, a text filter and severity checkboxes', () => {
    const sortable = byTag(doc, 'th').filter((th) => attr(th, 'data-sort'));
    expect(sortable.map((th) => attr(th, 'data-sort'))).toEqual(['severity', 'file', 'line', 'rule', 'subject', 'item', 'message', 'evidence', 'clause']);
    expect(attr(one(doc, 'input', { id: 'filter' }), 'type')).toBe('search');
    expect(byTag(doc, 'input', { type: 'checkbox' }).map((i) => attr(i, 'value'))).toEqual(['error', 'warning', 'info']);
  });

  it('embeds the report as JSON that parses back to the same data', () => {
    const data = one(doc, 'script', { type: 'application/json' });
    expect(JSON.parse(textOf(data))).toEqual(sampleReport);
  });

  it('pins its inline style and script with CSP hashes and loads nothing from anywhere', () => {
    const csp = attr(one(doc, 'meta', { 'http-equiv': 'Content-Security-Policy' }), 'content')!;
    const sha = (text: string): string => createHash('sha256').update(text).digest('base64');
    const script = byTag(doc, 'script').find((s) => attr(s, 'type') === undefined)!;
    expect(csp).toContain(`default-src 'none'`);
    expect(csp).toContain(`style-src 'sha256-${sha(textOf(one(doc, 'style')))}'`);
    expect(csp).toContain(`script-src 'sha256-${sha(textOf(script))}'`);
    expect(html).not.toMatch(/https?:\/\//);
    expect(findAll(doc, (n) => attr(n, 'src') !== undefined || attr(n, 'href') !== undefined)).toEqual([]);
    expect(byTag(doc, 'link')).toEqual([]);
  });

  it('escapes a message that tries to close the script or inject markup', () => {
    const report = hostileReport();
    const out = formatHtml(report, en);
    const hostileDoc = parseHtml(out);
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<b>bold');
    expect(byTag(hostileDoc, 'script')).toHaveLength(2);
    expect(byTag(hostileDoc, 'b')).toEqual([]);
    expect(cellText(rows(hostileDoc)[0]!, 'message')).toBe(report.findings[0]!.message);
    expect(cellText(rows(hostileDoc)[0]!, 'subject')).toBe('t<1>.=cmd|calc');
    expect(JSON.parse(textOf(one(hostileDoc, 'script', { type: 'application/json' })))).toEqual(report);
  });

  it('uses Chinese labels for lang zh', () => {
    const zhDoc = parseHtml(formatHtml(sampleReport, zh));
    expect(attr(one(zhDoc, 'html'), 'lang')).toBe('zh-CN');
    expect(textOf(one(zhDoc, 'h1'))).toBe('privaudit 审计报告');
    expect(byTag(zhDoc, 'figcaption').map(textOf)).toEqual(['按严重程度', '按规则', '按系统', '按类别']);
    expect(bars(zhDoc, 'severity').map((b) => b.key)).toEqual(['错误', '警告', '提示']);
    expect(bars(zhDoc, 'system')[0]!.key).toBe('（无）');
  });

  it('is valid and says so for zero findings', () => {
    const emptyDoc = parseHtml(formatHtml(emptyReport, en));
    expect(byTag(emptyDoc, 'table', { id: 'findings' })).toEqual([]);
    expect(byTag(emptyDoc, 'svg')).toEqual([]);
    expect(byTag(emptyDoc, 'p', { class: 'empty' }).map(textOf)).toEqual(Array(5).fill('No findings'));
  });

  it('is deterministic', () => {
    expect(formatHtml(sampleReport, en)).toBe(html);
  });
});

describe('html helpers', () => {
  it('escapeHtml escapes the five significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('jsonForScript leaves no < > & or line separators, and parses back', () => {
    const value = { s: '</script><!-- & \u2028 >' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('shorten keeps short labels and cuts long ones by display width', () => {
    expect(shorten('crm')).toBe('crm');
    expect(shorten('a'.repeat(40))).toBe(`${'a'.repeat(30)}…`);
    expect(shorten('个人信息'.repeat(5))).toBe(`${'个人信息'.repeat(3)}个人信…`);
  });
});
