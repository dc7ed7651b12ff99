import { LAW } from '../law.js';
import { fieldFinding, holdsPersonalInformation, perInventoryRecord } from '../helpers.js';
import { judgeRecipient } from '../recipients.js';
import type { RawFinding, Rule } from '../types.js';

const WHY = {
  unknown: {
    en: 'is not an affiliate, not in the SDK table and not registered; register it under `recipients:` in privaudit.config.yaml with its role (e.g. processor)',
    zh: '既非关联方，也不在 SDK 列表中，且未登记；请在 privaudit.config.yaml 的 `recipients:` 中登记其名称和角色（如 processor 受托处理者）',
  },
  'role-not-allowed': { en: "is registered as '{role}', a role the policy does not allow", zh: '登记的角色为「{role}」，政策未允许向该角色提供' },
  'prohibited-role': { en: "has the role '{role}', to which the policy forbids sharing", zh: '角色为「{role}」，政策明确不向该角色提供' },
};

export const undeclaredRecipient: Rule = {
  meta: {
    id: 'undeclared-recipient',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    needs: ['shared_with'],
    description: {
      en: 'Personal information shared with a recipient the policy does not declare.',
      zh: '向政策未声明的接收方共享个人信息。',
    },
    messages: {
      en: "field '{field}' is shared with '{recipient}', which {why}",
      zh: '字段「{field}」共享给「{recipient}」，该接收方{why}',
    },
    clause: { pack: 'recipients', law: LAW.provision },
    explain: {
      en: `## undeclared-recipient

**What it means.** A name in the field's \`shared_with\` (共享对象) column is none of the recipients the policy declares. A recipient counts as declared when it is an affiliate (the words "affiliates"/关联方 where the pack allows sharing with affiliates, or an entity of the policy owner's group the pack names), an organisation of the pack's SDK table, or a recipient registered in the config's \`recipients:\` list with a role the pack allows — for example an entrusted processor, supplier or service provider under 002 §5.1.3. Advertisers are never allowed under 002 (§7.5(3)). It does not depend on which item the field holds: a field counts as personal information when its item or category says so, when it is marked \`sensitive\`, or when its category cannot be read (\`unrecognized-value\`), and such a field is checked too.

**Why it matters.** PIPL Art. 23 requires telling people who receives their information and obtaining separate consent; sharing with an undisclosed party breaks the policy's promise (002 §5.1.1: "We will not share your personal information with any company, organization or individual other than JD Cloud & AI, except…").

**How to fix.** If the recipient is a legitimate processor or partner, register it:

\`\`\`yaml
recipients:
  - name: Acme Cloud Services Ltd.
    aliases: [Acme, 阿克米云]
    role: processor
\`\`\`

Otherwise stop the sharing, or update the policy to disclose the recipient.`,
      zh: `## undeclared-recipient（未声明的接收方）

**含义：** 字段 \`共享对象\` 列中的某个名称不属于政策声明的接收方。以下情形视为已声明：关联方（政策允许向关联方共享时的"关联方/affiliates"字样，或政策包列明的集团内主体）、政策 SDK 列表中的机构，或在配置文件 \`recipients:\` 中登记且角色为政策所允许（如 002 §5.1.3 的受托处理者、供应商、服务提供商）。002 下任何情况都不允许向广告主提供（§7.5(3)）。本规则与字段是哪一项信息无关：字段的信息项或类别表明其为个人信息、\`敏感\` 列标为敏感，或类别无法识别（\`unrecognized-value\`）时，均视为个人信息并照常检查。

**为什么重要：** 《个人信息保护法》第二十三条要求告知接收方并取得单独同意；向未披露的主体共享违背政策承诺（002 §5.1.1）。

**如何修复：** 若接收方是合法的受托方或合作方，请在 privaudit.config.yaml 中登记：

\`\`\`yaml
recipients:
  - name: 阿克米云计算有限公司
    aliases: [阿克米云, Acme Cloud]
    role: processor          # 受托处理者；角色须为政策所允许
\`\`\`

否则停止共享，或更新政策予以披露。`,
    },
  },
  // Who receives the data does not depend on which item it is: a field of unknown item is checked too.
  check: perInventoryRecord((r, ctx) => {
    if (r.sharedWith.length === 0 || !holdsPersonalInformation(r, ctx)) return null;
    const out: RawFinding[] = [];
    for (const recipient of r.sharedWith) {
      const v = judgeRecipient(recipient, ctx);
      if (v.declared) continue;
      const role = v.reason === 'unknown' ? '' : v.role;
      // One finding per recipient of the row: the recipient tells them apart (the engine masks it).
      out.push(fieldFinding(r, r.item, { recipient, why: WHY[v.reason], role }, { key: recipient, ...(v.reason === 'prohibited-role' ? { clause: v.clause } : {}) }));
    }
    return out;
  }),
};
