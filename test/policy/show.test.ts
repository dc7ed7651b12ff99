/** `policies show`: the deadlines section, in both languages, with each deadline's section. */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/policy/load.js';
import { deadlineText, formatPackSummary } from '../../src/policy/show.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';

const taxonomy = loadTaxonomy();

describe('policies show: deadlines', () => {
  it('prints every deadline of the pack with its clause', () => {
    const text = formatPackSummary(loadPack('jdcloud-privacy-2020-03'), taxonomy, 'en');
    expect(text).toContain(
      [
        '\nDeadlines:',
        '  - reply-to-requests: reply within 30 days of the request  §10.3',
        '  - cancellation-review: review a cancellation within 3 working days of the application  §6.2.2',
        '  - deletion-after-cancellation: delete its personal information within 3 working days of the application  §6.2.2',
        '  - notice-before-termination: tell users at least 30 days before services or operations end  §6.2.3',
        '  - stop-promotion-sms: no marketing message after an opt-out  §7.5(2)',
        '',
      ].join('\n'),
    );
  });

  it('in Chinese, request types included', () => {
    const text = formatPackSummary(loadPack('jingkefu-privacy'), taxonomy, 'zh');
    expect(text).toContain('\n期限承诺:\n  - reply-to-rights-requests: 身份核验后 30天内答复（查阅、更正、删除、投诉）  §五6\n  - reply-to-inquiries: 收到请求后 15天内答复  §八2\n');
    expect(formatPackSummary(loadPack('jdcloud-terms-2020-03'), taxonomy, 'zh')).toContain('  - dormant-login-name: 连续 12个月未使用的账号可被注销  §2.3.2(1)\n');
  });

  it('says prohibited, as policies diff and the SPEC do, for a recipient the pack bars', () => {
    const text = formatPackSummary(loadPack('jdcloud-privacy-2020-07'), taxonomy, 'en');
    expect(text).toContain('\n  - advertiser: prohibited  §7.5(3)\n');
    expect(text).not.toContain('forbidden');
    expect(formatPackSummary(loadPack('jdcloud-privacy-2020-03'), taxonomy, 'zh')).toContain('\n  - advertiser: 禁止  §7.5(3)\n');
  });

  it('a period given as a grace reads as one', () => {
    expect(deadlineText({ kind: 'marketing-opt-out', period: '1d', from: 'opt-out' }, 'en')).toBe('no marketing message later than 1 day after an opt-out');
  });
});
