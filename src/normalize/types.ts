/** Typed values that normalisers make of what people write. */

export type DurationUnit = 'days' | 'working-days' | 'weeks' | 'months' | 'years';

export type Duration =
  | { forever: true; raw: string }
  | { forever: false; amount: number; unit: DurationUnit; raw: string };

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

/** A value a normaliser could not read: the reader adds the location. */
export class ValueError extends Error {
  constructor(
    message: string,
    /** The forms that are accepted, for the hint. */
    readonly accepted: string,
  ) {
    super(message);
    this.name = 'ValueError';
  }
}
