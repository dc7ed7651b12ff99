import { LAW } from '../law.js';
import { resultFindings } from '../export-findings.js';
import type { Rule } from '../types.js';

export const piiInFreeText: Rule = {
  meta: {
    id: 'pii-in-free-text',
    defaultSeverity: 'warning',
    appliesTo: ['export'],
    description: {
      en: 'Personal information embedded in free-text columns (remarks, notes, logs).',
      zh: '自由文本列（备注、说明、日志）中夹带个人信息。',
    },
    messages: {
      en: "free-text column '{column}' holds personal information in {records}: {kinds}",
      zh: '自由文本列“{column}”中有 {records}包含个人信息：{kinds}',
    },
    clause: { pack: 'security.masking', law: LAW.security },
    explain: {
      en: `## pii-in-free-text

**What it means.** A free-text column — remarks, notes, messages, logs (the taxonomy's free-text items), or an unnamed column of long sentences — contains identifiers inside its text: resident ID numbers, mobile numbers, bank cards, e-mail addresses, IPv4 addresses, passports, each validated (check digits, Luhn, number plans). The finding counts the records, names the kinds found, lists the first lines and quotes one identifier masked.

**Why it matters.** Identifiers in free text escape every control put on the proper columns: they are not masked, not encrypted, not covered by access rules, and they travel with every export, log shipment and ticket. The policies promise masking when information is used or displayed (000/002 §6.1.1); PIPL Art. 51 requires de-identification where appropriate.

**How to fix.** Stop agents and systems from typing identifiers into remarks (input validation, templates); mask the existing text (\`maskInText\`), or move the values to proper, protected columns.`,
      zh: `## pii-in-free-text（自由文本夹带个人信息）

**含义：** 自由文本列——备注、说明、留言、日志（分类词表中的自由文本项），或由长句组成的未命名列——的文本中夹带标识符：身份证号、手机号、银行卡号、电子邮箱、IPv4 地址、护照号，均经过校验（校验位、Luhn、号段）。发现统计涉及的记录数，列出发现的种类和首批行号，并引用一个脱敏后的标识符。

**为什么重要：** 自由文本中的标识符绕过了针对正式字段的所有控制：不脱敏、不加密、不受访问规则约束，并随每次导出、日志传输和工单流转。隐私政策承诺在使用和展示时脱敏（000/002 §6.1.1）；《个人信息保护法》第五十一条要求采取去标识化等措施。

**如何修复：** 通过输入校验、模板等方式禁止在备注中录入标识符；对已有文本脱敏，或将这些值迁移到受保护的正式字段中。`,
    },
  },
  check: (file) => resultFindings(file, 'pii-in-free-text'),
};
