/**
 * Real documents to mutate: the repository's fixtures and bundled packs (read, never written), plus
 * small inline samples so every target has seeds even before other fixtures exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBuffer } from '../../src/io/encoding.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Text of every file in `folder` (relative to the repository) whose name passes `keep`. */
function textsIn(folder: string, keep: (name: string) => boolean): string[] {
  const dir = join(REPO, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(keep)
    .sort()
    .map((name) => decodeBuffer(readFileSync(join(dir, name))));
}

const isCsv = (n: string) => /\.(csv|tsv)$/i.test(n);
const isYaml = (n: string) => /\.ya?ml$/i.test(n) && !/\.expected\.ya?ml$/i.test(n);

const INLINE_INVENTORY_CSV = [
  'system,table,field,category,sensitive,encrypted,masked,storage_region,retention,retention_trigger,shared_with,consent,purpose\n' +
    'crm,users,id_no,identity.resident-id,yes,AES-256,yes,cn-hongkong,30d,account-cancellation,,explicit,identity verification\n' +
    'crm,users,real_name,basic.name,no,AES-256,yes,cn-north-1,3 working days,account-cancellation,"Acme, Ltd.",explicit,"account\nmanagement"\n',
  '\uFEFF系统,表,字段,类别,敏感,加密,脱敏,存储地域,保存期限,起算,共享对象,同意方式\r\n支付中心,支付账户,手机号,个人电话号码,是,SM4,138****5678,北京,3个工作日,注销,,明示同意\r\n',
];

const INLINE_INVENTORY_YAML = [
  'systems:\n  - name: app\n    storage_region: cn-north-1\n    datasets:\n      - name: users\n        fields:\n          - name: phone\n            category: basic.phone\n            retention: 2y\n          - name: id_card\n            category: identity.resident-id\n            sensitive: yes\n',
  'defaults: &d\n  retention: 5y\n  consent: explicit\nsystems:\n  - name: s\n    datasets:\n      - name: t\n        fields:\n          - <<: *d\n            name: f\n            category: basic.email\n',
];

const INLINE_SDK = [
  'platform,sdk,organization,fields,purpose,package,version\nAndroid,Huawei Push,"Huawei Technologies Co., Ltd.","IMEI;OAID",push,com.huawei.hms:push,6.11.0.300\n',
  '- sdk: 微信SDK\n  platform: ios\n  organization: 深圳市腾讯计算机系统有限公司\n  fields: [设备型号, IP地址]\n',
];

const INLINE_PODFILE = 'PODS:\n  - Bugly (2.6.1)\n  - UMCommon (7.4.2):\n    - UMDevice\n  - UMDevice (3.0.0)\n\nDEPENDENCIES:\n  - Bugly\n\nCOCOAPODS: 1.15.2\n';
const INLINE_GRADLE_SCRIPT = 'dependencies {\n  implementation "com.huawei.hms:push:6.11.0.300"\n  api(group: "com.umeng.umsdk", name: "common", version: "9.6.3")\n  // implementation "x:y:1"\n  testImplementation \'junit:junit:4.13\'\n  implementation project(":core")\n}\n';
const INLINE_GRADLE_REPORT = 'releaseRuntimeClasspath\n+--- com.huawei.hms:push:6.11.0.300\n|    \\--- com.huawei.hms:base:6.11.0.300 -> 6.12.0 (*)\n\\--- project :common\n     \\--- androidx.core:core-ktx:{strictly 1.10.1} -> 1.10.1 (c)\n';

export const inventoryCsvSeeds = [...INLINE_INVENTORY_CSV, ...textsIn('fixtures/inventory', isCsv), ...textsIn('fixtures/bad', isCsv)];
export const inventoryYamlSeeds = [...INLINE_INVENTORY_YAML, ...textsIn('fixtures/inventory', isYaml)];
export const sdkCsvSeeds = [INLINE_SDK[0]!, ...textsIn('fixtures/sdk', isCsv)];
export const sdkYamlSeeds = [INLINE_SDK[1]!, ...textsIn('fixtures/sdk', isYaml)];
export const podfileSeeds = [INLINE_PODFILE, ...textsIn('fixtures/sdk', (n) => n === 'Podfile.lock')];
export const gradleScriptSeeds = [INLINE_GRADLE_SCRIPT, ...textsIn('fixtures/sdk', (n) => /\.gradle(\.kts)?$/.test(n))];
export const gradleReportSeeds = [INLINE_GRADLE_REPORT, ...textsIn('fixtures/sdk', (n) => /gradle.*\.txt$/.test(n))];
/** Bundled and fixture packs (the bundled ones are large: mutations land everywhere). */
export const packSeeds = [...textsIn('policies', (n) => isYaml(n) && !/^(taxonomy|sdk-catalog|regions)\./.test(n)), ...textsIn('fixtures/packs', isYaml)];
export const badYamlSeeds = textsIn('fixtures/bad', isYaml);
