/**
 * A realistic report shared by the formatter tests: an inventory, an SDK list, an export with a Chinese
 * file name and a clean file; messages in zh and en; evidence already masked; sorted (file, line, ruleId).
 */
import type { RuleMeta } from '../../../src/check/types.js';
import type { Finding, Report, Subject } from '../../../src/report/types.js';

const NO_SUBJECT: Subject = { system: null, table: null, field: null, sdk: null, platform: null, column: null };

const CLAUSE_6_2_1_EN = {
  policy: 'jdcloud-privacy-2020-07',
  section: '6.2.1',
  quote: "Your personal information will be entirely stored within the People's Republic of China.",
};
const CLAUSE_6_1_1_ZH = {
  policy: 'jdcloud-privacy-2020-03',
  section: '6.1.1',
  quote: '京东智联云采取加密技术对用户个人信息进行加密保存，并通过隔离技术进行隔离。',
};

type FindingInput = Partial<Omit<Finding, 'subject'>> &
  Pick<Finding, 'ruleId' | 'severity' | 'message' | 'file' | 'line'> & { subject?: Partial<Subject> };

function finding(partial: FindingInput): Finding {
  return {
    item: null,
    clause: CLAUSE_6_1_1_ZH,
    evidence: null,
    count: 1,
    rows: [partial.line],
    fingerprint: '',
    ...partial,
    subject: { ...NO_SUBJECT, ...partial.subject },
  };
}

export const EXPORT_FILE = 'fixtures/exports/用户表.csv';
export const INVENTORY_FILE = 'fixtures/inventory.csv';
export const SDK_FILE = 'fixtures/sdk-list.yaml';
export const CLEAN_FILE = 'fixtures/clean-inventory.yaml';

export const sampleFindings: Finding[] = [
  finding({
    ruleId: 'pii-in-free-text',
    severity: 'warning',
    message: '自由文本列“备注”中有 37 条记录包含手机号码',
    file: EXPORT_FILE,
    line: 2,
    subject: { table: '用户表', column: '备注' },
    item: 'basic.mobile',
    evidence: '138****5678',
    count: 37,
    rows: [2, 9, 14, 15, 40],
    fingerprint: '7c1e0b9a44d2f310',
  }),
  finding({
    ruleId: 'plaintext-sensitive-data',
    severity: 'error',
    message: '列“身份证号”中有 1180 条记录以明文保存居民身份证号',
    file: EXPORT_FILE,
    line: 2,
    subject: { table: '用户表', column: '身份证号' },
    item: 'identity.resident-id',
    evidence: '110101********123X',
    count: 1180,
    rows: [2, 3, 4, 5, 6],
    fingerprint: '0a93d1c2be4f7781',
  }),
  finding({
    ruleId: 'cross-border-storage',
    severity: 'error',
    message: 'crm.users.id_no (Resident ID) is stored in cn-hongkong, outside mainland China, without separate consent.',
    file: INVENTORY_FILE,
    line: 7,
    subject: { system: 'crm', table: 'users', field: 'id_no' },
    item: 'identity.resident-id',
    clause: CLAUSE_6_2_1_EN,
    fingerprint: '5f0e22c1d8a9b346',
  }),
  finding({
    ruleId: 'sensitive-unencrypted',
    severity: 'error',
    message: 'crm.users.id_no holds sensitive PI (Resident ID) but is not encrypted at rest.',
    file: INVENTORY_FILE,
    line: 7,
    subject: { system: 'crm', table: 'users', field: 'id_no' },
    item: 'identity.resident-id',
    clause: {
      policy: 'jdcloud-privacy-2020-07',
      section: '6.1.1',
      quote: "Users' personal information will be stored in encrypted form with the encryption technologies",
    },
    fingerprint: 'c41b7e90a2d35f18',
  }),
  finding({
    ruleId: 'credential-not-hashed',
    severity: 'error',
    message: '字段 auth.accounts.password 使用可逆加密 (AES) 保存口令，应使用单向散列',
    file: INVENTORY_FILE,
    line: 12,
    subject: { system: 'auth', table: 'accounts', field: 'password' },
    item: 'network-identity.password',
    clause: { policy: 'jdcloud-terms-2020-03', section: '6.6', quote: '京东智联云将对用户密码进行加密' },
    fingerprint: '9d2a6b0f13ce8e55',
  }),
  finding({
    ruleId: 'retention-missing',
    severity: 'warning',
    message: 'No retention period declared for crm.orders.ship_addr (Address).',
    file: INVENTORY_FILE,
    line: 15,
    subject: { system: 'crm', table: 'orders', field: 'ship_addr' },
    item: 'basic.address',
    clause: { policy: 'GB/T 35273-2020', section: '6.1', quote: '个人信息保存期限应为实现个人信息主体授权使用的目的所必需的最短时间' },
    fingerprint: '2b8f4c6d0e1a7399',
  }),
  finding({
    ruleId: 'sdk-not-present',
    severity: 'info',
    message: 'The policy declares Huawei Push on android, but the SDK list has no such SDK (stale disclosure).',
    file: SDK_FILE,
    line: 1,
    subject: { sdk: 'Huawei Push', platform: 'android' },
    item: null,
    clause: { policy: 'jdcloud-privacy-2020-07', section: '5.1.3', quote: 'Huawei Push | Device Unique Identification Code' },
    fingerprint: 'e6a0d4b2c8f19937',
  }),
  finding({
    ruleId: 'undeclared-sdk',
    severity: 'error',
    message: 'SDK Umeng on ios is not in the policy’s SDK table for ios.',
    file: SDK_FILE,
    line: 9,
    subject: { sdk: 'Umeng', platform: 'ios' },
    item: 'device.idfa',
    clause: { policy: 'jdcloud-privacy-2020-07', section: '5.1.3', quote: 'Third-party SDK list (iOS)' },
    fingerprint: '41c9e7d35ab0f628',
  }),
];

export const sampleReport: Report = {
  schemaVersion: 1,
  tool: { name: 'privaudit', version: '1.2.3' },
  policies: [
    { id: 'jdcloud-privacy-2020-07', title: 'JD Cloud & AI Privacy Policy', version: '2020-07-28', language: 'en' },
    { id: 'jdcloud-privacy-2020-03', title: '京东智联云隐私政策', version: '203003042', language: 'zh' },
  ],
  asOf: '2026-11-23',
  inputs: [
    { file: INVENTORY_FILE, kind: 'inventory', records: 42 },
    { file: SDK_FILE, kind: 'sdk', records: 10 },
    { file: EXPORT_FILE, kind: 'export', records: 1200 },
    { file: CLEAN_FILE, kind: 'inventory', records: 5 },
  ],
  summary: { error: 5, warning: 2, info: 1, suppressed: 2 },
  findings: sampleFindings,
};

export const emptyReport: Report = {
  ...sampleReport,
  inputs: [{ file: CLEAN_FILE, kind: 'inventory', records: 5 }],
  summary: { error: 0, warning: 0, info: 0, suppressed: 0 },
  findings: [],
};

/** The sample report with one extra finding whose text tries to break out of every markup. */
export function hostileReport(): Report {
  const hostile = finding({
    ruleId: 'pii-in-free-text',
    severity: 'warning',
    message: 'note </script><script>alert("x")</script> & <b>bold</b> | pipe\nline2, a:b 100% =SUM(A1)',
    file: 'fixtures/a,b:c.csv',
    line: 3,
    subject: { table: 't<1>', column: '=cmd|calc' },
    item: 'basic.mobile',
    evidence: '+86 138****5678',
    fingerprint: 'ffff0000aaaa5555',
  });
  return {
    ...sampleReport,
    inputs: [...sampleReport.inputs, { file: 'fixtures/a,b:c.csv', kind: 'export', records: 3 }],
    summary: { ...sampleReport.summary, warning: sampleReport.summary.warning + 1 },
    findings: [hostile, ...sampleFindings],
  };
}

/** Terminal escapes, C0/C1 controls, DEL and bidi overrides, as a hostile inventory cell holds them. */
export const CONTROL_TEXT = 'id\x0bno\x01\x1b[31m\x7f\x9b2J\u202eevil\u2066';

/** Any character a formatter must not print raw (line breaks aside: each format says where it writes them). */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The sample report with one finding whose file, names, message, evidence and clause carry CONTROL_TEXT. */
export function controlReport(): Report {
  const hostile = finding({
    ruleId: 'cross-border-storage',
    severity: 'error',
    message: `field '${CONTROL_TEXT}' is stored in cn-hongkong`,
    file: `fixtures/${CONTROL_TEXT}.csv`,
    line: 2,
    subject: { system: 'crm', table: 'users', field: CONTROL_TEXT },
    item: 'identity.resident-id',
    evidence: `110101\x1b]0;pwned\x07****123X`,
    clause: { policy: `custom\x1b[2J`, section: '1', quote: `quote ${CONTROL_TEXT}` },
    fingerprint: 'eeee0000aaaa5555',
  });
  return {
    ...sampleReport,
    policies: [{ id: `custom\x1b[2J`, title: 'Custom', version: '1', language: 'en' }],
    inputs: [...sampleReport.inputs, { file: hostile.file, kind: 'inventory', records: 1 }],
    summary: { ...sampleReport.summary, error: sampleReport.summary.error + 1 },
    findings: [hostile, ...sampleFindings],
  };
}

function rule(meta: Omit<RuleMeta, 'messages'>): RuleMeta {
  return { ...meta, messages: { en: meta.description.en, zh: meta.description.zh } };
}

const PIPL_38 = { policy: 'PIPL', section: '第三十八条', quote: '个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的' };
const GBT_6_3 = { policy: 'GB/T 35273-2020', section: '6.3', quote: '传输和存储个人敏感信息时，应采用加密等安全措施' };

export const sampleRules: RuleMeta[] = [
  rule({
    id: 'cross-border-storage',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    description: { en: 'PI stored outside mainland China without separate consent', zh: '个人信息存储于中国大陆境外且未取得单独同意' },
    clause: { pack: 'storage', law: PIPL_38 },
    explain: {
      en: 'Personal information must be stored in mainland China.\n\n**Fix:** move the data to a mainland region or obtain separate consent.',
      zh: '个人信息应存储于中国大陆境内。\n\n**修复：** 迁移到境内地域，或取得单独同意。',
    },
  }),
  rule({
    id: 'sensitive-unencrypted',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    description: { en: 'Sensitive PI stored without encryption at rest', zh: '敏感个人信息未加密存储' },
    clause: { pack: 'security.encryptionAtRest', law: GBT_6_3 },
    explain: { en: 'Encrypt sensitive PI at rest (e.g. SM4 or AES).', zh: '敏感个人信息应加密存储（如 SM4、AES）。' },
  }),
  rule({
    id: 'credential-not-hashed',
    defaultSeverity: 'error',
    appliesTo: ['inventory', 'export'],
    description: { en: 'Passwords stored other than as a one-way hash', zh: '口令未以单向散列保存' },
    clause: { pack: 'security.passwordProtection', law: GBT_6_3 },
    explain: { en: 'Store passwords with bcrypt, scrypt or argon2.', zh: '口令应使用 bcrypt、scrypt 或 argon2 保存。' },
  }),
  rule({
    id: 'retention-missing',
    defaultSeverity: 'warning',
    appliesTo: ['inventory'],
    description: { en: 'No retention period declared for PI', zh: '未声明个人信息保存期限' },
    clause: { pack: 'retention', law: { policy: 'GB/T 35273-2020', section: '6.1', quote: '保存期限应为…所必需的最短时间' } },
    explain: { en: 'Declare a retention period in the `retention` column.', zh: '在“保存期限”列中声明保存期限。' },
  }),
  rule({
    id: 'undeclared-sdk',
    defaultSeverity: 'error',
    appliesTo: ['sdk'],
    description: { en: 'SDK not listed in the policy’s SDK table for that platform', zh: 'SDK 未列入政策中该平台的第三方 SDK 表' },
    clause: { pack: 'recipients.sdks', law: { policy: 'PIPL', section: '第二十三条', quote: '向其他个人信息处理者提供其处理的个人信息的' } },
    explain: { en: 'Add the SDK to the disclosure or remove it.', zh: '在政策中披露该 SDK，或移除该 SDK。' },
  }),
  rule({
    id: 'sdk-not-present',
    defaultSeverity: 'info',
    appliesTo: ['sdk'],
    description: { en: 'Declared SDK row with no matching SDK (stale disclosure)', zh: '政策声明的 SDK 在清单中不存在（披露过时）' },
    clause: { pack: 'recipients.sdks', law: { policy: 'PIPL', section: '第十七条', quote: '个人信息处理者在处理个人信息前' } },
    explain: { en: 'Update the policy’s SDK table.', zh: '更新政策中的 SDK 表。' },
  }),
  rule({
    id: 'plaintext-sensitive-data',
    defaultSeverity: 'error',
    appliesTo: ['export'],
    description: { en: 'Exported column holds sensitive values in clear', zh: '导出列中含明文敏感个人信息' },
    clause: { pack: 'security.encryptionAtRest', law: GBT_6_3 },
    explain: { en: 'Encrypt or mask the column before export.', zh: '导出前对该列加密或脱敏。' },
  }),
  rule({
    id: 'pii-in-free-text',
    defaultSeverity: 'warning',
    appliesTo: ['export'],
    description: { en: 'PI embedded in free-text columns', zh: '自由文本列中含个人信息' },
    clause: { pack: 'security.masking', law: GBT_6_3 },
    explain: { en: 'Mask identifiers in remarks and logs.', zh: '对备注、日志中的标识符进行脱敏。' },
  }),
  rule({
    id: 'minor-consent-missing',
    defaultSeverity: 'error',
    appliesTo: ['inventory', 'export'],
    description: { en: 'Minors’ PI without guardian consent', zh: '未取得监护人同意处理未成年人个人信息' },
    clause: { pack: 'consent.minors', law: { policy: 'PIPL', section: '第三十一条', quote: '应当取得未成年人的父母或者其他监护人的同意' } },
    explain: { en: 'Obtain guardian consent for users under 14.', zh: '对不满十四周岁的用户取得监护人同意。' },
  }),
];
