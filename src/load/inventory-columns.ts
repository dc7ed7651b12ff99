/** The inventory vocabulary (SPEC "Inventory files"): each key with its English and Chinese header names. */
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

const HEADER_NAMES: Record<InventoryKey, string[]> = {
  system: ['system', '系统', '系统名称', '业务系统'],
  table: ['table', 'dataset', '表', '表名', '数据集', '数据表'],
  field: ['field', 'column', '字段', '字段名', '字段名称'],
  category: ['category', 'item', '类别', '分类', '个人信息类别', '信息类别'],
  description: ['description', '说明', '描述', '字段说明'],
  subjects: ['subjects', 'subject', '主体', '信息主体'],
  purpose: ['purpose', '目的', '使用目的', '处理目的'],
  sensitive: ['sensitive', '敏感', '是否敏感', '敏感信息'],
  encrypted: ['encrypted', 'encryption', '加密', '是否加密', '加密方式'],
  masked: ['masked', 'masking', '脱敏', '是否脱敏', '脱敏方式'],
  storage_region: ['storage_region', 'region', '存储地域', '存储地区', '存储位置', '存储区域'],
  retention: ['retention', 'retention_period', '保存期限', '存储期限', '保留期限'],
  retention_trigger: ['retention_trigger', 'retention_from', '起算', '起算事件', '期限起算'],
  shared_with: ['shared_with', 'recipients', '共享对象', '共享给', '接收方'],
  consent: ['consent', '同意方式', '同意', '授权方式'],
};

const BY_FOLDED = new Map<string, InventoryKey>();
for (const key of INVENTORY_KEYS) for (const name of HEADER_NAMES[key]) BY_FOLDED.set(fold(name), key);

export function inventoryKeyFor(header: string): InventoryKey | null {
  return BY_FOLDED.get(fold(header)) ?? null;
}

/** Every accepted header name, for suggestions. */
export function allInventoryHeaders(): string[] {
  return INVENTORY_KEYS.flatMap((k) => HEADER_NAMES[k]);
}
