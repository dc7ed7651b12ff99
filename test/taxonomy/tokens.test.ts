import { describe, expect, it } from 'vitest';
import { fieldNameTokens } from '../../src/taxonomy/tokens.js';

describe('fieldNameTokens', () => {
  it.each([
    ['user_mobile', ['user', 'mobile']],
    ['idCardNo', ['id', 'card', 'no']],
    ['IDCardNo', ['id', 'card', 'no']],
    ['AndroidID', ['android', 'id']],
    ['IPv4Addr', ['i', 'pv', '4', 'addr']],
    ['imei1', ['imei', '1']],
    ['t_user.last-login ip', ['t', 'user', 'last', 'login', 'ip']],
    ['用户IP地址', ['ip']],
    ['ＵＳＥＲ＿ＭＯＢＩＬＥ', ['user', 'mobile']],
    ['身份证号', []],
    ['', []],
  ])('%s', (name, tokens) => {
    expect(fieldNameTokens(name)).toEqual(tokens);
  });
});
