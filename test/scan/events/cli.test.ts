/**
 * Issue 16's "done when", as a new user would try it: `privaudit scan` pointed at a ticket export, a
 * cancellation log and an SMS log finds every late reply, late cancellation and message after an
 * opt-out, cites the seed's clause, raises nothing on the on-time rows; the JSON report (lateness
 * included) is what schemas/report.schema.json describes, and the HTML report draws the lateness.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../e2e/helpers.js';

const LOGS = ['fixtures/events/tickets.csv', 'fixtures/events/账号注销记录.csv', 'fixtures/events/sms_log.csv'];
const ARGS = ['scan', ...LOGS, '-p', 'jdcloud-privacy-2020-03', '--as-of', '2026-11-23', '--fail-on', 'never'];

interface JsonFinding {
  ruleId: string;
  file: string;
  subject: { column: string };
  rows: number[];
  clause: { policy: string; section: string; quote: string };
  lateness?: { worst: number };
}

describe('scan of three event logs', () => {
  it('finds every late reply, late cancellation and message after an opt-out, citing the seed, and nothing else of theirs', async () => {
    const r = await runCli([...ARGS, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    const late = report.findings.filter((f) => f.lateness).map((f) => [f.file.split('/').at(-1), f.ruleId, f.subject.column, f.rows, `${f.clause.policy} §${f.clause.section}`]);
    expect(late).toEqual([
      ['sms_log.csv', 'marketing-after-opt-out', 'sent_at', [4, 5, 7, 9], 'jdcloud-privacy-2020-03 §7.5(2)'],
      ['tickets.csv', 'request-reply-overdue', 'replied_at', [4, 5, 6, 8, 13, 14], 'jdcloud-privacy-2020-03 §10.3'],
      ['账号注销记录.csv', 'cancellation-overdue', '删除时间', [3, 4, 6, 9], 'jdcloud-privacy-2020-03 §6.2.2'],
      ['账号注销记录.csv', 'cancellation-overdue', '审核通过时间', [3, 5, 9, 10], 'jdcloud-privacy-2020-03 §6.2.2'],
    ]);
    // The quotes are the seed's own words (the citation tests check them against the seeds).
    expect(report.findings.find((f) => f.ruleId === 'marketing-after-opt-out')!.clause.quote).toBe('您可以随时回复“TDjdcloud”来取消我们给您发送的手机促销短信');
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats.default(ajv, ['date']);
    const validate = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/report.schema.json'), 'utf8')) as object);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('draws the lateness in the HTML report, in Chinese too', async () => {
    const r = await runCli([...ARGS, '--format', 'html', '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('<figure data-chart="lateness"><figcaption>超期分布：按超出期限的天数统计记录</figcaption>');
    expect(r.stdout).toContain('data-chart="worst-lateness"');
  });
});

describe('a baseline of deadline findings', () => {
  it('keeps a late reply suppressed when an unreadable reply date on its column comes up, and reports that one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privaudit-deadline-baseline-'));
    const file = join(dir, 'fp2.csv');
    const rows = ['工单号,类型,申请时间,答复时间', 'T2,access,2025-09-01,2025-10-20'];
    writeFileSync(file, rows.join('\n') + '\n');
    const scan = (...args: string[]) => runCli(['scan', file, '-p', 'jdcloud-privacy-2020-07', '--as-of', '2025-11-10', '--format', 'json', ...args], { cwd: dir });
    expect((await scan('--write-baseline', join(dir, 'b.json'))).code).toBe(1);
    writeFileSync(file, [...rows, 'T3,access,2025-09-01,待回复'].join('\n') + '\n');
    const r = await scan('--baseline', join(dir, 'b.json'));
    const report = JSON.parse(r.stdout) as { summary: { suppressed: number }; findings: (JsonFinding & { evidence: string; lateness?: object })[] };
    expect(report.summary.suppressed).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.subject.column, f.rows, !!f.lateness])).toEqual([['request-reply-overdue', '答复时间', [3], false]]);
    expect(report.findings[0]!.evidence).toBe('待回复');
    expect(r.stderr).toBe('');
  });
});

describe('working days past the holiday calendar', () => {
  const log = (rows: string[]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'privaudit-gaps-')), '注销记录.csv');
    writeFileSync(file, ['申请编号,注销申请时间,审核通过时间,删除时间,审核状态', ...rows].join('\n') + '\n');
    return file;
  };
  const scan = (file: string) => runCli(['scan', file, '-p', 'jdcloud-privacy-2020-03', '--as-of', '2027-03-01', '--fail-on', 'never', '-f', 'json']);

  it('are warned about: a review due in the first days of a year the calendar does not hold yet', async () => {
    const r = await scan(log(['ZX-01,2026-12-30 09:00,2027-01-04 10:00,2027-01-04 12:00,通过', 'ZX-02,2026-11-02,2026-11-04,2026-11-04,通过']));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: the holiday calendar covers 2004–\d{4}; working days in 2027 were counted as plain weekdays/);
  });

  it('are not warned about when the config turns the rules that count them off', async () => {
    const file = log(['ZX-01,2026-12-30 09:00,2027-01-04 10:00,2027-01-04 12:00,通过']);
    const config = join(mkdtempSync(join(tmpdir(), 'privaudit-gaps-')), 'privaudit.config.yaml');
    writeFileSync(config, 'rules:\n  cancellation-overdue: off\n  retention-expired: off\n');
    const r = await runCli(['scan', file, '-p', 'jdcloud-privacy-2020-03', '--as-of', '2027-03-01', '--fail-on', 'never', '-f', 'json', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'cancellation-overdue')).toEqual([]);
    expect(r.stderr).not.toContain('holiday calendar');
  });

  it('are not warned about when every count stays inside the calendar', async () => {
    const r = await scan(log(['ZX-02,2026-11-02,2026-11-04,2026-11-04,通过']));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('holiday calendar');
  });
});

describe('the records retention-expired leaves to a deadline rule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privaudit-handoff-'));
  const file = (name: string, lines: string[]) => {
    writeFileSync(join(dir, name), lines.join('\n') + '\n');
    return join(dir, name);
  };
  const config = (rule: string) => file(`${rule}.yaml`, ['rules:', `  ${rule}: off`]);
  const rulesOf = async (args: string[]) => {
    const r = await runCli(['scan', ...args, '--as-of', '2026-11-23', '--fail-on', 'never', '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map((f) => [f.ruleId, f.rows]);
  };
  // Row 2 applied on 9 October and is still not deleted; row 3 was deleted on 4 November and still holds the number.
  const log = file('注销记录.csv', ['手机号,注销申请时间,审核通过时间,删除时间', '13812345678,2026-10-09 10:00,2026-10-10 09:00,', '13912345678,2026-11-02,2026-11-03,2026-11-04']);

  it('a cancellation log is cancellation-overdue’s while that rule is on, and retention’s when the config turns it off', async () => {
    const on = await rulesOf([log, '-p', 'jdcloud-privacy-2020-07']);
    expect(on.filter(([rule]) => rule !== 'plaintext-sensitive-data')).toEqual([['cancellation-overdue', [2]]]);
    const off = await rulesOf([log, '-p', 'jdcloud-privacy-2020-07', '--config', config('cancellation-overdue')]);
    expect(off.filter(([rule]) => rule !== 'plaintext-sensitive-data')).toEqual([['retention-expired', [3]]]);
  });

  it('a cancellation date that says nothing (-, N/A, NULL) does not make a dormant account cancelled', async () => {
    const accounts = file('dormant.csv', ['account_no,last_login,cancelled_at', 'A1,2023-01-01,', 'A2,2023-01-01,-', 'A3,2023-01-01,N/A', 'A4,2023-01-01,NULL', 'A5,2023-01-01,2024-05-01']);
    expect(await rulesOf([accounts, '-p', 'jdcloud-terms-2020-03'])).toEqual([['dormant-account', [2, 3, 4, 5]]]);
  });

  it('dormant logins are reported once, as dormant-account’s, and not at all with that rule off (001 §2.3.2(1) grants a right)', async () => {
    const accounts = file('accounts.csv', ['登录名,最后登录时间', 'zhangsan01,2025-11-23', 'lisi02,2024-01-15']);
    expect(await rulesOf([accounts, '-p', 'jdcloud-terms-2020-03'])).toEqual([['dormant-account', [3]]]);
    expect(await rulesOf([accounts, '-p', 'jdcloud-terms-2020-03', '--config', config('dormant-account')])).toEqual([]);
  });
});

describe('reply periods under several packs', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'privaudit-packs-')), 'tickets.csv');
  // T1: an inquiry answered in 19 days (over Jingkefu's 15, within JD Cloud's 30); T2: an access request
  // answered 29 days after the identity check, 33 after the request (Jingkefu counts from the check, JD
  // Cloud from the request); T3: an inquiry answered in 44 days (over both).
  writeFileSync(file, ['工单号,类型,申请时间,身份核验时间,答复时间', 'T1,咨询,2026-09-01,,2026-09-20', 'T2,查阅,2026-09-01,2026-09-05,2026-10-04', 'T3,咨询,2026-09-01,,2026-10-15'].join('\n') + '\n');
  const late = async (packs: string[]) => {
    const r = await runCli(['scan', file, ...packs.flatMap((p) => ['-p', p]), '--as-of', '2026-11-23', '--fail-on', 'never', '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.lateness);
    return findings.map((f) => `${f.clause.policy} §${f.clause.section}: ${f.rows.join(' ')}`).sort();
  };

  it("holds each request to every pack's own period, whatever the order of -p", async () => {
    const expected = ['jdcloud-privacy-2020-07 §10.3: 3 4', 'jingkefu-privacy §八2: 2 4'];
    expect(await late(['jdcloud-privacy-2020-07', 'jingkefu-privacy'])).toEqual(expected);
    expect(await late(['jingkefu-privacy', 'jdcloud-privacy-2020-07'])).toEqual(expected);
  });

  it('reads and counts each date once, however many packs hold the request (a JSON Lines export with mixed date forms)', async () => {
    const jsonl = join(mkdtempSync(join(tmpdir(), 'privaudit-packs-')), 'tickets.jsonl');
    const docs = [
      { ticket: 'T1', type: '咨询', requested_at: '2026/9/1 10:00', replied_at: '2026年9月20日' },
      { ticket: 'T2', type: '咨询', requested_at: '上周二', replied_at: '2026-09-03' },
      { ticket: 'T3', type: '用户咨询', requested_at: { $date: '2026-09-01T02:00:00Z' }, replied_at: '待回复' },
    ];
    writeFileSync(jsonl, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const r = await runCli(['scan', jsonl, '-p', 'jdcloud-privacy-2020-07', '-p', 'jingkefu-privacy', '--as-of', '2026-11-23', '--fail-on', 'never', '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: (JsonFinding & { count?: number })[] }).findings.filter((f) => f.ruleId === 'request-reply-overdue');
    // T1 is late under Jingkefu's 15 days only; each unreadable cell is one record of its column, not one per pack.
    expect(findings.filter((f) => f.lateness).map((f) => `${f.clause.section}: ${f.rows.join(' ')}`)).toEqual(['八2: 1']);
    expect(findings.filter((f) => !f.lateness).map((f) => `${f.subject.column}: ${f.rows.join(' ')}`).sort()).toEqual(['replied_at: 3', 'requested_at: 2']);
  });

  it('gives one pack its own periods only', async () => {
    expect(await late(['jingkefu-privacy'])).toEqual(['jingkefu-privacy §八2: 2 4']);
    expect(await late(['jdcloud-privacy-2020-07'])).toEqual(['jdcloud-privacy-2020-07 §10.3: 3 4']);
  });
});
