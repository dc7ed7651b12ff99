/** minor-consent-missing's scan part: where birth dates come from, the pack's age, the consent column. */
import { describe, expect, it } from 'vitest';
import { planMinors } from '../../../src/check/rules/minor-consent-missing.scan.js';
import type { ColumnPlan } from '../../../src/scan/plan.js';
import { roleForHeader } from '../../../src/scan/roles.js';
import { ctx, P002 } from '../helpers.js';

function col(index: number, name: string, item: string | null, detector: ColumnPlan['detector'] = null): ColumnPlan {
  return { index, name, headerItem: item, valueItem: null, item, detector, hint: detector ? [detector] : [], kind: item ? 'pi' : 'other', hashProbe: null };
}

describe('planMinors', () => {
  it("prefers the resident ID, uses the pack's age and finds the consent column", () => {
    const columns = [col(0, 'birthday', 'basic.birthday'), col(1, 'id_card', 'identity.resident-id', 'resident-id'), col(2, '监护人同意', null)];
    const plan = planMinors(columns, columns.map((c) => roleForHeader(c.name)), ctx({ asOf: '2024-06-01' }))!;
    expect(plan.check).toEqual({ source: 'resident-id', column: 1, age: 18, bornAfter: '2006-06-01', consentColumn: 2 });
    expect(plan.report.clause).toMatchObject({ policy: P002, section: '8.1' });
  });

  it('uses a birthday, else an age column', () => {
    const birthday = [col(0, 'dob', 'basic.birthday')];
    expect(planMinors(birthday, [{ kind: 'none' }], ctx())!.check).toMatchObject({ source: 'birth-date', column: 0, consentColumn: -1 });
    const age = [col(0, '年龄', 'basic.age')];
    expect(planMinors(age, [{ kind: 'none' }], ctx())!.check).toMatchObject({ source: 'age', column: 0 });
    expect(planMinors([col(0, 'mobile', 'basic.phone', 'mobile')], [{ kind: 'none' }], ctx())).toBeNull();
  });
});

