/** The zh/en words the people-facing formatters print (headings, column names, chart titles). */
import type { InputKind, Lang, Severity } from '../types.js';

export interface Labels {
  title: string;
  tool: string;
  asOf: string;
  policies: string;
  policy: string;
  policyTitle: string;
  version: string;
  language: string;
  inputs: string;
  file: string;
  kind: string;
  records: string;
  summary: string;
  severity: string;
  count: string;
  suppressed: string;
  total: string;
  findings: string;
  noFindings: string;
  line: string;
  rule: string;
  subject: string;
  item: string;
  message: string;
  evidence: string;
  clause: string;
  section: string;
  quote: string;
  system: string;
  category: string;
  none: string;
  byFile: string;
  bySeverity: string;
  byRule: string;
  bySystem: string;
  byCategory: string;
  filter: string;
  shown: string;
  severities: Record<Severity, string>;
  kinds: Record<InputKind, string>;
}

const EN: Labels = {
  title: 'privaudit report',
  tool: 'Tool',
  asOf: 'As of',
  policies: 'Policies',
  policy: 'Policy',
  policyTitle: 'Title',
  version: 'Version',
  language: 'Language',
  inputs: 'Inputs',
  file: 'File',
  kind: 'Kind',
  records: 'Records',
  summary: 'Summary',
  severity: 'Severity',
  count: 'Count',
  suppressed: 'Suppressed',
  total: 'Total',
  findings: 'Findings',
  noFindings: 'No findings',
  line: 'Line',
  rule: 'Rule',
  subject: 'Subject',
  item: 'Item',
  message: 'Message',
  evidence: 'Evidence',
  clause: 'Clause',
  section: 'Section',
  quote: 'Quote',
  system: 'System',
  category: 'Category',
  none: '(none)',
  byFile: 'Findings by file',
  bySeverity: 'Findings by severity',
  byRule: 'Findings by rule',
  bySystem: 'Findings by system',
  byCategory: 'Findings by category',
  filter: 'Filter findings…',
  shown: 'Shown',
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  kinds: { inventory: 'inventory', sdk: 'SDK list', export: 'exported table' },
};

const ZH: Labels = {
  title: 'privaudit 审计报告',
  tool: '工具',
  asOf: '基准日期',
  policies: '政策',
  policy: '政策',
  policyTitle: '标题',
  version: '版本',
  language: '语言',
  inputs: '输入文件',
  file: '文件',
  kind: '类型',
  records: '记录数',
  summary: '概要',
  severity: '严重程度',
  count: '数量',
  suppressed: '已抑制',
  total: '合计',
  findings: '问题',
  noFindings: '未发现问题',
  line: '行',
  rule: '规则',
  subject: '对象',
  item: '个人信息项',
  message: '说明',
  evidence: '证据（已脱敏）',
  clause: '条款',
  section: '章节',
  quote: '原文',
  system: '系统',
  category: '类别',
  none: '（无）',
  byFile: '按文件',
  bySeverity: '按严重程度',
  byRule: '按规则',
  bySystem: '按系统',
  byCategory: '按类别',
  filter: '筛选问题…',
  shown: '显示',
  severities: { error: '错误', warning: '警告', info: '提示' },
  kinds: { inventory: '数据清单', sdk: 'SDK 列表', export: '导出表' },
};

const LABELS: Record<Lang, Labels> = { en: EN, zh: ZH };

export function labelsFor(lang: Lang): Labels {
  return LABELS[lang];
}
