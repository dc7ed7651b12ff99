/** The header under title rows: one rule for Excel sheets and delimited exports. */
import { describe, expect, it } from 'vitest';
import { hasTwoValues, HeaderSearch, MAX_ROWS_BEFORE_HEADER } from '../../src/io/header-row.js';

/** The pick for these rows, offered until the search decides, then finished. */
function pick(rows: string[][], isNoRow?: (r: string[]) => boolean) {
  const search = new HeaderSearch<string[]>(hasTwoValues, isNoRow);
  for (const r of rows) {
    const p = search.offer(r);
    if (p) return p;
  }
  return search.finish();
}

describe('hasTwoValues', () => {
  it('a header names two different things; a title (alone, or repeated across merged cells) does not', () => {
    expect(hasTwoValues(['编号', '姓名'])).toBe(true);
    expect(hasTwoValues(['客户信息导出报表'])).toBe(false);
    expect(hasTwoValues(['客户信息导出报表', '', '', ''])).toBe(false);
    expect(hasTwoValues(['报表', '报表', ' 报表 '])).toBe(false);
    expect(hasTwoValues(['sep=', ''])).toBe(false);
    expect(hasTwoValues([' 手机号 ', '   '])).toBe(false);
  });
});

describe('HeaderSearch', () => {
  it('finds the header under title rows, which are dropped', () => {
    const rows = [['客户信息导出报表'], ['导出时间：2024-01-01', ''], ['编号', '姓名'], ['1', '张三']];
    expect(pick(rows)).toEqual({ header: ['编号', '姓名'], found: true, after: [] });
  });

  it('a one-column table: the first row stands in after the rows looked at, the others are records', () => {
    const rows = [['手机号'], ...Array.from({ length: 40 }, (_, i) => [`1381234${String(i).padStart(4, '0')}`])];
    const p = pick(rows)!;
    expect(p.header).toEqual(['手机号']);
    expect(p.found).toBe(false);
    expect(p.after).toEqual(rows.slice(1, MAX_ROWS_BEFORE_HEADER));
  });

  it('a short one-column table, or a header alone: the first row at the end', () => {
    expect(pick([['手机号'], ['13812345678']])).toEqual({ header: ['手机号'], found: false, after: [['13812345678']] });
    expect(pick([['手机号']])).toEqual({ header: ['手机号'], found: false, after: [] });
    expect(pick([])).toBeNull();
  });

  it('rows that are no part of the table are neither header nor record', () => {
    const sep = (r: string[]) => r[0] === 'sep=';
    expect(pick([['sep=', ''], ['手机号'], ['13812345678']], sep)).toEqual({ header: ['手机号'], found: false, after: [['13812345678']] });
  });
});
