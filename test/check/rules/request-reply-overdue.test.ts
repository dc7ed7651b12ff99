/** request-reply-overdue: requests answered, or still open, past the pack's reply period for their type. */
import { describe, expect, it } from 'vitest';
import { requestReplyOverdue as rule } from '../../../src/check/rules/request-reply-overdue.js';
import { P000, P001, P002, P003 } from '../helpers.js';
import { findings, scanOne, tempFiles } from '../../scan/helpers.js';

const AS_OF = '2026-11-23';

async function run(csv: string[], packs: string[], extra: { mapping?: string; lang?: 'en' | 'zh'; rules?: Record<string, string> } = {}) {
  const { path } = tempFiles({ 'tickets.csv': csv.join('\n'), ...(extra.mapping ? { 'm.yaml': extra.mapping } : {}) });
  const file = await scanOne(path('tickets.csv'), { asOf: AS_OF, packs, ...(extra.mapping ? { mapping: path('m.yaml') } : {}) });
  return findings([file], [rule], { asOf: AS_OF, packs, lang: extra.lang, rules: extra.rules as never });
}

describe('request-reply-overdue', () => {
  it("reports late and still-open requests with the pack's clause, the worst lateness and the first request's dates", async () => {
    const csv = ['id,申请时间,答复时间', 'a,2026-09-01,2026-10-01', 'b,2026-09-01,2026-10-03', 'c,2026-10-01,', 'd,2026-11-01,'];
    const [f, ...rest] = await run(csv, [P000]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'request-reply-overdue', severity: 'error', line: 1, subject: { table: 'tickets', column: '答复时间' }, count: 2, rows: [3, 4], evidence: '2026-09-01 → 2026-10-03 (≤ 2026-10-01)' });
    expect(f!.clause).toMatchObject({ policy: P000, section: '10.3', quote: '一般情况下，我们将在三十天内回复' });
    expect(f!.lateness).toEqual({ worst: 23, open: 1, histogram: [{ from: 2, to: 3, count: 1 }, { from: 15, to: 30, count: 1 }] });
    expect(f!.message).toBe("tickets, reply deadlines: 2 requests answered more than 30 days after the request, or still unanswered past it (from '申请时间' to '答复时间'; deadline reply-to-requests): worst 23 days late, 1 still unanswered");
    const [zh] = await run(csv, [P000], { lang: 'zh' });
    expect(zh!.message).toBe('「tickets」答复期限：2 条请求未在收到请求后 30天内答复（“申请时间”至“答复时间”；期限 reply-to-requests）：最多超期 23 天，其中 1 条仍未答复');
  });

  it('gives each request type its own period under Jingkefu (003): 30 days after verification, 15 for inquiries', async () => {
    const csv = ['id,type,requested_at,verified_at,replied_at', 'a,deletion,2026-09-01,2026-09-10,2026-10-08', 'b,inquiry,2026-09-01,,2026-10-08', 'c,complaint,2026-09-01,2026-09-02,2026-10-08'];
    const found = await run(csv, [P003]);
    expect(found.map((f) => [f.clause.section, f.rows])).toEqual([
      ['八2', [3]],
      ['五6', [4]],
    ]);
  });

  it('counts from the request when the table has no verification column, and says so', async () => {
    const [f] = await run(['id,type,requested_at,replied_at', 'a,access,2026-09-01,2026-10-08'], [P003]);
    expect(f!.message).toContain('after the request (the table has no identity-verification column)');
  });

  it('reads columns a mapping file names, dates in any common form', async () => {
    const mapping = 'tickets:\n  rq: request_received\n  hf: replied\n  lx: request_type\n';
    const csv = ['rq,hf,lx', '2026/9/1,2026年10月5日,access', '46266,1790906400000,access', '20260901,2026-10-01T17:00:00Z,access', '2026-09-01,2026-10-01T15:59:00Z,access'];
    // 46266 is Excel's 2026-09-01 and 1790906400000 ms 10:00 on 2 October in Beijing; 17:00 UTC on 1 October
    // is 01:00 on 2 October in Beijing (late), 15:59 UTC still 1 October (on time).
    const [f] = await run(csv, [P002], { mapping });
    expect(f).toMatchObject({ count: 3, rows: [2, 3, 4], subject: { column: 'hf' } });
    expect(f!.lateness).toMatchObject({ worst: 4, open: 0 });
  });

  it('reports cells that are not dates with their column and rows, never guessing, and checks the rest', async () => {
    const found = await run(['id,requested_at,replied_at', 'a,last week,2026-10-01', 'b,2026-09-01,03/10/2026', 'c,2026-09-01,2026-10-09'], [P002]);
    expect(found.map((f) => [f.subject.column, f.count, f.rows, f.evidence])).toEqual([
      ['replied_at', 1, [3], '03/10/2026'],
      ['replied_at', 1, [4], '2026-09-01 → 2026-10-09 (≤ 2026-10-01)'],
      ['requested_at', 1, [2], 'last week'],
    ]);
    expect(found[0]!.message).toContain("with a value in 'replied_at' that is not a date (the first: 03/10/2026)");
  });

  it('masks an identifier typed into a date column when it quotes the cell', async () => {
    const [f] = await run(['id,requested_at,replied_at', 'a,2026-09-01,回电13812345678'], [P002]);
    expect(f!.evidence).toBe('回电138****5678');
    expect(JSON.stringify(f)).not.toContain('13812345678');
  });

  it('needs a pack with a reply period and a reply column', async () => {
    expect(await run(['id,requested_at,replied_at', 'a,2026-01-01,'], [P001])).toEqual([]);
    expect(await run(['id,requested_at,note', 'a,2026-01-01,'], [P002])).toEqual([]);
  });

  it('takes its severity from the config', async () => {
    const [f] = await run(['id,requested_at,replied_at', 'a,2026-01-01,'], [P002], { rules: { 'request-reply-overdue': 'warning' } });
    expect(f!.severity).toBe('warning');
  });
});
