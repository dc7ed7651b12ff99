/**
 * A ticket's type cell → the kind of request the packs give periods for (003 answers access, correction
 * and deletion requests and complaints within 30 days of verifying the person, other inquiries within
 * 15). Words as ticket systems and PIPL Arts. 44–47 name them; a cell naming none is `null` (unknown).
 */
import type { RequestType } from '../../policy/types.js';
import { cellText, wordFinder } from '../../text/word-finder.js';

/** Checked in this order: 投诉删除不及时 is a complaint before it is a deletion. */
const WORDS: readonly [RequestType, readonly string[]][] = [
  ['complaint', ['投诉', '举报', '申诉', 'complaint', 'complain', 'grievance']],
  ['withdrawal', ['撤回', '撤销同意', '取消授权', 'withdraw', 'withdrawal', 'revoke', 'revocation', 'opt out']],
  ['portability', ['转移', '可携', 'portability', 'transfer']],
  ['deletion', ['删除', '清除', 'deletion', 'delete', 'erasure', 'erase', 'removal', 'remove']],
  ['correction', ['更正', '补充', '修改', '修正', 'correction', 'correct', 'rectification', 'rectify', 'amend', 'update']],
  ['access', ['查阅', '复制', '查询', '访问', '获取', '副本', 'access', 'copy', 'view', 'export']],
  ['inquiry', ['咨询', '问题', '意见', '建议', '反馈', '疑问', '其他', '其它', 'inquiry', 'enquiry', 'question', 'feedback', 'suggestion', 'other', 'general']],
];

/** Per type: its words as word-finder.ts finds them (Chinese anywhere; English where a word starts, `review` is not `view`). */
const MATCHERS = WORDS.map(([type, words]) => ({ type, says: wordFinder(words) }));

/** The request type a cell names, or null when it names none of them (or is empty). */
export function requestType(cell: string): RequestType | null {
  const text = cellText(cell); // once per distinct cell (the counters cache types)
  if (text.folded.length === 0) return null;
  return MATCHERS.find(({ says }) => says(text))?.type ?? null;
}
