/** Typed values that normalisers make of what people write. */

export type DurationUnit = 'days' | 'working-days' | 'weeks' | 'months' | 'years';

/**
 * A declared period that is a bound, not an exact length: `at-most` for 最长2年, 不超过30天, 15日内,
 * "up to 30 days"; `at-least` for 不少于180天, 至少6个月, 3年以上, "at least 5 years". Only retention cells
 * carry one (parseRetention); pack periods and plain periods leave it out, which means exactly that long.
 */
export type DurationBound = 'at-most' | 'at-least';

export type Duration =
  | { forever: true; raw: string }
  | { forever: false; amount: number; unit: DurationUnit; raw: string; bound?: DurationBound };

export interface Region {
  raw: string;
  /** Canonical code: a cloud region code, ISO country code or place name as resolved. */
  code: string;
  /** ISO 3166 alpha-2 (CN, HK, MO, TW, SG, US …). */
  country: string;
  /** Inside mainland China: Hong Kong, Macao and Taiwan are not. */
  mainland: boolean;
  /** Cloud the region code was resolved on (`aws`, `aliyun`, `huaweicloud` …), for cloud codes only. */
  provider?: string;
  /** Human name of the place, e.g. `Singapore`, `Beijing`. */
  place?: string;
  /** Set when the code means another country on another cloud (ap-southeast-1: Singapore or Hong Kong). */
  note?: string;
  /** True when another cloud's meaning of the code flips the mainland answer: prefix the provider. */
  ambiguous?: boolean;
}

export type EncryptionKind =
  | 'none' // stored in clear
  | 'hash' // one-way, salted/slow (bcrypt, argon2, scrypt, PBKDF2, salted SHA-256/SM3)
  | 'weak-hash' // one-way but unsalted/fast (MD5, SHA-1, plain SHA-256)
  | 'reversible' // AES, SM4, RSA, "encrypted"
  | 'encoding'; // Base64, hex: not protection at all

export interface Encryption {
  raw: string;
  kind: EncryptionKind;
  algorithm: string | null;
}

export interface Masking {
  raw: string;
  masked: boolean;
  method: string | null;
}

export type Consent = 'implied' | 'explicit' | 'separate' | 'guardian';
