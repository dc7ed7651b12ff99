import { describe, expect, it } from 'vitest';
import { parseBoolean, BOOLEAN_ACCEPTED } from '../../src/normalize/boolean.js';
import { expectRefusal } from './helpers.js';

describe('parseBoolean', () => {
  it.each([
    ['yes', true], ['YES', true], [' Yes ', true], ['y', true], ['Y', true], ['true', true], ['TRUE', true], ['1', true],
    ['on', true], ['是', true], ['有', true], ['１', true],
    ['no', false], ['No', false], ['N', false], ['false', false], ['FALSE', false], ['0', false], ['off', false], ['否', false], ['无', false],
  ])('%j → %s', (raw, expected) => {
    expect(parseBoolean(raw)).toBe(expected);
  });

  it.each([[''], ['   '], [null], [undefined]])('blank %j → null', (raw) => {
    expect(parseBoolean(raw)).toBeNull();
  });

  it.each([['maybe'], ['yess'], ['2'], ['是的吧']])('%j is rejected with the accepted forms', (raw) => {
    const e = expectRefusal(() => parseBoolean(raw), { message: `not a yes/no value: '${raw}'`, accepted: BOOLEAN_ACCEPTED });
    expect(e.accepted).toContain('是/否');
  });
});
