import { LAW } from '../law.js';
import { fieldFinding, perInventoryRecord } from '../helpers.js';
import { durationArgs, EVENT_LABEL, retentionConflicts } from '../retention.js';
import type { Rule } from '../types.js';

export const retentionExceedsLimit: Rule = {
  meta: {
    id: 'retention-exceeds-limit',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    needs: ['retention', 'retention_trigger'],
    description: {
      en: "Kept past the policy's limit (personal information after account cancellation; data after service termination).",
      zh: '保存超过政策规定的期限（账号注销后的个人信息；服务终止后的数据）。',
    },
    messages: {
      en: "field '{field}' ({itemName}) is kept {declared}, beyond the limit of {limit} after {event}",
      zh: '字段「{field}」（{itemName}）的保存期限为{declared}，超过{event}后{limit}的期限',
    },
    clause: { pack: 'retention', law: LAW.deletion },
    explain: {
      en: `## retention-exceeds-limit

**What it means.** The pack limits how long information may be kept after an event, and the inventory declares a longer period counted from that event (or \`永久\`/forever, which outlives every limit). Examples: JD Cloud reviews an account cancellation within 3 working days and then deletes the personal information (000/002 §6.2.2); customer data is kept 7 days after a service ends, then deleted (001 §3.8.3).

**Why it matters.** PIPL Art. 47 requires deletion when the retention period has expired or the service stops; Art. 19 keeps retention to the shortest necessary time. Working days follow the State Council holiday calendar, including make-up working weekends.

**Records that must be kept.** An item the pack or the law requires kept for a minimum — transaction records (annex of 000/002), network logs (Cybersecurity Law Art. 21(3), six months) — is governed by that minimum, not by the promise to delete personal information after an account is cancelled (PIPL Art. 47 excepts periods set by law). Limits that name the item itself, and the deletion at the end of operations, still apply. A field declared only by its category is compared with the limits that cover the whole category.

**How to fix.** Shorten the period and implement the deletion job, or — when a law requires longer retention for a specific item (transaction records) — declare that item's own period and trigger so the right rule applies.`,
      zh: `## retention-exceeds-limit（超期保存）

**含义：** 政策包限制某事件后信息可保存的时长，而清单声明的、自该事件起算的期限更长（或为"永久"，超过任何期限）。例如：京东智联云在 3 个工作日内审核账号注销申请，审核通过后删除个人信息（000/002 §6.2.2）；服务终止后客户数据保留 7 天后删除（001 §3.8.3）。

**为什么重要：** 《个人信息保护法》第四十七条要求保存期限届满或停止提供服务时删除；第十九条要求保存期限为必要的最短时间。工作日按国务院节假日安排计算，含调休上班日。

**须留存的记录：** 政策包或法律规定了最短保存期限的信息——交易记录（000/002 附件）、网络日志（《网络安全法》第二十一条第（三）项，六个月）——按该最短期限管理，不受"账号注销后删除个人信息"承诺的约束（《个人信息保护法》第四十七条：法律、行政法规规定的保存期限未届满的除外）。专门针对该项信息的期限，以及停止运营后的删除，仍然适用。只写了类别的字段，按覆盖整个类别的期限比较。

**如何修复：** 缩短期限并落实删除任务；若法律要求某项信息（如交易记录）保存更久，请为该项单独声明期限和起算事件，使正确的规则生效。`,
    },
  },
  check: perInventoryRecord((r, ctx) =>
    retentionConflicts(r, 'maximum', ctx).map((c) => fieldFinding(r, r.item, { ...durationArgs(r.retention!, c.limit), event: EVENT_LABEL[c.rule.from] }, { clause: c.clause, key: `${c.clause.policy} ${c.rule.id}` })),
  ),
};
