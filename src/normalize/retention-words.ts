/**
 * The words of retention phrases around the period and the event (the event words are event.ts's, the
 * period's duration-words.ts's): bounds, "at once", deleting and keeping verbs, filler, and the phrases
 * that state no period at all.
 *
 * Sources: the seeds (000/002 §6.2.2 3 个工作日内 … 删除; 000 §6.2.3/003 §四(二)3 删除或匿名化处理; 001
 * §3.8.3 保留 7 天 … 自动删除), the Cybersecurity Law Art. 21 (网络日志不少于六个月), the E-Commerce Law
 * Art. 31 (自交易完成之日起不少于三年), the Credit Reporting Regulation Art. 16 (5年; 超过5年的, 应当予以删除),
 * PIPL Art. 19 (实现处理目的所必要的最短时间), the face-recognition rules of 2025 (保存期限不得超过 …
 * 最短时间), published personal-information lists (保存期限: 1年, 6个月, 账户存续期间) and English
 * retention notices ("up to 30 days after deletion request", "at least 5 years", "deleted within 30 days").
 *
 * Decisions:
 * - A bound is kept on the period (Duration.bound): 最长/不超过/至多/内/以内/"up to"/"within" are at-most;
 *   不少于/至少/以上/"at least"/"or more" are at-least. 15日内 is "at most 15 days".
 * - 立即/immediately, and a deleting verb after an event with no period (注销后删除, "deleted upon account
 *   closure"), are 0 days from the event; so are `until` phrases (直至注销, "until account deletion").
 * - 无, none, 待定 state no period (SPEC decision 13): no period, no finding of their own; retention-missing
 *   reports the row. So do the phrases that defer to the law or the purpose (法律法规规定的期限, "as required
 *   by law", 实现处理目的所必要的最短时间): privaudit can read them, and what they say is that the inventory
 *   names no period; an error that calls them unreadable would be wrong.
 * - Not read: an event privaudit does not know (验证完成后, "after the purpose is fulfilled"), two events, two
 *   bounds, hours: the cell is an unrecognized-value finding that lists the accepted forms.
 */
import { wordTable } from './text.js';

export const BOUND_WORDS = {
  'at-most': [
    '最长不超过', '最多不超过', '不得超过', '不超过', '不超出', '不多于', '最长', '最多', '至多', '最迟', '以内', '之内', '内',
    'no more than', 'not more than', 'no longer than', 'not longer than', 'not exceeding', 'up to', 'at most', 'at the most', 'maximum of',
    'maximum', 'max', 'within', 'or less', '≤', '<=',
  ],
  'at-least': [
    '不得少于', '不少于', '不低于', '不短于', '至少', '最少', '最短', '最低', '及以上', '以上',
    '甚至更长', '或更长时间', '或更长',
    'no less than', 'not less than', 'no shorter than', 'at least', 'minimum of', 'minimum', 'or even more', 'or even longer', 'or more', 'or longer', '≥', '>=',
  ],
} as const;

/** Words that make the period 0: deleted at the event itself. */
export const AT_ONCE_WORDS = ['立即', '立刻', '马上', '即时', '实时', '随即', '即刻', '当即', 'immediately', 'right away', 'at once'];

/** Phrases that say the value is not kept at all: 0 days from collection (人脸信息不保存). */
export const NOT_KEPT_WORDS = [
  '不保存', '不留存', '不存储', '不保留', '不会保存', '不会留存', '不会存储', '不做保存', '不落盘', '即用即删', '用后即删', '用完即删',
  'not stored', 'not retained', 'never stored', 'not kept', 'not persisted',
];

/** Verbs that delete: after an event with no period they mean "at the event" (注销后删除). */
export const DELETE_WORDS = [
  '删除或匿名化处理', '删除或匿名化', '匿名化处理', '匿名化', '删除', '销毁', '清除', '清理', '自动删除', '彻底删除', '永久删除',
  'permanently deleted', 'permanently removed', 'permanently erased', 'automatically deleted', 'deleted or anonymized', 'deleted or anonymised',
  'deleted', 'delete', 'erased', 'erase', 'purged', 'purge', 'removed', 'remove', 'destroyed', 'destroy',
  'anonymised', 'anonymized', 'anonymise', 'anonymize',
];

/** Verbs that keep: they say nothing about the period. */
export const KEEP_WORDS = [
  '保存', '保留', '留存', '存储', '储存', '存放', '保管', '保持',
  'retained', 'retain', 'kept', 'keep', 'stored', 'store', 'held', 'hold', 'archived',
];

/** Words that carry nothing for the reading (after the event, the bound and the verbs are taken out). */
export const FILLER_WORDS = [
  '保存期限为', '保存期限是', '保存期限', '留存期限', '存储期限', '保存期', '期限为', '期限是', '期限',
  '个人信息', '信息', '数据', '记录', '用户', '您的', '您', '我们', '将会', '将', '会', '对', '进行', '予以', '并', '以及', '及', '和', '或者', '或',
  '然后', '再', '之后', '以后', '后', '起', '为', '连续', '届满', '满', '的', '申请', '提出', '提交', '按照', '按', '根据', '依据', '依照',
  'will be', 'will', 'is', 'are', 'be', 'for', 'the', 'a', 'of', 'and', 'or', 'then', 'after', 'from', 'period', 'retention', 'data', 'records',
  'personal', 'information', 'your', 'we', 'it', 'total', 'in total',
];

/** A whole cell that states no period, or no event in retention_trigger (SPEC decision 13); N/A, `-` and the like are cellText's. */
export const NOT_STATED_WORDS = wordTable({ 'not-stated': ['无', '暂无', '没有', 'none', '未定', '待定', 'tbd', 'unspecified', 'not specified'] });

/** Phrases that defer the period to the law or to the purpose: read as no period stated (see the decisions). */
export const DEFERRED_WORDS = [
  '法律法规规定的期限', '法律法规规定期限', '法律法规规定的', '法律法规规定', '法律规定的期限', '法律规定的', '法律规定', '法律法规要求的期限', '法律法规要求',
  '法定保存期限', '法定期限', '法定', '依法', '监管要求的期限', '监管要求',
  '实现处理目的所必要的最短时间', '实现目的所必需的最短时间', '实现处理目的所需的最短时间', '实现目的所需的最短时间', '所必要的最短时间', '所必需的最短时间',
  '最短必要期限', '业务所需期限', '业务需要',
  'as required by applicable laws', 'as required by applicable law', 'as required by laws and regulations', 'as required by law', 'required by law',
  'statutory retention period', 'statutory period', 'legal retention period', 'per legal requirements', 'as long as required by law',
  'as long as necessary to fulfil the purposes', 'as long as necessary to fulfill the purposes', 'as long as necessary',
];

export const RETENTION_ACCEPTED =
  'a period (5y, 30 days, 3个工作日, 三个月, 半年, 一年半, P5Y, seven years, 永久, 长期, forever); ' +
  'a bound (最长2年, 不超过30天, 15日内, up to 30 days, 不少于180天, 至少6个月, 3年以上, at least 5 years); ' +
  'with its event (注销后15日内删除, 用户注销后立即删除, 合同终止后保存三年, 交易完成之日起不少于三年, 30 days after account closure, ' +
  'until account deletion, 账户存续期间, 服务期间及服务终止后30天); 无 or none when no period is stated';
