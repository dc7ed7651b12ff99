/** The SDK-list vocabulary (SPEC "SDK lists"): each key with its English and Chinese header names. */
import { fold } from '../text/suggest.js';

export const SDK_KEYS = ['platform', 'sdk', 'organization', 'fields', 'purpose', 'package', 'version'] as const;

export type SdkKey = (typeof SDK_KEYS)[number];

const HEADER_NAMES: Record<SdkKey, string[]> = {
  // 适用平台/适用系统: the column of the third-party sharing lists apps publish (第三方SDK共享清单).
  platform: ['platform', 'platforms', 'os', 'operating_system', 'applicable_platform', '平台', '系统平台', '终端', '端', '适用平台', '适用系统', '适用终端', '应用平台', '操作系统', '平台类型'],
  sdk: ['sdk', 'sdk_name', 'sdk名称', 'sdk名字', '第三方名称', '第三方sdk', '第三方sdk名称', 'third_party_sdk'],
  organization: [
    'organization',
    'organisation',
    'company',
    'vendor',
    'provider',
    'third_party_organization_name',
    'organization_name',
    '所属公司',
    '第三方机构名称',
    '公司',
    '公司名称',
    '第三方主体',
    '第三方公司名称',
    '提供方',
    '运营方',
  ],
  fields: [
    'fields',
    'field',
    'personal_information_fields',
    'personal_information_field',
    'personal_information',
    'data',
    '收集个人信息字段',
    '个人信息字段',
    '字段',
    '收集的个人信息',
    '个人信息类型',
    '收集个人信息类型',
    '涉及的个人信息类型',
    '共享个人信息字段',
    '涉及个人信息',
    '涉及的个人信息',
    '收集的个人信息类型',
    '共享的个人信息',
    '个人信息种类',
    '收集个人信息范围',
  ],
  purpose: ['purpose', 'scenario', 'scenario_description', 'usage', '使用目的', '场景描述', '使用场景', '目的', '用途', '共享目的', '业务功能', '功能'],
  package: ['package', 'package_name', 'coordinate', 'maven', 'pod', 'artifact', 'dependency', '包名', '依赖', '坐标'],
  version: ['version', 'sdk_version', '版本', '版本号', 'sdk版本'],
};

const BY_FOLDED = new Map<string, SdkKey>();
for (const key of SDK_KEYS) for (const name of HEADER_NAMES[key]) BY_FOLDED.set(fold(name), key);

export function sdkKeyFor(header: string): SdkKey | null {
  return BY_FOLDED.get(fold(header)) ?? null;
}

/** Every accepted header name, for suggestions. */
export function allSdkHeaders(): string[] {
  return SDK_KEYS.flatMap((k) => HEADER_NAMES[k]);
}

/**
 * An SDK list names its SDKs and says something about them: an `sdk` column plus an organisation,
 * fields, platform or package column. (An inventory has none of these besides, at most, `fields`.)
 */
export function looksLikeSdkKeys(keys: readonly (SdkKey | null)[]): boolean {
  const has = new Set(keys);
  return has.has('sdk') && (has.has('organization') || has.has('fields') || has.has('platform') || has.has('package'));
}
