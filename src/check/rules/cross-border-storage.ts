import { LAW } from '../law.js';
import { fieldFinding, holdsPersonalInformation, perInventoryRecord } from '../helpers.js';
import type { Rule } from '../types.js';

export const crossBorderStorage: Rule = {
  meta: {
    id: 'cross-border-storage',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    needs: ['storage_region', 'consent'],
    description: {
      en: 'Personal information stored or processed outside mainland China (Hong Kong, Macao and Taiwan included) without separate consent.',
      zh: '个人信息在中国大陆境外（含香港、澳门、台湾）存储或处理，且未取得单独同意。',
    },
    messages: {
      en: "field '{field}' ({itemName}) is stored in {region} ({country}), outside mainland China, without separate consent",
      zh: '字段「{field}」（{itemName}）存储于「{region}」（{country}），位于中国大陆境外，且未取得单独同意',
    },
    clause: { pack: 'storage', law: LAW.crossBorder },
    explain: {
      en: `## cross-border-storage

**What it means.** The field's \`storage_region\` resolves to a place outside mainland China — another country, or Hong Kong, Macao or Taiwan, which Chinese regulatory practice treats as outside the boundary for data export — and its \`consent\` column does not record separate consent. It does not depend on which item the field holds: a field counts as personal information when its item or category says so, when it is marked \`sensitive\`, or when its category cannot be read (\`unrecognized-value\`), and such a field is checked too.

**Why it matters.** All four seed policies promise storage inside the PRC: "Your personal information will be entirely stored within the People's Republic of China" (002 §6.2.1; 000 §6.2.1; 003 §四(二)1), with transfer abroad only after separately obtained consent. PIPL Art. 38–39 add a lawful route (security assessment, certification or standard contract).

**How to fix.** Move the data to a mainland region (e.g. \`cn-north-1\`), or obtain and record separate consent (\`consent: separate\`) and the Art. 38 route. Note that cloud region codes differ between providers (\`ap-southeast-1\` is Singapore on AWS and Alibaba Cloud but Hong Kong on Huawei Cloud): prefix the provider (\`huaweicloud:ap-southeast-1\`) to be exact.`,
      zh: `## cross-border-storage（境外存储）

**含义：** 字段的 \`存储地域\` 解析为中国大陆以外的地点——其他国家，或在数据出境监管实践中视为境外的香港、澳门、台湾——且 \`同意方式\` 未记录单独同意。本规则与字段是哪一项信息无关：字段的信息项或类别表明其为个人信息、\`敏感\` 列标为敏感，或类别无法识别（\`unrecognized-value\`）时，均视为个人信息并照常检查。

**为什么重要：** 四份种子政策均承诺在中华人民共和国境内存储（000/002 §6.2.1，003 §四(二)1），向境外传输须另行取得单独同意。《个人信息保护法》第三十八、三十九条还要求具备合法出境路径（安全评估、认证或标准合同）。

**如何修复：** 将数据迁至境内地域（如 \`cn-north-1\`），或取得并记录单独同意（\`同意方式: 单独同意\`）及第三十八条所列路径。注意各云厂商地域代码含义不同（\`ap-southeast-1\` 在 AWS、阿里云为新加坡，在华为云为香港）：可加厂商前缀（\`huaweicloud:ap-southeast-1\`）以免歧义。`,
    },
  },
  // Where the data is stored does not depend on which item it is: a field of unknown item is checked too.
  check: perInventoryRecord((r, ctx) => {
    if (!r.region || r.region.mainland || r.consent.includes('separate') || !holdsPersonalInformation(r, ctx)) return null;
    return fieldFinding(r, r.item, { region: r.region.raw, country: r.region.country });
  }),
};
