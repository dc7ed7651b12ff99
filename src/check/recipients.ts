/** Who is a declared recipient (SPEC decision 7): affiliates, SDK-table organisations, registered roles. */
import type { ClauseRef, RecipientRole } from '../policy/types.js';
import { loadCatalog } from '../sdk/catalog.js';
import { orgKey } from '../sdk/keys.js';
import { fold } from '../text/suggest.js';
import type { CheckContext } from './types.js';

export type RecipientVerdict =
  | { declared: true; as: 'affiliate' | 'sdk' | 'registered' }
  | { declared: false; reason: 'prohibited-role'; role: RecipientRole; clause: ClauseRef }
  | { declared: false; reason: 'role-not-allowed'; role: RecipientRole }
  | { declared: false; reason: 'unknown' };

/**
 * Group words people write instead of naming an affiliate: 关联公司/集团 as JD's own terms use them (001 §2.3.3:
 * "京东智联云的关联公司或京东集团内…"), and the English of published policies ("our affiliates", "group companies").
 */
const AFFILIATE_WORDS = [
  'affiliates', 'affiliate', 'our affiliates', 'affiliated parties', 'affiliated companies', 'affiliated entities',
  'group companies', 'group company', 'group entities', 'companies in our group', 'members of our group', 'intra-group', 'intragroup',
  '关联方', '关联公司', '关联企业', '关联机构', '关联主体', '集团关联公司', '集团内关联企业', '集团内关联公司', '集团内公司', '集团内部',
  '集团公司', '同一集团', '同一集团内的关联公司', '同一集团内公司', '集团成员', '集团成员企业',
].map(fold);

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

/**
 * Legal-entity names compare as the SDK matcher compares organisations (src/sdk/keys.ts): case, spaces and
 * punctuation ignored, "Co., Ltd." = "Co.,Ltd" = "Company Limited", 有限责任公司 = 有限公司; and "Corp." = "Corporation".
 */
function entityKey(name: string): string {
  return orgKey(name.replace(/\bcorporation\b/gi, 'corp'));
}

/**
 * One entity under two names: the same key, or names the SDK catalog knows as one organisation (an English
 * legal name and its Chinese one: Beijing Xiaomi Technology Co., Ltd. = 北京小米科技有限责任公司).
 */
function sameEntity(a: string, b: string): boolean {
  if (entityKey(a) === entityKey(b)) return true;
  const catalog = loadCatalog();
  const id = catalog.organizationIdForName(a);
  return id !== null && id === catalog.organizationIdForName(b);
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

/**
 * A group word: `关联公司`, `affiliates`, also with the owner's name before it (`京东集团内关联企业`, `JD Cloud affiliates`)
 * or examples after it in brackets (`关联公司（京东物流、京东金融）`).
 */
function isAffiliateWord(name: string, ctx: CheckContext): boolean {
  const f = fold(name.normalize('NFKC').replace(/\s*\([^()]*\)\s*$/, ''));
  if (AFFILIATE_WORDS.includes(f)) return true;
  return ctx.policy.ownerNames().some((owner) => {
    const o = fold(owner);
    if (!f.startsWith(o)) return false;
    const rest = f.slice(o.length).replace(/^(?:'s|的|集团)/, '');
    return rest === '' ? false : AFFILIATE_WORDS.includes(rest) || AFFILIATE_WORDS.includes(fold('集团' + rest));
  });
}

function judge(name: string, ctx: CheckContext): RecipientVerdict {
  if (isAffiliateWord(name, ctx) && ctx.policy.affiliates()?.value) return { declared: true, as: 'affiliate' };
  if (ctx.policy.ownerNames().some((n) => sameEntity(name, n))) return { declared: true, as: 'affiliate' };
  if (ctx.policy.sdkRows().some(({ row }) => sameEntity(name, row.organization))) return { declared: true, as: 'sdk' };
  const registered = ctx.config.recipients.find((r) => [r.name, ...r.aliases].some((n) => sameEntity(name, n)));
  if (registered) return judgeRole(registered.role, ctx);
  const role = roleWord(name);
  return role ? judgeRole(role, ctx) : { declared: false, reason: 'unknown' };
}
