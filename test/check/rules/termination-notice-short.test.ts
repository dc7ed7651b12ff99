/** termination-notice-short: users told less than thirty days before services or operations end. */
import { describe, expect, it } from 'vitest';
import { terminationNoticeShort as rule } from '../../../src/check/rules/termination-notice-short.js';
import { P000, P001, P003 } from '../helpers.js';
import { findings, scanOne, tempFiles } from '../../scan/helpers.js';

async function run(csv: string[], packs = [P000], lang: 'en' | 'zh' = 'en') {
  const { path } = tempFiles({ 'shutdowns.csv': csv.join('\n') });
  const file = await scanOne(path('shutdowns.csv'), { asOf: '2026-11-23', packs });
  return findings([file], [rule], { asOf: '2026-11-23', packs, lang });
}

describe('termination-notice-short', () => {
  it('takes thirty days exactly as enough, one fewer as short; no notice once the end is closer than that', async () => {
    const csv = ['service,通知时间,终止时间', 'a,2026-09-01,2026-10-01', 'b,2026-09-02,2026-10-01', 'c,,2026-12-10', 'd,,2027-01-31'];
    const [f, ...rest] = await run(csv);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ subject: { column: '通知时间' }, count: 2, rows: [3, 4], evidence: '2026-09-02 (≤ 2026-09-01) → 2026-10-01', lateness: { worst: 13, open: 1 } });
    expect(f!.clause).toMatchObject({ policy: P000, section: '6.2.3' });
    expect(f!.message).toBe(
      "shutdowns, notice before termination: 2 terminations whose users were told less than 30 days before the end, or not yet told with the end closer than that (from '通知时间' to '终止时间'; deadline notice-before-termination): worst 13 days short, 1 without any notice yet",
    );
  });

  it('reads the end of operations too (停止运营时间), under Jingkefu (003)', async () => {
    const [f] = await run(['notice_date,停止运营时间', '2026-10-20,2026-11-01'], [P003], 'zh');
    expect(f).toMatchObject({ count: 1, lateness: { worst: 18 } });
    expect(f!.clause.section).toBe('四(二)3');
    expect(f!.message).toContain('通知最多晚了 18 天');
  });

  it('a service ended without any notice is short by the whole period', async () => {
    const [f] = await run(['service,通知时间,终止时间', 'a,,2026-10-15']);
    expect(f!.lateness).toMatchObject({ worst: 30, open: 1 });
  });

  it('needs a pack that promises notice', async () => {
    expect(await run(['service,通知时间,终止时间', 'a,,2026-10-15'], [P001])).toEqual([]);
  });
});
