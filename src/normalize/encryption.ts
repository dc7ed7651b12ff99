/**
 * How a field is protected at rest: `yes`, an algorithm name, a key service, `plaintext` … The words and their
 * sources are in encryption-words.ts.
 *
 * Decisions:
 * - `yes`/`encrypted`/`加密` without an algorithm is encryption at rest: reversible.
 * - Salted SHA-2/SHA-3/SM3, bcrypt, argon2, scrypt, PBKDF2 and keyed HMAC are `hash`.
 *   Unsalted SHA-2/SM3, and MD5 or SHA-1 even with salt (both are broken), are `weak-hash`.
 * - `hash`/`哈希` without an algorithm is taken at its word: `hash`.
 * - `MD5加密` is MD5: people write 加密 after hash names.
 * - Key services and where the encryption happens are reversible encryption at rest, named by what they are:
 *   KMS (阿里云KMS, 密钥管理服务, 信封加密, CMK), HSM (加密机), TDE (透明数据加密), column-encryption (字段级加密,
 *   Always Encrypted), disk-encryption (云盘加密, EBS), server-side-encryption (SSE); 落盘加密/静态加密/"at rest" with
 *   no name is reversible with no algorithm; 国密/国密算法 with no algorithm is `GM/T`.
 * - SSL/TLS/HTTPS/"in transit"/传输加密 alone protect the connection only: kind `none`, algorithm `TLS (transport only)`,
 *   so sensitive-unencrypted fires. Beside an at-rest method (`TLS + AES`, `传输和存储均加密`) the at-rest method counts;
 *   an algorithm in a transport phrase (`SM4传输加密`) is the connection's.
 * - Several at-rest methods are joined by `+`; the kind is the strongest one's: hash, then weak-hash, then reversible,
 *   then encoding (`bcrypt + KMS` is a hash; `Base64 + AES` is reversible). An at-rest method beside a plaintext word
 *   (`明文存储，云盘加密`) counts: the disk is encrypted.
 */
import { ValueError } from '../errors.js';
import type { Encryption, EncryptionKind } from './types.js';
import { booleanWord } from './boolean.js';
import { cellText, quote } from './text.js';
import { fold } from '../text/suggest.js';
import { memoizeCell } from './memo.js';
import { tokenize } from './masking-lexer.js';
import { ENCRYPTION_WORDS, TRANSPORT_ONLY, type EncToken, type Found } from './encryption-words.js';

export { parseMasking, MASKING_ACCEPTED } from './masking.js';
export { TRANSPORT_ONLY } from './encryption-words.js';

export const ENCRYPTION_ACCEPTED =
  'yes/no (是/否); plaintext/明文/none; an algorithm: bcrypt, argon2id, scrypt, PBKDF2, SHA-256+salt, 加盐SHA256, SM3+salt (one-way hash); ' +
  'MD5, SHA-1, SHA-256, SM3 without salt (weak hash); AES-256-GCM, SM4, 国密SM4, SM2, RSA, 3DES (reversible encryption); ' +
  'a key service or layer: KMS, 阿里云KMS, HSM, 加密机, TDE, 透明数据加密, 字段级加密, 磁盘加密, 云盘加密, 落盘加密, 静态加密, encrypted at rest; ' +
  'TLS, HTTPS, 传输加密 (transport only); Base64, hex, 编码 (encoding)';

/** Longer cells are not an encryption phrase (and are not worth scanning word by word). */
const MAX_TEXT = 200;

/** Parts of a cell that each make one statement: `TLS + AES`, `AES-256 at rest, TLS in transit`, `传输和存储均加密`. */
const SEPARATORS = /[+/()[\]【】,，;；、|&\n]|\b(?:and|with|via|using|plus)\b|以及|并且|和|与|及/;

/** Strongest first: what decides the kind when a cell names several methods. */
const STRENGTH: EncryptionKind[] = ['hash', 'weak-hash', 'reversible', 'encoding'];

/** What the parts of a cell say together. */
interface Statement {
  atRest: Found[];
  generic: Set<'enc' | 'hash' | 'encoding'>;
  gm: boolean;
  transport: boolean;
  none: boolean;
}

const unknown = (text: string) => new ValueError(`unknown encryption or algorithm: ${quote(text)}`, ENCRYPTION_ACCEPTED);

/** Adds one part's words to the statement. */
function addPart(s: Statement, tokens: readonly EncToken[], salted: boolean): void {
  const has = (t: EncToken['t']) => tokens.some((k) => k.t === t);
  // A phrase about the connection only (传输加密, SM4传输, TLS in transit) says nothing about storage.
  if (has('transport') && !has('rest')) {
    s.transport = true;
    return;
  }
  for (const k of tokens) {
    if (k.t === 'algo') s.atRest.push(k.found(salted));
    else if (k.t === 'mech') s.atRest.push({ kind: 'reversible', algorithm: k.name });
    else if (k.t === 'enc' || k.t === 'hash' || k.t === 'encoding') s.generic.add(k.t);
    else if (k.t === 'gm') s.gm = true;
    else if (k.t === 'transport') s.transport = true;
    else if (k.t === 'none') s.none = true;
  }
}

function verdict(s: Statement): Found | undefined {
  if (s.gm && !s.atRest.some((f) => f.algorithm?.startsWith('SM'))) s.atRest.push({ kind: 'reversible', algorithm: 'GM/T' });
  if (s.atRest.length > 0) {
    const kind = STRENGTH.find((k) => s.atRest.some((f) => f.kind === k))!;
    const names = [...new Set(s.atRest.map((f) => f.algorithm).filter((a): a is string => a !== null))];
    return { kind, algorithm: names.length ? names.join('+') : null };
  }
  if (s.generic.has('hash')) return { kind: 'hash', algorithm: null };
  if (s.generic.has('enc')) return { kind: 'reversible', algorithm: null };
  if (s.generic.has('encoding')) return { kind: 'encoding', algorithm: null };
  if (s.transport) return { kind: 'none', algorithm: TRANSPORT_ONLY };
  if (s.none) return { kind: 'none', algorithm: null };
  return undefined;
}

function readEncryption(raw: string | null | undefined): Encryption | null {
  const text = cellText(raw);
  if (text === null) return null;
  const yesNo = booleanWord(text);
  if (yesNo !== undefined) return { raw: text, kind: yesNo ? 'reversible' : 'none', algorithm: null };
  if (text.length > MAX_TEXT) throw unknown(text);
  const parts: EncToken[][] = [];
  for (const part of text.toLowerCase().split(SEPARATORS)) {
    if (part.trim() === '') continue;
    const tokens = tokenize(fold(part), ENCRYPTION_WORDS);
    if (!tokens) throw unknown(text);
    parts.push(tokens);
  }
  // A salt anywhere in the cell qualifies its hash (`SHA-256 + salt`, `加盐SHA256`).
  const salted = parts.some((tokens) => tokens.some((k) => k.t === 'salt'));
  const s: Statement = { atRest: [], generic: new Set(), gm: false, transport: false, none: false };
  for (const tokens of parts) addPart(s, tokens, salted);
  const found = verdict(s);
  if (!found) throw unknown(text);
  return { raw: text, ...found };
}

/** How the field is stored; null when blank or not stated. Unknown algorithms throw ValueError listing the accepted forms. */
export const parseEncryption = memoizeCell(readEncryption);
