import { deadlineFindings } from '../deadline-findings.js';
import { LAW } from '../law.js';
import type { Rule } from '../types.js';

export const marketingAfterOptOut: Rule = {
  meta: {
    id: 'marketing-after-opt-out',
    defaultSeverity: 'error',
    appliesTo: ['export'],
    description: {
      en: 'A marketing message sent to a person after their opt-out.',
      zh: '个人退订后仍向其发送营销消息。',
    },
    messages: {
      en: '{table}, opt-outs: {detail}',
      zh: '「{table}」退订：{detail}',
    },
    clause: { law: LAW.automatedDecisions },
    explain: {
      en: `## marketing-after-opt-out

**What it means.** A person cancelled promotion messages — by replying \`TDjdcloud\` to JD Cloud's SMS (000/002 §7.5(2)), or as the message itself says (003 §四(二)5) — and an exported message log shows messages sent to them afterwards that its type column does not show to be transactional.

**How records are judged.** A table is a message log when it has a sending time (发送时间, sent_at, send_time…) and an opt-out time (退订时间, unsubscribed_at, opt_out_time…), found by name or set in the mapping file (\`sent\`, \`opted_out\`): each record is one message with its recipient's opt-out time, as an SMS gateway's send log joined with its unsubscribe list exports them (export the join when the two are separate). The packs allow no delay: a message on a later day than the opt-out is a finding, and so is one later the same day when both cells have a time; the same day without times is not counted, since it may have come first. Times with a zone are moved to China Standard Time. The promise covers promotion SMS (000/002 §7.5(2): 手机促销短信), so when the log has a message-type column (短信类型, 消息类型, sms_type, message_type, category, or a plain 类型/type; \`message_type\` in the mapping file) a message whose type says it is transactional is not counted, nor are its dates read: a code (验证码, 校验码, 动态码, OTP, verification), a notice or reminder (通知, 提醒, notice, alert), a bill or transaction (账单, 交易, bill, transactional), a delivery (物流), security (安全) or service message. A promotion word counts whatever else the type says (营销, 推广, 促销, 广告, 活动, marketing, promotion, promo, ad: 活动通知 is a promotion), and so does a message whose type is empty or unknown, since the log does not say it is not a promotion. Words are found as in other type columns: Chinese anywhere in the cell, English where a word starts (\`ad\` only as a whole word), not after a negation (非营销, non-marketing). A cell that is not a date is reported in its own finding with its column and first rows, never guessed.

**What the finding holds.** One finding per table: \`count\` and \`rows\` give the messages, the message how long after the opt-out the latest was sent, \`evidence\` the first one's recipient masked with the opt-out and sending times (\`138****5678: 2026-10-01 18:20 → 2026-10-02 09:15\`); the HTML report draws the delays as a chart.

**Why it matters.** PIPL Art. 24 requires a convenient way to refuse marketing pushed by automated decision-making, and Art. 15 lets a person withdraw consent at any time; a message after the opt-out ignores both, and the policy's own promise.

**How to fix.** Make the gateway check the unsubscribe list at sending time (not a nightly copy), and suppress the numbers that opted out from every campaign list.`,
      zh: `## marketing-after-opt-out（退订后仍发送营销消息）

**含义：** 个人已退订促销消息——回复 \`TDjdcloud\` 退订京东智联云的短信（000/002 §7.5(2)），或按短信提示取消（003 §四(二)5）——而导出的消息记录显示此后仍向其发送消息，且类型列未表明其为事务性消息。

**判断方式：** 含发送时间列（发送时间、sent_at、send_time 等）和退订时间列（退订时间、unsubscribed_at、opt_out_time 等）的表即为消息记录表，列按名称识别或由映射文件指定（\`sent\`、\`opted_out\`）：每条记录为一条消息及其收件人的退订时间，即短信网关发送记录与退订名单关联后的导出（两者分开时请导出关联结果）。政策不允许任何延迟：晚于退订日发送的消息即计入；同一天发送时，若两格都有时间且发送晚于退订也计入；同一天而无时间的不计入，因为可能发送在先。带时区的时间换算为北京时间。政策承诺针对的是促销短信（000/002 §7.5(2)：手机促销短信），因此表中有消息类型列（短信类型、消息类型、sms_type、message_type、category，或单纯的类型/type；映射文件中为 \`message_type\`）时，类型表明为事务性消息的不计入，也不读取其日期：验证码（验证码、校验码、动态码、OTP、verification）、通知或提醒（通知、提醒、notice、alert）、账单或交易（账单、交易、bill、transactional）、物流、安全或服务类消息。类型中出现推广词的一律计入（营销、推广、促销、广告、活动、marketing、promotion、promo、ad：“活动通知”属于推广），类型为空或无法识别的也计入，因为记录并未表明其不是促销消息。词语的识别方式与其他类型列相同：中文词出现在单元格任意位置即可，英文词须位于词首（\`ad\` 须为完整单词），紧跟在否定词之后的不算（非营销、non-marketing）。无法识别的日期单独报告其列和首批行号，绝不猜测。

**发现内容：** 每张表一条发现：\`count\` 和 \`rows\` 给出相关消息，消息给出最晚一条在退订后多久发送，\`evidence\` 为第一条的脱敏收件号码及退订和发送时间（\`138****5678: 2026-10-01 18:20 → 2026-10-02 09:15\`）；HTML 报告以图表展示延迟分布。

**为什么重要：** 《个人信息保护法》第二十四条要求通过自动化决策进行商业营销时提供便捷的拒绝方式，第十五条规定个人有权随时撤回同意；退订后继续发送既违反法律，也违背政策自身的承诺。

**如何修复：** 让短信网关在发送时实时核对退订名单（而非每晚同步的副本），并从所有营销名单中剔除已退订的号码。`,
    },
  },
  check: (file) => deadlineFindings(file, 'marketing-after-opt-out'),
};
