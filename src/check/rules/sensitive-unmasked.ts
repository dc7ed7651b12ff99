import { LAW } from '../law.js';
import { fieldFinding, perInventoryRecord, recordSensitive } from '../helpers.js';
import type { Rule } from '../types.js';

const STATE = {
  no: { en: 'used or displayed without masking', zh: '在使用或展示时未脱敏' },
  undeclared: { en: 'declared with no masking', zh: '未声明脱敏方式' },
};

export const sensitiveUnmasked: Rule = {
  meta: {
    id: 'sensitive-unmasked',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    needs: ['masked'],
    description: {
      en: 'Sensitive personal information used or displayed without masking.',
      zh: '敏感个人信息在使用或展示时未脱敏。',
    },
    messages: {
      en: "sensitive field '{field}' ({itemName}) is {state}",
      zh: '敏感字段「{field}」（{itemName}）{state}',
    },
    clause: { pack: 'security.masking', law: LAW.security },
    explain: {
      en: `## sensitive-unmasked

**What it means.** A sensitive field is declared \`masked: no\` (脱敏: 否), or declares no masking method.

**Why it matters.** The JD Cloud policies promise that when personal information is used — "for presentation and association with computing" — it is masked "including replacement of content and SHA256" (002 §6.1.1; 000 §6.1.1; Jingkefu 003 §一(五)5). PIPL Art. 51 names de-identification as a security measure.

**How to fix.** Mask the field wherever it is shown or used in computation (partial masking such as \`138****5678\`, tokenisation, SHA-256) and write the method in the \`masked\` (脱敏) column.`,
      zh: `## sensitive-unmasked（敏感信息未脱敏）

**含义：** 敏感字段声明为 \`脱敏: 否\`，或未声明脱敏方式。

**为什么重要：** 京东智联云隐私政策承诺，在展示、关联计算等使用个人信息时采用"内容替换、SHA256 等多种数据脱敏技术"（000/002 §6.1.1；京客服 003 §一(五)5）。《个人信息保护法》第五十一条将去标识化列为安全措施。

**如何修复：** 在展示或计算时对该字段脱敏（如 \`138****5678\` 部分遮盖、令牌化、SHA-256），并在 \`脱敏\` 列写明方式。`,
    },
  },
  check: perInventoryRecord((r, ctx) => {
    if (!recordSensitive(r, ctx) || r.masking?.masked) return null;
    return fieldFinding(r, r.item, { state: r.masking ? STATE.no : STATE.undeclared });
  }),
};
