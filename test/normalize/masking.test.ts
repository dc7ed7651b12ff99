import { describe, expect, it } from 'vitest';
import { parseMasking, MASKING_ACCEPTED } from '../../src/normalize/masking.js';
import { parseMasking as fromEncryption } from '../../src/normalize/encryption.js';
import { valueErrorOf } from './helpers.js';

describe('parseMasking', () => {
  it.each<[string, boolean, string | null]>([
    ['yes', true, null], ['是', true, null], ['脱敏', true, null], ['masked', true, null],
    ['no', false, null], ['否', false, null], ['不脱敏', false, null], ['none', false, null],
    ['partial', true, 'partial'], ['部分遮盖', true, 'partial'], ['掩码', true, 'partial'], ['mask', true, 'partial'], ['*', true, 'partial'],
    ['138****5678', true, 'partial'], ['hash', true, 'hash'], ['SHA256', true, 'hash'], ['SHA-256', true, 'hash'],
    ['tokenization', true, 'tokenization'], ['令牌化', true, 'tokenization'], ['pseudonymization', true, 'pseudonymization'], ['假名化', true, 'pseudonymization'],
    ['truncation', true, 'truncation'], ['截断', true, 'truncation'], ['replacement', true, 'replacement'], ['替换', true, 'replacement'],
    ['替换/SHA-256', true, 'replacement+hash'], ['replacement, hash, replace', true, 'replacement+hash'],
  ])('%j → masked %s by %s', (raw, masked, method) => {
    expect(parseMasking(raw)).toEqual({ raw, masked, method });
  });

  it('is also exported from encryption.ts', () => {
    expect(fromEncryption('截断')).toEqual({ raw: '截断', masked: true, method: 'truncation' });
  });

  it.each([[''], [null], [undefined]])('blank %j → null', (raw) => {
    expect(parseMasking(raw)).toBeNull();
  });

  it.each([
    ['blur', "unknown masking method: 'blur'"],
    ['替换/模糊', "unknown masking method: '模糊'"],
    ['maybe', "unknown masking method: 'maybe'"],
  ])('%j is rejected (%s)', (raw, message) => {
    const e = valueErrorOf(() => parseMasking(raw));
    expect(e.message).toBe(message);
    expect(e.accepted).toBe(MASKING_ACCEPTED);
    expect(e.accepted).toContain('tokenization (令牌化)');
  });
});
