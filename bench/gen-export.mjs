#!/usr/bin/env node
/**
 * Deterministic generator of a large "production export" for `npm run bench:scan`.
 *
 *   node bench/gen-export.mjs [--size <bytes>] [--seed <n>] [--out <file>]
 *
 * Mixed columns: ids, Chinese names, mobiles, resident IDs, bank cards, e-mails, IPs, IMEIs, GPS,
 * 18-digit order numbers that are NOT identifiers, masked and hashed values, dates, a status and a
 * cancellation date (retention), a guardian-consent column (minors), and free-text remarks in Chinese
 * with embedded identifiers, some quoted (commas, doubled quotes, rarely a line break).
 * The same size and seed always give the same bytes.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { prng, residentIdCheckChar, withLuhnDigit } from '../scripts/synth.mjs';

export const HEADER = [
  'user_id', 'name', 'mobile', 'id_card', 'bank_card', 'email', 'login_ip', 'password_hash', 'imei',
  'lat', 'lng', 'order_no', 'amount', 'register_time', 'status', 'cancelled_at', 'guardian_consent', 'remark',
];

/** Bump when the generated content changes, so cached files are made again. */
const GENERATOR_VERSION = 2;

const pad = (n, w) => String(n).padStart(w, '0');

function residentId(rnd) {
  const areas = ['110101', '110105', '310104', '440305', '330106', '510107', '420111', '610104'];
  const area = areas[Math.floor(rnd() * areas.length)];
  const year = 1950 + Math.floor(rnd() * 66); // 1950–2015: some are minors
  const birth = `${year}${pad(1 + Math.floor(rnd() * 12), 2)}${pad(1 + Math.floor(rnd() * 28), 2)}`;
  const body = area + birth + pad(Math.floor(rnd() * 1000), 3);
  return body + residentIdCheckChar(body);
}

function luhnComplete(prefix, length, rnd) {
  let body = prefix;
  while (body.length < length - 1) body += Math.floor(rnd() * 10);
  return withLuhnDigit(body);
}

function mobile(rnd) {
  const prefixes = ['138', '139', '135', '150', '186', '177', '199', '158'];
  return prefixes[Math.floor(rnd() * prefixes.length)] + pad(Math.floor(rnd() * 1e8), 8);
}

function hex(rnd, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rnd() * 16)];
  return s;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强海燕欣怡子涵浩然梓萱';
const PHRASES = [
  '客户来电咨询退款进度', '已按要求修改收货地址', '用户反馈物流较慢', '发票已开具并邮寄', '会员续费成功',
  '投诉已处理完毕，客户满意', '请勿在晚上十点后联系', '老客户，优先发货', '商品质量问题，已换货', '需要回访确认',
  'customer asked to change the delivery address', 'refund approved by support',
];

/** Pools of values, drawn once per seed, then picked at random: fast and still varied. */
function pools(rnd) {
  const make = (n, f) => Array.from({ length: n }, f);
  return {
    names: make(4096, () => SURNAMES[Math.floor(rnd() * SURNAMES.length)] + GIVEN[Math.floor(rnd() * GIVEN.length)] + (rnd() < 0.5 ? GIVEN[Math.floor(rnd() * GIVEN.length)] : '')),
    mobiles: make(8192, () => mobile(rnd)),
    ids: make(8192, () => residentId(rnd)),
    cards: make(4096, () => luhnComplete('62' + pad(Math.floor(rnd() * 1e4), 4), 19, rnd)),
    imeis: make(4096, () => luhnComplete('35' + pad(Math.floor(rnd() * 1e6), 6), 15, rnd)),
    hashes: make(2048, () => hex(rnd, 64)),
    emails: make(4096, () => `${hex(rnd, 6)}.${Math.floor(rnd() * 1000)}@${['qq.com', '163.com', 'example.cn', 'jd.com'][Math.floor(rnd() * 4)]}`),
  };
}

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

function date(rnd, fromYear, years) {
  return `${fromYear + Math.floor(rnd() * years)}-${pad(1 + Math.floor(rnd() * 12), 2)}-${pad(1 + Math.floor(rnd() * 28), 2)}`;
}

function remark(rnd, p) {
  const r = rnd();
  if (r < 0.15) return '';
  if (r < 0.75) return pick(rnd, PHRASES);
  if (r < 0.83) return `客户来电 ${pick(rnd, p.mobiles)} 要求${pick(rnd, PHRASES)}`;
  if (r < 0.88) return `核实身份证${pick(rnd, p.ids)}后退款`;
  if (r < 0.92) return `contact ${pick(rnd, p.emails)} about the order`;
  if (r < 0.995) return `"地址变更,请联系 ${pick(rnd, p.mobiles)},备注""加急"""`;
  return `"第一行说明\n第二行：${pick(rnd, PHRASES)}"`;
}

function row(i, rnd, p) {
  const cancelled = rnd() < 0.1;
  const [m1, m2, m3] = [rnd(), rnd(), rnd()];
  const id = pick(rnd, p.ids);
  const card = pick(rnd, p.cards);
  const mob = pick(rnd, p.mobiles);
  const cells = [
    i,
    pick(rnd, p.names),
    m1 < 0.85 ? mob : m1 < 0.95 ? `${mob.slice(0, 3)}****${mob.slice(7)}` : '',
    m2 < 0.8 ? id : m2 < 0.95 ? `${id.slice(0, 6)}********${id.slice(14)}` : '',
    m3 < 0.6 ? card : m3 < 0.9 ? `${card.slice(0, 4)}***********${card.slice(15)}` : '',
    pick(rnd, p.emails),
    `${1 + Math.floor(rnd() * 223)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${1 + Math.floor(rnd() * 254)}`,
    pick(rnd, p.hashes),
    pick(rnd, p.imeis),
    (18 + rnd() * 35).toFixed(6),
    (74 + rnd() * 60).toFixed(6),
    `20${pad(Math.floor(rnd() * 1e8), 8)}${pad(Math.floor(rnd() * 1e8), 8)}`,
    (rnd() * 5000).toFixed(2),
    `${date(rnd, 2016, 8)} ${pad(Math.floor(rnd() * 24), 2)}:${pad(Math.floor(rnd() * 60), 2)}:${pad(Math.floor(rnd() * 60), 2)}`,
    cancelled ? '已注销' : '正常',
    cancelled ? date(rnd, 2022, 3) : '',
    rnd() < 0.3 ? '是' : rnd() < 0.5 ? '否' : '',
    remark(rnd, p),
  ];
  return cells.join(',');
}

/** Write `size` bytes or a little more (whole records); resolves to { bytes, records }. */
export async function generateExport({ size, seed, out }) {
  mkdirSync(dirname(out), { recursive: true });
  const rnd = prng(seed);
  const p = pools(rnd);
  const stream = createWriteStream(out);
  let bytes = 0;
  let records = 0;
  let batch = HEADER.join(',') + '\n';
  while (bytes + batch.length < size) {
    for (let k = 0; k < 2000; k++) batch += row(++records, rnd, p) + '\n';
    const buf = Buffer.from(batch, 'utf8');
    bytes += buf.length;
    batch = '';
    if (!stream.write(buf)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return { bytes: statSync(out).size, records };
}

/** Reuse the file when it was made with the same size and seed (the generator is deterministic). */
export async function ensureExport({ size, seed, out }) {
  const stamp = `${out}.meta.json`;
  if (existsSync(out) && existsSync(stamp)) {
    const meta = JSON.parse(readFileSync(stamp, 'utf8'));
    if (meta.version === GENERATOR_VERSION && meta.size === size && meta.seed === seed && statSync(out).size === meta.bytes) return meta;
  }
  const made = await generateExport({ size, seed, out });
  const meta = { version: GENERATOR_VERSION, size, seed, ...made };
  writeFileSync(stamp, JSON.stringify(meta) + '\n');
  return meta;
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(arg('size', '1.1e9'));
  const seed = Number(arg('seed', '20240601'));
  const out = arg('out', fileURLToPath(new URL('./out/export.csv', import.meta.url)));
  const t0 = performance.now();
  const meta = await ensureExport({ size, seed, out });
  console.log(`${out}: ${(meta.bytes / 1e6).toFixed(0)} MB, ${meta.records} records (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
