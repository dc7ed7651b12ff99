import { describe, expect, it } from 'vitest';
import { requestType } from '../../../src/scan/events/request-types.js';

describe('a ticket type cell → the request type', () => {
  it.each([
    ['查阅', 'access'],
    ['个人信息副本', 'access'],
    ['投诉删除不及时', 'complaint'],
    ['删除个人信息', 'deletion'],
    ['Data access request', 'access'],
    ['DELETE_ACCOUNT', 'deletion'],
    ['dataAccess', 'access'],
    ['AccountDeletion', 'deletion'],
    ['DataExport', 'access'],
    ['deleted data', 'deletion'],
    ['Opt-out', 'withdrawal'],
    ['opt out of marketing', 'withdrawal'],
    ['ｃｏｒｒｅｃｔｉｏｎ', 'correction'],
    ['another question', 'inquiry'],
    ['其他', 'inquiry'],
  ])('%s → %s', (cell, type) => expect(requestType(cell)).toBe(type));

  it.each(['review', 'Account review', 'preview', 'mother', 'incorrect-ish', 'unknown', '', '  '])('%j names none of them', (cell) => expect(requestType(cell)).toBeNull());
});
