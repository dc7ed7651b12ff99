import { describe, expect, it } from 'vitest';
import { parseRetentionTrigger, TRIGGER_ACCEPTED } from '../../src/normalize/event.js';
import type { RetentionEvent } from '../../src/policy/types.js';
import { expectRefusal } from './helpers.js';
import { itReadsVocabulary } from './vocabulary-cases.js';

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

  it.each([[''], [null], [undefined], ['无'], ['none'], ['N/A'], ['unspecified']])('blank or not stated %j → null', (raw) => {
    expect(parseRetentionTrigger(raw)).toBeNull();
  });

  it.each([['birthday'], ['注册'], ['5y']])('%j is rejected with the accepted forms', (raw) => {
    const e = expectRefusal(() => parseRetentionTrigger(raw), { message: `unknown retention trigger: '${raw}'`, accepted: TRIGGER_ACCEPTED });
    expect(e.accepted).toContain('account-cancellation (注销, 账号注销)');
  });
});

describe('parseRetentionTrigger: the vocabulary corpus (fixtures/vocabulary/retention_trigger.yaml)', () => {
  itReadsVocabulary('retention_trigger', parseRetentionTrigger, { min: 40, accepted: TRIGGER_ACCEPTED });
});

describe('parseRetentionTrigger: the words around the event', () => {
  it.each<[string, RetentionEvent]>([
    ['自注销之日起', 'account-cancellation'], ['注销后', 'account-cancellation'], ['从收集时起', 'collection'], ['于交易完成后', 'transaction'],
    ['starting from the date of collection', 'collection'], ['after the account is closed', 'account-cancellation'], ['on account closure', 'account-cancellation'],
    ['following the end of the contract', 'service-termination'], ['合同终止之日', 'service-termination'], ['while your account is active', 'account-cancellation'],
  ])('%j → %s', (raw, event) => {
    expect(parseRetentionTrigger(raw)).toBe(event);
  });

  it.each([['onorder completed'], ['after'], ['之日起'], ['自'], ['after after collection collection']])('%j is not an event', (raw) => {
    expectRefusal(() => parseRetentionTrigger(raw), { accepted: TRIGGER_ACCEPTED });
  });
});
