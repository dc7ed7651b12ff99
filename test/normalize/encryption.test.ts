import { describe, expect, it } from 'vitest';
import { parseEncryption, ENCRYPTION_ACCEPTED } from '../../src/normalize/encryption.js';
import type { EncryptionKind } from '../../src/normalize/types.js';
import { valueErrorOf } from './helpers.js';

describe('parseEncryption', () => {
  it.each<[string, EncryptionKind, string | null]>([
    ['yes', 'reversible', null], ['是', 'reversible', null], ['Y', 'reversible', null], ['encrypted', 'reversible', null], ['加密', 'reversible', null],
    ['no', 'none', null], ['否', 'none', null], ['none', 'none', null], ['plaintext', 'none', null], ['明文', 'none', null],
    ['bcrypt', 'hash', 'bcrypt'], ['Argon2id', 'hash', 'argon2id'], ['argon2', 'hash', 'argon2'], ['scrypt', 'hash', 'scrypt'],
    ['PBKDF2', 'hash', 'PBKDF2'], ['PBKDF2-SHA256', 'hash', 'PBKDF2-SHA-256'], ['PBKDF2WithHmacSHA256', 'hash', 'PBKDF2-SHA-256'],
    ['salted SHA-256', 'hash', 'SHA-256+salt'], ['SHA256+salt', 'hash', 'SHA-256+salt'], ['加盐SHA256', 'hash', 'SHA-256+salt'],
    ['SM3+salt', 'hash', 'SM3+salt'], ['SM3加盐', 'hash', 'SM3+salt'], ['HMAC-SHA256', 'hash', 'HMAC-SHA-256'], ['hash', 'hash', null],
    ['MD5', 'weak-hash', 'MD5'], ['md5加密', 'weak-hash', 'MD5'], ['SHA1', 'weak-hash', 'SHA-1'], ['SHA-1 + salt', 'weak-hash', 'SHA-1+salt'],
    ['SHA-256', 'weak-hash', 'SHA-256'], ['sha512', 'weak-hash', 'SHA-512'], ['SHA3-256', 'weak-hash', 'SHA3-256'], ['SM3', 'weak-hash', 'SM3'],
    ['AES', 'reversible', 'AES'], ['AES-256-GCM', 'reversible', 'AES-256-GCM'], ['aes_128_cbc', 'reversible', 'AES-128-CBC'], ['AES加密', 'reversible', 'AES'],
    ['SM4', 'reversible', 'SM4'], ['SM4加密', 'reversible', 'SM4'], ['RSA', 'reversible', 'RSA'], ['RSA-2048', 'reversible', 'RSA-2048'],
    ['3DES', 'reversible', '3DES'], ['TDE', 'reversible', 'TDE'], ['KMS', 'reversible', 'KMS'], ['透明加密', 'reversible', 'TDE'],
    ['Base64', 'encoding', 'Base64'], ['base64编码', 'encoding', 'Base64'], ['hex', 'encoding', 'hex'], ['编码', 'encoding', null],
  ])('%j → %s %s', (raw, kind, algorithm) => {
    expect(parseEncryption(raw)).toEqual({ raw, kind, algorithm });
  });

  it.each([[''], [' '], [null], [undefined]])('blank %j → null', (raw) => {
    expect(parseEncryption(raw)).toBeNull();
  });

  it.each([['ROT13'], ['blowfish-ish'], ['加盐'], ['sha'], ['maybe']])('%j is rejected with the accepted forms', (raw) => {
    const e = valueErrorOf(() => parseEncryption(raw));
    expect(e.message).toBe(`unknown encryption or algorithm: '${raw}'`);
    expect(e.accepted).toBe(ENCRYPTION_ACCEPTED);
    expect(e.accepted).toContain('bcrypt');
    expect(e.accepted).toContain('Base64');
  });
});
