/**
 * The words of an encryption (加密) column: algorithms, key-management services, database and disk encryption,
 * transport-only phrases, plaintext words, and the words around them that add nothing (vendors, 采用, 算法…).
 *
 * Sources:
 * - Alibaba Cloud, "Configure transparent data encryption (TDE)" for ApsaraDB RDS (alibabacloud.com/help/doc-detail/33510.htm):
 *   TDE encrypts data files before they are written to disk, keys generated and managed by Key Management Service
 *   (KMS), AES_256_CBC or SM4_CTR on MySQL 5.7/8.0; Cloud Config rule rds-instance-enabled-tde; InfraGuard
 *   "RDS Instance Enabled TDE or Disk Encryption" (云盘加密, cloud_essd).
 * - Tencent Cloud TDSQL-C / TencentDB for MySQL "Transparent Data Encryption" (tencentcloud.com/document/product/1098/67268,
 *   /236/43495): 静态数据加密 with KMS, CMK and DEK (envelope encryption, 信封加密).
 * - Huawei Cloud 数据加密服务 DEW (support.huaweicloud.com/dew_faq/dew_01_0137.html, usermanual-dew/dew_01_7775.md):
 *   KMS (AES-256-GCM, SM4, SM2, RSA, HMAC_SM3), Dedicated HSM (专属加密/加密机), 云产品服务端加密 for OBS/EVS/RDS,
 *   用户主密钥 CMK, 数据加密密钥 DEK.
 * - AWS: Amazon EBS encryption with AWS KMS keys (AWS Config rule encrypted-volumes; EC2 ResetEbsDefaultKmsKeyId),
 *   S3 server-side encryption (SSE-S3, SSE-KMS), CloudHSM.
 * - Microsoft SQL Server / Azure SQL "Always Encrypted" (learn.microsoft.com, always-encrypted-client-development):
 *   client-side column encryption; MongoDB Client-Side Field Level Encryption (CSFLE).
 * - GB/T 35273-2020 §6.3 个人敏感信息的传输和存储 (加密等安全措施 in transmission and storage), GB/T 39786-2021 and
 *   GM/T 0002 (SM4) for 国密/商用密码; published privacy policies' security sections ("采用SSL/TLS加密传输",
 *   "加密存储", "去标识化", e.g. the JD Cloud policies 000/002 §6.1.1 in policies/).
 */
import { lexicon, type TokenPattern } from './masking-lexer.js';
import type { EncryptionKind } from './types.js';

export type Found = { kind: EncryptionKind; algorithm: string | null };

/** What one word of an encryption cell says. */
export type EncToken =
  | { t: 'algo'; found: (salted: boolean) => Found }
  | { t: 'mech'; name: string }
  | { t: 'gm' } // 国密 with no algorithm named
  | { t: 'enc' } // 加密, encrypted: encryption with no algorithm named
  | { t: 'rest' } // 存储, at rest, 落盘: where, not how
  | { t: 'transport' }
  | { t: 'none' }
  | { t: 'hash' }
  | { t: 'encoding' }
  | { t: 'salt' }
  | { t: 'filler' };

/** Salt words (folded): they qualify a hash (`SHA256+salt`, `加盐SHA256`) and are no method of their own. */
export const SALT_WORDS = ['salt', 'salted', 'withsalt', '加盐', '盐值', '带盐', '含盐', '随机盐'];

/** Written in the algorithm column when only the connection is encrypted: no protection at rest. */
export const TRANSPORT_ONLY = 'TLS (transport only)';

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

const algo = (re: RegExp, found: (m: RegExpExecArray, salted: boolean) => Found): TokenPattern<EncToken> => ({
  re,
  token: (m) => ({ t: 'algo', found: (salted) => found(m, salted) }),
});

/** Algorithm names, matched on folded text (no spaces, `-` or `_`) where they start. */
const ALGORITHMS: TokenPattern<EncToken>[] = [
  algo(/bcrypt/, () => ({ kind: 'hash', algorithm: 'bcrypt' })),
  algo(/argon2(id|i|d)?/, (m) => ({ kind: 'hash', algorithm: `argon2${m[1] ?? ''}` })),
  algo(/scrypt/, () => ({ kind: 'hash', algorithm: 'scrypt' })),
  algo(/pbkdf2(?:with)?(?:hmac)?(sha(?:1|256|512))?/, (m) => ({ kind: 'hash', algorithm: m[1] ? `PBKDF2-${shaName(m[1])}` : 'PBKDF2' })),
  algo(/hmac(?:with)?(sha(?:256|384|512)|sm3)/, (m) => ({ kind: 'hash', algorithm: `HMAC-${shaName(m[1]!)}` })),
  algo(/hmac/, () => ({ kind: 'hash', algorithm: 'HMAC' })),
  algo(/(md5|sha1)/, (m, salted) => ({ kind: 'weak-hash', algorithm: shaName(m[1]!) + (salted ? '+salt' : '') })),
  algo(/(sha(?:2|3)?(?:224|256|384|512)|sha2|sm3)/, (m, salted) => oneWay(shaName(m[1]!), salted)),
  algo(/aes(128|192|256)?(gcm|cbc|ctr|ecb|xts|ccm)?/, (m) => reversible(['AES', m[1], m[2]?.toUpperCase()])),
  algo(/sm4(gcm|cbc|ctr|ecb|xts)?/, (m) => reversible(['SM4', m[1]?.toUpperCase()])),
  algo(/sm2/, () => reversible(['SM2'])),
  algo(/rsa(\d{4})?(oaep)?/, (m) => reversible(['RSA', m[1], m[2]?.toUpperCase()])),
  algo(/3des|tripledes|des3|desede/, () => reversible(['3DES'])),
  algo(/des/, () => reversible(['DES'])),
  algo(/chacha20(poly1305)?/, (m) => reversible([m[1] ? 'ChaCha20-Poly1305' : 'ChaCha20'])),
  algo(/(?:base64|b64)(?:编码|encoding|encoded)?/, () => ({ kind: 'encoding', algorithm: 'Base64' })),
  algo(/(?:hexadecimal|hex|十六进制)(?:编码|encoding|encoded)?/, () => ({ kind: 'encoding', algorithm: 'hex' })),
  // TLS 1.2, TLSv1.3, SSLv3, mTLS: versions are part of the word.
  { re: /m?tls(?:v?1(?:\.?[0-3])?)?|ssl(?:v?[23])?|https/, token: () => ({ t: 'transport' }) },
];

const mech = (name: string): EncToken => ({ t: 'mech', name });

const WORDS: (readonly [EncToken, readonly string[]])[] = [
  [mech('KMS'), [
    'kms', 'keymanagementservice', 'keymanagement', '密钥管理服务', '密钥管理系统', '密钥管理', '信封加密', '信封', 'envelope', 'envelopeencryption', 'cmk', 'cmek',
    'byok', 'customermanagedkey', 'customermanagedkeys', 'customermasterkey', '用户主密钥', '主密钥', '数据加密服务', 'dew', 'keyvault', 'cloudkms',
  ]],
  [mech('HSM'), ['hsm', 'cloudhsm', 'dedicatedhsm', 'hardwaresecuritymodule', '加密机', '硬件加密机', '云加密机', '服务器密码机', '密码机', '硬件安全模块', '专属加密']],
  [mech('TDE'), ['tde', '透明数据加密', '透明加密', '透明数据', '透明', 'transparentdataencryption', 'transparentencryption', 'transparentdata', 'tablespaceencryption', '表空间加密']],
  [mech('column-encryption'), [
    '字段级加密', '字段级别加密', '字段级', '字段级别', '字段加密', '列加密', '列级加密', '列级', '列级别', 'columnlevel', 'column', 'columnencryption', 'fieldlevel',
    'fieldlevelencryption', 'fieldencryption', 'alwaysencrypted', 'csfle', '应用层加密', '应用层', 'applicationlevel', 'applicationlayer', '全密态',
  ]],
  [mech('disk-encryption'), [
    '磁盘加密', '磁盘', '云盘加密', '云盘', '全盘加密', '全盘', '硬盘加密', '硬盘', '存储卷', '卷加密', 'disk', 'diskencryption', 'fulldisk', 'fde', 'volume',
    'volumeencryption', 'ebs', 'evs', 'bitlocker', 'luks', 'dmcrypt', 'filevault', '文件系统加密', 'filesystem',
  ]],
  [mech('server-side-encryption'), ['服务端加密', '服务器端加密', 'serverside', 'serversideencryption', 'sse']],
  [{ t: 'gm' }, ['国密', '国密算法', '商密', '商用密码', '国产密码', '国产密码算法']],
  [{ t: 'enc' }, ['加密', '已加密', '加密存储', '存储加密', '加密保存', '加密处理', '密文', '密文存储', 'encrypted', 'encryption', 'encrypt', 'ciphertext', '是', 'yes']],
  [{ t: 'rest' }, ['atrest', '静态', '静态数据', '落盘', '存储', '保存', '存放', '数据库', '入库', '落库', 'stored', 'storage', 'store', 'database', 'db', 'instorage', 'ondisk']],
  [{ t: 'transport' }, ['传输', '传输中', '传输层', '传输过程', '传输时', 'intransit', 'transit', '链路', '通道', '信道', 'transport', 'transportlayer']],
  [{ t: 'none' }, ['明文', '明文存储', 'plaintext', 'plain', 'cleartext', 'clear', 'unencrypted', 'notencrypted', '未加密', '不加密', '无加密', '非加密', '无', 'none', 'no', '否']],
  [{ t: 'hash' }, ['hash', 'hashed', 'hashing', 'onewayhash', 'oneway', '哈希', '散列', '摘要', '单向', '不可逆', 'irreversible']],
  [{ t: 'encoding' }, ['encoding', 'encoded', '编码']],
  [{ t: 'salt' }, SALT_WORDS],
  [{ t: 'filler' }, [
    // Vendors and products: they say where, not how.
    '阿里云', '腾讯云', '华为云', '京东云', '京东智联云', '百度智能云', '百度云', '火山引擎', '天翼云', '移动云', '金山云', '云', 'aliyun', 'alibabacloud', 'alibaba',
    'tencentcloud', 'tencent', 'huaweicloud', 'huawei', 'jdcloud', 'aws', 'amazon', 'azure', 'microsoft', 'gcp', 'googlecloud', 'google', 'cloud', 'mysql',
    'postgresql', 'postgres', 'oracle', 'sqlserver', 'mongodb', 'redis', 'rds', 'polardb', 'tdsql', 'gaussdb', 'oss', 's3', 'obs', 'cos',
    // Cipher modes and paddings after a slash (AES/GCM/NoPadding), key words, verbs and particles.
    'gcm', 'cbc', 'ctr', 'nopadding', 'pkcs5padding', 'pkcs7padding', '位', 'bit', 'bits', '密钥', 'key', 'keys', 'managed', '托管', '管理', '用户', 'customer',
    '采用', '使用', '用', '仅', '只', '做', 'only', 'just', '基于', '通过', '经', '由', '以', '对', '进行', '予以', '均', '都', '全部', '全量', '所有', '已', '开启', '启用', '默认', '自动', '的', '了',
    '数据', '字段', '算法', '在', '于', '密码', '方式', '方案', '模式', '技术', '机制', '保护', '处理', '后', '中', '时', '级', '层', '侧',
    'enabled', 'enable', 'on', 'data', 'algorithm', 'mode', 'protected', 'protection', 'default', 'by', 'with', 'using', 'via', 'under', 'the', 'an', 'is',
    'are', 'all', 'and', 'in', 'of', 'for', 'at', 'level', 'side', 'layer',
    '+', '/', '(', ')', ',', '，', '、', ';', '；', ':', '：', '.', '。', '&', '|',
  ]],
];

export const ENCRYPTION_WORDS = lexicon(WORDS, ALGORITHMS);
