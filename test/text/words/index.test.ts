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
  });
});
