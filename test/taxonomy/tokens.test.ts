import { describe, expect, it } from 'vitest';
import { attributeStart, fieldNameParts, fieldNameTokens, flagEnd, possessorStart } from '../../src/taxonomy/tokens.js';

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

describe('fieldNameParts', () => {
  it('places tokens in the folded name', () => {
    expect(fieldNameParts('idCardNo')).toEqual({
      compact: 'idcardno',
      tokens: [
        { text: 'id', start: 0, end: 2 },
        { text: 'card', start: 2, end: 6 },
        { text: 'no', start: 6, end: 8 },
      ],
      headEnd: 6,
    });
    expect(fieldNameParts('用户 IP_地址').compact).toBe('用户ip地址');
    expect(fieldNameParts('用户 IP_地址').tokens).toEqual([{ text: 'ip', start: 2, end: 4 }]);
  });

  it.each([
    // Trailing suffixes only modify the head before them.
    ['id_card_no', 'idcard'],
    ['user_id', 'user'],
    ['user_id_card_number', 'useridcard'],
    ['created_at', 'created'],
    ['login_ip_time', 'loginip'],
    ['imei1', 'imei'],
    ['设备指纹ID', '设备指纹'],
    ['手机号码', '手机'],
    ['用户编号', '用户'],
    ['身份证号', '身份证'],
    ['users.mobile_no', 'users.mobile'],
    ['地址(详细)', '地址(详细'],
    // No suffix, or nothing but suffixes: the whole name is the head.
    ['mobile', 'mobile'],
    ['收货人地址', '收货人地址'],
    ['id_no', 'idno'],
    ['号码', '号码'],
    ['', ''],
  ])('head of %j is %j', (name, head) => {
    const parts = fieldNameParts(name);
    expect(parts.compact.slice(0, parts.headEnd)).toBe(head);
  });
});

describe('possessorStart', () => {
  it.each([
    ['收货人地址', 3, 2],
    ['用户地址', 2, 0],
    ['法人地址', 2, 1],
    ['consignee_addr', 9, 0],
    ['t_user.buyer name', 11, 6],
    ['cardHolderName', 10, 4],
    ['公司地址', 2, null],
    ['company_addr', 7, null],
    ['parent_name', 6, null],
    ['addr', 0, null],
  ])('%j before %i: %s', (name, at, start) => {
    expect(possessorStart(fieldNameParts(name), at)).toBe(start);
  });
});

describe('attributeStart', () => {
  it.each([
    ['账号状态', 2],
    ['账号类型', 2],
    ['手机号绑定时间', 5],
    ['身份证有效期', 3],
    ['账号状态码', 2],
    ['user_account_status', 11],
    ['user_account_type_id', 11],
    ['mobile_bind_time', 10],
    ['createdAt', 7],
    ['phone_count', 5],
    ['状态', 0],
    // A bracketed legend after the name is not part of it.
    ['账号状态（0正常/1冻结）', 2],
    ['account_status (1=active)', 7],
    ['手机号（加密）', null],
    // No attribute at the end: the whole name is what it holds.
    ['手机号码', null],
    ['设备标识', null],
    ['婚姻状况', null],
    ['status_desc', null],
    ['user_mobile', null],
    ['', null],
  ])('%j: %s', (name, start) => {
    expect(attributeStart(fieldNameParts(name))).toBe(start);
  });
});

describe('flagEnd', () => {
  it.each([
    ['是否绑定手机号', 2],
    ['有无过敏', 2],
    ['is_phone_verified', 2],
    ['hasIdCard', 3],
    ['是否残疾(是/否)', 2],
    ['是否', null],
    ['is', null],
    ['isbn', null],
    ['hash', null],
    ['手机号', null],
    ['', null],
  ])('%j: %s', (name, end) => {
    expect(flagEnd(fieldNameParts(name))).toBe(end);
  });
});
