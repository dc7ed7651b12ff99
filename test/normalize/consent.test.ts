import { describe, expect, it } from 'vitest';
import { parseConsent, parseList, CONSENT_ACCEPTED } from '../../src/normalize/consent.js';
import type { Consent } from '../../src/normalize/types.js';
import { expectRefusal } from './helpers.js';
import { itReadsVocabulary } from './vocabulary-cases.js';

describe('the consent vocabulary (fixtures/vocabulary/consent.yaml)', () => {
  itReadsVocabulary('consent', parseConsent, { min: 40, accepted: CONSENT_ACCEPTED });
});

describe('parseConsent', () => {
  it.each<[string, Consent[]]>([
    ['implied', ['implied']], ['默示同意', ['implied']], ['默认', ['implied']],
    ['explicit', ['explicit']], ['Explicit', ['explicit']], ['明示同意', ['explicit']], ['明确同意', ['explicit']],
    ['separate', ['separate']], ['单独同意', ['separate']], ['单独授权', ['separate']],
    ['guardian', ['guardian']], ['监护人同意', ['guardian']], ['家长同意', ['guardian']],
    ['separate; guardian', ['separate', 'guardian']], ['单独同意、监护人同意', ['separate', 'guardian']],
    ['guardian/explicit', ['explicit', 'guardian']], ['explicit + separate', ['explicit', 'separate']], ['明示同意，单独同意', ['explicit', 'separate']],
    ['separate,separate', ['separate']], ['none', []], ['无', []],
  ])('%j → %j', (raw, expected) => {
    expect(parseConsent(raw)).toEqual(expected);
  });

  it.each([
    ['不同意', []], ['without consent', []], ['无需单独同意', []],
    ['transparent notice with opt-in', ['explicit']],
    ['默认勾选同意', ['implied']], ['pre-checked box', ['implied']],
  ])('a phrase %j → %j', (raw, expected) => {
    expect(parseConsent(raw)).toEqual(expected);
  });

  it.each([[''], [null], [undefined], ['N/A'], ['-']])('blank or not stated %j → null', (raw) => {
    expect(parseConsent(raw)).toBeNull();
  });

  it.each([
    ['verbal', "unknown consent: 'verbal'"],
    ['separate; 短信通知', "unknown consent: '短信通知'"],
    ['yes', "unknown consent: 'yes'"],
  ])('%j is rejected (%s)', (raw, message) => {
    const e = expectRefusal(() => parseConsent(raw), { message, accepted: CONSENT_ACCEPTED });
    expect(e.accepted).toContain('separate (单独同意, 单独授权)');
  });
});

describe('parseList (re-exported from recipients.ts for its other users)', () => {
  it.each<[string | null | undefined, string[]]>([
    ['JD Logistics; Huawei Push', ['JD Logistics', 'Huawei Push']],
    ['京东物流；腾讯', ['京东物流', '腾讯']],
    ['京东物流、腾讯、阿里', ['京东物流', '腾讯', '阿里']],
    ['a, b，c', ['a', 'b', 'c']],
    ['a\nb\r\nc', ['a', 'b', 'c']],
    ['  only one  ', ['only one']],
    ['a;;b; ', ['a', 'b']],
    ['a; a', ['a']],
    ['affiliates/关联方', ['affiliates/关联方']],
    ['', []], [null, []], [undefined, []],
  ])('%j → %j', (raw, expected) => {
    expect(parseList(raw)).toEqual(expected);
  });
});
