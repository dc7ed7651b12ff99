/** marketing-after-opt-out: messages sent after their recipient opted out (TDjdcloud). */
import { describe, expect, it } from 'vitest';
import { marketingAfterOptOut as rule } from '../../../src/check/rules/marketing-after-opt-out.js';
import { P000, P001, P002, P003 } from '../helpers.js';
import { findings, scanOne, tempFiles } from '../../scan/helpers.js';

async function run(csv: string[], packs = [P002], lang: 'en' | 'zh' = 'en') {
  const { path } = tempFiles({ 'sms.csv': csv.join('\n') });
  const file = await scanOne(path('sms.csv'), { asOf: '2026-11-23', packs });
  return findings([file], [rule], { asOf: '2026-11-23', packs, lang });
}

describe('marketing-after-opt-out', () => {
  const csv = [
    'phone,发送时间,退订时间',
    '13812345671,2026-10-05 09:00,2026-10-05 12:00', // before
    '13812345672,2026-10-05 12:01,2026-10-05 12:00', // a minute after
    '13812345673,2026-10-05,2026-10-05 12:00', // the same day, no time: may have come first
    '13812345674,2026-10-07,2026-10-05', // two days after
    '13812345675,2026-10-05T05:00:00Z,2026-10-05 12:30', // 13:00 in Beijing
    '13812345676,2026-10-07,', // never opted out
  ];

  it('compares to the second when both times are known, by day otherwise, in Beijing time', async () => {
    const [f, ...rest] = await run(csv);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ subject: { column: '发送时间' }, count: 3, rows: [3, 5, 6], lateness: { worst: 2, open: 0, histogram: [{ from: 0, to: 0, count: 2 }, { from: 2, to: 3, count: 1 }] } });
    expect(f!.clause).toMatchObject({ policy: P002, section: '7.5(2)' });
    expect(f!.message).toBe("sms, opt-outs: 3 messages sent after the recipient opted out (from '退订时间' to '发送时间'; stop-promotion-sms: no delay allowed): the latest 2 days after");
  });

  it('quotes the recipient masked, never whole', async () => {
    const [f] = await run(csv, [P000], 'zh');
    expect(f!.evidence).toBe('138****5672: 2026-10-05 12:00 → 2026-10-05 12:01');
    expect(f!.message).toBe('「sms」退订：3 条消息在收件人退订后仍然发送（“退订时间”至“发送时间”；stop-promotion-sms：不允许任何延迟）：最晚超出 2 天');
    expect(JSON.stringify(f)).not.toMatch(/1381234567\d/);
  });

  it("cites Jingkefu's own clause under 003, and nothing under a pack without an opt-out promise", async () => {
    expect((await run(csv, [P003]))[0]!.clause.section).toBe('四(二)5');
    expect(await run(csv, [P001])).toEqual([]);
  });

  it('counts only promotions when the log records the message type: not a code, a bill or a notice', async () => {
    for (const header of ['短信类型', '消息类型', '类型', 'sms_type', 'type', 'category']) {
      const log = [`phone,${header},发送时间,退订时间`, '13812345671,验证码,2026-10-07,2026-10-05', '13812345672,账单通知,2026-10-07,2026-10-05', '13812345673,营销,2026-10-07,2026-10-05'];
      const [f, ...rest] = await run(log);
      expect(rest, header).toEqual([]);
      expect(f, header).toMatchObject({ count: 1, rows: [4] });
    }
  });

  it('counts a message whose type is empty or unknown: the log does not say it is no promotion', async () => {
    const log = ['phone,sms_type,发送时间,退订时间', '13812345671,,2026-10-07,2026-10-05', '13812345672,普通短信,2026-10-07,2026-10-05', '13812345673,OTP,2026-10-07,2026-10-05', '13812345674,活动通知,2026-10-07,2026-10-05'];
    expect((await run(log))[0]).toMatchObject({ count: 3, rows: [2, 3, 5] });
  });

  it("reads the type column a mapping file names (message_type), and leaves a transactional message's unreadable dates alone", async () => {
    const { path } = tempFiles({ 'sms.csv': ['phone,kind,发送时间,退订时间', '13812345671,验证码,yesterday,2026-10-05', '13812345673,营销,2026-10-07,2026-10-05'].join('\n'), 'map.yaml': 'sms:\n  kind: message_type\n' });
    const file = await scanOne(path('sms.csv'), { asOf: '2026-11-23', packs: [P002], mapping: path('map.yaml') });
    const found = findings([file], [rule], { asOf: '2026-11-23', packs: [P002] });
    expect(found.map((f) => [f.subject.column, f.rows])).toEqual([['发送时间', [3]]]);
  });

  it('needs both the sending and the opt-out time', async () => {
    expect(await run(['phone,发送时间,备注', '13812345671,2026-10-05 09:00,x'])).toEqual([]);
  });
});
