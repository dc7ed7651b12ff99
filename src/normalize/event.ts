/**
 * The event a retention period counts from (`retention_trigger`, 起算): collection, account cancellation …
 *
 * A cell may name the event with the words around it (自注销之日起, 账号注销后, "after account closure",
 * "from the date of collection"): those words are dropped before the lookup. A phrase for the time an
 * account or a service lasts (账户存续期间, "while your account is active", 服务期间) names the event
 * that ends it. retention.ts finds the same words inside a whole retention phrase (注销后15日内删除).
 *
 * Sources of the phrasings: the seeds (000/002 §6.2.2 注销账户, 3 working days; 000 §6.2.3 and 003 §四(二)3
 * 终止服务或运营; 001 §3.8.3 服务终止 … 保留 7 天; 001 连续12个月未登录), the E-Commerce Law Art. 31
 * (自交易完成之日起不少于三年), published personal-information lists (保存期限: 账户存续期间) and English
 * retention notices ("up to 30 days after account deletion", "2 years after last activity", "until account deletion").
 */
import { ValueError } from '../errors.js';
import type { RetentionEvent } from '../policy/types.js';
import { cellText, lookupWord, quote, wordTable } from './text.js';
import { memoizeCell } from './memo.js';
import { NOT_STATED_WORDS } from './retention-words.js';

export const TRIGGER_ACCEPTED =
  'collection (收集, 采集), account-cancellation (注销, 账号注销), service-termination (服务终止, 服务到期, 合同终止), ' +
  'operations-termination (停止运营), transaction (交易, 交易完成), last-login (最后登录); also 自注销之日起, after account closure';

/** The words for each event. */
export const TRIGGER_PHRASES: Readonly<Record<RetentionEvent, readonly string[]>> = {
  collection: [
    'collection', 'collected', 'collect', 'collection date', 'date of collection', 'creation', 'created', 'record creation',
    '收集', '采集', '收集之日', '采集之日', '收集时', '采集时', '创建', '获取', '收集完成', '采集完成',
  ],
  'account-cancellation': [
    'account-cancellation', 'account cancellation', 'cancellation', 'account cancelled', 'account canceled', 'account closure', 'account closed',
    'account deletion', 'account deleted', 'account termination', 'account terminated', 'account is closed', 'account is deleted',
    'account is cancelled', 'account is canceled', 'closure of the account', 'deletion of the account', 'cancellation of the account',
    'account deletion request',
    '注销', '账号注销', '账户注销', '帐号注销', '帐户注销', '注销账号', '注销账户', '注销帐号', '注销帐户', '销户', '用户注销', '用户注销账号', '用户注销账户', '用户注销帐号', '会员注销', '注销申请',
  ],
  'service-termination': [
    'service-termination', 'service termination', 'service terminated', 'service end', 'service ended', 'service expiry', 'service expired', 'termination',
    'contract termination', 'contract terminated', 'contract end', 'contract ended', 'contract expiry', 'end of contract', 'end of the contract',
    'end of service', 'end of the service', 'termination of service', 'termination of the service', 'termination of the contract',
    'subscription end', 'end of subscription', 'subscription expiry', 'subscription cancellation',
    '服务终止', '服务到期', '终止服务', '服务结束', '服务期满', '合同终止', '合同到期', '合同结束', '合同期满', '协议终止', '服务协议终止', '停止服务', '服务停止', '解除合同', '合同解除',
  ],
  'operations-termination': [
    'operations-termination', 'operations termination', 'termination of operations', 'ceased operations', 'cease operations', 'shutdown',
    'termination of services or operations', 'end of operations',
    '停止运营', '终止运营', '停运', '停止运营之日', '终止服务或运营', '停止服务或运营', '产品下线', '产品停运',
  ],
  transaction: [
    'transaction', 'transaction completed', 'transaction completion', 'transaction date', 'date of the transaction', 'order completed', 'order completion', 'purchase',
    '交易', '交易完成', '交易结束', '交易完成之日', '订单完成', '交易发生', '交易成功', '订单交易完成', '支付完成',
  ],
  'last-login': [
    'last-login', 'last login', 'last logged in', 'last sign-in', 'last activity', 'last active', 'last use', 'inactivity', 'account inactivity',
    '最后登录', '最后一次登录', '最近登录', '最后登录时间', '最后活跃', '最近一次登录', '未登录', '最后使用', '不活跃',
  ],
};

/**
 * Phrases for the time an account or a service lasts: data kept "while the account exists" is kept until
 * the account is cancelled, 0 days after it.
 */
export const WHILE_PHRASES: Readonly<Partial<Record<RetentionEvent, readonly string[]>>> = {
  'account-cancellation': [
    '账户存续期间', '账号存续期间', '帐号存续期间', '帐户存续期间', '账号有效期内', '账户有效期内', '账号有效期间', '账户有效期间', '账号使用期间', '注销前',
    'as long as the account exists', 'as long as your account exists', 'as long as the account is active', 'as long as your account is active',
    'for as long as your account is active', 'while the account is active', 'while your account is active', 'while account is active',
    'while the account exists', 'for the life of the account', 'for the lifetime of the account', 'lifetime of the account', 'account lifetime',
    'until the account is deleted', 'until the account is closed', 'until you delete your account', 'until you close your account',
  ],
  'service-termination': [
    '服务期间', '服务存续期间', '服务期内', '服务有效期内', '合同期内', '合同存续期间', '合同有效期内', '合同期间', '协议有效期内', '提供服务期间',
    'during the service', 'for the duration of the service', 'while the service is provided', 'during the contract', 'for the term of the contract',
    'for the duration of the contract', 'during the term of the contract', 'contract term',
  ],
};

/** Words before an event that count from it (自注销之日起, "after account closure"); `until` words end the period at it. */
export const EVENT_BEFORE = {
  from: ['自', '从', '于', '在', '以', 'from', 'since', 'after', 'following', 'upon', 'on', 'at', 'of', 'starting from', 'counted from', 'counting from'],
  until: ['直至', '直到', '截至', '至', 'until', 'till', 'up until'],
} as const;
/** Articles between those words and the event (`after the transaction`, `from the date of collection`). */
export const EVENT_ARTICLES = ['the date of the', 'the date of', 'date of the', 'date of', 'the', 'your', 'an', 'a'];
/** Words after an event that mean "from then on" (之日起, 后, "date"). */
export const EVENT_AFTER = ['之日起', '之日', '当日', '当天', '起算', '起', '之后', '以后', '后', '之时', '时', '开始', 'date', 'day'];


const TRIGGER_WORDS = wordTable<RetentionEvent>({
  ...TRIGGER_PHRASES,
  'account-cancellation': [...TRIGGER_PHRASES['account-cancellation'], ...(WHILE_PHRASES['account-cancellation'] ?? [])],
  'service-termination': [...TRIGGER_PHRASES['service-termination'], ...(WHILE_PHRASES['service-termination'] ?? [])],
});

/** Words longest first, each marked when it is English (an English word must stand alone). */
const byLength = (words: readonly string[]): { word: string; english: boolean }[] =>
  [...words].sort((a, b) => b.length - a.length).map((word) => ({ word, english: /^[a-z]/.test(word) }));
const BEFORE = byLength([...EVENT_BEFORE.from, ...EVENT_BEFORE.until]);
const ARTICLES = byLength(EVENT_ARTICLES);
const AFTER = byLength(EVENT_AFTER);

/** The text without one of `words` at its start (or end), and the spaces next to it. */
function strip(text: string, words: readonly { word: string; english: boolean }[], end: 'start' | 'end'): string {
  const lower = text.toLowerCase();
  for (const { word: w, english } of words) {
    // An English word must stand alone: `on` is not the start of `order completed`.
    if (end === 'start' && lower.startsWith(w) && (!english || /^\s/.test(text.slice(w.length)))) return text.slice(w.length).trimStart();
    if (end === 'end' && lower.endsWith(w) && (!english || /\s$/.test(text.slice(0, -w.length)))) return text.slice(0, -w.length).trimEnd();
  }
  return text;
}

/** The event a short phrase names, with or without the words around it; undefined when it names none. */
export function eventOfPhrase(text: string): RetentionEvent | undefined {
  const direct = lookupWord(TRIGGER_WORDS, text);
  if (direct) return direct;
  // At most two words each side (自 … 之日 起): a fixed number of steps, whatever the cell.
  let core = text;
  for (let i = 0; i < 2; i++) core = strip(strip(core, BEFORE, 'start'), AFTER, 'end');
  core = strip(core, ARTICLES, 'start');
  return core === '' ? undefined : lookupWord(TRIGGER_WORDS, core);
}

function readRetentionTrigger(raw: string | null | undefined): RetentionEvent | null {
  const text = cellText(raw);
  // "Not stated" in this column is the retention column's words (无, none, 待定): no event is an answer here.
  if (text === null || lookupWord(NOT_STATED_WORDS, text)) return null;
  const event = eventOfPhrase(text);
  if (!event) throw new ValueError(`unknown retention trigger: ${quote(text)}`, TRIGGER_ACCEPTED);
  return event;
}

/** The retention trigger of a cell; null when blank or not stated (无, none). Unknown words throw ValueError listing the accepted forms. */
export const parseRetentionTrigger = memoizeCell(readRetentionTrigger);
