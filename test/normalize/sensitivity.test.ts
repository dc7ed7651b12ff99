import { describe, expect, it } from 'vitest';
import { declaredSensitive, DEFAULT_GRADES, gradeOf, parseSensitivity, sensitiveForGrade, SENSITIVITY_ACCEPTED } from '../../src/normalize/sensitivity.js';
import { ValueError } from '../../src/errors.js';
import { elapsedMs, expectRefusal, valueErrorOf } from './helpers.js';
import { itReadsVocabulary } from './vocabulary-cases.js';

describe('the sensitive vocabulary (fixtures/vocabulary/sensitive.yaml)', () => {
  itReadsVocabulary('sensitive', (cell) => declaredSensitive(parseSensitivity(cell)), { min: 40, accepted: SENSITIVITY_ACCEPTED });
});

describe('parseSensitivity', () => {
  it.each([
    ['敏感', { sensitive: true, grade: null }],
    ['一般个人信息', { sensitive: false, grade: null }],
    ['L3', { sensitive: null, grade: 'L3' }],
    ['第三级', { sensitive: null, grade: 'L3' }],
    ['3级', { sensitive: null, grade: 'L3' }],
    ['Level 3', { sensitive: null, grade: 'L3' }],
    ['Lv.2', { sensitive: null, grade: 'L2' }],
    ['c2', { sensitive: null, grade: 'C2' }],
    ['重要数据', { sensitive: null, grade: 'important' }],
    ['一般数据', { sensitive: null, grade: 'general' }],
    ['中', { sensitive: null, grade: 'medium' }],
    ['L2（敏感）', { sensitive: true, grade: 'L2' }],
    ['否 - 公开', { sensitive: false, grade: 'public' }],
  ])('%j → %j', (raw, expected) => {
    expect(parseSensitivity(raw)).toEqual(expected);
  });

  it.each([[''], ['  '], [null], [undefined], ['N/A'], ['/']])('blank or not stated %j → null', (raw) => {
    expect(parseSensitivity(raw)).toBeNull();
  });

  it('refuses a bare digit other than 1/0 (no scale says what 3 means), naming the accepted forms', () => {
    expectRefusal(() => parseSensitivity('3'), { message: "not a sensitivity or grade: '3'", accepted: SENSITIVITY_ACCEPTED });
  });

  it('refuses contradictions and two grades in one cell', () => {
    expect(valueErrorOf(() => parseSensitivity('敏感/非敏感')).message).toBe("contradictory sensitivity: '敏感/非敏感'");
    expect(valueErrorOf(() => parseSensitivity('L3/C2')).message).toBe("two grades in one cell: 'L3/C2'");
  });

  it('quotes a bad cell masked', () => {
    expect(valueErrorOf(() => parseSensitivity('13812345678')).message).not.toContain('13812345678');
  });
});

describe('gradeOf', () => {
  it.each([
    ['L0', 'L0'], ['5级', 'L5'], ['第5级', 'L5'], ['五级', 'L5'], ['等级3', 'L3'], ['S3', 'S3'], ['核心', 'core'], ['High', 'high'],
    ['L6', null], ['6级', null], ['C4', null], ['S5', null], ['敏感', null], ['3', null],
  ])('%j → %j', (text, grade) => expect(gradeOf(text)).toBe(grade));
});

describe('sensitiveForGrade', () => {
  it('reads the documented default mapping', () => {
    expect(Object.entries(DEFAULT_GRADES).filter(([, v]) => v).map(([g]) => g)).toEqual([
      'core', 'important', 'L3', 'L4', 'L5', 'C2', 'C3', 'S3', 'S4', 'confidential', 'secret', 'top-secret', 'restricted', 'high',
    ]);
  });

  it("lets the config change a grade's reading, and only that grade", () => {
    const config = { sensitivity: { grades: { L2: true, L3: false } } };
    expect(sensitiveForGrade('L2', config)).toBe(true);
    expect(sensitiveForGrade('L3', config)).toBe(false);
    expect(sensitiveForGrade('L4', config)).toBe(true);
    expect(sensitiveForGrade('L2', null)).toBe(false);
  });

  it('does not read inherited keys as grades', () => {
    expect(sensitiveForGrade('constructor', { sensitivity: { grades: {} } })).toBe(false);
    expect(sensitiveForGrade('__proto__')).toBe(false);
  });

  it("declaredSensitive: the cell's word wins over its grade; a grade alone goes through the config", () => {
    const config = { sensitivity: { grades: { L2: true } } };
    expect(declaredSensitive(parseSensitivity('L2'), config)).toBe(true);
    expect(declaredSensitive(parseSensitivity('L2（非敏感）'), config)).toBe(false);
    expect(declaredSensitive(null, config)).toBeNull();
  });
});

describe('parseSensitivity on hostile input', () => {
  it('refuses a long cell at once (a space run before a dash made the part split quadratic)', () => {
    expect(elapsedMs(() => expect(() => parseSensitivity(`a${' '.repeat(100_000)}b`)).toThrow(ValueError))).toBeLessThan(500);
  });
});
