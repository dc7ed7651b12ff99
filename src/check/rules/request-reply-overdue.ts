import { deadlineFindings } from '../deadline-findings.js';
import type { Rule } from '../types.js';

export const requestReplyOverdue: Rule = {
  meta: {
    id: 'request-reply-overdue',
    defaultSeverity: 'error',
    appliesTo: ['export'],
    description: {
      en: "A person's request (access, correction, deletion, complaint) answered, or still open on --as-of, later than the policy's reply period.",
      zh: '个人的请求（查阅、更正、删除、投诉）答复时间晚于政策承诺的期限，或在基准日仍未答复且已超期。',
    },
    messages: {
      en: '{table}, reply deadlines: {detail}',
      zh: '「{table}」答复期限：{detail}',
    },
    clause: { law: { policy: 'PIPL', section: 'Art. 50', quote: '个人信息处理者应当建立便捷的个人行使权利的申请受理和处理机制。拒绝个人行使权利的请求的，应当说明理由。' } },
    explain: {
      en: `## request-reply-overdue

**What it means.** A pack promises to answer people's requests within a period — thirty days under JD Cloud's policies (000/002 §10.3); under Jingkefu's, 30 days after verifying the person's identity for access, correction and deletion requests and complaints (003 §五6), 15 days for other inquiries (003 §八2) — and requests in an exported ticket log were answered later, or are still unanswered on \`--as-of\` with their deadline gone.

**How records are judged.** A table is a request log when it has a reply date (答复时间, 回复时间, replied_at…) and a request date (申请时间, 受理时间, requested_at…) or an identity-verification date (身份核验时间, verified_at…), found by name or set in the mapping file (\`request_received\`, \`request_accepted\`, \`identity_verified\`, \`replied\`, \`request_type\`). A type column (类型, request_type) gives each request its period: access (查阅, 复制), correction (更正), deletion (删除), complaint (投诉, 举报), inquiry (咨询, 意见), English words only where a word starts (\`review\` is not \`view\`); a request whose type is empty or unknown gets the longest period a pack gives (never stricter than the pack). Under several packs, each request is held to every pack's own period and a late one is reported under each clause it breaks (an inquiry answered in 20 days breaks Jingkefu's 15 days, not JD Cloud's 30), whatever the order of \`-p\`. A period counted from the verification uses the request date when the table has no verification column, and the message says so. The deadline is the last day of the period (calendar days; working days on the State Council calendar); a reply on a later day is late, and so is a request with no reply once \`--as-of\` is past the deadline. Dates are read in any common form (2026-11-23, 2026/11/23, 2026年11月23日, Excel serial numbers, Unix time, with or without a time and zone); a cell that is not a date is counted and reported in its own finding with its column and first rows, never guessed.

**What the finding holds.** One finding per table and deadline: \`count\` and \`rows\` give the late requests, the message the worst lateness and how many are still open, \`evidence\` the first late request's dates (\`requested → replied (≤ deadline)\`), and the HTML report draws the lateness as a chart.

**Why it matters.** PIPL Arts. 44–50 give people the right to access, correct and delete their information and require a convenient mechanism to accept and handle their requests; the reply period is the company's own promise, and late answers are what a complaint to a regulator is about.

**How to fix.** Answer the open requests now; find why the late ones waited (queues, missing owners, identity checks) and set alerts before the deadline in the ticket system.`,
      zh: `## request-reply-overdue（请求答复超期）

**含义：** 政策包承诺在期限内答复个人的请求——京东智联云隐私政策为三十天（000/002 §10.3）；京客服隐私政策对查阅、更正、删除请求和投诉为验证身份后 30 天（003 §五6），其他咨询为 15 天（003 §八2）——而导出的工单记录中有请求答复晚于期限，或在 \`--as-of\` 当日仍未答复且期限已过。

**判断方式：** 含答复时间列（答复时间、回复时间、replied_at 等）以及申请时间列（申请时间、受理时间、requested_at 等）或身份核验时间列（身份核验时间、verified_at 等）的表即为请求记录表，列按名称识别或由映射文件指定（\`request_received\`、\`request_accepted\`、\`identity_verified\`、\`replied\`、\`request_type\`）。类型列（类型、request_type）决定每条请求的期限：查阅（查阅、复制）、更正、删除、投诉（投诉、举报）、咨询（咨询、意见），英文词须位于词首（\`review\` 不算 \`view\`）；类型为空或无法识别的请求适用该政策包中最长的期限（绝不严于政策包）。同时使用多个政策包时，每条请求分别按各政策包自己的期限核对，超期的在其违反的每个条款下报告（20 天才答复的咨询违反京客服的 15 天，不违反京东云的 30 天），与 \`-p\` 的顺序无关。自身份核验起算的期限在表中没有核验列时按申请时间起算，并在消息中说明。截止日为期限的最后一天（自然日；工作日按国务院节假日安排）；晚于该日答复即超期，在 \`--as-of\` 已过截止日仍未答复的也计入。日期可为各种常见写法（2026-11-23、2026/11/23、2026年11月23日、Excel 序列号、Unix 时间，可带时间和时区）；无法识别的日期单独报告其列和首批行号，绝不猜测。

**发现内容：** 每张表每个期限一条发现：\`count\` 和 \`rows\` 给出超期请求，消息给出最长超期天数和仍未办结的数量，\`evidence\` 为第一条超期请求的日期（\`申请 → 答复 (≤ 截止日)\`），HTML 报告以图表展示超期分布。

**为什么重要：** 《个人信息保护法》第四十四条至第五十条赋予个人查阅、更正、删除等权利，并要求建立便捷的申请受理和处理机制；答复期限是企业自己的承诺，超期答复正是向监管部门投诉的常见原因。

**如何修复：** 立即答复仍未办结的请求；查明超期原因（排队、无人负责、身份核验等），并在工单系统中设置到期前提醒。`,
    },
  },
  check: (file) => deadlineFindings(file, 'request-reply-overdue'),
};
