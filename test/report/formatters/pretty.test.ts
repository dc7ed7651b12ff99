import { describe, expect, it } from 'vitest';
import { formatPretty, summaryLine } from '../../../src/report/formatters/pretty.js';
import type { FormatOptions } from '../../../src/report/formatters/types.js';
import { controlReport, RAW_CONTROL, sampleReport, sampleRules } from './sample-report.js';

const en: FormatOptions = { lang: 'en', color: false, rules: sampleRules };

describe('formatPretty', () => {
  it('prints control characters, ESC and bidi overrides from the input as visible escapes', () => {
    const out = formatPretty(controlReport(), en);
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain("field 'id\\u000bno\\u0001\\u001b[31m\\u007f\\u009b2J\\u202eevil\\u2066' is stored in cn-hongkong");
    expect(out).toContain('fixtures/id\\u000bno');
    expect(out).toContain('crm › users › id\\u000bno');
    expect(out).toContain('110101\\u001b]0;pwned\\u0007****123X');
    expect(out).toContain('custom\\u001b[2J §1');
  });

  it('still colours with ESC sequences of its own', () => {
    const out = formatPretty(controlReport(), { ...en, color: true });
    expect(out).toContain('\x1b[31m');
    expect(out).toContain("field 'id\\u000bno");
  });

  it('keeps the summary line, printed alone after a report file, printable too', () => {
    expect(summaryLine(controlReport(), 'en')).toContain('policies: custom\\u001b[2J');
    expect(summaryLine(controlReport(), 'en')).not.toMatch(RAW_CONTROL);
  });

  it('leaves a report without such characters as it was', () => {
    expect(formatPretty(sampleReport, en)).toContain('crm › users › id_no');
  });
});
