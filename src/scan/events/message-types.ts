/**
 * A message log's type cell → whether the message is clearly not a promotion. The opt-out the packs
 * promise is from promotion SMS (000/002 §7.5(2): 手机促销短信), so a one-time code, a bill or a delivery
 * notice after it is no finding. Only a type that says so is left out: an empty or unknown type may be a
 * promotion (the log does not say it is not one), and a promotion word wins over a transactional one
 * (活动通知, 优惠提醒, `promo alert`).
 */
import { cellText, wordFinder } from '../../text/word-finder.js';

/** Transactional kinds, as SMS gateways' templates name them (验证码, 短信通知), and types saying "not marketing". */
const TRANSACTIONAL = wordFinder(
  [
    '验证码', '校验码', '动态码', '动态密码', '通知', '提醒', '告警', '预警', '账单', '交易', '支付', '到账', '订单', '物流', '快递', '安全', '系统', '非营销', '非推广',
    'otp', 'verification', 'verify', 'captcha', 'notice', 'notification', 'notify', 'alert', 'reminder', 'bill', 'billing', 'invoice', 'receipt', 'payment',
    'transaction', 'transactional', 'order', 'shipping', 'delivery', 'logistics', 'security', 'password', 'login', 'service', 'system', 'non marketing', 'non promotional',
  ],
  { negations: true },
);

/** Promotion kinds: they count whatever else the cell says (非营销 and `non-marketing` do not say them). */
const PROMOTION = wordFinder(
  [
    '营销', '推广', '促销', '广告', '活动', '优惠', '折扣', '红包', '大促', '特惠', '秒杀',
    'marketing', 'promo', 'ad', 'ads', 'advert', 'campaign', 'offer', 'discount', 'coupon', 'sale', 'newsletter',
  ],
  { negations: true },
);

/** Whether a message of this type is clearly not a promotion (false for an empty or unknown type). */
export function notPromotion(cell: string): boolean {
  const text = cellText(cell);
  return TRANSACTIONAL(text) && !PROMOTION(text);
}
