import { deadlineFindings } from '../deadline-findings.js';
import type { Rule } from '../types.js';

export const cancellationOverdue: Rule = {
  meta: {
    id: 'cancellation-overdue',
    defaultSeverity: 'error',
    appliesTo: ['export'],
    description: {
      en: "An account-cancellation application reviewed, or its personal information deleted, later than the policy's period (working days).",
      zh: '账号注销申请的审核或个人信息的删除晚于政策承诺的期限（工作日）。',
    },
    messages: {
      en: '{table}, cancellation deadlines: {detail}',
      zh: '「{table}」注销处理期限：{detail}',
    },
    clause: { law: { policy: 'GB/T 35273-2020', section: '8.5 c)', quote: '受理注销账户请求后，需要人工处理的，应在承诺时限内（不超过15个工作日）完成核查和处理' } },
    explain: {
      en: `## cancellation-overdue

**What it means.** JD Cloud reviews an account-cancellation application within 3 working days of it and deletes the personal information once it approves (000/002 §6.2.2), and an exported cancellation log shows applications reviewed later, deletions done later, or either still pending on \`--as-of\` with the deadline gone.

**How records are judged.** A table is a cancellation log when it has an application date (注销申请时间, 申请注销时间, cancellation_requested_at…) and an approval date (审核通过时间, 审核时间, approved_at…) and/or a deletion date (删除时间, 注销时间, deleted_at…), found by name or set in the mapping file (\`cancellation_applied\`, \`cancellation_approved\`, \`deleted_at\`). Working days follow the State Council holiday calendar with its make-up working weekends: an application on Wednesday 30 September 2026 is due on Saturday 10 October (8 and 9 October, then the make-up Saturday), and an approval that day is on time. The review is late when approved after its deadline; the deletion when done after its deadline (the packs read "once approved" as by the review's deadline). Still open on \`--as-of\`: an application not yet approved, or an approved one not yet deleted, past the deadline; one the status column (审核状态, status) says was rejected or withdrawn is not: 驳回, 撤回, 撤销, 取消, 拒绝, 不予通过, rejected, withdrawn… anywhere in the cell (审核驳回, 用户已撤回, 驳回（资料不全）; English words where a word starts), but not right after a negation (未驳回, 未撤回, not rejected), and 审核通过 is no rejection. Dates are read in any common form; a cell that is not a date is reported in its own finding with its column and first rows, never guessed.

**What the finding holds.** One finding per table and stage (review, deletion) with its own clause: \`count\` and \`rows\` give the applications, the message the worst lateness in days and how many are still open, \`evidence\` the first one's dates (\`applied → approved (≤ deadline)\`); the HTML report draws the lateness as a chart. When a pack sets a deletion deadline, the log's own deletion dates are this rule's to check and \`retention-expired\` does not read them (under a pack without one, \`retention-expired\` checks them against its retention period).

**Why it matters.** Cancelling an account is how a person withdraws all consent (000 §7.4); the policy's period is a promise regulators hold the company to, and personal information kept after it is kept without a basis (PIPL Art. 47).

**How to fix.** Review and delete the pending applications; find what held up the late ones (manual review queues, holidays not planned for) and alert before the deadline in working days.`,
      zh: `## cancellation-overdue（注销处理超期）

**含义：** 京东智联云承诺在申请后 3 个工作日内完成账号注销审核，审核通过后删除个人信息（000/002 §6.2.2），而导出的注销记录显示有申请审核超期、删除超期，或在 \`--as-of\` 当日期限已过仍未处理。

**判断方式：** 含注销申请时间列（注销申请时间、申请注销时间、cancellation_requested_at 等），以及审核通过时间列（审核通过时间、审核时间、approved_at 等）和/或删除时间列（删除时间、注销时间、deleted_at 等）的表即为注销记录表，列按名称识别或由映射文件指定（\`cancellation_applied\`、\`cancellation_approved\`、\`deleted_at\`）。工作日按国务院节假日安排计算，含调休上班日：2026 年 9 月 30 日（周三）提出的申请，截止日为 10 月 10 日（周六）（10 月 8 日、9 日，再加调休上班的周六），当天审核通过即不超期。审核通过晚于截止日即审核超期；删除晚于截止日即删除超期（政策包将“审核通过后删除”理解为不晚于审核截止日）。在 \`--as-of\` 当日已过截止日但尚未审核、或已审核但尚未删除的也计入；状态列（审核状态、status）显示驳回或撤回的不计入：单元格中任意位置出现驳回、撤回、撤销、取消、拒绝、不予通过、rejected、withdrawn 等即是（如审核驳回、用户已撤回、驳回（资料不全）；英文词须位于词首），但紧跟在否定词之后的不算（未驳回、未撤回、not rejected），审核通过也不算驳回。日期可为各种常见写法；无法识别的日期单独报告其列和首批行号，绝不猜测。

**发现内容：** 每张表每个环节（审核、删除）一条发现，各自引用条款：\`count\` 和 \`rows\` 给出相关申请，消息给出最长超期天数和仍未办结的数量，\`evidence\` 为第一条的日期（\`申请 → 审核 (≤ 截止日)\`）；HTML 报告以图表展示超期分布。政策包规定了删除期限时，注销记录表自身的删除日期由本规则核对，\`retention-expired\` 不再读取（未规定时由 \`retention-expired\` 按保存期限核对）。

**为什么重要：** 注销账号是个人撤回全部授权的方式（000 §7.4）；政策承诺的期限是监管部门据以追责的承诺，超过期限仍保留的个人信息已失去处理依据（《个人信息保护法》第四十七条）。

**如何修复：** 审核并删除待处理的申请；查明超期原因（人工审核排队、未考虑节假日等），并按工作日在截止日前设置提醒。`,
    },
  },
  check: (file) => deadlineFindings(file, 'cancellation-overdue'),
};
