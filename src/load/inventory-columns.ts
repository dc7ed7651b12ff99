/**
 * The inventory vocabulary (SPEC "Inventory files"): each key with the header names teams write for it.
 *
 * Sources of the header names (issue 14 §2):
 * - GB/T 35273-2020 Annex A/B and the "已收集个人信息清单" / "第三方信息共享清单" that Chinese apps publish beside
 *   their privacy policies (columns 个人信息类型, 个人信息字段, 信息名称, 使用目的, 处理目的, 第三方名称, 第三方主体,
 *   接收方名称, 提供主体, 共享方式, 使用场景, 收集方式, 第三方隐私政策链接);
 * - data-classification practice: GB/T 43697-2024 (数据分级: 核心/重要/一般), JR/T 0197-2020 (数据安全级别 1–5级),
 *   data-dictionary sheets (字段中文名, 字段英文名, 字段代码, 字段类型, 长度, 表名称, 数据集名称);
 * - GDPR Art. 30 records of processing (ROPA) templates: Data Subjects, Personal Data / Data Category, Purposes,
 *   Recipients / Third Parties, Retention / Time Limits for Erasure, Legal Basis, Security Measures.
 *
 * Decisions:
 * - 字段中文名 (a field's Chinese display name, as in a data dictionary) is `description`: the field itself is the
 *   column name (字段英文名 / 字段代码). A sheet with only 字段中文名 has no field column.
 * - Legal Basis / 合法性基础 / 处理依据 is not `consent`: "contract" or "legal obligation" is no kind of consent,
 *   so the column is ignored (a basis of consent is written in the consent column).
 * - 获取方式 / 收集方式 say how data is collected (用户主动提供, SDK 自动采集), not how consent is given: ignored.
 * - 数据类型 / 字段类型 / Data Type are database types (varchar) in data dictionaries: ignored.
 * - "Classification" / 分级 / 安全级别 are sensitivity grades (`sensitive`); 数据分类 is the category.
 */
import { fold } from '../text/suggest.js';

export const INVENTORY_KEYS = [
  'system',
  'table',
  'field',
  'category',
  'description',
  'subjects',
  'purpose',
  'sensitive',
  'encrypted',
  'masked',
  'storage_region',
  'retention',
  'retention_trigger',
  'shared_with',
  'consent',
] as const;

export type InventoryKey = (typeof INVENTORY_KEYS)[number];

/** One table: the first name of each key is the one suggestions and messages prefer. */
const HEADER_NAMES: Record<InventoryKey, string[]> = {
  system: ['system', 'system name', 'application', 'app', 'application name', '系统', '系统名称', '业务系统', '业务系统名称', '应用', '应用名称', '应用系统', '产品名称'],
  table: ['table', 'dataset', 'table name', 'dataset name', 'database table', '表', '表名', '表名称', '数据表', '数据表名', '数据集', '数据集名称', '库表', '库表名'],
  field: [
    'field', 'column', 'field name', 'column name', 'data field', 'data element', 'field code',
    '字段', '字段名', '字段名称', '字段英文名', '字段英文名称', '字段代码', '字段编码', '列名', '数据项', '数据项名称', '个人信息字段', '信息名称',
  ],
  category: [
    'category', 'item', 'data category', 'personal data category', 'category of personal data', 'categories of personal data', 'personal data', 'pi category',
    '类别', '分类', '信息类别', '个人信息类别', '个人信息类型', '个人信息种类', '数据类别', '数据分类', '信息分类',
  ],
  description: ['description', 'field description', 'display name', '说明', '描述', '字段说明', '字段描述', '字段含义', '字段中文名', '字段中文名称', '中文名', '中文名称'],
  subjects: ['subjects', 'subject', 'data subject', 'data subjects', 'categories of data subjects', '主体', '信息主体', '数据主体', '个人信息主体'],
  purpose: ['purpose', 'purposes', 'purpose of processing', 'processing purpose', 'purpose of use', '目的', '使用目的', '处理目的', '收集目的', '收集使用目的', '业务目的'],
  sensitive: [
    'sensitive', 'sensitivity', 'sensitivity level', 'data sensitivity', 'classification', 'data classification', 'classification level', 'security level', 'data level', 'data grade',
    '敏感', '是否敏感', '敏感信息', '是否敏感信息', '是否敏感个人信息', '敏感级别', '敏感等级', '敏感程度', '数据级别', '数据等级', '数据分级', '分级', '级别', '安全级别', '安全等级', '数据安全级别',
  ],
  encrypted: [
    'encrypted', 'encryption', 'encryption at rest', 'encrypted at rest', 'encryption method', 'storage encryption',
    '加密', '是否加密', '加密方式', '加密措施', '加密算法', '存储加密', '是否加密存储', '加密存储',
  ],
  masked: ['masked', 'masking', 'masking rule', 'masking method', 'data masking', 'display masking', '脱敏', '是否脱敏', '脱敏方式', '脱敏规则', '脱敏措施', '展示脱敏', '脱敏展示'],
  storage_region: [
    'storage_region', 'region', 'storage location', 'hosting region', 'hosting location', 'data location', 'data center', 'data centre',
    '存储地域', '存储地区', '存储位置', '存储区域', '存储地点', '存放地点', '存放位置', '部署地域', '部署区域', '部署地点', '数据中心', '存储地',
  ],
  retention: [
    'retention', 'retention_period', 'retention time', 'data retention', 'time limit for erasure', 'time limits for erasure',
    '保存期限', '存储期限', '保留期限', '留存期限', '保存时间', '保留时间', '存储时长', '保存期', '留存时间', '保存时限',
  ],
  retention_trigger: ['retention_trigger', 'retention_from', 'retention start', 'retention starts', '起算', '起算事件', '起算时间', '起算点', '期限起算', '保存期限起算'],
  shared_with: [
    'shared_with', 'recipients', 'recipient', 'third parties', 'third party', 'data recipients', 'categories of recipients', 'third party name',
    '共享对象', '共享给', '接收方', '接收方名称', '数据接收方', '第三方', '第三方名称', '第三方主体', '共享第三方', '共享方', '提供对象', '提供主体',
  ],
  consent: ['consent', 'consent type', 'consent mechanism', 'consent method', '同意方式', '同意', '授权方式', '授权同意方式', '同意类型'],
};

/**
 * Columns teams keep that privaudit knowingly does not read (owners, remarks, database types, legal basis…):
 * ignored with the file's note, and never given a "did you mean" suggestion. Excel's own blank-header names
 * (`Column1`, `Unnamed: 3`, `列1`) are recognised by pattern.
 */
const OTHER_COLUMNS = [
  '序号', 'no', 'no.', '#', 'id', '编号',
  '负责人', '责任人', '数据负责人', '责任部门', '部门', '数据所有者', 'owner', 'data owner', 'responsible person', 'department', 'dpo',
  '备注', '说明备注', 'remarks', 'remark', 'notes', 'note', 'comment', 'comments',
  '数据类型', '字段类型', '类型', '长度', '字段长度', '是否必填', '是否主键', '主键', '默认值', 'data type', 'type', 'length', 'nullable', 'primary key',
  'legal basis', 'lawful basis', 'legal basis for processing', '合法性基础', '处理依据', '法律依据',
  '获取方式', '收集方式', '收集渠道', '共享方式', '传输方式', '使用场景', '业务场景', '功能场景', '收集情况', '频次或者时机',
  '第三方隐私政策链接', '第三方个人信息处理规则', 'privacy policy link',
  '更新时间', '创建时间', 'last review', 'last update', 'status', '状态', 'security measures', '安全措施',
];

const BY_FOLDED = new Map<string, InventoryKey>();
for (const key of INVENTORY_KEYS) for (const name of HEADER_NAMES[key]) BY_FOLDED.set(fold(name), key);
const OTHER = new Set(OTHER_COLUMNS.map(fold));
/** Excel and pandas name blank headers Column1, Unnamed: 3, 列1. */
const BLANK_HEADER = /^(?:column\d+|unnamed:?\d+|列\d+|)$/;

/** A required-column star (`*字段名`) and a trailing note in brackets (`留存期限（天）`, `Sensitivity (L1-L4)`) are not part of the name. */
function bareHeader(header: string): string {
  const h = trimMarks(header.normalize('NFKC'));
  const open = Math.max(h.lastIndexOf('('), h.lastIndexOf('['), h.lastIndexOf('【'));
  return open > 0 && /[)\]】]$/.test(h) ? h.slice(0, open).trim() : h;
}

/** Spaces, stars and a trailing colon around a header (a loop: an anchored regex is quadratic on long runs). */
function trimMarks(h: string): string {
  const mark = (c: string | undefined) => c !== undefined && (c === '*' || c === '※' || c === ':' || /\s/.test(c));
  let start = 0;
  let end = h.length;
  while (start < end && mark(h[start])) start++;
  while (end > start && mark(h[end - 1])) end--;
  return h.slice(start, end);
}

/** Bilingual headers (`存储位置/Storage Location`, `字段名称\nField Name`): the parts, when they agree. */
function bilingualKey(header: string): InventoryKey | null {
  const parts = header.split(/[\n\r/|]+|(?<=[\u4e00-\u9fff])\s*(?=[A-Za-z])|(?<=[A-Za-z])\s+(?=[\u4e00-\u9fff])/).filter((p) => p.trim() !== '');
  if (parts.length < 2) return null;
  const keys = new Set(parts.map((p) => BY_FOLDED.get(fold(bareHeader(p)))).filter((k): k is InventoryKey => k !== undefined));
  return keys.size === 1 ? [...keys][0]! : null;
}

/** Longer text is no header name (and is not worth the bilingual split). */
const MAX_HEADER = 120;

export function inventoryKeyFor(header: string): InventoryKey | null {
  if (header.length > MAX_HEADER) return null;
  return BY_FOLDED.get(fold(header)) ?? BY_FOLDED.get(fold(bareHeader(header))) ?? bilingualKey(header);
}

/** A column privaudit knowingly ignores (负责人, 备注, Owner, Excel's Column1, a blank header): no suggestion for it. */
export function isOtherColumn(header: string): boolean {
  if (header.length > MAX_HEADER || inventoryKeyFor(header) !== null) return false;
  const f = fold(bareHeader(header));
  return OTHER.has(f) || BLANK_HEADER.test(f);
}

/** Every accepted header name, for suggestions. */
export function allInventoryHeaders(): string[] {
  return INVENTORY_KEYS.flatMap((k) => HEADER_NAMES[k]);
}
