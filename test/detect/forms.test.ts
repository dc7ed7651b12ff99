import { describe, expect, it } from 'vitest';
import { hashKind, looksEncryptedOrEncoded, recogniseForm, valueForm } from '../../src/detect/index.js';

const BCRYPT = '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW';

describe('hashKind', () => {
  it('names hex digests by length', () => {
    expect(hashKind('5f4dcc3b5aa765d61d8327deb882cf99')).toBe('md5');
    expect(hashKind('5F4DCC3B5AA765D61D8327DEB882CF99')).toBe('md5');
    expect(hashKind('5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8')).toBe('sha1');
    expect(hashKind('5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8')).toBe('sha256-or-sm3');
  });

  it('names crypt formats', () => {
    expect(hashKind(BCRYPT)).toBe('bcrypt');
    expect(hashKind(BCRYPT.replace('$2b$', '$2a$'))).toBe('bcrypt');
    expect(hashKind(BCRYPT.replace('$2b$', '$2y$'))).toBe('bcrypt');
    expect(hashKind('$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG')).toBe('argon2');
    expect(hashKind('$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E')).toBe('scrypt');
    expect(hashKind('scrypt:32768:8:1$saltsaltsalt$0123456789abcdef0123456789abcdef')).toBe('scrypt');
    expect(hashKind('pbkdf2_sha256$600000$saltsaltsalt$b2e1YVQ0Zw3ZVbqwH0lJsE1ZGxAyM3QyYnF3cWxqZw==')).toBe('pbkdf2');
    expect(hashKind('pbkdf2:sha256:600000$saltsalt$0123456789abcdef0123456789abcdef')).toBe('pbkdf2');
  });

  it('returns null for plain values, numbers and odd lengths', () => {
    for (const v of ['password123', '12345678901234567890123456789012', 'abcdefabcdefabcdefabcdefabcdefab', '5f4dcc3b5aa765d61d8327deb882cf9', '$2b$12$short', 'pbkdf2_sha256$']) {
      expect(hashKind(v), v).toBeNull();
    }
  });
});

describe('recogniseForm', () => {
  it('recognises partial masks', () => {
    for (const v of ['138****5678', '110101********123X', '6222********0005', '6222 **** **** 0005', '张**', '张*', '*三', 'a***@qq.com', '10.2.*.*', '138●●●●5678', '138xxxx5678', '110101XXXXXXXX123X', '******']) {
      expect(recogniseForm(v), v).toBe('masked');
    }
  });

  it('recognises hashes', () => {
    expect(recogniseForm('5f4dcc3b5aa765d61d8327deb882cf99')).toBe('hashed');
    expect(recogniseForm(BCRYPT)).toBe('hashed');
  });

  it('leaves plain values alone', () => {
    for (const v of ['13812345678', '张三', 'SELECT * FROM t', '4xx', '0x1f', 'max', '*', 'a * b', 'hello world']) {
      expect(recogniseForm(v), v).toBeNull();
    }
  });
});

describe('valueForm', () => {
  it('tells encodings and tagged ciphertext from plain values', () => {
    expect(valueForm('ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)')).toBe('encrypted-or-encoded');
    expect(valueForm('{AES}U2FsdGVkX19abc')).toBe('encrypted-or-encoded');
    expect(valueForm('cGFzc3dvcmQxMjM0NTY3OA==')).toBe('encrypted-or-encoded');
    expect(valueForm('a3f1c2d4e5b6a7980112233445566778899aabbccddeeff0')).toBe('encrypted-or-encoded');
    expect(valueForm('password123')).toBe('plain');
    expect(valueForm('correcthorsebatterystaple')).toBe('plain');
    expect(valueForm(BCRYPT)).toBe('hashed');
    expect(valueForm('138****5678')).toBe('masked');
    expect(looksEncryptedOrEncoded('short')).toBe(false);
  });
});
