/** What the `subjects` (主体) column says: minors in general, and children under 14 (PIPL Art. 28). */
import { describe, expect, it } from 'vitest';
import { namesChildrenUnder14, namesMinors } from '../../src/check/subjects.js';

describe('namesChildrenUnder14', () => {
  it.each([
    '未满14周岁的儿童', '14岁以下儿童', '不满十四周岁的未成年人', '14周岁及以下用户', '十二岁以下', '小于13岁', '儿童', '学龄前幼儿', '小学生',
    'children', 'children under 14', 'under-14s', 'users below the age of 13', 'users 12 and under', '6-12岁', '12至16周岁', 'ages 10-15', '6 to 12 years old',
  ])('"%s" names children under 14', (subjects) => {
    expect(namesChildrenUnder14(subjects)).toBe(true);
  });

  it.each(['未成年人', '未成年人（14至18周岁）', '18岁以下', '未满18周岁', 'minors', 'under 18', 'students', '青少年', '14-17 years', 'customers', '监护人', '2020-2021 years', ''])(
    '"%s" does not',
    (subjects) => {
      expect(namesChildrenUnder14(subjects)).toBe(false);
    },
  );

  it('says nothing of an empty subjects cell', () => expect(namesChildrenUnder14(null)).toBe(false));
});

describe('namesMinors', () => {
  it('covers children under 14 as minors, and minors in general', () => {
    for (const subjects of ['未满14周岁的儿童', '6-12岁', '14周岁以下用户', '未成年人', 'minors', 'students']) expect(namesMinors(subjects), subjects).toBe(true);
    for (const subjects of ['customers', '个人用户', null]) expect(namesMinors(subjects), String(subjects)).toBe(false);
  });
});
