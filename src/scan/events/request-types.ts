/**
 * A ticket's type cell → the kind of request the packs give periods for (003 answers access, correction
 * and deletion requests and complaints within 30 days of verifying the person, other inquiries within
 * 15). Words as ticket systems and PIPL Arts. 44–47 name them; a cell naming none is `null` (unknown).
 */
import type { RequestType } from '../../policy/types.js';
import { fold } from '../../text/suggest.js';

/** Checked in this order: 投诉删除不及时 is a complaint before it is a deletion. */
const WORDS: readonly [RequestType, readonly string[]][] = [
  ['complaint', ['投诉', '举报', '申诉', 'complaint', 'complain', 'grievance']],
  ['withdrawal', ['撤回', '撤销同意', '取消授权', 'withdraw', 'withdrawal', 'revoke', 'revocation', 'optout']],
  ['portability', ['转移', '可携', 'portability', 'transfer']],
  ['deletion', ['删除', '清除', 'deletion', 'delete', 'erasure', 'erase', 'removal', 'remove']],
  ['correction', ['更正', '补充', '修改', '修正', 'correction', 'correct', 'rectification', 'rectify', 'amend', 'update']],
  ['access', ['查阅', '复制', '查询', '访问', '获取', '副本', 'access', 'copy', 'view', 'export']],
  ['inquiry', ['咨询', '问题', '意见', '建议', '反馈', '疑问', '其他', '其它', 'inquiry', 'enquiry', 'question', 'feedback', 'suggestion', 'other', 'general']],
];

/**
 * Per type: its Chinese words, found anywhere in the folded cell (Chinese has no spaces between words),
 * and its English words, found only where a word starts: `review` is not `view`, `another` not `other`,
 * while `deleted` is `delete`. `optout` also reads `opt-out` and `opt out`.
 */
const MATCHERS = WORDS.map(([type, words]) => {
  const english = words.filter((w) => /^[a-z]+$/.test(w));
  const chinese = words.filter((w) => !english.includes(w)).map(fold);
  const starts = english.map((w) => (w === 'optout' ? 'opt[\\s_-]*out' : w));
  return { type, chinese, english: new RegExp(`(?<![a-z])(?:${starts.join('|')})`) };
});

/** The request type a cell names, or null when it names none of them (or is empty). */
export function requestType(cell: string): RequestType | null {
  // camelCase and PascalCase codes (dataAccess, AccountDeletion) start a word at each capital.
  const text = cell.normalize('NFKC').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const folded = fold(text); // once per distinct cell (the counters cache types)
  if (folded.length === 0) return null;
  for (const { type, chinese, english } of MATCHERS) if (chinese.some((w) => folded.includes(w)) || english.test(text)) return type;
  return null;
}
