import { LAW } from '../law.js';
import { fieldFinding, perInventoryRecord, recordSensitive } from '../helpers.js';
import type { Rule } from '../types.js';

const MISSING = {
  both: { en: 'neither masking nor encryption', zh: '既未脱敏也未加密' },
  masking: { en: 'no masking', zh: '未脱敏' },
  encryption: { en: 'no encryption', zh: '未加密' },
};

export const recipientUnmasked: Rule = {
  meta: {
    id: 'recipient-unmasked',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    needs: ['shared_with', 'masked', 'encrypted'],
    description: {
      en: 'Sensitive personal information shared with a third party without masking and encryption.',
      zh: '向第三方提供敏感个人信息时未同时采取脱敏和加密措施。',
    },
    messages: {
      en: "sensitive field '{field}' ({itemName}) is shared with {recipients} with {missing}",
      zh: '敏感字段「{field}」（{itemName}）提供给「{recipients}」时{missing}',
    },
    clause: { pack: 'security.recipientMasking', law: LAW.security },
    explain: {
      en: `## recipient-unmasked

**What it means.** A sensitive field with a non-empty \`shared_with\` lacks masking, encryption, or both. Both are required.

**Why it matters.** The JD Cloud policies say: "In the use of personal sensitive data, we will require third parties to adopt data masking and encryption technologies" (002 §5.1.5; 000 §5.1.4; Jingkefu 003 §三(一)4).

**How to fix.** Share masked or tokenised values wherever the recipient does not need the clear value, encrypt what is transferred and stored at the recipient, and record both in the \`masked\` and \`encrypted\` columns.`,
      zh: `## recipient-unmasked（向第三方提供未脱敏加密）

**含义：** 敏感字段的 \`共享对象\` 非空，但缺少脱敏或加密，或两者都缺。两者都是必需的。

**为什么重要：** 京东智联云隐私政策规定："在个人敏感数据的使用上，我们要求第三方采用数据脱敏和加密技术"（000 §5.1.4；002 §5.1.5；京客服 003 §三(一)4）。

**如何修复：** 接收方不需要明文时提供脱敏或令牌化后的值，对传输和接收方存储的数据加密，并在 \`脱敏\`、\`加密\` 列中记录。`,
    },
  },
  check: perInventoryRecord((r, ctx) => {
    if (r.sharedWith.length === 0 || !recordSensitive(r, ctx)) return null;
    const masked = !!r.masking?.masked;
    const encrypted = !!r.encryption && r.encryption.kind !== 'none' && r.encryption.kind !== 'encoding';
    if (masked && encrypted) return null;
    const missing = !masked && !encrypted ? MISSING.both : masked ? MISSING.encryption : MISSING.masking;
    return fieldFinding(r, r.item, { recipients: r.sharedWith.join(', '), missing });
  }),
};
