import { LAW } from '../law.js';
import { fieldFinding, perInventoryRecord } from '../helpers.js';
import { durationArgs, EVENT_LABEL, retentionConflicts } from '../retention.js';
import type { Rule } from '../types.js';

export const retentionBelowMinimum: Rule = {
  meta: {
    id: 'retention-below-minimum',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    needs: ['retention', 'retention_trigger'],
    description: {
      en: "Kept shorter than the policy's minimum (transaction records: 5 years).",
      zh: '保存期限短于政策规定的最短期限（交易记录：5 年）。',
    },
    messages: {
      en: "field '{field}' ({itemName}) is kept {declared}, less than the minimum of {limit} from {event}",
      zh: '字段「{field}」（{itemName}）的保存期限为{declared}，少于自{event}起至少{limit}的要求',
    },
    clause: { pack: 'retention', law: LAW.retention },
    explain: {
      en: `## retention-below-minimum

**What it means.** The pack or the law requires some information to be kept for at least a period, and the inventory declares a shorter one. The JD Cloud account-cancellation instructions (annex of 000 and 002) ask users to keep transaction vouchers and state that transaction records are kept for at least five years, as the E-Commerce Law (Art. 31) requires of platforms. Under every pack, network logs (\`internet-records.logs\`) are kept at least six months (Cybersecurity Law Art. 21(3)). A field declared only by its category is compared with the minimums that cover the whole category.

**Why it matters.** Deleting too early breaks a legal retention duty as surely as keeping too long breaks PIPL Art. 19.

**How to fix.** Extend the retention to the minimum and record it (\`5y\` from \`transaction\`). The comparison uses the event the period counts from: a period counted from collection is read as counted from the transaction for transaction records; an unstated event is read as the rule's.`,
      zh: `## retention-below-minimum（保存期限不足）

**含义：** 政策包或法律要求某些信息至少保存一定期限，而清单声明的期限更短。京东智联云账号注销须知（000、002 附件）说明交易记录至少保存五年，这也是《电子商务法》第三十一条对平台的要求。无论加载哪个政策包，网络日志（\`internet-records.logs\`）都应留存不少于六个月（《网络安全法》第二十一条第（三）项）。只写了类别的字段，按覆盖整个类别的最短期限比较。

**为什么重要：** 过早删除与保存过久一样违规：前者违反法定保存义务，后者违反《个人信息保护法》第十九条。

**如何修复：** 将期限延长到最短期限并记录（自 \`交易\` 起 \`5年\`）。比较时考虑起算事件：交易记录自收集起算视同自交易起算；未写起算事件时按规则的事件理解。`,
    },
  },
  check: perInventoryRecord((r, ctx) =>
    retentionConflicts(r, 'minimum', ctx).map((c) => fieldFinding(r, r.item, { ...durationArgs(r.retention!, c.limit), event: EVENT_LABEL[c.rule.from] }, { clause: c.clause, key: `${c.clause.policy} ${c.rule.id}` })),
  ),
};
