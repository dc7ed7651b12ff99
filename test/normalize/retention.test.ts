import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetention, RETENTION_ACCEPTED } from '../../src/normalize/retention.js';
import { parseDuration } from '../../src/normalize/duration.js';
import { ValueError } from '../../src/errors.js';
import { elapsedMs, expectRefusal, valueErrorOf } from './helpers.js';
import { itReadsVocabulary } from './vocabulary-cases.js';

/** What the inventory record holds for the cell: retention = the period, trigger = the phrase's event. */
function recordOf(cell: string): { retention: unknown; trigger: unknown } {
  const reading = parseRetention(cell);
  return { retention: reading?.period ?? null, trigger: reading?.trigger ?? null };
}

describe('parseRetention: the vocabulary corpus (fixtures/vocabulary/retention.yaml)', () => {
  itReadsVocabulary('retention', recordOf, { min: 60, accepted: RETENTION_ACCEPTED, notStated: { retention: null, trigger: null } });
});

describe('parseRetention', () => {
  it.each([[''], ['  '], [null], [undefined], ['无'], ['none'], ['N/A'], ['待定']])('%j states nothing → null', (raw) => {
    expect(parseRetention(raw)).toBeNull();
  });

  it('keeps the cell as the raw text of the period', () => {
    expect(parseRetention(' 注销后15日内删除 ')?.period).toEqual({ forever: false, amount: 15, unit: 'days', bound: 'at-most', raw: '注销后15日内删除' });
  });

  it('reads a bare period exactly as parseDuration does, with no bound and no event', () => {
    for (const raw of ['5y', '30 days', '3 working days', 'P1Y6M', '1y6m', '1 year and 6 months', '1.5 years', '五年', '3 个工作日', '半年', '一年半', '1年零6个月', '两周', '３０天', '1 year ,  6 months', '永久', 'Permanent', '无限期']) {
      const reading = parseRetention(raw);
      expect(reading).toEqual({ period: parseDuration(raw), trigger: null });
    }
  });

  it('reads 内 and within as an upper bound, 以上 and "or more" as a lower one', () => {
    expect(parseRetention('3个工作日内')?.period).toMatchObject({ amount: 3, unit: 'working-days', bound: 'at-most' });
    expect(parseRetention('within 30 days')?.period).toMatchObject({ amount: 30, unit: 'days', bound: 'at-most' });
    expect(parseRetention('5 years or more')?.period).toMatchObject({ amount: 5, unit: 'years', bound: 'at-least' });
  });

  it('reads an event named in a note', () => {
    expect(parseRetention('3年（自注销之日起）')).toMatchObject({ period: { amount: 3, unit: 'years' }, trigger: 'account-cancellation' });
    expect(parseRetention('账户存续期间（注销后15天内删除）')).toMatchObject({ period: { amount: 15, unit: 'days', bound: 'at-most' }, trigger: 'account-cancellation' });
  });

  it.each([
    ['24小时', 'hours, minutes and seconds are not retention units'],
    ['注销后24小时内删除', 'hours, minutes and seconds are not retention units'],
    ['5', "'5' has no unit"],
    ['soon', "not a retention period: 'soon'"],
    ['验证完成后立即删除', "not a retention period: '验证完成后立即删除'"],
    ['人脸信息不保存', "not a retention period: '人脸信息不保存'"],
    ['合同终止后保存', 'names the event the period counts from, not the period'],
    ['至少1年最多3年', 'gives both a minimum and a maximum'],
    ['账户存续期间及交易完成后3年', 'counts from more than one event (account-cancellation, transaction)'],
    ['注销后1001年删除', 'is longer than 1000 years'],
  ])('%j is refused (%s) with the accepted forms', (raw, message) => {
    expectRefusal(() => parseRetention(raw), { containing: message, accepted: RETENTION_ACCEPTED });
  });

  it('masks an identifier typed in the column', () => {
    expect(valueErrorOf(() => parseRetention('注销后13812345678天')).message).not.toContain('13812345678');
  });

  it('answers the same twice (memoized, frozen)', () => {
    const a = parseRetention('合同终止后保存三年');
    expect(parseRetention('合同终止后保存三年')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a?.period)).toBe(true);
  });

  it.each([
    ['a long run of spaces', '注销后' + ' '.repeat(64_000) + '3年'],
    ['a long phrase of words', '注销后删除'.repeat(20_000)],
    ['a long English phrase', 'retained for 5 years after the transaction '.repeat(5_000)],
    ['many notes', '(日志)'.repeat(30_000)],
  ])('refuses %s at once', (_, raw) => {
    expect(elapsedMs(() => expect(() => parseRetention(raw)).toThrow(ValueError))).toBeLessThan(500);
  });

  it('is a reading or a ValueError for any text, in bounded time', () => {
    const words = fc.constantFrom('注销', '后', '15', '日', '内', '删除', '不少于', '最长', '年', '三', '个月', '(', ')', ' ', 'after', 'account closure', 'up to', '30', 'days', '立即', '账户存续期间', '及', '无', '法律规定', 'x');
    const cell = fc.oneof(fc.string(), fc.array(words, { maxLength: 12 }).map((w) => w.join('')));
    fc.assert(
      fc.property(cell, (raw) => {
        const started = performance.now();
        try {
          const r = parseRetention(raw);
          if (r !== null) expect(r.period !== null || r.trigger !== null).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(ValueError);
        }
        expect(performance.now() - started).toBeLessThan(200);
      }),
      { numRuns: 500, seed: 14 },
    );
  });
});
