import { describe, expect, it } from 'vitest';
import { parseMasking, MASKING_ACCEPTED } from '../../src/normalize/masking.js';
import { parseMasking as fromEncryption } from '../../src/normalize/encryption.js';
import { expectRefusal, valueErrorOf } from './helpers.js';
import { itReadsVocabulary } from './vocabulary-cases.js';

describe('the masking vocabulary (fixtures/vocabulary/masked.yaml)', () => {
  itReadsVocabulary('masked', parseMasking, { min: 50, accepted: MASKING_ACCEPTED });
});

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

  it.each<[string, string]>([
    // Keep/hide notations in Arabic, Chinese and English numerals.
    ['前六后四', 'partial'], ['前3后4', 'partial'], ['首尾各留两位', 'partial'], ['后四位可见', 'partial'], ['保留后4位', 'partial'],
    ['中间四位用*代替', 'partial'], ['隐藏中间8位', 'partial'], ['仅显示姓', 'partial'], ['姓名只显示最后一个字', 'partial'],
    ['show last 4 only', 'partial'], ['first 6 last 4', 'partial'], ['First 6 and Last 4', 'partial'], ['mask middle digits', 'partial'],
    ['last four digits visible', 'partial'], ['show last thirteen', 'partial'], ['hidden except last 4', 'partial'], ['截断后4位', 'truncation'],
    // Samples of masked values.
    ['张*', 'partial'], ['****1234', 'partial'], ['110***********1234', 'partial'], ['138xxxx5678', 'partial'], ['•••• 1234', 'partial'],
    // Never displayed.
    ['不展示', 'suppression'], ['前端不展示', 'suppression'], ['never displayed', 'suppression'], ['Not Displayed', 'suppression'], ['hidden', 'suppression'],
    // Methods with the words around them, hashes with salt, several at once.
    ['哈希脱敏', 'hash'], ['哈希处理', 'hash'], ['SHA-256 hash', 'hash'], ['HMAC-SHA256', 'hash'], ['SHA256+salt', 'hash'], ['令牌化', 'tokenization'],
    ['tokenized', 'tokenization'], ['随机洗牌', 'randomization'], ['日期取整', 'generalization'], ['partial (first 6 last 4)', 'partial'],
    ['脱敏（保留前3位和后4位）', 'partial'], ['哈希+令牌化', 'hash+tokenization'],
  ])('%j → masked by %s', (raw, method) => {
    expect(parseMasking(raw)).toMatchObject({ masked: true, method });
  });

  it.each([['无'], ['none'], ['不脱敏'], ['明文展示'], ['shown in full'], ['否（明文展示）']])('%j → not masked (SPEC decision 13)', (raw) => {
    expect(parseMasking(raw)).toMatchObject({ masked: false, method: null });
  });

  it.each([['N/A'], ['-'], ['不适用']])('%j is not stated', (raw) => {
    expect(parseMasking(raw)).toBeNull();
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
    ['前后', "unknown masking method: '前后'"],
    ['后台可见', "unknown masking method: '后台可见'"],
    ['处理', "unknown masking method: '处理'"],
    ['不脱敏/替换', "unknown masking method: '不脱敏/替换'"],
  ])('%j is rejected (%s)', (raw, message) => {
    const e = expectRefusal(() => parseMasking(raw), { message, accepted: MASKING_ACCEPTED });
    expect(e.accepted).toContain('tokenization (令牌化)');
  });
});

describe('parseMasking on long or hostile cells', () => {
  it('refuses a cell longer than any masking phrase without reading it word by word', () => {
    expectRefusal(() => parseMasking('前3后4'.repeat(100)), { accepted: MASKING_ACCEPTED });
  });

  it('never repeats a masked sample in full in its message', () => {
    const e = valueErrorOf(() => parseMasking('13812345678 模糊'));
    expect(e.message).not.toContain('13812345678');
  });
});
