import { describe, expect, it } from 'vitest';
import { parseEncryption, ENCRYPTION_ACCEPTED, TRANSPORT_ONLY } from '../../src/normalize/encryption.js';
import type { EncryptionKind } from '../../src/normalize/types.js';
import { expectRefusal } from './helpers.js';
import { itReadsVocabulary } from './vocabulary-cases.js';

describe('the encryption vocabulary (fixtures/vocabulary/encrypted.yaml)', () => {
  itReadsVocabulary('encrypted', parseEncryption, { min: 50, accepted: ENCRYPTION_ACCEPTED });
});

describe('parseEncryption', () => {
  it.each<[string, EncryptionKind, string | null]>([
    ['yes', 'reversible', null], ['是', 'reversible', null], ['Y', 'reversible', null], ['encrypted', 'reversible', null], ['加密', 'reversible', null],
    ['no', 'none', null], ['否', 'none', null], ['none', 'none', null], ['plaintext', 'none', null], ['明文', 'none', null],
    ['bcrypt', 'hash', 'bcrypt'], ['Argon2id', 'hash', 'argon2id'], ['argon2', 'hash', 'argon2'], ['scrypt', 'hash', 'scrypt'],
    ['PBKDF2', 'hash', 'PBKDF2'], ['PBKDF2-SHA256', 'hash', 'PBKDF2-SHA-256'], ['PBKDF2WithHmacSHA256', 'hash', 'PBKDF2-SHA-256'],
    ['salted SHA-256', 'hash', 'SHA-256+salt'], ['SHA256+salt', 'hash', 'SHA-256+salt'], ['加盐SHA256', 'hash', 'SHA-256+salt'],
    ['SM3+salt', 'hash', 'SM3+salt'], ['SM3加盐', 'hash', 'SM3+salt'], ['SHA256 随机盐', 'hash', 'SHA-256+salt'], ['HMAC-SHA256', 'hash', 'HMAC-SHA-256'], ['hash', 'hash', null],
    ['MD5', 'weak-hash', 'MD5'], ['md5加密', 'weak-hash', 'MD5'], ['SHA1', 'weak-hash', 'SHA-1'], ['SHA-1 + salt', 'weak-hash', 'SHA-1+salt'],
    ['SHA-256', 'weak-hash', 'SHA-256'], ['sha512', 'weak-hash', 'SHA-512'], ['SHA3-256', 'weak-hash', 'SHA3-256'], ['SM3', 'weak-hash', 'SM3'],
    ['AES', 'reversible', 'AES'], ['AES-256-GCM', 'reversible', 'AES-256-GCM'], ['aes_128_cbc', 'reversible', 'AES-128-CBC'], ['AES加密', 'reversible', 'AES'],
    ['SM4', 'reversible', 'SM4'], ['SM4加密', 'reversible', 'SM4'], ['RSA', 'reversible', 'RSA'], ['RSA-2048', 'reversible', 'RSA-2048'],
    ['3DES', 'reversible', '3DES'], ['TDE', 'reversible', 'TDE'], ['KMS', 'reversible', 'KMS'], ['透明加密', 'reversible', 'TDE'],
    ['Base64', 'encoding', 'Base64'], ['base64编码', 'encoding', 'Base64'], ['hex', 'encoding', 'hex'], ['编码', 'encoding', null],
  ])('%j → %s %s', (raw, kind, algorithm) => {
    expect(parseEncryption(raw)).toEqual({ raw, kind, algorithm });
  });

  it.each<[string, EncryptionKind, string | null]>([
    // Key services, HSMs, database, column and disk encryption: reversible at rest.
    ['阿里云KMS', 'reversible', 'KMS'], ['AWS KMS', 'reversible', 'KMS'], ['密钥管理服务', 'reversible', 'KMS'], ['encrypted at rest (KMS)', 'reversible', 'KMS'],
    ['加密机', 'reversible', 'HSM'], ['硬件加密机', 'reversible', 'HSM'], ['透明数据加密', 'reversible', 'TDE'], ['MySQL TDE', 'reversible', 'TDE'],
    ['TDE + KMS', 'reversible', 'TDE+KMS'], ['字段级加密', 'reversible', 'column-encryption'], ['磁盘加密', 'reversible', 'disk-encryption'],
    ['EBS encryption', 'reversible', 'disk-encryption'], ['落盘加密', 'reversible', null], ['静态加密', 'reversible', null],
    ['AES-256 at rest', 'reversible', 'AES-256'], ['国密SM4', 'reversible', 'SM4'], ['国密算法', 'reversible', 'GM/T'], ['AES/GCM/NoPadding', 'reversible', 'AES'],
    // Transport only, alone or beside plaintext; beside an at-rest method the at-rest method counts.
    ['SSL', 'none', TRANSPORT_ONLY], ['TLS 1.2', 'none', TRANSPORT_ONLY], ['HTTPS', 'none', TRANSPORT_ONLY], ['in transit', 'none', TRANSPORT_ONLY],
    ['传输加密', 'none', TRANSPORT_ONLY], ['SM4传输加密', 'none', TRANSPORT_ONLY], ['仅传输加密', 'none', TRANSPORT_ONLY], ['HTTPS传输，数据库明文', 'none', TRANSPORT_ONLY],
    ['TLS + AES', 'reversible', 'AES'], ['AES256 with TLS', 'reversible', 'AES-256'], ['bcrypt + TLS', 'hash', 'bcrypt'], ['传输和存储均加密', 'reversible', null],
    // Several methods: the strongest decides the kind; a disk encrypted under plaintext columns is still encrypted.
    ['SHA-256 + KMS', 'weak-hash', 'SHA-256+KMS'], ['Base64 + AES', 'reversible', 'Base64+AES'], ['明文存储，云盘加密', 'reversible', 'disk-encryption'],
    ['未加密', 'none', null], ['无', 'none', null], ['哈希', 'hash', null],
  ])('%j → %s %s', (raw, kind, algorithm) => {
    expect(parseEncryption(raw)).toMatchObject({ kind, algorithm });
  });

  it.each([[''], [' '], [null], [undefined], ['N/A'], ['-'], ['不适用']])('blank or not stated %j → null', (raw) => {
    expect(parseEncryption(raw)).toBeNull();
  });

  it.each([['ROT13'], ['blowfish-ish'], ['加盐'], ['sha'], ['maybe'], ['混淆'], ['数据'], ['TLS 或 明文'.repeat(30)]])('%j is rejected with the accepted forms', (raw) => {
    const e = expectRefusal(() => parseEncryption(raw), {
      message: raw.length < 40 ? `unknown encryption or algorithm: '${raw}'` : undefined,
      accepted: ENCRYPTION_ACCEPTED,
    });
    expect(e.accepted).toContain('bcrypt');
    expect(e.accepted).toContain('Base64');
  });
});
