import type { ClauseRef } from '../../policy/types.js';
import type { Rule } from '../types.js';

/** PIPL Art. 54: compliance is audited regularly — an accepted deviation is looked at again when its waiver ends. */
const PIPL_ART_54: ClauseRef = { policy: 'PIPL', section: 'Art. 54', quote: '个人信息处理者应当定期对其处理个人信息遵守法律、行政法规的情况进行合规审计。' };

/**
 * An expired waiver. No input file alone can show one: the waiver pass (src/suppress/apply.ts) raises it
 * after matching waivers against every finding, so the engine never calls `check` (appliesTo: waivers).
 */
export const waiverExpired: Rule = {
  meta: {
    id: 'waiver-expired',
    defaultSeverity: 'error',
    appliesTo: ['waivers'],
    description: {
      en: 'A waiver that accepted findings has passed its expiry date: the findings are reported again until it is renewed or they are fixed.',
      zh: '豁免已过有效期：其接受的发现重新报告，直至豁免续期或问题修复。',
    },
    messages: {
      en: "the waiver for '{rule}' ({target}) expired on {expires}{reference}: {count} finding(s) it accepted are reported again; fix them, or renew the waiver with a new approval",
      zh: '规则「{rule}」的豁免（{target}）已于 {expires} 到期{reference}：其接受的 {count} 条发现重新报告；请修复，或经重新审批后续期',
    },
    clause: { law: PIPL_ART_54 },
    explain: {
      en: `## waiver-expired

**What it means.** An entry of the waiver file (\`waivers.yaml\`) accepted findings of a rule until its \`expires\` date, and that date is before the audit day (\`--as-of\`, default today). The findings it covered are reported again, and this finding points at the waiver's line.

**Why it matters.** A waiver is a recorded, approved exception — not a permanent silence. PIPL Art. 54 requires regular compliance audits, and Art. 55–56 require a personal-information impact assessment (kept at least three years) for sensitive PI, provision to third parties and cross-border transfer: an accepted risk has to be assessed again, by someone accountable, when its term ends.

**How to fix.** Fix the findings and delete the waiver entry; or, after a new review, set a new \`expires\` date (and \`approver\`, \`reference\` to the new assessment). To accept a finding for good, record it in a baseline (\`--write-baseline\`) instead, where code review sees it.`,
      zh: `## waiver-expired（豁免已到期）

**含义：** 豁免文件（\`waivers.yaml\`）中的某条豁免在 \`expires\` 日期前接受了某条规则的发现，而该日期已早于审计日（\`--as-of\`，默认今天）。其覆盖的发现重新报告，本发现指向该豁免所在行。

**为什么重要：** 豁免是经审批、有记录的例外，而不是永久静默。《个人信息保护法》第五十四条要求定期进行合规审计；第五十五、五十六条要求对处理敏感个人信息、向他人提供、向境外提供等情形进行个人信息保护影响评估，并至少保存三年：已接受的风险在期满时须由负责人重新评估。

**如何修复：** 修复相关问题并删除该豁免；或经重新评审后设置新的 \`expires\` 日期（并更新 \`approver\`、指向新评估的 \`reference\`）。若要长期接受某条发现，请改用基线（\`--write-baseline\`），使其经过代码评审。`,
    },
  },
  check: () => [],
};
