/**
 * How a field is protected at rest: `yes`, an algorithm name, `plaintext` …
 *
 * Decisions:
 * - `yes`/`encrypted`/`加密` without an algorithm is encryption at rest: reversible.
 * - Salted SHA-2/SHA-3/SM3, bcrypt, argon2, scrypt, PBKDF2 and keyed HMAC are `hash`.
 *   Unsalted SHA-2/SM3, and MD5 or SHA-1 even with salt (both are broken), are `weak-hash`.
 * - `hash`/`哈希` without an algorithm is taken at its word: `hash`.
 * - `MD5加密` is MD5: people write 加密 after hash names.
 */
import { ValueError, type Encryption, type EncryptionKind } from './types.js';
import { booleanWord } from './boolean.js';
import { cellText, lookupWord, quote, wordTable } from './text.js';
import { fold } from '../text/suggest.js';
import { memoizeCell } from './memo.js';

export { parseMasking, MASKING_ACCEPTED } from './masking.js';

export const ENCRYPTION_ACCEPTED =
  'yes/no (是/否); plaintext/明文/none; an algorithm: bcrypt, argon2id, scrypt, PBKDF2, SHA-256+salt, 加盐SHA256, SM3+salt (one-way hash); ' +
  'MD5, SHA-1, SHA-256, SM3 without salt (weak hash); AES-256-GCM, SM4, SM2, RSA, 3DES, TDE, KMS, 透明加密, 加密 (reversible encryption); Base64, hex, 编码 (encoding)';

type Found = { kind: EncryptionKind; algorithm: string | null };

const WORDS = wordTable({
  none: ['none', 'plaintext', 'plain text', 'plain', 'cleartext', 'clear text', 'clear', 'unencrypted', 'not encrypted', '明文', '明文存储', '未加密', '不加密', '无加密'],
  reversible: ['encrypted', 'encryption', 'encrypted at rest', 'encryption at rest', 'at rest', '加密', '已加密', '加密存储', '存储加密', '静态加密', 'disk encryption', '磁盘加密', '全盘加密'],
  hash: ['hash', 'hashed', 'one-way hash', 'salted hash', '哈希', '散列', '加盐哈希', '加盐散列', '单向加密', '不可逆加密'],
  encoding: ['encoding', 'encoded', '编码'],
});

/** Algorithm patterns, matched on the folded text once salt words and trailing 加密/encryption are set aside. */
const ALGORITHMS: { pattern: RegExp; found: (m: RegExpExecArray, salted: boolean) => Found }[] = [
  { pattern: /^bcrypt$/, found: () => ({ kind: 'hash', algorithm: 'bcrypt' }) },
  { pattern: /^argon2(id|i|d)?$/, found: (m) => ({ kind: 'hash', algorithm: `argon2${m[1] ?? ''}` }) },
  { pattern: /^scrypt$/, found: () => ({ kind: 'hash', algorithm: 'scrypt' }) },
  { pattern: /^pbkdf2(?:hmac)?(sha(?:1|256|512))?$/, found: (m) => ({ kind: 'hash', algorithm: m[1] ? `PBKDF2-${shaName(m[1])}` : 'PBKDF2' }) },
  { pattern: /^hmac(sha(?:256|384|512)|sm3)$/, found: (m) => ({ kind: 'hash', algorithm: `HMAC-${shaName(m[1]!)}` }) },
  { pattern: /^(md5|sha1)$/, found: (m, salted) => ({ kind: 'weak-hash', algorithm: shaName(m[1]!) + (salted ? '+salt' : '') }) },
  { pattern: /^(sha2|sha(?:2|3)?(?:224|256|384|512)|sm3)$/, found: (m, salted) => oneWay(shaName(m[1]!), salted) },
  { pattern: /^aes(128|192|256)?(gcm|cbc|ctr|ecb|xts|ccm)?$/, found: (m) => reversible(['AES', m[1], m[2]?.toUpperCase()]) },
  { pattern: /^sm4(gcm|cbc|ctr|ecb)?$/, found: (m) => reversible(['SM4', m[1]?.toUpperCase()]) },
  { pattern: /^sm2$/, found: () => reversible(['SM2']) },
  { pattern: /^rsa(\d{4})?(oaep)?$/, found: (m) => reversible(['RSA', m[1], m[2]?.toUpperCase()]) },
  { pattern: /^(3des|tripledes|des3|desede)$/, found: () => reversible(['3DES']) },
  { pattern: /^des$/, found: () => reversible(['DES']) },
  { pattern: /^(tde|透明|透明数据|transparentdata|transparentdataencryption)$/, found: () => reversible(['TDE']) },
  { pattern: /^(kms|信封|envelope)$/, found: () => reversible(['KMS']) },
  { pattern: /^(base64|b64)(编码|encoding|encoded)?$/, found: () => ({ kind: 'encoding', algorithm: 'Base64' }) },
  { pattern: /^(hex|hexadecimal|十六进制)(编码|encoding|encoded)?$/, found: () => ({ kind: 'encoding', algorithm: 'hex' }) },
];

const SALT = /salted|salt|加盐|盐值|带盐|含盐/;
const SALT_ALL = new RegExp(SALT.source, 'g');
const NOISE = /\+|\/|\(|\)|with|和|与|及|加密存储|加密|encryption|encrypted|algorithm|算法/g;

/** Display name of a folded hash name: sha256 → SHA-256, sha3256 → SHA3-256, sm3 → SM3. */
function shaName(s: string): string {
  const m = /^(sha|sm)(\d*)$/.exec(s);
  if (!m) return s.toUpperCase();
  const digits = m[2]!;
  if (m[1] === 'sm') return `SM${digits}`;
  // Four digits carry the family: sha3256 is SHA3-256, sha2256 is SHA-256.
  if (digits.length === 4) return digits[0] === '3' ? `SHA3-${digits.slice(1)}` : `SHA-${digits.slice(1)}`;
  return `SHA-${digits}`;
}

function oneWay(name: string, salted: boolean): Found {
  return salted ? { kind: 'hash', algorithm: `${name}+salt` } : { kind: 'weak-hash', algorithm: name };
}

function reversible(parts: (string | undefined)[]): Found {
  return { kind: 'reversible', algorithm: parts.filter(Boolean).join('-') };
}

function algorithmOf(text: string): Found | undefined {
  const folded = fold(text);
  const salted = SALT.test(folded);
  const core = folded.replace(SALT_ALL, '').replace(NOISE, '');
  for (const { pattern, found } of ALGORITHMS) {
    const m = pattern.exec(core);
    if (m) return found(m, salted);
  }
  return undefined;
}

function readEncryption(raw: string | null | undefined): Encryption | null {
  const text = cellText(raw);
  if (text === null) return null;
  const yesNo = booleanWord(text);
  if (yesNo !== undefined) return { raw: text, kind: yesNo ? 'reversible' : 'none', algorithm: null };
  const word = lookupWord(WORDS, text);
  if (word) return { raw: text, kind: word, algorithm: null };
  const found = algorithmOf(text);
  if (!found) throw new ValueError(`unknown encryption or algorithm: ${quote(text)}`, ENCRYPTION_ACCEPTED);
  return { raw: text, ...found };
}

/** How the field is stored; null when blank. Unknown algorithms throw ValueError listing the accepted forms. */
export const parseEncryption = memoizeCell(readEncryption);
