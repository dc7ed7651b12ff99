/** Column roles by header name (roles.ts refuses, when it loads, a name given two roles): event-log columns in Chinese and English. */
import { describe, expect, it } from 'vitest';
import { ROLE_WORDS, roleForHeader } from '../../src/scan/roles.js';

describe('roleForHeader', () => {
  it.each([
    ['申请时间', 'request-received'], ['受理时间', 'request-accepted'], ['身份核验时间', 'identity-verified'], ['答复时间', 'replied'], ['类型', 'request-type'],
    ['注销申请时间', 'cancellation-applied'], ['审核通过时间', 'cancellation-approved'], ['发送时间', 'sent'], ['退订时间', 'opted-out'], ['通知时间', 'notified'],
    ['短信类型', 'message-type'], ['消息类型', 'message-type'], ['sms_type', 'message-type'], ['Message Type', 'message-type'], ['category', 'message-type'],
    ['Requested_At', 'request-received'], ['replied at', 'replied'], ['unsubscribed_at', 'opted-out'], ['tickets.reply_time', 'replied'],
  ])('%s is %s', (name, kind) => {
    expect(roleForHeader(name).kind).toBe(kind);
  });

  it('keeps the roles retention reads: 删除时间 and 最后登录时间 are event dates, 终止时间 a service end, 停止运营时间 operations ending', () => {
    expect(roleForHeader('删除时间')).toEqual({ kind: 'event-date', event: 'account-cancellation' });
    expect(roleForHeader('最后登录时间')).toEqual({ kind: 'event-date', event: 'last-login' });
    expect(roleForHeader('终止时间')).toEqual({ kind: 'event-date', event: 'service-termination' });
    expect(roleForHeader('停止运营时间')).toEqual({ kind: 'event-date', event: 'operations-termination' });
  });

  it('lets a mapping file name every log role', () => {
    for (const word of ['request_received', 'request_accepted', 'identity_verified', 'replied', 'request_type', 'cancellation_applied', 'cancellation_approved', 'deleted_at', 'sent', 'opted_out', 'notified', 'message_type', 'operations_ended']) {
      expect(ROLE_WORDS[word], word).toBeDefined();
    }
  });

  it("names a log role's word after the role itself, in the order the mapping file's hint lists them", () => {
    expect(Object.keys(ROLE_WORDS)).toEqual([
      'cancelled_at', 'terminated_at', 'last_login', 'created_at', 'transaction_at', 'updated_at', 'status', 'birthday', 'age', 'guardian_consent', 'deleted_at', 'operations_ended',
      'request_received', 'request_accepted', 'identity_verified', 'replied', 'request_type', 'cancellation_applied', 'cancellation_approved', 'sent', 'opted_out', 'notified', 'message_type', 'none',
    ]);
    expect(ROLE_WORDS.opted_out).toEqual({ kind: 'opted-out' });
    expect(ROLE_WORDS.request_type).toEqual({ kind: 'request-type' });
    expect(ROLE_WORDS.message_type).toEqual({ kind: 'message-type' });
  });
});
