/**
 * Shared fast-check arbitraries: text built from the pieces that break readers (quotes, delimiters,
 * CR/LF, BOMs, NULs, lone surrogates, full-width and Chinese text, identifiers, prototype keys,
 * long runs where a regex may go quadratic), raw bytes in the encodings exports arrive in, and
 * mutations of real documents. File-kind generators live in arb-*.ts and build on these.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { bankCard, imei, mobile, residentId } from '../detect/generators.js';

/** Keys that name Object.prototype members: they must never reach a plain-object lookup. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf', 'toLocaleString'];

/** Characters with a meaning to some reader, and characters that are merely awkward. */
export const NASTY = [
  '"', "'", '""', ',', ';', '\t', '|', '\r', '\n', '\r\n', '\n\n', ' ', '  ', '\u0000', '\uFEFF', '\u3000', '\u00A0', '\u200B', '\u2028', '\u2029',
  '，', '、', '；', '：', ':', '#', '&', '*', '!', '>', '-', '- ', '? ', '[', ']', '{', '}', '%', '@', '`', '\\', '/', '+', '=', '.', '..',
  '\uD800', '\uDFFF', '\uD83D\uDE00', 'Ａ１', '\u0301', 'ß', 'İ', '\u202E', '\u001b[31m', '\x7f', '\x85',
];

/** Values the normalisers and readers know (and near misses of them). */
export const KNOWN_VALUES = [
  'yes', 'no', 'Y', 'N', '1', '0', 'true', 'false', 'on', 'off', '是', '否', '有', '无', 'none', 'n/a', '-',
  '5y', '30d', '30 days', '3 working days', '3个工作日', '五年', '一年半', '半年', '永久', 'forever', 'P1Y6M', 'P1Y30D', 'PT5H', 'P', 'P0D',
  '10 hours', '1.5y', '0.5 days', '9999999999999999999999y', '1e309d', '-1d', 'NaN', 'Infinity', '十百年', '二四年', '一百零五天', '〇年', '3个工作日内',
  '1年零6个月', '1 year and 6 months', '1y, 6m', '2 weeks 3 days',
  'cn-north-1', 'cn-hangzhou', 'aws:ap-southeast-1', 'ap-southeast-1', 'huaweicloud:ap-southeast-1', '华为云 ap-southeast-1', 'us-east-1a', 'cn-hangzhou-h',
  'CN', 'HK', 'MO', 'TW', 'SG', 'US', '中国', '境内', '境外', '香港', '北京', '宁夏', 'Singapore', 'nowhere:cn-north-1', 'aws:', ':x',
  'bcrypt', 'argon2id', 'scrypt', 'PBKDF2-HMAC-SHA256', 'HMAC-SHA256', 'MD5', 'MD5加密', 'SHA1+salt', 'SHA-256', '加盐SHA256', 'SM3+salt', 'AES-256-GCM',
  'AES', 'SM4', 'RSA', '3DES', 'TDE', 'KMS', '透明加密', '加密', 'base64', 'hex', '编码', 'plaintext', '明文',
  'partial', '部分遮盖', '掩码', '138****5678', '***', 'SHA256', '替换/SHA-256', 'mask and hash', '脱敏', '不脱敏',
  'implied', 'explicit', 'separate', 'guardian', '明示同意', '单独同意', '监护人同意', 'separate; guardian', '默示,明示', 'none',
  'collection', 'account-cancellation', 'account cancellation', '注销', '服务终止', 'last login', '最后登录', 'transaction',
  'identity.resident-id', 'basic.phone', 'basic profile', '个人基本资料', '个人身份信息/身份证', 'device.imei', 'location.gps', 'identity', 'biometric.face',
  '2024-02-29', '2024-13-01', '0000-00-00', '2024/06/01', '20240601', '1700000000', '18', '-5', '200',
];

/** Names of columns and keys the readers know, English and Chinese. */
export const KNOWN_NAMES = [
  'system', 'table', 'dataset', 'field', 'column', 'category', 'item', 'description', 'subjects', 'purpose', 'sensitive', 'encrypted', 'encryption', 'masked',
  'storage_region', 'Storage Region', 'region', 'retention', 'retention_trigger', 'shared_with', 'recipients', 'consent', 'name', 'systems', 'datasets', 'fields',
  '系统', '表', '字段', '类别', '说明', '主体', '目的', '敏感', '加密', '脱敏', '存储地域', '保存期限', '起算', '共享对象', '同意方式',
  'sdk', 'platform', 'organization', 'package', 'version', 'sdk名称', '平台', '第三方机构名称', '收集个人信息字段', '使用目的', 'feilds', 'platfrom',
  'phone', '手机号', 'id_card', '身份证号', 'email', 'created_at', 'cancelled_at', 'status', 'birthday', 'age', 'remark', 'sjhm', 'users.cancelled_at',
];

/** Valid personal identifiers (checksums pass), so detectors and masking get real work. */
export const identifier: fc.Arbitrary<string> = fc.oneof(
  residentId,
  mobile,
  bankCard,
  imei,
  fc.constantFrom('user@example.com', 'a@qq.com', '00:1A:2B:3C:4D:5E', '192.168.1.20', '2001:db8::1', '39.9042,116.4074', 'E12345678', '91350100M000100Y43', 'AEBE52E7-03EE-455A-B3C4-E57283966239', '9774d56d682e549c'),
);

/** One piece of text: a known word, a nasty character, an identifier, a prototype key or random unicode. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KNOWN_VALUES) },
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 2, arbitrary: identifier },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** The longest repeated run: enough to expose quadratic regexes, small enough for 10 000 cases. */
export const MAX_RUN = 20_000;

/** One short piece repeated many times (spaces, digits, quotes, `1d,`): where backtracking hides. */
export const longRun: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom(' ', '\t', '0', '9', 'a', '"', ',', '*', '-', '1d,', 'a.', '[', '{a: ', '- ', '　', '中', '\n'), piece), fc.integer({ min: 50, max: MAX_RUN }))
  .map(([p, n]) => p.repeat(Math.max(1, Math.floor(n / Math.max(1, p.length)))).slice(0, MAX_RUN));

/** Text of a few pieces, now and then holding a long run. */
export const text: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 24, arbitrary: piece }, { weight: 1, arbitrary: longRun }), { maxLength: 10 })
  .map((parts) => parts.join(''));

/** A cell or scalar: mostly a value some reader knows, else text. */
export const cellValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_VALUES) },
  { weight: 1, arbitrary: identifier },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.constant('') },
);

/** Plain random strings, for the "anything at all" half of each target. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
);

// --- mutations of real documents --------------------------------------------------------------

type Mutation = { kind: 'insert' | 'delete' | 'duplicate' | 'replace' | 'swap-lines' | 'indent' | 'truncate'; at: number; span: number; with: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace', 'swap-lines', 'indent', 'truncate'),
  at: fc.nat(),
  span: fc.integer({ min: 1, max: 60 }),
  with: fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: longRun }),
});

function applyMutation(doc: string, m: Mutation): string {
  const at = doc.length === 0 ? 0 : m.at % (doc.length + 1);
  const end = Math.min(doc.length, at + m.span);
  switch (m.kind) {
    case 'insert':
      return doc.slice(0, at) + m.with + doc.slice(at);
    case 'delete':
      return doc.slice(0, at) + doc.slice(end);
    case 'duplicate':
      return doc.slice(0, end) + doc.slice(at, end) + doc.slice(end);
    case 'replace':
      return doc.slice(0, at) + m.with + doc.slice(end);
    case 'truncate':
      return doc.slice(0, at);
    case 'swap-lines': {
      const lines = doc.split('\n');
      const i = m.at % lines.length;
      const j = (m.at + m.span) % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'indent': {
      const lines = doc.split('\n');
      const i = m.at % lines.length;
      lines[i] = (m.span % 2 === 0 ? ' '.repeat(m.span % 7) : '\t') + lines[i];
      return lines.join('\n');
    }
  }
}

/** A real document with one to six edits: mostly still shaped like the file kind, rarely valid. */
export function mutated(seed: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(seed, fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([doc, ms]) => ms.reduce(applyMutation, doc));
}

/** The document as is, lightly mutated, or heavily mutated. */
export function aroundSeeds(seeds: readonly string[]): fc.Arbitrary<string> {
  const seed = fc.constantFrom(...seeds);
  return fc.oneof({ weight: 1, arbitrary: seed }, { weight: 6, arbitrary: mutated(seed) });
}

// --- bytes ------------------------------------------------------------------------------------

export type ByteEncoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16le' | 'utf16be-bom' | 'utf16be' | 'gb18030' | 'gbk' | 'big5';

export const byteEncoding: fc.Arbitrary<ByteEncoding> = fc.constantFrom('utf8', 'utf8', 'utf8-bom', 'utf16le-bom', 'utf16le', 'utf16be-bom', 'utf16be', 'gb18030', 'gbk', 'big5');

/** Text as the bytes a file in that encoding would hold (characters the encoding lacks become `?`). */
export function encodeText(textValue: string, encoding: ByteEncoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(textValue, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(textValue, 'utf8')]);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(textValue, 'utf16le')]);
    case 'utf16le':
      return Buffer.from(textValue, 'utf16le');
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(textValue, 'utf16-be')]);
    case 'utf16be':
      return iconv.encode(textValue, 'utf16-be');
    default:
      return iconv.encode(textValue, encoding);
  }
}

type ByteEdit = { at: number; kind: 'flip' | 'nul' | 'cut' | 'insert'; value: number };

const byteEdit: fc.Arbitrary<ByteEdit> = fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'nul', 'cut', 'insert'), value: fc.integer({ min: 0, max: 255 }) });

function applyByteEdit(buf: Buffer, e: ByteEdit): Buffer {
  if (buf.length === 0) return Buffer.from([e.value]);
  const at = e.at % buf.length;
  if (e.kind === 'cut') return buf.subarray(0, at);
  if (e.kind === 'insert') return Buffer.concat([buf.subarray(0, at), Buffer.from([e.value]), buf.subarray(at)]);
  const out = Buffer.from(buf);
  out[at] = e.kind === 'nul' ? 0 : out[at]! ^ (e.value | 1);
  return out;
}

/** Bytes of a text in some encoding, sometimes damaged (a flipped byte, a NUL, cut mid-character). */
export function encodedBytes(textArb: fc.Arbitrary<string>): fc.Arbitrary<Buffer> {
  return fc
    .tuple(textArb, byteEncoding, fc.oneof({ weight: 3, arbitrary: fc.constant<ByteEdit[]>([]) }, { weight: 1, arbitrary: fc.array(byteEdit, { minLength: 1, maxLength: 3 }) }))
    .map(([t, enc, edits]) => edits.reduce(applyByteEdit, encodeText(t, enc)));
}

/** Random bytes, often starting with a BOM or gzip magic so the sniffers take every branch. */
export const randomBytes: fc.Arbitrary<Buffer> = fc
  .tuple(fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x1f, 0x8b], [0xef, 0xbb]), fc.uint8Array({ maxLength: 3000 }))
  .map(([prefix, body]) => Buffer.concat([Buffer.from(prefix), Buffer.from(body)]));
