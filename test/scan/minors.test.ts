/**
 * minor-consent-missing on exports: minors by the birth date in their resident ID, a birthday or an age
 * column, against the pack's age on --as-of, unless a guardian-consent column says yes.
 */
import { describe, expect, it } from 'vitest';
import { minorConsentMissing as rule } from '../../src/check/rules/minor-consent-missing.js';
import { runRules } from '../../src/check/engine.js';
import { scanFiles } from '../../src/scan/index.js';
import { packWith } from '../check/helpers.js';
import { ctx, findings, P002, P003, scanOne, tempFiles } from './helpers.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function residentId(birth: string): string {
  const body = `110101${birth}123`;
  const s = [...body].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i]!, 0);
  return body + '10X98765432'[s % 11];
}

async function minors(csv: string, asOf = '2024-06-01', packs?: string[]) {
  const { path } = tempFiles({ 't.csv': csv });
  const file = await scanOne(path('t.csv'), { asOf, packs });
  return { file, found: findings([file], [rule], { packs }) };
}

describe('minors in exports', () => {
  it('reads the birth date from the resident ID; 18 under the JD Cloud packs, counted on --as-of', async () => {
    const csv = ['name,id_card', `a,${residentId('20060601')}`, `b,${residentId('20060602')}`, `c,${residentId('20120101')}`, 'd,110101********123X', `e,${residentId('19900101')}`].join('\n');
    const { found } = await minors(csv);
    // Born 2006-06-01: 18 on 2024-06-01, no longer a minor; born a day later: still 17.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'minor-consent-missing', line: 1, subject: { table: 't', column: 'id_card' }, item: 'identity.resident-id', count: 2, rows: [3, 4], evidence: null });
    expect(found[0]!.message).toBe("field 'id_card' holds personal information of 2 minors without guardian consent (required under 18)");
  });

  it('respects a guardian-consent column (是/yes/同意), and says so in Chinese', async () => {
    const csv = ['name,birthday,监护人同意', 'a,2012-01-01,是', 'b,2012-01-01,否', 'c,2013-05-05,', 'd,2011-11-11,已同意', 'e,1980-01-01,'].join('\n');
    const { file, found } = await minors(csv);
    expect(found[0]).toMatchObject({ subject: { column: 'birthday' }, count: 2, rows: [3, 4] });
    expect(file.results[0]!.args).toMatchObject({ consentColumn: '监护人同意' });
    const zh = findings([file], [rule], { lang: 'zh' })[0]!.message;
    expect(zh).toBe('字段「birthday」包含2 名未成年人的个人信息，但未取得监护人同意（18 周岁以下须取得）');
  });

  it('uses an age column when there is no birth date', async () => {
    const { found } = await minors(['nickname,age', 'a,12', 'b,17岁', 'c,18', 'd,'].join('\n'));
    expect(found[0]).toMatchObject({ subject: { column: 'age' }, count: 2, rows: [2, 3] });
  });

  it("takes the age from the pack and cites the pack's clause", async () => {
    const csv = ['name,birthday', 'a,2012-01-01', 'b,2009-01-01'].join('\n');
    const jingkefu = await minors(csv, '2024-06-01', [P003]);
    expect(jingkefu.found[0]).toMatchObject({ count: 2, clause: { policy: P003, section: '六1' } });
    // A pack with the PIPL Art. 31 age (14): the 15-year-old is not a minor there.
    const under14 = packWith(P002, (p) => ({ consent: { ...p.consent, minors: { ...p.consent.minors!, age: 14 } } }));
    const { path } = tempFiles({ 't.csv': csv });
    const c = ctx({ packs: [under14], asOf: '2024-06-01' });
    const [file] = await scanFiles([path('t.csv')], { policy: c.policy, taxonomy: c.taxonomy, calendar: c.calendar, asOf: c.asOf, progress: false });
    expect(runRules([file!], [rule], c)[0]).toMatchObject({ count: 1, rows: [2] });
  });

  it('nothing without a birth date, age or resident ID column', async () => {
    expect((await minors(['name,mobile', 'a,13812345678'].join('\n'))).found).toEqual([]);
  });
});
