import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown } from '../../../src/report/formatters/markdown.js';
import type { FormatOptions } from '../../../src/report/formatters/types.js';
import { controlReport, emptyReport, hostileReport, RAW_CONTROL, sampleReport, sampleRules } from './sample-report.js';

const en: FormatOptions = { lang: 'en', color: false, rules: sampleRules };
const zh: FormatOptions = { lang: 'zh', color: false, rules: sampleRules };

/** Renders with a real CommonMark + GFM-table parser and reads the result back as a DOM-less token stream. */
const md = new MarkdownIt({ html: true });

interface ParsedTable {
  header: string[];
  rows: string[][];
}

/** Every table in the document, cells as rendered inline HTML. */
function tables(markdown: string): ParsedTable[] {
  const result: ParsedTable[] = [];
  let current: string[][] = [];
  let row: string[] | null = null;
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'table_open') current = [];
    if (token.type === 'tr_open') row = [];
    if (token.type === 'inline' && row) row.push(md.renderInline(token.content));
    if (token.type === 'tr_close' && row) current.push(row);
    if (token.type === 'tr_close') row = null;
    if (token.type === 'table_close') result.push({ header: current[0]!, rows: current.slice(1) });
  }
  return result;
}

function headings(markdown: string, level: number): string[] {
  const tokens = md.parse(markdown, {});
  return tokens.flatMap((t, i) => (t.type === 'heading_open' && t.tag === `h${level}` ? [tokens[i + 1]!.content] : []));
}

describe('formatMarkdown', () => {
  const out = formatMarkdown(sampleReport, en);
  const all = tables(out);

  it('has a title, meta lines and the section headings', () => {
    expect(headings(out, 1)).toEqual(['privaudit report']);
    expect(headings(out, 2)).toEqual(['Summary', 'Policies', 'Inputs', 'Findings']);
    expect(out).toContain('As of: 2026-11-23');
  });

  it('summarises by severity', () => {
    expect(all[0]!.rows).toEqual([['Error', '5'], ['Warning', '2'], ['Info', '1'], ['Suppressed', '2']]);
  });

  it('lists the policies', () => {
    expect(all[1]!.rows).toEqual([
      ['jdcloud-privacy-2020-07', 'JD Cloud &amp; AI Privacy Policy', '2020-07-28', 'en'],
      ['jdcloud-privacy-2020-03', '京东智联云隐私政策', '203003042', 'zh'],
    ]);
  });

  it('groups findings by file, one table each, in finding order', () => {
    expect(headings(out, 3)).toEqual(['fixtures/exports/用户表.csv', 'fixtures/inventory.csv', 'fixtures/sdk-list.yaml']);
    const [exportTable, inventoryTable, sdkTable] = all.slice(3);
    expect(exportTable!.header).toEqual(['Severity', 'Line', 'Rule', 'Subject', 'Item', 'Message', 'Evidence', 'Clause']);
    expect(exportTable!.rows[1]).toEqual([
      'Error',
      '2',
      'plaintext-sensitive-data',
      '用户表.身份证号',
      'identity.resident-id',
      '列“身份证号”中有 1180 条记录以明文保存居民身份证号',
      '110101********123X',
      'jdcloud-privacy-2020-03 §6.1.1',
    ]);
    expect(inventoryTable!.rows.map((r) => r[2])).toEqual(['cross-border-storage', 'sensitive-unencrypted', 'credential-not-hashed', 'retention-missing']);
    expect(sdkTable!.rows.map((r) => r[3])).toEqual(['Huawei Push (android)', 'Umeng (ios)']);
  });

  it('quotes each distinct clause of a file once', () => {
    const html = md.render(out);
    expect(html).toContain('<strong>jdcloud-privacy-2020-07 §6.2.1</strong> — Your personal information will be entirely stored');
    expect(out.match(/^> \*\*jdcloud-privacy-2020-03 §6\.1\.1\*\*/gm)).toHaveLength(1);
    // Same section, different quotes: both are quoted.
    expect(out.match(/^> \*\*jdcloud-privacy-2020-07 §5\.1\.3\*\*/gm)).toHaveLength(2);
  });

  it('keeps a hostile message inside its cell: pipes, newlines and HTML are escaped', () => {
    const hostile = formatMarkdown(hostileReport(), en);
    const table = tables(hostile)[3]!;
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toHaveLength(8);
    expect(table.rows[0]![5]).toBe('note &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; | pipe<br>line2, a:b 100% =SUM(A1)');
    expect(md.render(hostile)).not.toContain('<script>');
  });

  it('prints control characters, ESC and bidi overrides from the input as visible escapes', () => {
    const out = formatMarkdown(controlReport(), en);
    expect(out).not.toMatch(RAW_CONTROL);
    const row = tables(out)[3]!.rows[0]!;
    expect(row[3]).toBe('crm.users.id\\u000bno\\u0001\\u001b[31m\\u007f\\u009b2J\\u202eevil\\u2066');
    expect(row[6]).toBe('110101\\u001b]0;pwned\\u0007****123X');
    expect(md.render(out)).toContain('<h3>fixtures/id\\u000bno\\u0001\\u001b[31m\\u007f\\u009b2J\\u202eevil\\u2066.csv</h3>');
  });

  it('uses Chinese headings for lang zh', () => {
    const zhOut = formatMarkdown(sampleReport, zh);
    expect(headings(zhOut, 1)).toEqual(['privaudit 审计报告']);
    expect(headings(zhOut, 2)).toEqual(['概要', '政策', '输入文件', '问题']);
    expect(tables(zhOut)[0]!.rows[0]).toEqual(['错误', '5']);
  });

  it('says so when there are no findings', () => {
    const empty = formatMarkdown(emptyReport, en);
    expect(empty.trimEnd().endsWith('## Findings\n\nNo findings.')).toBe(true);
    expect(tables(empty)).toHaveLength(3);
  });

  it('is deterministic', () => {
    expect(formatMarkdown(sampleReport, en)).toBe(out);
  });
});

describe('escapeMarkdown', () => {
  it('neutralises emphasis, code, links and line breaks', () => {
    expect(escapeMarkdown('**a** `b` [c](d) _e_\nf')).toBe('\\*\\*a\\*\\* \\`b\\` \\[c\\](d) \\_e\\_<br>f');
  });
});
