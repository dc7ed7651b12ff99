/** Recognising values that are already protected: partial masks, one-way hashes, ciphertext and encodings. */
import { C_DIGIT, C_HEX, C_MASK, C_X, isDigitCode, isHanCode, isMaskCode, letterCases, LOWER_CASE, NOT_A_LETTER, only, scanShape, shapeClasses, trimCell, UPPER_CASE } from './chars.js';

export type ValueForm = 'plain' | 'masked' | 'hashed' | 'encrypted-or-encoded';
export type HashKind = 'md5' | 'sha1' | 'sha256-or-sm3' | 'bcrypt' | 'argon2' | 'scrypt' | 'pbkdf2';

const BCRYPT = /^\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}$/;
const ARGON2 = /^\$argon2(?:id|i|d)\$(?:v=\d+\$)?m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/;
/** `$scrypt$…` (passlib), `$7$…` (libsodium/crypt), `scrypt:N:r:p$…` (werkzeug), `scrypt$…` (Django). */
const SCRYPT = /^(?:\$scrypt\$|\$7\$|scrypt[:$])\S{20,}$/;
/** `pbkdf2_sha256$iter$…` (Django), `$pbkdf2-sha256$…` (passlib), `pbkdf2:sha256:iter$…` (werkzeug). */
const PBKDF2 = /^(?:pbkdf2_sha(?:1|256|512)\$\d+\$|\$pbkdf2(?:-sha(?:1|256|512))?\$\d+\$|pbkdf2:sha(?:1|256|512)(?::\d+)?\$)\S{10,}$/;

const HEX_KIND: Partial<Record<number, HashKind>> = { 32: 'md5', 40: 'sha1', 64: 'sha256-or-sm3' };

/** Which one-way hash `s` looks like, or null. SM3 digests are 64 hex digits like SHA-256. */
export function hashKind(input: string): HashKind | null {
  const s = trimCell(input);
  const n = s.length;
  const first = s.charCodeAt(0);
  if (first === 36 /* $ */) return cryptKind(s);
  if (first === 112 /* p */) return n > 20 && PBKDF2.test(s) ? 'pbkdf2' : null;
  if (first === 115 /* s */) return n > 20 && SCRYPT.test(s) ? 'scrypt' : null;
  const kind = HEX_KIND[n];
  return kind !== undefined && isDigestHex(s) ? kind : null;
}

function cryptKind(s: string): HashKind | null {
  if (BCRYPT.test(s)) return 'bcrypt';
  if (ARGON2.test(s)) return 'argon2';
  if (SCRYPT.test(s)) return 'scrypt';
  return PBKDF2.test(s) ? 'pbkdf2' : null;
}

/** Hex digits with at least one letter and one digit: an all-digit string is a number, an all-letter one a word. */
function isDigestHex(s: string): boolean {
  const classes = shapeClasses(scanShape(s));
  return classes === (C_DIGIT | C_HEX);
}

/**
 * Masked: a run of mask characters next to kept characters (138****5678, 张**, a***@qq.com,
 * 6222 **** **** 0005, 10.2.*.*) or a wholly masked value (******); or an `x`/`X` run inside
 * digits (138xxxx5678, 110101xxxxxxxx123X).
 */
export function isMaskedForm(s: string): boolean {
  const n = s.length;
  if (n < 2 || n > 128) return false;
  const classes = shapeClasses(scanShape(s));
  if (classes & C_MASK) return hasAttachedMaskRun(s);
  return only(classes, C_DIGIT | C_X) && hasDigitXMask(s);
}

/** A mask run that touches a kept non-space character or is at least two long ("SELECT * FROM" is not a mask). */
function hasAttachedMaskRun(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (!isMaskCode(s.charCodeAt(i))) continue;
    let j = i;
    while (j < s.length && isMaskCode(s.charCodeAt(j))) j++;
    const before = i > 0 ? s.charCodeAt(i - 1) : 32;
    const after = j < s.length ? s.charCodeAt(j) : 32;
    if (j - i >= 2 || before !== 32 || after !== 32) return true;
    i = j;
  }
  return false;
}

/** At least two consecutive x/X and at least three digits ("4xx" is a status class, not a mask). */
function hasDigitXMask(s: string): boolean {
  let digits = 0;
  let run = 0;
  let longest = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) {
      digits++;
      run = 0;
    } else {
      run++;
      if (run > longest) longest = run;
    }
  }
  return longest >= 2 && digits >= 3;
}

export function recogniseForm(input: string): 'masked' | 'hashed' | null {
  const s = trimCell(input);
  if (hashKind(s) !== null) return 'hashed';
  return isMaskedForm(s) ? 'masked' : null;
}

/** Prefixes that tools put on ciphertext: Jasypt ENC(…), Spring {cipher}, {AES}/{SM4}, Vault transit. */
const CIPHER_PREFIX = /^(?:ENC\(|\{cipher\}|\{(?:AES|SM4|RSA|DES|3DES)\}|vault:v\d+:|(?:AES|SM4)[:$])/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Reversible protection or none at all: tagged ciphertext, Base64 of at least 16 characters mixing
 * cases and digits, or long hex that is not a digest length (AES output in hex). A 32- or 64-hex
 * AES block cannot be told from an MD5 or SHA-256 digest by its value alone.
 */
export function looksEncryptedOrEncoded(input: string): boolean {
  const s = trimCell(input);
  if (s.length < 16) return false;
  if (CIPHER_PREFIX.test(s)) return true;
  const classes = shapeClasses(scanShape(s));
  if (classes === (C_DIGIT | C_HEX) && s.length % 2 === 0 && s.length >= 48 && HEX_KIND[s.length] === undefined && s.length !== 128) return true;
  // Base64 mixes both cases with digits or symbols.
  return s.length % 4 === 0 && letterCases(s) === (UPPER_CASE | LOWER_CASE | NOT_A_LETTER) && BASE64.test(s);
}

/** The form of a stored value, for checks such as credential-not-hashed. */
export function valueForm(s: string): ValueForm {
  return recogniseForm(s) ?? (looksEncryptedOrEncoded(s) ? 'encrypted-or-encoded' : 'plain');
}

/** A personal name in Han characters (2–6, a middle dot allowed for minority names): masked by keeping the first. */
export function isHanName(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false;
  let han = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHanCode(c)) han++;
    else if (c !== 0xb7 && c !== 0x30fb) return false;
  }
  return han >= 2 && han <= 10 && isHanCode(s.charCodeAt(0));
}
