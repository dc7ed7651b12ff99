import { LAW } from '../law.js';
import { resultFindings } from '../export-findings.js';
import type { Rule } from '../types.js';

export const retentionExpired: Rule = {
  meta: {
    id: 'retention-expired',
    defaultSeverity: 'error',
    appliesTo: ['export'],
    description: {
      en: 'Exported records kept past a retention deadline (aggregated per table and rule).',
      zh: '导出数据中的记录已超过保存期限（按表和规则汇总）。',
    },
    messages: {
      en: "{table}: {records} still holding personal information past the deadline of {period} after {event} (rule {rule}, dates from '{column}')",
      zh: '「{table}」中有 {records}超过保存期限仍保留个人信息：{event}后 {period}（规则 {rule}，日期取自列“{column}”）',
    },
    clause: { pack: 'retention', law: LAW.deletion },
    explain: {
      en: `## retention-expired

**What it means.** A pack limits how long personal information may be kept after an event — JD Cloud deletes it once an account cancellation is approved, within 3 working days (000/002 §6.2.2); customer data is kept 7 days after a service ends (001 §3.8.3) — and records of the export are past that deadline on \`--as-of\` while still holding personal information in clear.

**How records are judged.** The event date comes from a column found by name (注销时间, cancelled_at, deleted_at, terminated_at, 终止时间, last_login…), or from an update-time column when a status column (状态, status) says the account is cancelled, or from the mapping file. Deadlines count working days on the State Council holiday calendar (make-up working weekends included). A record counts when, on --as-of, the deadline has passed and a column the rule covers (all personal information, or the rule's items) still holds a plaintext value. \`subject.column\` names the date column; \`count\` and \`rows\` give the records. Two dates are left to their own rules, so a record is reported once: a cancellation log's deletion dates when a pack sets a deletion deadline (\`cancellation-overdue\`; under a pack without one, or with that rule turned off in the config, this rule checks them), and the last login when a dormancy deadline cites the same clause as the retention rule (\`dormant-account\`: such a clause gives a right to cancel, not a duty to delete, so turning that rule off leaves those accounts unreported; a retention period from the last login under another clause is checked here).

**Why it matters.** PIPL Art. 47 requires deletion when the retention period has expired, the service stops or the account is cancelled; keeping the data is a violation in itself, and every extra copy (this export) extends the exposure.

**How to fix.** Run the deletion (or anonymisation) job for these records and check why it did not run; keep only what a law requires (transaction records), under their own rule.`,
      zh: `## retention-expired（记录超期保存）

**含义：** 政策包限制了某事件后个人信息可保存的时长——京东智联云在账号注销审核通过后（3 个工作日内）删除个人信息（000/002 §6.2.2）；服务终止后客户数据保留 7 天（001 §3.8.3）——而导出数据中的记录在 \`--as-of\` 当日已超过该期限，却仍以明文保留个人信息。

**判断方式：** 事件日期取自按名称识别的列（注销时间、cancelled_at、deleted_at、terminated_at、终止时间、last_login 等），或在状态列（状态、status）显示已注销时取自更新时间列，或由映射文件指定。工作日按国务院节假日安排计算（含调休上班日）。若在 --as-of 当日期限已过，且规则覆盖的列（全部个人信息或规则所列项目）仍有明文值，该记录即被计入。\`subject.column\` 为日期列；\`count\` 和 \`rows\` 给出记录数和行号。有两类日期由各自的规则核对，使每条记录只报告一次：政策包规定了删除期限时注销记录表中的删除日期（\`cancellation-overdue\`；政策包未规定，或配置关闭了该规则时，由本规则核对），以及休眠期限与保存规则引用同一条款时的最后登录时间（\`dormant-account\`：此类条款赋予的是注销的权利而非删除的义务，关闭该规则后这些账号不再报告；引用其他条款、自最后登录起算的保存期限仍由本规则核对）。

**为什么重要：** 《个人信息保护法》第四十七条要求在保存期限届满、停止提供服务或注销账号时删除个人信息；继续保存本身即违规，而每多一份副本（如本导出文件）都会扩大风险。

**如何修复：** 对这些记录执行删除（或匿名化）任务，并排查任务未执行的原因；仅保留法律要求保存的信息（如交易记录），并适用其单独的规则。`,
    },
  },
  check: (file) => resultFindings(file, 'retention-expired'),
};
