import { describe, expect, it } from 'vitest';
import { EVENT_LABEL } from '../../../src/check/retention.js';
import { PLATFORM_NAMES } from '../../../src/sdk/platform.js';
import { inBoth, inBothEach, wordsFor } from '../../../src/text/words/index.js';

/** Every leaf of a table: its key path and value (a template is a function). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [[path, value]];
}

function shape(table: unknown): string[] {
  return leaves(table).map(([path, v]) => `${path}: ${typeof v}`).sort();
}

describe('the words tables', () => {
  it('zh has every label en has, and no other', () => {
    expect(shape(wordsFor('zh'))).toEqual(shape(wordsFor('en')));
  });

  it('no label is blank', () => {
    for (const lang of ['en', 'zh'] as const) {
      expect(leaves(wordsFor(lang)).filter(([, v]) => typeof v === 'string' && !v.trim()), lang).toEqual([]);
    }
  });

  it('inBoth and inBothEach read both tables', () => {
    expect(inBoth((w) => w.none)).toEqual({ en: '(none)', zh: '（无）' });
    expect(inBothEach((w) => w.severity).warning).toEqual({ en: 'warning', zh: '警告' });
  });

  it('rule messages and policies diff name an event with the same words (the seeds say 注销账户)', () => {
    expect(EVENT_LABEL['account-cancellation']).toEqual({ en: 'account cancellation', zh: '注销账户' });
    for (const [event, label] of Object.entries(EVENT_LABEL)) expect(label.zh).toBe(wordsFor('zh').events[event as keyof typeof EVENT_LABEL]);
  });

  it('platform names come from the tables', () => {
    expect(PLATFORM_NAMES.harmonyos).toEqual({ en: 'HarmonyOS', zh: '鸿蒙' });
    expect(Object.keys(PLATFORM_NAMES)).toEqual(['android', 'ios', 'harmonyos', 'web', 'miniprogram']);
  });

  it('templates agree in number', () => {
    expect(wordsFor('en').pretty.findings(1)).toBe('1 finding');
    expect(wordsFor('en').pretty.findings(2)).toBe('2 findings');
    expect(wordsFor('zh').pretty.findings(2)).toBe('2 项发现');
    expect(inBoth((w) => w.counts.records(1))).toEqual({ en: '1 record', zh: '1 条记录' });
    expect(inBoth((w) => w.late.days(0))).toEqual({ en: 'less than a day', zh: '不到 1 天' });
    expect(inBoth((w) => w.late.days(1))).toEqual({ en: '1 day', zh: '1 天' });
  });

  it('name a period with its unit and bound, in each language its way', () => {
    expect(inBoth((w) => w.duration.period(1, 'working-days'))).toEqual({ en: '1 working day', zh: '1个工作日' });
    expect(inBoth((w) => `${w.duration.bounds['at-most']}${w.duration.period(30, 'days')}`)).toEqual({ en: 'at most 30 days', zh: '最长30天' });
  });

  it('inBoth tells pick the language (a rule\'s own words for it)', () => {
    const own = { en: 'still unanswered', zh: '仍未答复' };
    expect(inBoth((w, lang) => w.late.open(2, own[lang]))).toEqual({ en: ', 2 still unanswered', zh: '，其中 2 条仍未答复' });
  });

  it('one word for what a pack allows or prohibits, in policies show and diff alike', () => {
    expect(inBoth((w) => w.permission.prohibited)).toEqual({ en: 'prohibited', zh: '禁止' });
  });
});
