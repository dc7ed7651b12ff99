import { describe, expect, it } from 'vitest';
import { parseList, parseRecipients } from '../../src/normalize/recipients.js';
import { itReadsVocabulary } from './vocabulary-cases.js';

describe('the shared_with vocabulary (fixtures/vocabulary/shared_with.yaml)', () => {
  itReadsVocabulary('shared_with', parseRecipients, { min: 40 });
});

describe('parseList: commas separate, except inside a legal name or brackets', () => {
  it.each<[string, string[]]>([
    ['Beijing Xiaomi Technology Co., Ltd.', ['Beijing Xiaomi Technology Co., Ltd.']],
    ['Acme, Inc., Foo Ltd', ['Acme, Inc.', 'Foo Ltd']],
    ['Acme, LLC', ['Acme, LLC']],
    ['Acme Co., Limited, Beta Pte. Ltd.', ['Acme Co., Limited', 'Beta Pte. Ltd.']],
    ['Alpha, Beta, Gamma', ['Alpha', 'Beta', 'Gamma']],
    ['cn-north-1 (Beijing, China), cn-east-2', ['cn-north-1 (Beijing, China)', 'cn-east-2']],
    ['(unclosed, a', ['(unclosed, a']],
    ['a), b', ['a)', 'b']],
    [', Ltd.', ['Ltd.']],
  ])('%j → %j', (raw, expected) => expect(parseList(raw)).toEqual(expected));

  it('returns a frozen, shared array (memoised like every normaliser)', () => {
    expect(Object.isFrozen(parseList('a; b'))).toBe(true);
  });
});

describe('parseRecipients', () => {
  it('drops a none-word inside a list, and a list of only none-words is nobody', () => {
    expect(parseRecipients('无; SF Express')).toEqual(['SF Express']);
    expect(parseRecipients('无、不共享')).toEqual([]);
  });

  it.each([[null], [undefined], [''], ['  '], ['NA'], ['—']])('blank or not stated %j → null', (raw) => expect(parseRecipients(raw)).toBeNull());
});
