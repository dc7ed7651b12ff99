import { describe, expect, it } from 'vitest';
import { parseRetentionTrigger, TRIGGER_ACCEPTED } from '../../src/normalize/event.js';
import type { RetentionEvent } from '../../src/policy/types.js';
import { valueErrorOf } from './helpers.js';

describe('parseRetentionTrigger', () => {
  it.each<[string, RetentionEvent]>([
    ['collection', 'collection'], ['收集', 'collection'], ['采集', 'collection'],
    ['account-cancellation', 'account-cancellation'], ['Account Cancellation', 'account-cancellation'], ['注销', 'account-cancellation'], ['账号注销', 'account-cancellation'],
    ['service-termination', 'service-termination'], ['服务终止', 'service-termination'], ['服务到期', 'service-termination'],
    ['operations-termination', 'operations-termination'], ['停止运营', 'operations-termination'],
    ['transaction', 'transaction'], ['交易', 'transaction'], ['交易完成', 'transaction'],
    ['last-login', 'last-login'], ['last_login', 'last-login'], ['最后登录', 'last-login'],
  ])('%j → %s', (raw, event) => {
    expect(parseRetentionTrigger(raw)).toBe(event);
  });

  it.each([[''], [null], [undefined]])('blank %j → null', (raw) => {
    expect(parseRetentionTrigger(raw)).toBeNull();
  });

  it.each([['birthday'], ['注册'], ['5y']])('%j is rejected with the accepted forms', (raw) => {
    const e = valueErrorOf(() => parseRetentionTrigger(raw));
    expect(e.message).toBe(`unknown retention trigger: '${raw}'`);
    expect(e.accepted).toBe(TRIGGER_ACCEPTED);
    expect(e.accepted).toContain('account-cancellation (注销, 账号注销)');
  });
});
