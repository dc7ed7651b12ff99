/** Who is a declared recipient (SPEC decision 7): affiliates, SDK-table organisations, registered roles. */
import type { ClauseRef, RecipientRole } from '../policy/types.js';
import { fold } from '../text/suggest.js';
import type { CheckContext } from './types.js';

export type RecipientVerdict =
  | { declared: true; as: 'affiliate' | 'sdk' | 'registered' }
  | { declared: false; reason: 'prohibited-role'; role: RecipientRole; clause: ClauseRef }
  | { declared: false; reason: 'role-not-allowed'; role: RecipientRole }
  | { declared: false; reason: 'unknown' };

const AFFILIATE_WORDS = ['affiliates', 'affiliate', 'affiliated parties', 'affiliated companies', '关联方', '关联公司', '关联企业'].map(fold);

/** Generic role words people write in `shared_with` instead of a name. */
const ROLE_WORDS: [RecipientRole, string[]][] = [
  ['advertiser', ['advertiser', 'advertisers', '广告主', '广告商', '广告合作方']],
  ['processor', ['processor', 'processors', 'entrusted processor', '受托方', '受托处理者']],
  ['service-provider', ['service provider', 'service providers', '服务提供商', '服务商']],
  ['supplier', ['supplier', 'suppliers', '供应商']],
  ['partner', ['partner', 'partners', '合作伙伴', '合作方']],
  ['authority', ['authorities', 'regulator', '监管部门', '司法机关', '行政机关']],
];

function roleWord(name: string): RecipientRole | null {
  const f = fold(name);
  return ROLE_WORDS.find(([, words]) => words.some((w) => fold(w) === f))?.[0] ?? null;
}

/** Legal-entity names compare without punctuation: "Co., Ltd." = "Co. Ltd". */
function entityKey(name: string): string {
  return fold(name).replace(/[.,，。()（）'"]/g, '');
}

function judgeRole(role: RecipientRole, ctx: CheckContext): RecipientVerdict {
  // A pack that allows sharing with affiliates allows the affiliate role, listed in `roles` or not.
  const rule = ctx.policy.role(role) ?? (role === 'affiliate' ? ctx.policy.affiliates() : null);
  if (rule?.value) return { declared: true, as: 'registered' };
  if (rule) return { declared: false, reason: 'prohibited-role', role, clause: rule.clause };
  return { declared: false, reason: 'role-not-allowed', role };
}

const verdicts = new WeakMap<object, WeakMap<object, Map<string, RecipientVerdict>>>();

/** Memoised per policy and config: an inventory names the same few recipients on many rows. */
export function judgeRecipient(name: string, ctx: CheckContext): RecipientVerdict {
  let byConfig = verdicts.get(ctx.policy);
  if (!byConfig) verdicts.set(ctx.policy, (byConfig = new WeakMap()));
  let cache = byConfig.get(ctx.config);
  if (!cache) byConfig.set(ctx.config, (cache = new Map()));
  let v = cache.get(name);
  if (!v) cache.set(name, (v = judge(name, ctx)));
  return v;
}

function judge(name: string, ctx: CheckContext): RecipientVerdict {
  const key = entityKey(name);
  if (AFFILIATE_WORDS.includes(fold(name)) && ctx.policy.affiliates()?.value) return { declared: true, as: 'affiliate' };
  if (ctx.policy.ownerNames().some((n) => entityKey(n) === key)) return { declared: true, as: 'affiliate' };
  if (ctx.policy.sdkRows().some(({ row }) => entityKey(row.organization) === key)) return { declared: true, as: 'sdk' };
  const registered = ctx.config.recipients.find((r) => [r.name, ...r.aliases].some((n) => entityKey(n) === key));
  if (registered) return judgeRole(registered.role, ctx);
  const role = roleWord(name);
  return role ? judgeRole(role, ctx) : { declared: false, reason: 'unknown' };
}
