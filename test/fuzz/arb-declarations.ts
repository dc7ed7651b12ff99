/**
 * Declarations as people write them: inventories (CSV and systems → datasets → fields YAML) and SDK
 * lists, with the vocabulary's own column names and values mixed with near misses, prototype keys
 * and junk; and the build files SDKs are read from (Gradle reports and scripts, Podfile.lock).
 */
import fc from 'fast-check';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { cellValue, KNOWN_VALUES, PROTO_KEYS, text } from './arbitraries.js';
import { renderYamlNode, type YNode } from './arb-yaml.js';

const taxonomy = loadTaxonomy();
const ITEM_NAMES = [...taxonomy.items.values()].flatMap((i) => [i.id, i.zh, i.en, ...i.synonyms.slice(0, 2)]);
const CATEGORY_NAMES = taxonomy.categories.flatMap((c) => [c.id, c.zh, c.en]);

/** A name as a person may write it: case, spaces, dashes and full-width forms vary (all fold the same). */
function spelled(names: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...names), fc.constantFrom('as-is', 'upper', 'spaced', 'padded', 'dashed')).map(([n, how]) => {
    if (how === 'upper') return n.toUpperCase();
    if (how === 'spaced') return n.replace(/_/g, ' ');
    if (how === 'padded') return ` ${n} `;
    if (how === 'dashed') return n.replace(/_/g, '-');
    return n;
  });
}

const INVENTORY_COLUMNS: Record<string, string[]> = {
  system: ['system', '系统', '业务系统'],
  table: ['table', 'dataset', '表名', '数据集'],
  field: ['field', 'column', '字段', '字段名'],
  category: ['category', 'item', '类别', '个人信息类别'],
  description: ['description', '说明'],
  subjects: ['subjects', '主体'],
  purpose: ['purpose', '目的'],
  sensitive: ['sensitive', '敏感', '是否敏感'],
  encrypted: ['encrypted', 'encryption', '加密'],
  masked: ['masked', '脱敏'],
  storage_region: ['storage_region', 'region', '存储地域'],
  retention: ['retention', '保存期限'],
  retention_trigger: ['retention_trigger', '起算'],
  shared_with: ['shared_with', 'recipients', '共享对象'],
  consent: ['consent', '同意方式'],
};

const known = fc.constantFrom(...KNOWN_VALUES);
const nameish = fc.oneof(fc.constantFrom(...ITEM_NAMES), fc.constantFrom('id_no', 'mobile', 'sfzh', 'real_name', 'remark', 'gps', '身份证号', '手机号'), text);
const VALUES: Record<string, fc.Arbitrary<string>> = {
  field: nameish,
  category: fc.oneof(spelled(ITEM_NAMES), spelled(CATEGORY_NAMES), text, fc.constantFrom(...PROTO_KEYS)),
  shared_with: fc.array(fc.oneof(fc.constantFrom('Acme Data Processing Ltd.', '国政通', 'Alibaba Cloud SMS'), text), { maxLength: 3 }).map((a) => a.join(';')),
};

function valueFor(key: string): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: VALUES[key] ?? known }, { weight: 1, arbitrary: cellValue });
}

export const INVENTORY_KEYS = Object.keys(INVENTORY_COLUMNS);

/** Header keys for one inventory: `field` nearly always, some others, rarely an unknown or prototype column. */
const inventoryHeader: fc.Arbitrary<{ key: string; name: string }[]> = fc
  .tuple(fc.boolean(), fc.subarray(INVENTORY_KEYS.filter((k) => k !== 'field')), fc.option(fc.oneof(fc.constantFrom(...PROTO_KEYS), text), { freq: 8 }))
  .chain(([withField, others, extra]) => {
    const keys = [...(withField || others.length === 0 ? ['field'] : []), ...others];
    return fc
      .tuple(...keys.map((k) => spelled(INVENTORY_COLUMNS[k]!)))
      .map((names) => [...keys.map((key, i) => ({ key, name: names[i]! })), ...(extra === null ? [] : [{ key: 'unknown', name: extra }])]);
  });

/** Values every reader accepts, per column: for runs that should get past the readers to the rules and reports. */
const CLEAN: Record<string, readonly string[]> = {
  system: ['crm', '支付中心', 'app'],
  table: ['users', '支付账户', 'orders'],
  field: ['id_no', 'mobile', 'real_name', 'email', 'password', 'gps', 'remark', '身份证号', '手机号'],
  category: ['identity.resident-id', 'basic.phone', 'basic.name', 'basic.email', 'network-identity.password', 'location.gps', '个人基本资料', 'device'],
  description: ['', 'login', '实名认证'],
  subjects: ['customers', '个人用户'],
  purpose: ['account management', '实名认证', 'marketing'],
  sensitive: ['yes', 'no', '是', '否', ''],
  encrypted: ['AES-256', 'bcrypt', 'none', 'SM4', '明文', 'MD5', ''],
  masked: ['yes', 'no', 'partial', '138****5678', ''],
  storage_region: ['cn-north-1', '北京', '香港', 'CN', 'SG', 'aws:ap-southeast-1', ''],
  retention: ['5y', '30 days', '3个工作日', '永久', '2年', ''],
  retention_trigger: ['account-cancellation', '收集', 'last login', ''],
  shared_with: ['', 'Acme Data Processing Ltd.', '北京国政通科技有限公司'],
  consent: ['explicit', '单独同意', 'implied', 'separate; guardian', ''],
};

export const cleanInventoryGrid: fc.Arbitrary<Grid> = fc
  .tuple(fc.subarray(INVENTORY_KEYS.filter((k) => k !== 'field')), fc.boolean())
  .chain(([others, chinese]) => {
    const keys = ['field', ...others];
    const header = keys.map((k) => INVENTORY_COLUMNS[k]![chinese ? INVENTORY_COLUMNS[k]!.length - 1 : 0]!);
    return fc.record({ header: fc.constant(header), rows: fc.array(fc.tuple(...keys.map((k) => fc.constantFrom(...CLEAN[k]!))), { minLength: 1, maxLength: 6 }) });
  });

export interface Grid {
  header: string[];
  rows: string[][];
}

export const inventoryGrid: fc.Arbitrary<Grid> = inventoryHeader.chain((cols) =>
  fc.record({
    header: fc.constant(cols.map((c) => c.name)),
    rows: fc.array(fc.tuple(...cols.map((c) => valueFor(c.key))), { minLength: 1, maxLength: 5 }),
  }),
);

/** A grid as CSV text, the way spreadsheets write it (quoted when needed), with a chosen line break. */
export function gridCsv(grid: fc.Arbitrary<Grid>): fc.Arbitrary<string> {
  return fc.tuple(grid, fc.constantFrom('\n', '\r\n'), fc.constantFrom(',', '\t'), fc.boolean()).map(([g, eol, delimiter, bom]) => {
    const cell = (c: string) => (/["\r\n,\t;]|^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    return (bom ? '\uFEFF' : '') + [g.header, ...g.rows].map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
  });
}

// --- inventory YAML -------------------------------------------------------------------------------

const scalar = (t: string, style: 'plain' | 'double' = 'double'): YNode => ({ kind: 'scalar', text: t, style, props: '' });
const map = (entries: [string, YNode][]): YNode => ({ kind: 'map', entries, flow: false, props: '' });
const seq = (items: YNode[]): YNode => ({ kind: 'seq', items, flow: false, props: '' });

const inventoryEntry = (nameKeys: string[]) =>
  fc.tuple(
    fc.constantFrom(...nameKeys),
    nameish,
    fc.array(fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...INVENTORY_KEYS.filter((k) => k !== 'field')) }, { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS, 'nmae', '<<') }), cellValue), { maxLength: 4 }),
  );

/** systems → datasets → fields with values at every level (inherited inward), sometimes misplaced. */
export const inventoryYamlTree: fc.Arbitrary<YNode> = fc
  .tuple(
    fc.array(inventoryEntry(['name', 'system', '系统']), { minLength: 1, maxLength: 2 }),
    fc.array(inventoryEntry(['name', 'table', 'dataset']), { minLength: 1, maxLength: 2 }),
    fc.array(inventoryEntry(['name', 'field', '字段']), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('systems', 'datasets', 'fields', '系统', 'tables'),
  )
  .map(([systems, datasets, fields, top]) => {
    const entry = ([nameKey, name, values]: [string, string, [string, string][]], children?: [string, YNode]): YNode =>
      map([[nameKey, scalar(name)], ...values.map(([k, v]): [string, YNode] => [k, scalar(v)]), ...(children ? [children] : [])]);
    const fieldList = seq(fields.map((f) => entry(f)));
    const datasetList = seq(datasets.map((d) => entry(d, ['fields', fieldList])));
    const systemList = seq(systems.map((s) => entry(s, ['datasets', datasetList])));
    const root = top === 'fields' ? fieldList : top === 'datasets' || top === 'tables' ? datasetList : systemList;
    return map([[top, root]]);
  });

export const inventoryYaml: fc.Arbitrary<string> = inventoryYamlTree.map((n) => renderYamlNode(n) + '\n');

// --- SDK lists ------------------------------------------------------------------------------------

const SDK_COLUMNS: Record<string, string[]> = {
  platform: ['platform', '平台', 'os'],
  sdk: ['sdk', 'SDK名称', '第三方名称'],
  organization: ['organization', 'company', '第三方机构名称'],
  fields: ['fields', '收集个人信息字段', 'data'],
  purpose: ['purpose', '使用目的'],
  package: ['package', '包名', 'maven'],
  version: ['version', '版本'],
};
const SDK_NAMES = ['Huawei Push', '华为推送', '极光推送', 'JPush', 'WeChat OpenSDK', '微信SDK', 'Umeng+', '友盟+', 'MiPush', 'Bugly', '高德定位', 'AMap Location', 'Alipay', 'Unknown SDK'];
const SDK_VALUES: Record<string, fc.Arbitrary<string>> = {
  platform: fc.constantFrom('Android', 'ios', 'iOS端', '安卓', '鸿蒙', 'web', 'H5', '小程序', 'windows', ''),
  sdk: fc.constantFrom(...SDK_NAMES),
  organization: fc.constantFrom('华为软件技术有限公司', 'Huawei Technologies Co., Ltd.', '深圳市腾讯计算机系统有限公司', 'Shenzhen Tencent Computer System Co., Ltd.', 'Acme'),
  fields: fc.array(fc.constantFrom('IMEI', 'OAID', '设备型号', 'IP地址', 'Phone Number', '位置信息', 'MAC address', 'Android ID', '应用列表', '人脸信息'), { maxLength: 5 }).chain((f) =>
    fc.constantFrom(';', '、', '，', ',').map((sep) => f.join(sep)),
  ),
  package: fc.constantFrom('com.huawei.hms:push', 'com.umeng.umsdk:common', 'cn.jiguang.sdk:jpush', 'com.tencent.mm.opensdk:wechat-sdk-android', 'Bugly', 'x:y'),
  version: fc.constantFrom('6.11.0.300', '1.0', '', 'latest'),
};

const sdkHeader: fc.Arbitrary<{ key: string; name: string }[]> = fc
  .tuple(fc.subarray(Object.keys(SDK_COLUMNS).filter((k) => k !== 'sdk')), fc.boolean(), fc.option(fc.oneof(fc.constantFrom(...PROTO_KEYS, 'feilds', 'notes'), text), { freq: 6 }))
  .chain(([others, withSdk, extra]) => {
    const keys = [...(withSdk || others.length === 0 ? ['sdk'] : []), ...others];
    return fc
      .tuple(...keys.map((k) => spelled(SDK_COLUMNS[k]!)))
      .map((names) => [...keys.map((key, i) => ({ key, name: names[i]! })), ...(extra === null ? [] : [{ key: 'unknown', name: extra }])]);
  });

const sdkValue = (key: string) => fc.oneof({ weight: 4, arbitrary: SDK_VALUES[key] ?? cellValue }, { weight: 1, arbitrary: cellValue });

export const sdkGrid: fc.Arbitrary<Grid> = sdkHeader.chain((cols) =>
  fc.record({ header: fc.constant(cols.map((c) => c.name)), rows: fc.array(fc.tuple(...cols.map((c) => sdkValue(c.key))), { minLength: 1, maxLength: 5 }) }),
);

/** An SDK list as YAML: a plain list, `sdks:`, or `platforms: { android: [...] }`. */
export const sdkYaml: fc.Arbitrary<string> = fc
  .tuple(sdkGrid, fc.constantFrom('list', 'sdks', 'platforms'), fc.constantFrom('android', 'ios', '鸿蒙', 'symbian'))
  .map(([g, shape, platform]) => {
    const entries = g.rows.map((r) => map(g.header.map((h, i): [string, YNode] => [h.trim() || 'x', h.includes('field') ? seq(r[i]!.split(/[;、，,]/).map((f) => scalar(f))) : scalar(r[i]!)])));
    const list = seq(entries);
    const root = shape === 'list' ? list : shape === 'sdks' ? map([['sdks', list]]) : map([['platforms', map([[platform, list]])]]);
    return renderYamlNode(root) + '\n';
  });

// --- build files ----------------------------------------------------------------------------------

const coordinate = fc.oneof(
  fc.constantFrom('com.huawei.hms:push:6.11.0.300', 'com.umeng.umsdk:common:9.6.3', 'cn.jiguang.sdk:jpush:5.0.0', 'androidx.core:core-ktx:1.10.1', 'com.tencent.bugly:crashreport:latest.release'),
  fc.tuple(fc.constantFrom('com.x', 'a', 'x.y-z', ''), fc.constantFrom('lib', 'b_c', ''), fc.constantFrom('1.0', '', '{strictly 1.0}', '+', '[1.0,2.0)')).map((p) => p.join(':')),
  text,
);

/** Lines of a `gradle dependencies` report: tree lines with markers, headers, noise. */
export const gradleReport: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.tuple(fc.constantFrom('', '|    ', '|    |    ', '     '), fc.constantFrom('+--- ', '\\--- ', '+---', '\\---  '), coordinate, fc.constantFrom('', ' (*)', ' (c)', ' (n)', ' -> 6.12.0', ' -> 2.0 (*)', ' FAILED', ' ->')).map((p) => p.join('')) },
      { weight: 1, arbitrary: fc.constantFrom('releaseRuntimeClasspath - Runtime classpath', '+--- project :common', '\\--- project :core (*)', '> Task :app:dependencies', '', '(*) - dependencies omitted') },
      { weight: 1, arbitrary: text },
    ),
    { maxLength: 15 },
  )
  .map((lines) => lines.join('\n'));

/** build.gradle(.kts) dependency blocks: every notation, comments, strings with `$`, unterminated quotes. */
export const gradleScript: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.tuple(fc.constantFrom('implementation', 'api', 'releaseImplementation', 'testImplementation', 'kapt', 'compileOnly', 'classpath', 'implementation('), fc.constantFrom(' "', " '", '("', ' (group: "com.x", name: "', ''), coordinate, fc.constantFrom('"', "'", '")', '", version: "1.0")', '', ' // comment', '$ver"')).map((p) => p.join('')) },
      { weight: 1, arbitrary: fc.constantFrom('dependencies {', '}', '/*', '*/', '/* x */ implementation "a:b:1"', 'implementation project(":core")', 'implementation files("libs/x.aar")', 'implementation libs.huawei.push', 'implementation "com.x:y:$v"') },
      { weight: 1, arbitrary: text },
    ),
    { maxLength: 15 },
  )
  .map((lines) => lines.join('\n'));

/** Podfile.lock: a PODS list of `Name (version)` entries with sub-dependencies, other sections, junk. */
export const podfileLock: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom('Bugly', 'UMCommon', 'AMapLocation-NO-IDFA', 'WechatOpenSDK-XCFramework', 'JPush', 'Firebase/Analytics', 'AFNetworking'), text),
        fc.oneof(fc.constantFrom('1.0', '2.6.1', '= 4.0.1', '~> 2.0', ''), text),
        fc.array(fc.constantFrom('UMDevice', 'AFNetworking/Reachability (= 4.0.1)', 'x (1)'), { maxLength: 2 }),
        fc.constantFrom('plain', 'quoted', 'broken'),
      ),
      { maxLength: 6 },
    ),
    fc.constantFrom('', 'DEPENDENCIES:\n  - Bugly\n\n', 'SPEC CHECKSUMS:\n  Bugly: abc\n\n'),
    fc.constantFrom('COCOAPODS: 1.15.2\n', '', 'PODS: x\n'),
  )
  .map(([pods, middle, tail]) => {
    const lines = pods.flatMap(([name, version, deps, how]) => {
      const head = how === 'quoted' ? `  - "${name} (${version})"` : how === 'broken' ? `  - ${name} ${version}` : `  - ${name} (${version})`;
      return deps.length === 0 ? [head] : [`${head}:`, ...deps.map((d) => `    - ${d}`)];
    });
    return `PODS:\n${lines.join('\n')}\n\n${middle}${tail}`;
  });

