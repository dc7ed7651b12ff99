#!/usr/bin/env node
/**
 * Deterministic generator of a large data inventory for `npm run bench`.
 *
 *   node bench/gen-inventory.mjs [--rows <n>] [--seed <n>] [--out <file>]
 *
 * Every SPEC column (English headers), rows as long as real ones (~200 bytes: Chinese descriptions and
 * purposes), values written the many ways people write them (yes/是/Y/1, 5y/P5Y/5年/3个工作日/永久,
 * cn-north-1/北京/CN/宁夏, AES-256/SM4/bcrypt/明文 …), categories by item id, category id, Chinese or English
 * name, or left blank. Every value is one privaudit accepts, so the audit runs to the end and reports
 * findings of many rules (about one row in twelve has one lapse). The same rows and seed always give the same bytes.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../scripts/synth.mjs';

export const HEADER = [
  'system', 'table', 'field', 'category', 'description', 'subjects', 'purpose', 'sensitive', 'encrypted',
  'masked', 'storage_region', 'retention', 'retention_trigger', 'shared_with', 'consent',
];

/** A file made by another version of this script is made again: the script's own hash is the version. */
const GENERATOR_VERSION = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

/**
 * Field templates: name, category spellings (one is drawn per row), Chinese description and purpose.
 * Sensitive items carry a flag so their protection values are drawn from a stricter pool (most rows
 * are compliant, as in a real inventory; some are not).
 */
const FIELDS = [
  { field: 'real_name', category: ['basic.name', '姓名', 'name', 'basic profile', ''], description: '用户实名认证时填写的真实姓名，用于开具发票和合同签署', purpose: '账号注册、实名认证、开具发票' },
  { field: 'mobile', category: ['basic.phone', '个人电话号码', 'phone number', '个人基本资料'], description: '登录手机号，同时用于发送短信验证码和服务通知', purpose: '登录验证；短信通知', sensitive: true },
  { field: 'email', category: ['basic.email', '电子邮件地址', 'email address', 'basic'], description: '联系邮箱，用于接收账单、发票及安全提醒邮件', purpose: '账单与通知推送', sensitive: true },
  { field: 'birthday', category: ['basic.birthday', '生日', 'birthday', ''], description: '会员生日，用于发放生日优惠券，可由用户自行修改', purpose: '会员营销活动', rare: true },
  { field: 'receiver_address', category: ['basic.address', '住址', 'address', '个人基本资料'], description: '收货地址（省、市、区、街道、门牌号），下单时选择', purpose: '商品配送、售后上门服务' },
  { field: 'nickname', category: ['basic.nickname', '昵称', 'nickname', ''], description: '用户在社区展示的昵称，可随时修改，不要求实名', purpose: '社区展示与互动', rare: true },
  { field: 'id_card_no', category: ['identity.resident-id', '身份证', 'resident identity card', 'identity'], description: '身份证号码，仅用于实名认证及风控核验，不对外展示', purpose: '实名认证；反欺诈', sensitive: true },
  { field: 'password', category: ['network-identity.password', 'network identity', 'password'], description: '登录密码，用户设置后仅保存摘要，客服无法查看', purpose: '身份鉴别', sensitive: true, credential: true },
  { field: 'login_name', category: ['network-identity.account', 'network-identity', ''], description: '用户注册时自定义的登录账号，全局唯一', purpose: '身份鉴别、账号找回', sensitive: true },
  { field: 'last_login_ip', category: ['network-identity.ip', 'IP地址', 'IP address'], description: '最近一次登录的IP地址，用于异地登录提醒', purpose: '安全审计、异常登录检测' },
  { field: 'refund_bank_card', category: ['property.bank-account', '银行账户', 'bank account', 'property'], description: '退款银行卡号，退款时原路退回使用，展示时脱敏', purpose: '退款处理', sensitive: true },
  { field: 'order_amount', category: ['property.transaction', 'transaction and consumption records', '交易和消费记录'], description: '订单实付金额，含优惠抵扣明细，用于对账与开票', purpose: '财务对账、开具发票', sensitive: true, transaction: true },
  { field: 'device_model', category: ['device.model', 'device', 'device information', ''], description: '手机型号与厂商，用于崩溃分析和兼容性适配', purpose: '崩溃分析；兼容性测试' },
  { field: 'imei', category: ['device.imei', 'IMEI', 'device'], description: '设备IMEI（安卓9及以下），用于设备风控与反作弊', purpose: '反欺诈、设备识别', rare: true },
  { field: 'os_version', category: ['device.os', 'operating system and version', 'device'], description: '操作系统及版本号，用于推送适配与问题定位', purpose: '兼容性适配' },
  { field: 'login_log', category: ['internet-records.logs', 'internet records', 'log information'], description: '登录审计日志，含时间、设备与结果，按月归档', purpose: '安全审计；问题排查' },
  { field: 'browsing_history', category: ['internet-records.browsing', 'browsing history', ''], description: '商品详情页浏览记录，用于个性化推荐与搜索排序', purpose: '个性化推荐', sensitive: true },
  { field: 'city', category: ['location.region', 'region', ''], description: '默认收货地址所在城市，用于区域活动投放', purpose: '区域促销活动' },
];

const SYSTEMS = [
  { system: 'crm', tables: ['users', 'user_profiles', 'addresses', 'members'] },
  { system: 'order-center', tables: ['orders', 'refunds', 'invoices'] },
  { system: 'device-log', tables: ['app_device_logs', 'access_logs'] },
  { system: '客服系统', tables: ['tickets', 'call_records'] },
  { system: 'marketing', tables: ['segments', 'campaign_targets'] },
  { system: '支付系统', tables: ['payments', 'settlements'] },
];

const SUBJECTS = ['customers', '注册用户', 'app users', '企业客户', '会员'];
const BOOL_YES = ['yes', 'Y', '是', 'TRUE', '1', 'true'];
const BOOL_NO = ['no', 'N', '否', 'FALSE', '0', 'false'];
const ENCRYPTED = ['AES-256', 'AES-256-GCM', 'SM4', 'TDE', 'KMS', '是', '加密'];
const HASHED = ['bcrypt', 'argon2id', 'PBKDF2', 'SHA-256+salt', '加盐SHA256', 'SM3+salt'];
const PLAIN = ['no', 'N', '否', '明文'];
const MASKED = ['yes', 'partial', '脱敏', '掩码', 'Y', 'hash'];
const UNMASKED = ['no', 'N', '不脱敏', '否'];
const MAINLAND = ['cn-north-1', 'cn-east-2', 'cn-south-1', 'cn-hangzhou', 'cn-beijing', 'cn-shanghai', 'ap-beijing', '北京', '宁夏', 'CN', '中国', '境内'];
const ABROAD = ['cn-hongkong', 'ap-southeast-1', 'us-east-1', '香港', 'SG'];
/** Retention that fits each trigger under the default pack; the lapses break one of them. */
const KEPT = {
  cancellation: { triggers: ['account cancellation', 'account-cancellation', '注销', '账号注销'], periods: ['3 working days', '3个工作日', '3wd'] },
  collection: { triggers: ['collection', '收集', '采集'], periods: ['30d', '180天', '1y', '2 years', '6个月', '半年', 'P6M'] },
  transaction: { triggers: ['transaction', '交易完成', '交易'], periods: ['5y', 'P5Y', '5年', '五年', '6 years'] },
};
const SHARED = ['', '', '', '', '', '', '', '', 'affiliates', '关联方'];
const CONSENT = ['explicit', '明示同意', 'implied', '默示同意'];
const SEPARATE = ['separate', '单独同意', 'explicit; separate', '明示同意、单独同意'];
const LAPSES = ['abroad', 'plaintext', 'unmasked', 'retention-missing', 'kept-too-long', 'undeclared-recipient', 'no-separate-consent', 'weak-password-hash'];

/** Templates drawn with weights: the rare ones are items the default pack does not declare. */
const POOL = FIELDS.flatMap((t) => Array(t.rare ? 1 : 4).fill(t));

function retention(rnd, t, lapse) {
  const kind = t.transaction ? 'transaction' : rnd() < 0.5 ? 'cancellation' : 'collection';
  const { triggers, periods } = KEPT[kind];
  if (lapse === 'retention-missing') return ['', ''];
  if (lapse === 'kept-too-long') return [kind === 'transaction' ? pick(rnd, ['1y', '30d']) : pick(rnd, ['30d', '永久', '1y']), pick(rnd, KEPT[kind === 'transaction' ? 'transaction' : 'cancellation'].triggers)];
  return [pick(rnd, periods), pick(rnd, triggers)];
}

function encryption(rnd, t, marked, lapse) {
  if (t.credential) return lapse === 'weak-password-hash' ? pick(rnd, ['MD5', 'AES-256', 'Base64']) : pick(rnd, HASHED);
  if (lapse === 'plaintext') return pick(rnd, PLAIN);
  return marked || rnd() < 0.5 ? pick(rnd, ENCRYPTED) : pick(rnd, PLAIN);
}

/** One inventory row; about one in twelve has one lapse. */
function row(rnd, i) {
  const sys = SYSTEMS[i % SYSTEMS.length];
  const t = pick(rnd, POOL);
  const lapse = rnd() < 0.08 ? pick(rnd, LAPSES) : null;
  const marked = t.sensitive || rnd() < 0.1;
  const [period, trigger] = retention(rnd, t, lapse);
  return [
    sys.system,
    `${pick(rnd, sys.tables)}${i % 7 === 0 ? `_${i % 97}` : ''}`,
    `${t.field}${i % 5 === 0 ? `_${i % 13}` : ''}`,
    pick(rnd, t.category),
    t.description,
    pick(rnd, SUBJECTS),
    t.purpose,
    marked ? pick(rnd, BOOL_YES) : pick(rnd, BOOL_NO),
    encryption(rnd, t, marked, lapse),
    lapse === 'unmasked' ? pick(rnd, UNMASKED) : marked || rnd() < 0.5 ? pick(rnd, MASKED) : pick(rnd, UNMASKED),
    lapse === 'abroad' ? pick(rnd, ABROAD) : pick(rnd, MAINLAND),
    period,
    trigger,
    lapse === 'undeclared-recipient' ? pick(rnd, ['顺丰速运;京东物流', '京东物流、顺丰速运', 'Alibaba Cloud SMS', '某某数据科技有限公司']) : pick(rnd, SHARED),
    t.sensitive && lapse !== 'no-separate-consent' ? pick(rnd, SEPARATE) : pick(rnd, CONSENT),
  ];
}

/** RFC 4180 quoting, only where needed. */
const cell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Write the inventory; returns { file, rows, bytes }. Reuses an existing file made with the same parameters. */
export async function generateInventory({ rows = 100_000, seed = 20240601, out = 'bench/out/inventory-100k.csv' } = {}) {
  const meta = `${out}.meta.json`;
  const want = { generator: GENERATOR_VERSION, rows, seed };
  if (existsSync(out) && existsSync(meta) && JSON.stringify(JSON.parse(readFileSync(meta, 'utf8'))) === JSON.stringify({ ...want, bytes: statSync(out).size })) {
    return { file: out, rows, bytes: statSync(out).size, reused: true };
  }
  mkdirSync(dirname(out), { recursive: true });
  const rnd = prng(seed);
  const stream = createWriteStream(out);
  const write = async (line) => {
    if (!stream.write(line)) await once(stream, 'drain');
  };
  await write(HEADER.join(',') + '\n');
  for (let i = 0; i < rows; i++) await write(row(rnd, i).map(cell).join(',') + '\n');
  stream.end();
  await once(stream, 'finish');
  const bytes = statSync(out).size;
  writeFileSync(meta, JSON.stringify({ ...want, bytes }) + '\n');
  return { file: out, rows, bytes, reused: false };
}

function flag(argv, name, fallback) {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : argv[i + 1];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const result = await generateInventory({
    rows: Number(flag(argv, '--rows', 100_000)),
    seed: Number(flag(argv, '--seed', 20240601)),
    out: flag(argv, '--out', 'bench/out/inventory-100k.csv'),
  });
  console.log(`${result.reused ? 'reused' : 'wrote'} ${result.file}: ${result.rows} rows, ${(result.bytes / 1048576).toFixed(1)} MiB`);
}
