import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/check/engine.js';
import { suppress, unusedWaiversNote, type SuppressionSources } from '../../src/suppress/apply.js';
import { baselineOf } from '../../src/suppress/baseline.js';
import type { Waiver, WaiverFile } from '../../src/suppress/waivers.js';
import { context, finding } from './helpers.js';
import { tempFolder } from '../helpers/temp-folder.js';

const cwd = tempFolder('privaudit-apply-');

const idNo = finding('cross-border-storage', 'crm.csv', { system: 'crm', table: 'users', field: 'id_no' }, 2, 'identity.resident-id');
const phone = finding('retention-missing', 'crm.csv', { system: 'crm', table: 'users', field: 'phone' }, 3, 'basic.phone');
const sdk = finding('undeclared-sdk', 'app.csv', { sdk: 'Umeng', platform: 'android' }, 4);

function waiver(rule: string, match: Waiver['match'], expires: string, line: number, reference: string | null = null): Waiver {
  return { rule, match, reason: 'migration', approver: 'jane.doe@example.com', expires, reference, where: { file: 'waivers.yaml', line, column: 5 } };
}

const waivers = (...list: Waiver[]): WaiverFile => ({ file: 'waivers.yaml', dir: cwd, waivers: list });
const sources = (s: Partial<SuppressionSources>): SuppressionSources => ({ baseline: null, waivers: null, writeBaseline: null, root: { cwd, dir: cwd }, ...s });

describe('suppress', () => {
  it('passes findings through untouched without a baseline or waivers', () => {
    const r = suppress([idNo, phone], sources({}), context(cwd, '2026-01-01'), cwd);
    expect(r).toEqual({ findings: [idNo, phone], suppressed: 0, newBaseline: null, notes: [] });
  });

  it('adds a waiver-expired error at the waiver line, after the finding came back', () => {
    const w = waiver('cross-border-storage', { file: 'crm.csv', field: 'id_no' }, '2025-12-31', 7, 'DPIA-2026-014');
    const r = suppress([idNo, phone], sources({ waivers: waivers(w) }), context(cwd, '2026-01-01'), cwd);
    expect(r.suppressed).toBe(0);
    expect(r.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([
      ['crm.csv', 2, 'cross-border-storage'],
      ['crm.csv', 3, 'retention-missing'],
      ['waivers.yaml', 7, 'waiver-expired'],
    ]);
    const expired = r.findings[2]!;
    expect(expired).toEqual({
      ruleId: 'waiver-expired',
      severity: 'error',
      message: "the waiver for 'cross-border-storage' (file=crm.csv, field=id_no) expired on 2025-12-31 (ref. DPIA-2026-014): 1 finding(s) it accepted are reported again; fix them, or renew the waiver with a new approval",
      file: 'waivers.yaml',
      line: 7,
      subject: { system: null, table: null, field: 'id_no', sdk: null, platform: null, column: null },
      item: null,
      clause: { policy: 'PIPL', section: 'Art. 54', quote: '个人信息处理者应当定期对其处理个人信息遵守法律、行政法规的情况进行合规审计。' },
      evidence: null,
      count: 1,
      rows: [7],
      fingerprint: fingerprintOf('waiver-expired', 'waivers.yaml', { system: null, table: null, field: 'id_no', sdk: null, platform: null, column: null }, null),
    });
    // The approver is a person: not repeated in the report.
    expect(JSON.stringify(r.findings)).not.toContain('jane.doe');
  });

  it('words the expired waiver in Chinese', () => {
    const w = waiver('cross-border-storage', { field: 'id_no' }, '2025-12-31', 7, 'DPIA-2026-014');
    const r = suppress([idNo], sources({ waivers: waivers(w) }), context(cwd, '2026-01-01', 'zh'), cwd);
    expect(r.findings[1]!.message).toBe('规则「cross-border-storage」的豁免（field=id_no）已于 2025-12-31 到期（编号 DPIA-2026-014）：其接受的 1 条发现重新报告；请修复，或经重新审批后续期');
  });

  it('follows the config severity for waiver-expired, and drops it when turned off', () => {
    const w = waiver('cross-border-storage', { field: 'id_no' }, '2025-12-31', 7);
    const ctx = context(cwd, '2026-01-01');
    ctx.config.rules['waiver-expired'] = 'warning';
    expect(suppress([idNo], sources({ waivers: waivers(w) }), ctx, cwd).findings[1]!.severity).toBe('warning');
    ctx.config.rules['waiver-expired'] = 'off';
    expect(suppress([idNo], sources({ waivers: waivers(w) }), ctx, cwd).findings).toEqual([idNo]);
  });

  it('counts waived and baselined findings together as suppressed', () => {
    const w = waiver('cross-border-storage', { field: 'id_no' }, '2026-12-31', 3);
    const r = suppress([idNo, phone, sdk], sources({ waivers: waivers(w), baseline: { file: 'b.json', data: baselineOf([sdk]) } }), context(cwd, '2026-01-01'), cwd);
    expect(r.findings).toEqual([phone]);
    expect(r.suppressed).toBe(2);
    expect(r.notes).toEqual([]);
  });

  it('never writes a waived finding into a new baseline, but keeps baselined ones', () => {
    const w = waiver('cross-border-storage', { field: 'id_no' }, '2026-12-31', 3);
    const r = suppress([idNo, phone, sdk], sources({ waivers: waivers(w), baseline: { file: 'b.json', data: baselineOf([sdk]) }, writeBaseline: 'new.json' }), context(cwd, '2026-01-01'), cwd);
    expect(r.newBaseline!.entries.map((e) => e.ruleId)).toEqual(['undeclared-sdk', 'retention-missing']);
  });

  it('never baselines a waiver-expired finding', () => {
    const w = waiver('cross-border-storage', { field: 'id_no' }, '2025-12-31', 3);
    const r = suppress([idNo], sources({ waivers: waivers(w), writeBaseline: 'new.json' }), context(cwd, '2026-01-01'), cwd);
    expect(r.newBaseline!.entries.map((e) => e.ruleId)).toEqual(['cross-border-storage']);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['cross-border-storage', 'waiver-expired']);
  });

  it('notes stale baseline entries and unused waivers on the side, not in the findings', () => {
    const w = waiver('retention-missing', { field: 'passport' }, '2025-01-01', 12);
    const r = suppress([phone], sources({ waivers: waivers(w), baseline: { file: 'b.json', data: baselineOf([sdk]) } }), context(cwd, '2026-01-01'), cwd);
    expect(r.findings).toEqual([phone]);
    expect(r.notes).toEqual([
      'privaudit: 1 baseline entry in b.json no longer matches; rerun --write-baseline to prune\n  - undeclared-sdk app.csv Umeng.android\n',
      'privaudit: 1 waiver matches no finding; remove it:\n  - waivers.yaml:12:5 retention-missing (expired 2025-01-01)\n',
    ]);
  });

  it('does not ask to prune when this run rewrites the baseline', () => {
    const r = suppress([phone], sources({ baseline: { file: 'b.json', data: baselineOf([sdk]) }, writeBaseline: 'b.json' }), context(cwd, '2026-01-01'), cwd);
    expect(r.notes).toEqual([]);
  });
});

describe('unusedWaiversNote', () => {
  it('is in Chinese too', () => {
    expect(unusedWaiversNote([waiver('retention-missing', { field: 'x' }, '2025-01-01', 4)], '2026-01-01', 'zh')).toBe('privaudit: 1 条豁免未匹配任何发现，可以删除：\n  - waivers.yaml:4:5 retention-missing（已于 2025-01-01 到期）\n');
  });
});
