import { describe, expect, it } from 'vitest';
import { applyWaivers, fileMatches, isActive, waiverMatches } from '../../src/suppress/waiver-match.js';
import type { Waiver, WaiverFile } from '../../src/suppress/waivers.js';
import { finding } from './helpers.js';

function waiver(rule: string, match: Waiver['match'], expires = '2026-06-30', line = 3): Waiver {
  return { rule, match, reason: 'r', approver: 'a', expires, reference: null, where: { file: 'compliance/waivers.yaml', line, column: 5 } };
}

const CWD = '/repo';
const DIR = '/repo/compliance';
const fileOf = (...waivers: Waiver[]): WaiverFile => ({ file: 'compliance/waivers.yaml', dir: DIR, waivers });

describe('fileMatches', () => {
  it('reads a relative path from the waiver file folder', () => {
    expect(fileMatches('../inventory/crm.csv', 'inventory/crm.csv', DIR, CWD)).toBe(true);
    expect(fileMatches('../inventory/crm.csv', '/repo/inventory/crm.csv', DIR, CWD)).toBe(true);
    expect(fileMatches('../inventory/crm.csv', 'inventory/hr.csv', DIR, CWD)).toBe(false);
  });

  it('also takes the path exactly as the report shows it', () => {
    expect(fileMatches('inventory/crm.csv', 'inventory/crm.csv', DIR, CWD)).toBe(true);
    expect(fileMatches('inventory\\crm.csv', 'inventory/crm.csv', DIR, CWD)).toBe(true);
  });

  it('does not match a same-named file in another folder', () => {
    expect(fileMatches('crm.csv', 'inventory/crm.csv', DIR, CWD)).toBe(false);
  });
});

describe('waiverMatches', () => {
  const f = finding('undeclared-sdk', 'sdks.csv', { sdk: 'Umeng', platform: 'android' });

  it('needs the same rule and every given matcher equal', () => {
    expect(waiverMatches(waiver('undeclared-sdk', { sdk: 'Umeng' }), f, CWD, CWD)).toBe(true);
    expect(waiverMatches(waiver('undeclared-sdk', { sdk: 'Umeng', file: 'sdks.csv' }), f, CWD, CWD)).toBe(true);
    expect(waiverMatches(waiver('sdk-undeclared-field', { sdk: 'Umeng' }), f, CWD, CWD)).toBe(false);
    expect(waiverMatches(waiver('undeclared-sdk', { sdk: 'Umeng', platform: 'ios' }), f, CWD, CWD)).toBe(false);
    expect(waiverMatches(waiver('undeclared-sdk', { sdk: 'umeng' }), f, CWD, CWD)).toBe(false);
  });

  it('compares platforms case-insensitively', () => {
    expect(waiverMatches(waiver('undeclared-sdk', { platform: 'Android' }), f, CWD, CWD)).toBe(true);
  });

  it('never matches a matcher against a subject the finding lacks', () => {
    expect(waiverMatches(waiver('undeclared-sdk', { sdk: 'Umeng', field: 'imei' }), f, CWD, CWD)).toBe(false);
  });
});

describe('isActive', () => {
  it('holds through the expiry day and ends the day after', () => {
    const w = waiver('retention-missing', { field: 'x' }, '2026-06-30');
    expect(isActive(w, '2026-06-29')).toBe(true);
    expect(isActive(w, '2026-06-30')).toBe(true);
    expect(isActive(w, '2026-07-01')).toBe(false);
    expect(isActive(w, '2027-01-01')).toBe(false);
  });
});

describe('applyWaivers', () => {
  const idNo = finding('cross-border-storage', 'inventory/crm.csv', { system: 'crm', table: 'users', field: 'id_no' });
  const phone = finding('cross-border-storage', 'inventory/crm.csv', { system: 'crm', table: 'users', field: 'phone' });
  const other = finding('retention-missing', 'inventory/crm.csv', { system: 'crm', table: 'users', field: 'id_no' });

  it('suppresses what an active waiver matches', () => {
    const w = waiver('cross-border-storage', { file: '../inventory/crm.csv', field: 'id_no' });
    const r = applyWaivers([idNo, phone, other], fileOf(w), '2026-01-01', CWD);
    expect(r.kept).toEqual([phone, other]);
    expect(r.suppressed).toBe(1);
    expect(r.expired).toEqual([]);
    expect(r.unused).toEqual([]);
  });

  it('brings findings back after expiry and reports the waiver with how many it matched', () => {
    const w = waiver('cross-border-storage', { system: 'crm' }, '2025-12-31');
    const r = applyWaivers([idNo, phone, other], fileOf(w), '2026-01-01', CWD);
    expect(r.kept).toEqual([idNo, phone, other]);
    expect(r.suppressed).toBe(0);
    expect(r.expired).toEqual([{ waiver: w, count: 2 }]);
  });

  it('lets a renewed entry suppress while still reporting the old expired one', () => {
    const old = waiver('cross-border-storage', { field: 'id_no' }, '2025-12-31', 3);
    const renewed = waiver('cross-border-storage', { field: 'id_no' }, '2026-12-31', 9);
    const r = applyWaivers([idNo], fileOf(old, renewed), '2026-01-01', CWD);
    expect(r.kept).toEqual([]);
    expect(r.suppressed).toBe(1);
    expect(r.expired.map((h) => h.waiver.where.line)).toEqual([3]);
  });

  it('lists waivers that match nothing, active or expired', () => {
    const gone = waiver('cross-border-storage', { field: 'passport' }, '2026-12-31', 3);
    const goneExpired = waiver('retention-missing', { field: 'passport' }, '2025-01-01', 9);
    const r = applyWaivers([idNo], fileOf(gone, goneExpired), '2026-01-01', CWD);
    expect(r.unused).toEqual([gone, goneExpired]);
    expect(r.expired).toEqual([]);
  });
});
