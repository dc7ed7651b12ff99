/**
 * Columns the record-level checks read, recognised by name (or set by the mapping file): the date an
 * event happened (for retention), an account status, a guardian-consent flag. Names are folded
 * (case, spaces, `_` and `-` ignored) like every header.
 */
import type { RetentionEvent } from '../policy/types.js';
import { fold } from '../text/suggest.js';

export type ColumnRole =
  | { kind: 'event-date'; event: RetentionEvent }
  | { kind: 'updated-date' }
  | { kind: 'status' }
  | { kind: 'birth-date' }
  | { kind: 'age' }
  | { kind: 'guardian-consent' }
  | { kind: 'none' };

const EVENT_DATE_NAMES: Partial<Record<RetentionEvent, string[]>> = {
  'account-cancellation': [
    '注销时间', '注销日期', '注销于', '账号注销时间', '账户注销时间', '销户时间', '销户日期', '删除时间', '删除日期',
    'cancelled_at', 'canceled_at', 'cancel_time', 'cancel_date', 'cancelled_time', 'cancelled_date', 'cancellation_time', 'cancellation_date',
    'deleted_at', 'delete_time', 'deleted_time', 'deletion_date', 'closed_at', 'close_time', 'account_closed_at', 'unregistered_at', 'unregister_time', 'zxsj',
  ],
  'service-termination': [
    '终止时间', '终止日期', '服务终止时间', '服务终止日期', '服务结束时间', '服务到期时间', '合同终止日期',
    'terminated_at', 'termination_time', 'termination_date', 'terminate_time', 'service_end', 'service_end_date', 'service_end_time', 'service_ended_at', 'contract_end_date',
  ],
  'last-login': ['最后登录时间', '最近登录时间', '最后登录', '上次登录时间', 'last_login', 'last_login_at', 'last_login_time', 'last_login_date', 'last_active_at', 'last_seen_at'],
  collection: ['创建时间', '注册时间', '采集时间', '收集时间', 'created_at', 'create_time', 'created_time', 'registered_at', 'register_time', 'registration_date', 'collected_at'],
  transaction: ['交易时间', '下单时间', '支付时间', 'transaction_time', 'transaction_date', 'order_time', 'paid_at', 'pay_time'],
};

const UPDATED_NAMES = ['更新时间', '修改时间', '最后修改时间', 'updated_at', 'update_time', 'modified_at', 'modify_time', 'last_modified', 'gmt_modified'];
const STATUS_NAMES = ['状态', '账号状态', '账户状态', '用户状态', '会员状态', 'status', 'state', 'account_status', 'user_status', 'member_status'];
const GUARDIAN_NAMES = ['监护人同意', '监护人授权', '家长同意', '监护人是否同意', 'guardian_consent', 'guardian_consented', 'guardian_agreed', 'guardian_approved', 'parental_consent', 'parent_consent'];

/** Status values meaning the event happened (for a table with a status column and only an update date). */
export const STATUS_WORDS: Partial<Record<RetentionEvent, string[]>> = {
  'account-cancellation': ['已注销', '注销', '已销户', '销户', '已删除', '删除', 'cancelled', 'canceled', 'closed', 'deleted', 'deactivated', 'unregistered'],
  'service-termination': ['已终止', '终止', '服务终止', '已到期', 'terminated', 'ended', 'expired'],
};

const BY_NAME = buildTable();

function buildTable(): Map<string, ColumnRole> {
  const table = new Map<string, ColumnRole>();
  for (const [event, names] of Object.entries(EVENT_DATE_NAMES) as [RetentionEvent, string[]][]) for (const n of names) table.set(fold(n), { kind: 'event-date', event });
  for (const n of UPDATED_NAMES) table.set(fold(n), { kind: 'updated-date' });
  for (const n of STATUS_NAMES) table.set(fold(n), { kind: 'status' });
  for (const n of GUARDIAN_NAMES) table.set(fold(n), { kind: 'guardian-consent' });
  return table;
}

/** The role a header names, or none. An exported header may carry its table: `users.cancelled_at`. */
export function roleForHeader(name: string): ColumnRole {
  const whole = BY_NAME.get(fold(name));
  if (whole) return whole;
  const dot = name.lastIndexOf('.');
  return (dot >= 0 ? BY_NAME.get(fold(name.slice(dot + 1))) : undefined) ?? { kind: 'none' };
}

/** Words a mapping file may use for a role. */
export const ROLE_WORDS: Record<string, ColumnRole> = {
  cancelled_at: { kind: 'event-date', event: 'account-cancellation' },
  terminated_at: { kind: 'event-date', event: 'service-termination' },
  last_login: { kind: 'event-date', event: 'last-login' },
  created_at: { kind: 'event-date', event: 'collection' },
  transaction_at: { kind: 'event-date', event: 'transaction' },
  updated_at: { kind: 'updated-date' },
  status: { kind: 'status' },
  birthday: { kind: 'birth-date' },
  age: { kind: 'age' },
  guardian_consent: { kind: 'guardian-consent' },
  none: { kind: 'none' },
};
