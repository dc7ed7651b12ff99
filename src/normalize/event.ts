/** The event a retention period counts from (`retention_trigger`, 起算): collection, account cancellation … */
import { ValueError } from './types.js';
import type { RetentionEvent } from '../policy/types.js';
import { cellText, lookupWord, quote, wordTable } from './text.js';
import { memoizeCell } from './memo.js';

export const TRIGGER_ACCEPTED =
  'collection (收集, 采集), account-cancellation (注销, 账号注销), service-termination (服务终止, 服务到期), ' +
  'operations-termination (停止运营), transaction (交易, 交易完成), last-login (最后登录)';

const TRIGGER_WORDS = wordTable<RetentionEvent>({
  collection: ['collection', 'collected', 'collect', 'collection date', 'creation', 'created', '收集', '采集', '收集之日', '采集之日', '收集时', '采集时', '创建'],
  'account-cancellation': [
    'account-cancellation', 'account cancellation', 'cancellation', 'account cancelled', 'account closure', 'account closed', 'account deletion', 'account deleted',
    '注销', '账号注销', '账户注销', '帐号注销', '帐户注销', '注销账号', '注销账户', '销户',
  ],
  'service-termination': [
    'service-termination', 'service termination', 'service terminated', 'service end', 'service ended', 'service expiry', 'service expired', 'termination', 'contract termination',
    '服务终止', '服务到期', '终止服务', '服务结束', '服务期满', '合同终止',
  ],
  'operations-termination': [
    'operations-termination', 'operations termination', 'termination of operations', 'ceased operations', 'cease operations', 'shutdown',
    '停止运营', '终止运营', '停运', '停止运营之日',
  ],
  transaction: ['transaction', 'transaction completed', 'transaction completion', 'order completed', 'order completion', 'purchase', '交易', '交易完成', '交易结束', '交易完成之日', '订单完成'],
  'last-login': ['last-login', 'last login', 'last logged in', 'last sign-in', 'last activity', 'last active', '最后登录', '最后一次登录', '最近登录', '最后登录时间', '最后活跃'],
});

function readRetentionTrigger(raw: string | null | undefined): RetentionEvent | null {
  const text = cellText(raw);
  if (text === null) return null;
  const event = lookupWord(TRIGGER_WORDS, text);
  if (!event) throw new ValueError(`unknown retention trigger: ${quote(text)}`, TRIGGER_ACCEPTED);
  return event;
}

/** The retention trigger of a cell; null when blank. Unknown words throw ValueError listing the accepted forms. */
export const parseRetentionTrigger = memoizeCell(readRetentionTrigger);
