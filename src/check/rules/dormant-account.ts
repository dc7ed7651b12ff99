import { deadlineFindings } from '../deadline-findings.js';
import { LAW } from '../law.js';
import type { Rule } from '../types.js';

export const dormantAccount: Rule = {
  meta: {
    id: 'dormant-account',
    defaultSeverity: 'info',
    appliesTo: ['export'],
    description: {
      en: "Accounts without a login for longer than the terms' dormancy period (the operator may cancel them).",
      zh: '超过服务条款规定的休眠期限未登录的账号（运营方可予注销）。',
    },
    messages: {
      en: '{table}, dormancy: {detail}',
      zh: '「{table}」休眠账号：{detail}',
    },
    clause: { law: LAW.retention },
    explain: {
      en: `## dormant-account

**What it means.** JD Cloud's user agreement lets it cancel a login name not used for 12 consecutive months when no service under the account is unexpired (001 §2.3.2(1)), and an exported account table has such accounts on \`--as-of\`. It is a right, not a promise, so the finding is information: a list to review.

**How records are judged.** The last login comes from a column found by name (最后登录时间, 最近登录时间, last_login…) or set in the mapping file (\`last_login\`). An account counts when its last login plus the period is before \`--as-of\`, it is not cancelled already (a cancellation date, or a status saying so, such as 已注销 or 账号已注销; 注销中 and 注销申请中 are still pending), and — when the table has a service end date (服务到期时间, service_end…) — no service runs past \`--as-of\`; without that column the message says unexpired services were not checked. Under a pack with this dormancy period, \`retention-expired\` leaves the last login to this rule. A cell that is not a date is reported in its own finding with its column and first rows, never guessed.

**What the finding holds.** One finding per table: \`count\` and \`rows\` give the accounts, the message how far beyond the period the longest-idle one is, \`evidence\` its last login and the day the period ended; the HTML report draws the spread as a chart.

**Why it matters.** PIPL Art. 19 keeps personal information only as long as its purpose needs; an account nobody has used for a year is where that question is asked first, and the terms already allow closing it.

**How to fix.** Review the accounts: tell their owners, cancel those the terms allow and delete their personal information, or record why they are kept.`,
      zh: `## dormant-account（休眠账号）

**含义：** 京东智联云用户服务协议规定，连续 12 个月未登录且账户下不存在未到期服务的，京东智联云有权注销登录名（001 §2.3.2(1)）；导出的账号表在 \`--as-of\` 当日存在此类账号。这是权利而非承诺，因此发现为提示级别：供复核的清单。

**判断方式：** 最后登录时间取自按名称识别的列（最后登录时间、最近登录时间、last_login 等）或由映射文件指定（\`last_login\`）。最后登录时间加上期限早于 \`--as-of\`、尚未注销（无注销日期，状态未显示已注销，如“已注销”“账号已注销”；“注销中”“注销申请中”仍属未注销），且——表中有服务到期日期列（服务到期时间、service_end 等）时——没有在 \`--as-of\` 之后仍未到期的服务的账号计入；没有该列时消息会说明未核对未到期服务。加载含此休眠期限的政策包时，\`retention-expired\` 不再按最后登录时间判断。无法识别的日期单独报告其列和首批行号，绝不猜测。

**发现内容：** 每张表一条发现：\`count\` 和 \`rows\` 给出相关账号，消息给出闲置最久的账号超出期限多久，\`evidence\` 为其最后登录日期和期限届满日；HTML 报告以图表展示分布。

**为什么重要：** 《个人信息保护法》第十九条要求个人信息的保存期限为实现处理目的所必要的最短时间；一年无人使用的账号最先需要回答这个问题，而条款已允许将其注销。

**如何修复：** 复核这些账号：通知账号所有人，对条款允许的予以注销并删除其个人信息，或记录保留的理由。`,
    },
  },
  check: (file) => deadlineFindings(file, 'dormant-account'),
};
