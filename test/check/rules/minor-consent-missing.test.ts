/** minor-consent-missing, inventory branch: subjects naming minors need guardian consent (the export branch is the scanner's). */
import { describe, expect, it } from 'vitest';
import { minorConsentMissing as rule } from '../../../src/check/rules/minor-consent-missing.js';
import { consent, ctx, expectSeverityConfigurable, messages, only, P002, P003, packWith, record, run, unknownItem } from '../helpers.js';

const minors = (subjects: string | null, agreed = 'explicit') => record({ field: 'age', item: 'basic.age', subjects, consent: consent(agreed) });
const teens = minors('未成年人（14至18周岁）');

describe('minor-consent-missing (inventory)', () => {
  it.each(['未成年人', 'minors', 'children under 14', '儿童', '学生用户', 'K12 students', '青少年模式用户'])('reports subjects "%s" without guardian consent', (subjects) => {
    const f = only(rule, minors(subjects));
    expect(f).toMatchObject({ ruleId: 'minor-consent-missing', severity: 'error', item: 'basic.age', subject: { field: 'age' } });
  });

  it('reports minors whatever other consent is recorded, or none', () => {
    for (const agreed of ['implied', 'separate', '明示同意、单独同意', '无']) expect(run(rule, [minors('未成年人', agreed)]), agreed).toHaveLength(1);
  });

  it('accepts guardian consent, alone or with others', () => {
    expect(run(rule, [minors('未成年人', '监护人同意'), minors('children', 'explicit; guardian'), minors('学生', '明示同意、家长同意')])).toEqual([]);
  });

  it('ignores adults, fields with no subjects written, and fields holding no personal information', () => {
    expect(run(rule, [minors('customers'), minors('个人用户'), minors('监护人'), minors(null), record({ item: null, subjects: '未成年人' })])).toEqual([]);
  });

  it('checks a field of unknown item that holds personal information: category unreadable, or marked sensitive (SPEC decision 12)', () => {
    for (const how of ['unread', 'sensitive'] as const) {
      const f = only(rule, unknownItem(how, { subjects: '14岁以下儿童' }));
      expect(f, how).toMatchObject({ item: null, subject: { field: 'x' } });
    }
    expect(run(rule, [unknownItem('unread', { subjects: '14岁以下儿童', consent: consent('监护人同意') })])).toEqual([]);
  });

  it("names the subjects and the pack's age in both languages", () => {
    const { en, zh } = messages(rule, teens);
    expect(en).toBe("field 'age' holds personal information of 未成年人（14至18周岁） without guardian consent (required under 18)");
    expect(zh).toBe('字段「age」包含未成年人（14至18周岁）的个人信息，但未取得监护人同意（18 周岁以下须取得）');
  });

  it("cites the pack's minors clause; without one, PIPL Art. 31 and its age of 14", () => {
    expect(only(rule, teens).clause).toMatchObject({ policy: P002, section: '8.1' });
    expect(only(rule, teens, ctx({ packs: [P003] })).clause).toMatchObject({ policy: P003, section: '六1' });
    const noMinors = packWith(P002, (p) => ({ id: 'acme-privacy', consent: { ...p.consent, minors: undefined } }));
    const f = only(rule, teens, ctx({ packs: [noMinors] }));
    expect(f.clause).toMatchObject({ policy: 'PIPL', section: 'Art. 31' });
    expect(f.message).toContain('(required under 14)');
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, teens));

  // Known bug (reported): minor words match inside other words ('kid' in kidney, 'minor' in minority).
  // Flips to passing once English words are matched whole; then drop `.fails`.
  it('adult subjects whose words merely contain a minor word are not minors', () => {
    expect(run(rule, [minors('patients with kidney disease'), minors('ethnic minority customers')])).toEqual([]);
  });
});
