import { deadlineFindings } from '../deadline-findings.js';
import type { Rule } from '../types.js';

export const terminationNoticeShort: Rule = {
  meta: {
    id: 'termination-notice-short',
    defaultSeverity: 'error',
    appliesTo: ['export'],
    description: {
      en: 'Services or operations ended with less notice to users than the policy promises.',
      zh: '终止服务或运营时，提前通知用户的时间少于政策承诺。',
    },
    messages: {
      en: '{table}, notice before termination: {detail}',
      zh: '「{table}」终止前通知：{detail}',
    },
    clause: { law: { policy: 'GB/T 35273-2020', section: '6.4 b)', quote: '将停止运营的通知以逐一送达或公告的形式通知个人信息主体' } },
    explain: {
      en: `## termination-notice-short

**What it means.** The packs promise to tell users at least thirty days before services or operations end (000/002 §6.2.3, 003 §四(二)3), and an exported log of terminations shows users told later than that, or not told yet when the end is already closer than thirty days on \`--as-of\`.

**How records are judged.** A table is a termination log when it has the end date (终止时间, 服务终止时间, 停止运营时间, terminated_at…) and the notice date (通知时间, 告知时间, notified_at…), found by name or set in the mapping file (\`terminated_at\`, \`operations_ended\`, \`notified\`). The notice is due on the end date minus the period (calendar days: "至少提前三十日"): a notice on 1 October for an end on 31 October is on time, on 2 October one day short. Without a notice, the record counts once \`--as-of\` is past that day. Dates are read in any common form; a cell that is not a date is reported in its own finding with its column and first rows, never guessed.

**What the finding holds.** One finding per table: \`count\` and \`rows\` give the records, the message the largest shortfall in days and how many have no notice yet, \`evidence\` the first one's dates (\`notice (≤ deadline) → end\`); the HTML report draws the shortfalls as a chart.

**Why it matters.** Users need the time to retrieve their data and move elsewhere; GB/T 35273-2020 §6.4 requires notifying every person when operations stop, and the pack's thirty days are the company's own promise.

**How to fix.** Send the missing notices now and, where the end can move, move it to thirty days after the notice; plan terminations with the notice date as their first step.`,
      zh: `## termination-notice-short（终止通知不足）

**含义：** 政策包承诺终止服务或运营前至少提前三十日通知用户（000/002 §6.2.3，003 §四(二)3），而导出的终止记录显示有通知晚于该期限，或在 \`--as-of\` 当日距终止已不足三十日仍未通知。

**判断方式：** 含终止日期列（终止时间、服务终止时间、停止运营时间、terminated_at 等）和通知日期列（通知时间、告知时间、notified_at 等）的表即为终止记录表，列按名称识别或由映射文件指定（\`terminated_at\`、\`operations_ended\`、\`notified\`）。通知截止日为终止日减去期限（自然日：“至少提前三十日”）：10 月 31 日终止、10 月 1 日通知即符合要求，10 月 2 日通知则少一天。没有通知的记录，在 \`--as-of\` 已过该截止日时计入。日期可为各种常见写法；无法识别的日期单独报告其列和首批行号，绝不猜测。

**发现内容：** 每张表一条发现：\`count\` 和 \`rows\` 给出相关记录，消息给出最多少的天数和尚未通知的数量，\`evidence\` 为第一条的日期（\`通知 (≤ 截止日) → 终止\`）；HTML 报告以图表展示不足天数分布。

**为什么重要：** 用户需要时间取回数据并转移到其他服务；GB/T 35273-2020 §6.4 要求停止运营时逐一送达或公告通知个人信息主体，三十日则是企业自己的承诺。

**如何修复：** 立即补发通知，能推迟的终止日推迟到通知后三十日；规划终止时把通知作为第一步。`,
    },
  },
  check: (file) => deadlineFindings(file, 'termination-notice-short'),
};
