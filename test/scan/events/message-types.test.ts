import { describe, expect, it } from 'vitest';
import { notPromotion } from '../../../src/scan/events/message-types.js';

describe('a message type cell → clearly not a promotion', () => {
  it.each(['验证码', '短信验证码', '校验码', '动态码', '账单通知', '交易提醒', '物流通知', '安全提醒', '系统通知', '非营销短信', 'OTP', 'verification_code', 'VerificationCode', 'Notice', 'bill', 'transactional', 'service', 'Security alert', 'non-marketing'])(
    '%j is not a promotion',
    (cell) => expect(notPromotion(cell)).toBe(true),
  );

  it.each(['营销', '营销短信', '推广', '促销', '广告', '活动通知', '优惠提醒', 'marketing', 'Promotion', 'promo_alert', 'AD', 'campaign notice'])('%j is a promotion, whatever else it says', (cell) => expect(notPromotion(cell)).toBe(false));

  it.each(['', '  ', '普通短信', 'unknown', '1', 'address update'])('%j does not say: it may be a promotion', (cell) => expect(notPromotion(cell)).toBe(false));
});
