import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../../src/report/formatters/github.js';
import type { FormatOptions } from '../../../src/report/formatters/types.js';
import { controlReport, emptyReport, hostileReport, RAW_CONTROL, sampleReport, sampleRules } from './sample-report.js';

const en: FormatOptions = { lang: 'en', color: false, rules: sampleRules };
const zh: FormatOptions = { lang: 'zh', color: false, rules: sampleRules };

describe('formatGithub', () => {
  const lines = formatGithub(sampleReport, en).trimEnd().split('\n');

  it('writes one annotation per finding plus a summary notice', () => {
    expect(lines).toHaveLength(9);
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual([
      '::warning',
      '::error',
      '::error',
      '::error',
      '::error',
      '::warning',
      '::notice',
      '::error',
      '::notice',
    ]);
  });

  it('points at file and line, titles by rule id and adds the clause to the message', () => {
    expect(lines[2]).toBe(
      '::error file=fixtures/inventory.csv,line=7,title=cross-border-storage::' +
        'crm.users.id_no (Resident ID) is stored in cn-hongkong, outside mainland China, without separate consent.' +
        "%0Ajdcloud-privacy-2020-07 §6.2.1: “Your personal information will be entirely stored within the People's Republic of China.”",
    );
  });

  it('keeps Chinese file names and messages as they are', () => {
    expect(lines[1]).toBe(
      '::error file=fixtures/exports/用户表.csv,line=2,title=plaintext-sensitive-data::列“身份证号”中有 1180 条记录以明文保存居民身份证号' +
        '%0Ajdcloud-privacy-2020-03 §6.1.1: “京东智联云采取加密技术对用户个人信息进行加密保存，并通过隔离技术进行隔离。”',
    );
  });

  it('ends with the totals in the chosen language', () => {
    expect(lines[8]).toBe('::notice title=privaudit::5 Error, 2 Warning, 1 Info (2 Suppressed)');
    expect(formatGithub(sampleReport, zh).trimEnd().split('\n')[8]).toBe('::notice title=privaudit::5 错误, 2 警告, 1 提示 (2 已抑制)');
  });

  it('escapes data in properties and message so a hostile finding stays one command', () => {
    const out = formatGithub(hostileReport(), en).trimEnd().split('\n');
    expect(out).toHaveLength(10);
    expect(out[0]).toBe(
      '::warning file=fixtures/a%2Cb%3Ac.csv,line=3,title=pii-in-free-text::' +
        'note </script><script>alert("x")</script> & <b>bold</b> | pipe%0Aline2, a:b 100%25 =SUM(A1)' +
        '%0Ajdcloud-privacy-2020-03 §6.1.1: “京东智联云采取加密技术对用户个人信息进行加密保存，并通过隔离技术进行隔离。”',
    );
  });

  it('prints control characters, ESC and bidi overrides from the input as visible escapes', () => {
    const out = formatGithub(controlReport(), en);
    expect(out).not.toMatch(RAW_CONTROL);
    const first = out.split('\n')[0]!;
    expect(first).toBe(
      '::error file=fixtures/id\\u000bno\\u0001\\u001b[31m\\u007f\\u009b2J\\u202eevil\\u2066.csv,line=2,title=cross-border-storage::' +
        "field 'id\\u000bno\\u0001\\u001b[31m\\u007f\\u009b2J\\u202eevil\\u2066' is stored in cn-hongkong" +
        '%0Acustom\\u001b[2J §1: “quote id\\u000bno\\u0001\\u001b[31m\\u007f\\u009b2J\\u202eevil\\u2066”',
    );
  });

  it('keeps a forged command inside its annotation: line breaks, % and :: are escaped', () => {
    const forged = { ...sampleReport.findings[0]!, message: 'x\n::error file=a.csv::forged%0A::warning::again\r::set-env name=A::1' };
    const out = formatGithub({ ...sampleReport, findings: [forged] }, en).trimEnd().split('\n');
    expect(out).toHaveLength(2);
    expect(out[0]).toContain('::x%0A::error file=a.csv::forged%250A::warning::again%0D::set-env name=A::1%0A');
  });

  it('gives the column as col= where the finding has one', () => {
    const cell = { ...sampleReport.findings[2]!, column: 8 };
    expect(formatGithub({ ...sampleReport, findings: [cell] }, en)).toContain('::error file=fixtures/inventory.csv,line=7,col=8,title=cross-border-storage::');
  });

  it('normalises Windows paths for the file property', () => {
    const report = { ...sampleReport, findings: [{ ...sampleReport.findings[2]!, file: '.\\fixtures\\inventory.csv' }] };
    expect(formatGithub(report, en)).toContain('::error file=fixtures/inventory.csv,line=7,');
  });

  it('writes only the summary for zero findings', () => {
    expect(formatGithub(emptyReport, en)).toBe('::notice title=privaudit::No findings\n');
  });
});

describe('escaping', () => {
  it('escapes % first so existing escapes are not decoded', () => {
    expect(escapeData('50%0A\r\n')).toBe('50%250A%0D%0A');
  });

  it('escapes : and , only in properties', () => {
    expect(escapeData('a:b,c')).toBe('a:b,c');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});
