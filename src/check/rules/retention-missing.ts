import { LAW } from '../law.js';
import { fieldFinding, holdsPersonalInformation, perInventoryRecord } from '../helpers.js';
import type { Rule } from '../types.js';

export const retentionMissing: Rule = {
  meta: {
    id: 'retention-missing',
    defaultSeverity: 'warning',
    appliesTo: ['inventory'],
    needs: ['retention'],
    description: {
      en: 'No retention period declared for personal information.',
      zh: '个人信息未声明保存期限。',
    },
    messages: {
      en: "field '{field}' ({itemName}) has no retention period",
      zh: '字段「{field}」（{itemName}）未声明保存期限',
    },
    // The pack's retention rules are about specific events; a missing period is measured against the law itself.
    clause: { law: LAW.retention },
    explain: {
      en: `## retention-missing

**What it means.** A field holding personal information — named as an item, declared only by its category (\`identity\`, 个人上网记录), marked \`sensitive\`, or with a category that cannot be read (\`unrecognized-value\`; which item it is does not matter here) — has no \`retention\` (保存期限): empty or not applicable (\`N/A\`, \`-\`, \`无\`), neither on its own row nor inherited from its dataset or system (YAML).

**Why it matters.** PIPL Art. 19: personal information is kept no longer than necessary for the purpose; Art. 47 requires deletion when the retention period ends. Without a declared period, neither \`retention-exceeds-limit\` nor \`retention-below-minimum\` can be checked, and nobody knows when to delete.

**How to fix.** Declare a period (\`5y\`, \`30d\`, \`3个工作日\`, \`P5Y\`, \`永久\` if truly indefinite) and the event it counts from in \`retention_trigger\` (collection, account-cancellation, service-termination, transaction). In YAML, set it once on the dataset or system.`,
      zh: `## retention-missing（缺少保存期限）

**含义：** 含个人信息的字段（写明具体信息项；只写了类别，如 \`identity\`、个人上网记录；\`敏感\` 列标为敏感；或类别无法识别（\`unrecognized-value\`）：此处与是哪一项信息无关）\`保存期限\` 为空或写作不适用（\`N/A\`、\`-\`、\`无\`），本行未写，也未从数据集或系统（YAML）继承。

**为什么重要：** 《个人信息保护法》第十九条：保存期限应为实现处理目的所必要的最短时间；第四十七条要求保存期限届满时删除。未声明期限，就无法检查是否超期或不足，也无人知道何时删除。

**如何修复：** 声明期限（\`5y\`、\`30d\`、\`3个工作日\`、\`P5Y\`，确需长期保存时写 \`永久\`）及 \`起算\` 事件（收集、账号注销、服务终止、交易）。YAML 中可在数据集或系统层统一设置。`,
    },
  },
  // A row declared by its category alone (identity, 个人上网记录), or by one that cannot be read, holds personal information as surely as an item row.
  check: perInventoryRecord((r, ctx) => (!r.retention && holdsPersonalInformation(r, ctx) ? fieldFinding(r, r.item, {}) : null)),
};
