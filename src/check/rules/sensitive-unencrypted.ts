import { TRANSPORT_ONLY } from '../../normalize/encryption.js';
import { LAW } from '../law.js';
import { fieldFinding, perInventoryRecord, recordSensitive } from '../helpers.js';
import type { Rule } from '../types.js';

const STATE = {
  clear: { en: 'stored in clear', zh: '以明文存储' },
  transport: { en: 'encrypted only in transit (TLS), not at rest', zh: '仅做了传输加密（TLS），未做存储加密' },
  encoded: { en: 'only encoded (Base64/hex is not encryption)', zh: '仅做了编码（Base64/十六进制不是加密）' },
  undeclared: { en: 'declared with no encryption at rest', zh: '未声明存储加密' },
};

export const sensitiveUnencrypted: Rule = {
  meta: {
    id: 'sensitive-unencrypted',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    needs: ['encrypted'],
    description: {
      en: 'Sensitive personal information stored without encryption at rest.',
      zh: '敏感个人信息未加密存储。',
    },
    messages: {
      en: "sensitive field '{field}' ({itemName}) is {state}",
      zh: '敏感字段「{field}」（{itemName}）{state}',
    },
    clause: { pack: 'security.encryptionAtRest', law: LAW.security },
    explain: {
      en: `## sensitive-unencrypted

**What it means.** A field holding sensitive personal information — sensitive under the pack (e.g. JD Cloud's list in §II: property, identity, network identity, phone numbers, browsing history), under PIPL Art. 28, or marked \`sensitive: yes\` in the inventory — is declared as stored in clear (\`encrypted: no\`, plaintext, Base64) or declares no encryption at all.

**Why it matters.** The JD Cloud policies promise that "personal information will be stored in encrypted form" (000/002 §6.1.1); PIPL Art. 51 names encryption as a required security measure. An undeclared control counts as absent: an auditor cannot sign off what the inventory does not state.

**How to fix.** Encrypt the field at rest (AES-256-GCM, SM4, TDE or KMS envelope encryption) and write the algorithm in the \`encrypted\` (加密) column. One-way hashes also count as protected at rest. SSL/TLS/HTTPS alone protects the connection, not the stored data.`,
      zh: `## sensitive-unencrypted（敏感信息未加密）

**含义：** 含敏感个人信息的字段——依政策包（如京东智联云第二部分所列的财产、身份、网络身份标识、电话号码、浏览记录）、依《个人信息保护法》第二十八条，或清单中标为 \`敏感: 是\`——声明为明文存储（\`加密: 否\`、明文、Base64），或根本未声明加密方式。

**为什么重要：** 京东智联云隐私政策承诺"以加密方式存储"（000/002 §6.1.1）；《个人信息保护法》第五十一条将加密列为应采取的安全措施。未声明的控制视为缺失：审计人员无法认可清单未写明的内容。

**如何修复：** 对该字段进行存储加密（AES-256-GCM、SM4、TDE 或 KMS 信封加密），并在 \`加密\` 列写明算法。单向哈希也视为已保护。仅有 SSL/TLS/HTTPS 只保护传输连接，不保护存储的数据。`,
    },
  },
  check: perInventoryRecord((r, ctx) => {
    if (!recordSensitive(r, ctx)) return null;
    const kind = r.encryption?.kind;
    if (kind === 'hash' || kind === 'weak-hash' || kind === 'reversible') return null;
    const state = kind === 'encoding' ? STATE.encoded : kind === 'none' ? (r.encryption?.algorithm === TRANSPORT_ONLY ? STATE.transport : STATE.clear) : STATE.undeclared;
    return fieldFinding(r, r.item, { state });
  }),
};
