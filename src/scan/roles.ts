/**
 * Columns the record-level checks read, recognised by name (or set by the mapping file): the date an
 * event happened (for retention), an account status, a guardian-consent flag, and the columns of event
 * logs (a request's dates and type, a cancellation's application and approval, a message's sending
 * and the person's opt-out and the message's type, a notice of termination). Names are folded (case, spaces, `_` and `-`
 * ignored) like every header.
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
  | { kind: LogRole }
  | { kind: 'none' };

/** Columns of event logs (the deadline rules). */
export type LogRole =
  | 'request-received'
  | 'request-accepted'
  | 'identity-verified'
  | 'replied'
  | 'request-type'
  | 'cancellation-applied'
  | 'cancellation-approved'
  | 'sent'
  | 'opted-out'
  | 'notified'
  | 'message-type';

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
  'operations-termination': ['停止运营时间', '停止运营日期', '停运时间', '停运日期', '停服时间', '停服日期', 'operations_end', 'operations_end_date', 'shutdown_at', 'shutdown_date', 'sunset_date'],
  'last-login': ['最后登录时间', '最近登录时间', '最后登录', '上次登录时间', 'last_login', 'last_login_at', 'last_login_time', 'last_login_date', 'last_active_at', 'last_seen_at'],
  collection: ['创建时间', '注册时间', '采集时间', '收集时间', 'created_at', 'create_time', 'created_time', 'registered_at', 'register_time', 'registration_date', 'collected_at'],
  transaction: ['交易时间', '下单时间', '支付时间', 'transaction_time', 'transaction_date', 'order_time', 'paid_at', 'pay_time'],
};

const UPDATED_NAMES = ['更新时间', '修改时间', '最后修改时间', 'updated_at', 'update_time', 'modified_at', 'modify_time', 'last_modified', 'gmt_modified'];
const STATUS_NAMES = ['状态', '账号状态', '账户状态', '用户状态', '会员状态', '审核状态', '审核结果', 'status', 'state', 'account_status', 'user_status', 'member_status', 'review_status', 'review_result'];
/** Event-log columns, as ticket systems, account systems and SMS gateways export them. */
const LOG_NAMES: Record<LogRole, string[]> = {
  'request-received': [
    '申请时间', '申请日期', '提交时间', '提交日期', '请求时间', '请求日期', '来信时间', '工单创建时间', '收到时间', '接收时间',
    'request_time', 'request_date', 'requested_at', 'submitted_at', 'submit_time', 'received_at', 'receive_time', 'applied_at', 'apply_time', 'application_time', 'application_date', 'ticket_created_at',
  ],
  'request-accepted': ['受理时间', '受理日期', 'accepted_at', 'accept_time', 'acceptance_time', 'acknowledged_at'],
  'identity-verified': [
    '身份核验时间', '身份验证时间', '身份核实时间', '核验时间', '核验日期', '验证时间', '实名核验时间',
    'identity_verified_at', 'id_verified_at', 'verified_at', 'verify_time', 'verification_time', 'verification_date',
  ],
  replied: [
    '答复时间', '答复日期', '回复时间', '回复日期', '响应时间', '办结时间', '处理完成时间', '结案时间',
    'replied_at', 'reply_time', 'reply_date', 'answered_at', 'responded_at', 'response_time', 'response_date', 'resolved_at', 'resolution_time',
  ],
  'request-type': ['类型', '请求类型', '申请类型', '工单类型', '诉求类型', '事项类型', '业务类型', 'type', 'request_type', 'ticket_type', 'request_kind'],
  'cancellation-applied': [
    '注销申请时间', '注销申请日期', '申请注销时间', '申请注销日期', '注销提交时间',
    'cancellation_requested_at', 'cancellation_applied_at', 'cancellation_request_time', 'cancel_apply_time', 'cancel_request_time', 'cancel_requested_at', 'deregistration_requested_at',
  ],
  'cancellation-approved': ['审核通过时间', '审核时间', '审核日期', '注销审核时间', '审批时间', '通过时间', 'approved_at', 'approve_time', 'approval_time', 'approval_date', 'reviewed_at', 'review_time'],
  sent: ['发送时间', '发送日期', '短信发送时间', '推送时间', '下发时间', 'sent_at', 'send_time', 'send_date', 'sent_time', 'delivered_at', 'push_time'],
  'opted-out': ['退订时间', '退订日期', '取消订阅时间', '退订回复时间', 'opt_out_time', 'opt_out_at', 'opted_out_at', 'optout_time', 'unsubscribed_at', 'unsubscribe_time'],
  notified: ['通知时间', '通知日期', '告知时间', '公告时间', '停服通知时间', 'notified_at', 'notice_time', 'notice_date', 'notification_time', 'notification_date', 'announced_at'],
  // A plain 类型/type is a request type's; in a message log the opt-out rule reads it as the message's.
  'message-type': [
    '短信类型', '消息类型', '信息类型', '推送类型', '发送类型', '模板类型', '短信模板类型', '短信分类', '消息分类',
    'sms_type', 'message_type', 'msg_type', 'template_type', 'sms_category', 'message_category', 'msg_category', 'category',
  ],
};

const GUARDIAN_NAMES = ['监护人同意', '监护人授权', '家长同意', '监护人是否同意', 'guardian_consent', 'guardian_consented', 'guardian_agreed', 'guardian_approved', 'parental_consent', 'parent_consent'];

/**
 * Words a status cell says (scan/cell-memo.ts wordsMemo): `anywhere` in the cell as word-finder.ts finds
 * them, not after a negation (未驳回 is not 驳回); `whole` only as the whole cell, for a bare verb that a
 * longer status turns into something else (注销 is done, 注销中 and 注销申请中 are pending).
 */
export interface StatusWords {
  anywhere: readonly string[];
  whole?: readonly string[];
}

/** Status values meaning the event happened (for a table with a status column and only an update date). */
export const STATUS_WORDS: Partial<Record<RetentionEvent, StatusWords>> = {
  'account-cancellation': {
    anywhere: ['已注销', '注销成功', '注销完成', '完成注销', '已销户', '销户成功', '已删除', '删除成功', 'cancelled', 'canceled', 'closed', 'deleted', 'deactivated', 'unregistered', 'deregistered'],
    whole: ['注销', '销户', '删除'],
  },
  'service-termination': {
    anywhere: ['已终止', '终止成功', '已到期', '已过期', 'terminated', 'ended', 'expired'],
    whole: ['终止', '服务终止', '到期', '过期'],
  },
};

/** Status values meaning an application was turned down or withdrawn: nothing is due after it. 不予 is 不予通过, 不予注销. */
export const REJECTED_WORDS: StatusWords = {
  anywhere: [
    '驳回', '拒绝', '不予', '未通过', '不通过', '没通过', '没有通过', '撤回', '撤销', '取消',
    'reject', 'deny', 'denied', 'decline', 'refuse', 'refusal', 'withdraw', 'withdrew', 'revoke', 'revocation',
  ],
};

const BY_NAME = buildTable();

function buildTable(): Map<string, ColumnRole> {
  const table = new Map<string, ColumnRole>();
  // A name in two lists would silently take the later role: refuse it when the module loads.
  const set = (name: string, role: ColumnRole) => {
    const key = fold(name);
    const old = table.get(key);
    if (old && JSON.stringify(old) !== JSON.stringify(role)) throw new Error(`roles.ts: '${name}' names two roles`);
    table.set(key, role);
  };
  for (const [event, names] of Object.entries(EVENT_DATE_NAMES) as [RetentionEvent, string[]][]) for (const n of names) set(n, { kind: 'event-date', event });
  for (const n of UPDATED_NAMES) set(n, { kind: 'updated-date' });
  for (const n of STATUS_NAMES) set(n, { kind: 'status' });
  for (const n of GUARDIAN_NAMES) set(n, { kind: 'guardian-consent' });
  for (const [kind, names] of Object.entries(LOG_NAMES) as [LogRole, string[]][]) for (const n of names) set(n, { kind });
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
  deleted_at: { kind: 'event-date', event: 'account-cancellation' },
  operations_ended: { kind: 'event-date', event: 'operations-termination' },
  // An event log's columns by their role's own name: request_received, opted_out…
  ...Object.fromEntries((Object.keys(LOG_NAMES) as LogRole[]).map((kind) => [kind.replaceAll('-', '_'), { kind }])),
  none: { kind: 'none' },
};
