import { LAW } from '../law.js';
import { fieldFinding, holdsPersonalInformation, perInventoryRecord } from '../helpers.js';
import type { InventoryRecord } from '../../load/types.js';
import type { Consent } from '../../normalize/types.js';
import { namesChildrenUnder14 } from '../subjects.js';
import type { CheckContext, Localized, Rule } from '../types.js';

const CONSENT_ZH: Record<Consent, string> = { implied: '默示同意', explicit: '明示同意', separate: '单独同意', guardian: '监护人同意' };

/** Why the field is sensitive, when its item does not say so: its subjects are children under 14 (PIPL Art. 28). */
const ITEM: Localized = { en: '', zh: '' };
const CHILDREN: Localized = {
  en: ' holds personal information of children under 14 ({subjects}), sensitive under PIPL Art. 28, and',
  zh: '包含不满十四周岁未成年人（{subjects}）的个人信息，属《个人信息保护法》第二十八条规定的敏感个人信息，',
};

/** The item's sensitivity: the PIPL Art. 28 set, or the pack's sensitive items when the pack asks separate consent for them. */
function sensitiveItem(r: InventoryRecord, ctx: CheckContext): boolean {
  if (!r.item) return false;
  return !!ctx.taxonomy.item(r.item)?.separateConsent || (!!ctx.policy.clause('consent.sensitive') && !!ctx.policy.sensitive(r.item));
}

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
      en: "field '{field}' ({itemName}){why} needs separate consent; the inventory records {consent}",
      zh: '字段「{field}」（{itemName}）{why}须取得单独同意；清单记录的同意方式为{consent}',
    },
    clause: { pack: 'consent.sensitive', law: LAW.separateConsent },
    explain: {
      en: `## sensitive-consent-missing

**What it means.** The field holds sensitive personal information and its \`consent\` column does not say \`separate\` (单独同意). Sensitive here is the PIPL Art. 28 set: an item that is biometrics, religious belief, specific identity, medical health, financial accounts, whereabouts or precise location; or personal information of children under 14, whatever the item (even one privaudit cannot place), when the field's \`subjects\` (主体) column names them — 儿童, children, 不满十四周岁, 14岁以下, under 14, or an age range starting below 14 (minors in general, 未成年人 or under 18, do not say so). An item the pack marks sensitive counts too when the pack itself requires separate consent for sensitive information (Jingkefu, 003).

**Why it matters.** PIPL Art. 29: processing sensitive personal information requires the individual's separate consent. Bundled consent to a whole privacy policy ("implied" or "explicit") is not enough. This applies under every pack (SPEC decision 5). For children under 14, Art. 31 also requires the consent of a parent or guardian: a missing guardian consent is \`minor-consent-missing\`'s finding, and this rule asks only that the consent be separate — a field with guardian consent still gets this finding until the guardian's consent is recorded as separate, and a field with neither gets both findings, each naming what to add.

**How to fix.** Obtain separate consent at the point of collection (a dedicated prompt for the specific purpose) and record \`consent: separate\`; for children under 14, the guardian gives it (\`consent: guardian; separate\`). If the field does not actually hold the item, correct its category.`,
      zh: `## sensitive-consent-missing（敏感信息缺少单独同意）

**含义：** 字段包含敏感个人信息，而 \`同意方式\` 不是"单独同意"。此处的敏感个人信息即《个人信息保护法》第二十八条所列：生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹与精准定位等信息项；以及不满十四周岁未成年人的个人信息——无论是哪一项信息（即使无法识别），只要字段的 \`主体\` 列写明（儿童、children、不满十四周岁、14岁以下、under 14，或下限低于 14 岁的年龄段；泛称未成年人或 18 岁以下的不算）。在政策包本身要求敏感信息单独同意时（京客服 003），被政策包标为敏感的信息也包括在内。

**为什么重要：** 《个人信息保护法》第二十九条：处理敏感个人信息应当取得个人的单独同意。对整份隐私政策的概括同意（默示或明示）不够。本规则适用于所有政策包（SPEC 决定 5）。对不满十四周岁的未成年人，第三十一条还要求取得其父母或其他监护人的同意：缺少监护人同意由 \`minor-consent-missing\` 报告，本规则只要求同意是单独同意——已有监护人同意、但未记录为单独同意的字段仍会得到本发现；两者都缺的字段两条发现都会得到，各自说明应补充什么。

**如何修复：** 在收集时取得单独同意（针对具体目的的专门弹窗），并记录 \`同意方式: 单独同意\`；不满十四周岁的儿童由监护人作出（\`同意方式: 监护人同意、单独同意\`）。若字段实际不含该信息，请更正其类别。`,
    },
  },
  // Guardian consent (Art. 31) is minor-consent-missing's; this rule asks only for the separate consent (Art. 29).
  check: perInventoryRecord((r, ctx) => {
    if (r.consent.includes('separate') || !holdsPersonalInformation(r, ctx)) return null;
    const why = sensitiveItem(r, ctx) ? ITEM : namesChildrenUnder14(r.subjects) ? CHILDREN : null;
    if (!why) return null;
    const consent = r.consent.length ? { en: r.consent.join(', '), zh: r.consent.map((c) => CONSENT_ZH[c]).join('、') } : { en: 'none', zh: '无' };
    return fieldFinding(r, r.item, { consent, why, subjects: r.subjects ?? '' });
  }),
};
