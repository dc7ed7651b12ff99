import { LAW } from '../law.js';
import { isSensitive } from '../helpers.js';
import { asExport, columnFinding } from '../export-findings.js';
import type { RawFinding, Rule } from '../types.js';

export const plaintextSensitiveData: Rule = {
  meta: {
    id: 'plaintext-sensitive-data',
    defaultSeverity: 'error',
    appliesTo: ['export'],
    description: {
      en: 'An exported column holds sensitive personal information in clear (aggregated per column).',
      zh: '导出数据的某列以明文保存敏感个人信息（按列汇总）。',
    },
    messages: {
      en: "column '{column}' holds {itemName} in clear: {values}",
      zh: '列“{column}”中有 {values}以明文保存{itemName}',
    },
    clause: { pack: 'security.encryptionAtRest', law: LAW.security },
    explain: {
      en: `## plaintext-sensitive-data

**What it means.** A column of an exported table holds sensitive personal information — an item the loaded packs mark sensitive, or one of the PIPL Art. 28 set (resident ID numbers, bank cards, precise location, biometrics…) — and at least one of its values is in clear: neither masked (\`110101********123X\`) nor a one-way hash. The finding counts the plaintext values of the column, lists the first lines, and quotes one value masked.

**How values are judged.** The column is classified once from its header (taxonomy synonyms, or the mapping file) and its first records' values. Then every cell is counted: masked and hashed forms are recognised as in \`src/detect\`, and a plaintext value must have the shape of the column's identifier (placeholders like \`-\` or \`N/A\` are not counted). Checksums are verified on a sample of values (the column's \`checked\`/\`valid\` counts), not on every value.

**Why it matters.** The JD Cloud policies promise encryption of sensitive information in transmission and storage (000/002 §6.1.1); PIPL Art. 51 names encryption and de-identification as required security measures, and an export is exactly the copy that travels.

**How to fix.** Export only what the recipient needs; mask (\`138****5678\`), tokenise or hash the column before export, or encrypt the file. If the column is not what its name says, correct it with a mapping file.`,
      zh: `## plaintext-sensitive-data（敏感信息明文）

**含义：** 导出表的某列包含敏感个人信息——政策包标记为敏感的信息，或《个人信息保护法》第二十八条所列信息（身份证号、银行卡号、精准定位、生物识别等）——且至少有一个值为明文：既未脱敏（如 \`110101********123X\`），也不是单向哈希。发现按列统计明文值的数量，列出首批行号，并引用一个脱敏后的样例。

**判断方式：** 每列先按表头（分类词表同义词或映射文件）和前若干条记录的取值分类一次；之后逐个单元格计数：脱敏和哈希形式按 \`src/detect\` 的规则识别，明文值须符合该列标识符的形态（\`-\`、\`N/A\` 等占位值不计入）。校验位在抽样值上核验（见列的 \`checked\`/\`valid\` 计数），而非逐值核验。

**为什么重要：** 京东智联云隐私政策承诺对敏感信息进行传输和存储加密（000/002 §6.1.1）；《个人信息保护法》第五十一条将加密、去标识化列为必要的安全措施，而导出文件正是会被传递的副本。

**如何修复：** 只导出接收方需要的字段；导出前对该列脱敏（如 \`138****5678\`）、令牌化或哈希，或对文件加密。若该列并非其名称所示内容，请用映射文件更正。`,
    },
  },
  check(file, ctx) {
    const e = asExport(file);
    if (!e) return [];
    const out: RawFinding[] = [];
    for (const c of e.columns) if (c.kind === 'pi' && c.plain > 0 && isSensitive(c.item, ctx)) out.push(columnFinding(e, c));
    return out;
  },
};
