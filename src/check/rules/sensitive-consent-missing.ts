import { LAW } from '../law.js';
import { fieldFinding, perInventoryRecord } from '../helpers.js';
import type { Consent } from '../../normalize/types.js';
import type { Rule } from '../types.js';

const CONSENT_ZH: Record<Consent, string> = { implied: '默示同意', explicit: '明示同意', separate: '单独同意', guardian: '监护人同意' };

export const sensitiveConsentMissing: Rule = {
  meta: {
    id: 'sensitive-consent-missing',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    needs: ['consent'],
    description: {
      en: 'Sensitive personal information collected without separate consent.',
      zh: '收集敏感个人信息未取得单独同意。',
    },
    messages: {
      en: "field '{field}' ({itemName}) needs separate consent; the inventory records {consent}",
      zh: '字段「{field}」（{itemName}）须取得单独同意；清单记录的同意方式为{consent}',
    },
    clause: { pack: 'consent.sensitive', law: LAW.separateConsent },
    explain: {
      en: `## sensitive-consent-missing

**What it means.** The field holds an item of the PIPL Art. 28 set — biometrics, religious belief, specific identity, medical health, financial accounts, whereabouts and precise location — or an item the pack marks sensitive when the pack itself requires separate consent for sensitive information (Jingkefu, 003), and its \`consent\` column does not say \`separate\` (单独同意).

**Why it matters.** PIPL Art. 29: processing sensitive personal information requires the individual's separate consent. Bundled consent to a whole privacy policy ("implied" or "explicit") is not enough. This applies under every pack (SPEC decision 5).

**How to fix.** Obtain separate consent at the point of collection (a dedicated prompt for the specific purpose) and record \`consent: separate\`. If the field does not actually hold the item, correct its category.`,
      zh: `## sensitive-consent-missing（敏感信息缺少单独同意）

**含义：** 字段包含《个人信息保护法》第二十八条所列信息——生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹与精准定位——或在政策包本身要求敏感信息单独同意时（京客服 003）被政策包标为敏感的信息，而 \`同意方式\` 不是"单独同意"。

**为什么重要：** 《个人信息保护法》第二十九条：处理敏感个人信息应当取得个人的单独同意。对整份隐私政策的概括同意（默示或明示）不够。本规则适用于所有政策包（SPEC 决定 5）。

**如何修复：** 在收集时取得单独同意（针对具体目的的专门弹窗），并记录 \`同意方式: 单独同意\`。若字段实际不含该信息，请更正其类别。`,
    },
  },
  check: perInventoryRecord((r, ctx) => {
    if (!r.item || r.consent.includes('separate')) return null;
    const lawSet = !!ctx.taxonomy.item(r.item)?.separateConsent;
    const packSet = !!ctx.policy.clause('consent.sensitive') && !!ctx.policy.sensitive(r.item);
    if (!lawSet && !packSet) return null;
    const consent = r.consent.length ? { en: r.consent.join(', '), zh: r.consent.map((c) => CONSENT_ZH[c]).join('、') } : { en: 'none', zh: '无' };
    return fieldFinding(r, r.item, { consent });
  }),
};
