import { LAW } from '../law.js';
import { fieldFinding, mentionsAny, perInventoryRecord } from '../helpers.js';
import type { Rule } from '../types.js';

/** Purposes that amount to marketing or profiling, as inventories write them. */
const MARKETING_WORDS = ['marketing', 'advertis', 'promotion', 'promote', 'profiling', 'targeting', 'recommendation', 'personaliz', 'personalis', '营销', '推广', '广告', '画像', '精准推送', '个性化推荐', '推荐', '促销'];

export const prohibitedMarketing: Rule = {
  meta: {
    id: 'prohibited-marketing',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    description: {
      en: 'Marketing or profiling on religious belief, sex or disease.',
      zh: '基于宗教信仰、性别或疾病进行营销或画像。',
    },
    messages: {
      en: "field '{field}' ({itemName}) is used for '{purpose}', a purpose the policy prohibits for this information",
      zh: '字段「{field}」（{itemName}）用于「{purpose}」，政策禁止将此类信息用于该目的',
    },
    clause: { pack: 'prohibited', law: LAW.automatedDecisions },
    explain: {
      en: `## prohibited-marketing

**What it means.** The field's \`purpose\` (目的) mentions marketing, advertising, promotion, profiling or personalised recommendation, and the field holds information the pack bars from such use — religious belief, sex, or disease and other health information under JD Cloud's §7.5(4).

**Why it matters.** The JD Cloud policies promise not to use such information for promotion (000/002 §7.5(4)); PIPL Art. 24 further requires that automated marketing offers an option not based on personal characteristics.

**How to fix.** Remove the field from marketing and profiling pipelines (and from feature sets of recommendation models), and correct the declared purpose.`,
      zh: `## prohibited-marketing（禁止的营销用途）

**含义：** 字段的 \`目的\` 涉及营销、广告、推广、画像或个性化推荐，而该字段包含政策禁止用于此类用途的信息——京东智联云 §7.5(4) 所指的宗教信仰、性别、疾病等健康信息。

**为什么重要：** 京东智联云隐私政策承诺不以此类信息进行推广（000/002 §7.5(4)）；《个人信息保护法》第二十四条还要求自动化营销提供不针对个人特征的选项。

**如何修复：** 将该字段移出营销和画像流程（及推荐模型的特征集），并更正所声明的目的。`,
    },
  },
  check: perInventoryRecord((r, ctx) => {
    if (!r.item || !mentionsAny(r.purpose, MARKETING_WORDS)) return null;
    const bans = ctx.policy.prohibitions(r.item);
    return bans.length ? fieldFinding(r, r.item, { purpose: r.purpose! }, { clause: bans[0]!.clause }) : null;
  }),
};
