import { LAW } from '../law.js';
import { fieldFinding, perInventoryRecord } from '../helpers.js';
import type { Rule } from '../types.js';

const STATE = {
  none: { en: 'stored in clear or with no declared protection', zh: '以明文存储或未声明保护方式' },
  reversible: { en: 'encrypted reversibly ({algorithm}): whoever holds the key can read every password', zh: '使用可逆加密（{algorithm}）：持有密钥者可读出全部密码' },
  encoding: { en: 'only encoded ({algorithm}), which anyone can reverse', zh: '仅做了编码（{algorithm}），任何人都可还原' },
  'weak-hash': { en: 'hashed with a fast unsalted hash ({algorithm}), open to rainbow tables', zh: '使用无盐快速哈希（{algorithm}），易被彩虹表破解' },
};

export const credentialNotHashed: Rule = {
  meta: {
    id: 'credential-not-hashed',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    needs: ['encrypted'],
    description: {
      en: 'Passwords or secrets stored other than as a salted one-way hash.',
      zh: '密码或口令等鉴别信息未以加盐单向哈希存储。',
    },
    messages: {
      en: "credential field '{field}' ({itemName}) is {state}",
      zh: '鉴别信息字段「{field}」（{itemName}）{state}',
    },
    clause: { pack: 'security.passwordProtection', law: LAW.security },
    explain: {
      en: `## credential-not-hashed

**What it means.** A password or payment password is stored in clear, encoded (Base64), encrypted reversibly (AES, SM4, RSA) or hashed with a fast unsalted hash (MD5, SHA-1, plain SHA-256).

**Why it matters.** A stored password only ever needs to be verified, never read back. Reversible encryption means a single leaked key exposes every password; a fast unsalted hash falls to precomputed tables. This rule applies under every pack (SPEC decision 5); the JD Cloud terms require passwords to be protected (001 §6.6) and PIPL Art. 51 requires encryption.

**How to fix.** Store a salted, slow one-way hash: bcrypt, argon2id, scrypt or PBKDF2 (or salted SM3 where national algorithms are required), and write it in the \`encrypted\` column (e.g. \`bcrypt\`).`,
      zh: `## credential-not-hashed（鉴别信息未哈希）

**含义：** 密码或支付密码以明文、编码（Base64）、可逆加密（AES、SM4、RSA）或无盐快速哈希（MD5、SHA-1、无盐 SHA-256）存储。

**为什么重要：** 密码只需验证、无需还原。可逆加密意味着一把密钥泄露即暴露全部密码；无盐快速哈希可被预计算表破解。本规则适用于所有政策包（SPEC 决定 5）；京东智联云用户服务协议要求对密码加密保护（001 §6.6），《个人信息保护法》第五十一条要求采取加密措施。

**如何修复：** 使用加盐慢速单向哈希：bcrypt、argon2id、scrypt 或 PBKDF2（需国密时用加盐 SM3），并在 \`加密\` 列写明（如 \`bcrypt\`）。`,
    },
  },
  check: perInventoryRecord((r, ctx) => {
    if (!r.item || !ctx.taxonomy.item(r.item)?.credential) return null;
    const kind = r.encryption?.kind ?? 'none';
    if (kind === 'hash') return null;
    return fieldFinding(r, r.item, { state: STATE[kind], algorithm: r.encryption?.algorithm ?? r.encryption?.raw ?? '' });
  }),
};
