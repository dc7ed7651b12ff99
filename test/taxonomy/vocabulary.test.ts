/**
 * fixtures/vocabulary/category.yaml read by the taxonomy directly (the lead's harness runs it through the
 * inventory record builder too), and the suggestions its unreadable cells get.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/normalize/text.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { ambiguousTerm, nameSuggestions, resolveName } from '../../src/taxonomy/match.js';

interface Case {
  cell: string;
  reads: 'not-stated' | 'unrecognized' | { item?: string | null; category?: string };
}

const corpus = parse(readFileSync(new URL('../../fixtures/vocabulary/category.yaml', import.meta.url), 'utf8')) as { column: string; cases: Case[] };
const tx = loadTaxonomy();

/** What the record's category column holds for a cell. */
function reading(cell: string): Case['reads'] {
  const text = cellText(cell);
  if (text === null) return 'not-stated';
  const hit = resolveName(tx, text);
  return hit ? { item: hit.item, category: hit.category } : 'unrecognized';
}

describe('category vocabulary corpus', () => {
  it('has at least 60 cases, unique cells, each with a reading', () => {
    expect(corpus.column).toBe('category');
    expect(corpus.cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.cases.map((c) => c.cell)).size).toBe(corpus.cases.length);
  });

  it.each(corpus.cases.map((c) => [c.cell, c.reads] as const))('%j', (cell, reads) => {
    const got = reading(cell);
    if (typeof reads === 'string') expect(got).toBe(reads);
    else expect(got).toMatchObject(reads);
  });

  it('reads every case (cells read / cells)', () => {
    const misread = corpus.cases.filter((c) => {
      const got = reading(c.cell);
      return typeof c.reads === 'string' ? got !== c.reads : typeof got === 'string' || Object.entries(c.reads).some(([k, v]) => (got as Record<string, unknown>)[k] !== v);
    });
    expect(misread.map((c) => c.cell)).toEqual([]);
  });
});

describe('suggestions for the corpus cells that cannot be read', () => {
  it.each([
    ['身分证号', '身份证号'],
    ['手机号吗', '手机号'],
    ['mobile phone no', 'mobile phone number'],
    ['mobile no', 'mobile number'],
    ['银行卡好', '银行卡号'],
    ['个人财产信心', '个人财产信息'],
    ['行踪规迹', '行踪轨迹'],
    ['网页游览记录', '网页浏览记录'],
    ['精确定位信息息', '精确定位信息'],
    ['devise identifiers', 'device identifiers'],
    ['transation records', 'transaction records'],
  ])('%s → %s', (cell, expected) => {
    expect(resolveName(tx, cell)).toBeNull();
    // The entry meant, in whichever of its spellings is nearest.
    const entry = (name: string) => resolveName(tx, name)?.item ?? resolveName(tx, name)?.category;
    expect(nameSuggestions(tx, cell).map(entry)).toContain(entry(expected));
  });

  it('offers one spelling per entry', () => {
    const near = nameSuggestions(tx, '手机号吗');
    const owners = near.map((n) => resolveName(tx, n)?.item ?? resolveName(tx, n)?.category);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('offers every reading of an ambiguous term, in the cell\'s language', () => {
    expect(nameSuggestions(tx, '网络信息')).toEqual(['网络身份标识信息', '个人上网记录', '运营商']);
    expect(nameSuggestions(tx, 'network information')).toEqual(['network identity', 'internet records', 'carrier']);
    expect(nameSuggestions(tx, '电子邮件')).toEqual(['电子邮件地址', '电子邮件内容']);
  });

  it('points children\'s information to the subjects column', () => {
    const term = ambiguousTerm(tx, '14岁以下儿童的个人信息');
    expect(term?.candidates).toEqual([]);
    expect(term?.note?.en).toMatch(/subjects/);
    expect(term?.note?.zh).toMatch(/主体/);
    expect(ambiguousTerm(tx, '身份证')).toBeNull();
  });

  it.each(['火星', 'qwerty', 'zzzzzzzz', '个人敏感信息'])('offers nothing close in meaning to %j', (cell) => {
    expect(nameSuggestions(tx, cell)).toEqual([]);
  });
});
