import type { Localized, RawFinding, Rule } from '../types.js';
import type { SdkRecord } from '../../load/types.js';
import type { Catalog } from '../../sdk/catalog.js';
import { loadCatalog } from '../../sdk/catalog.js';
import { PIPL_ART_23, recordFinding, sdkRecords, tableRows } from '../sdk-findings.js';
import { findTableRow, type TableRow } from '../sdk-match.js';
import { compareOrganizations, type OrganizationComparison } from '../../sdk/organization.js';

function relationText(c: OrganizationComparison): Localized {
  if (c.relation === 'same-group-different-entity') {
    const en = c.group?.en ?? c.group?.zh ?? 'one group';
    const zh = c.group?.zh ?? c.group?.en ?? '同一';
    return { en: `same group (${en}), different legal entity`, zh: `同属${zh}集团，但不是同一法律主体` };
  }
  if (c.relation === 'different') return { en: 'a different company', zh: '两者是不同的公司' };
  return {
    en: 'privaudit cannot confirm they are the same legal entity (a name is not in its SDK catalog)',
    zh: '无法确认两者为同一法律主体（有名称不在 SDK 目录中）',
  };
}

function mismatch(catalog: Catalog, r: SdkRecord, t: TableRow): RawFinding | null {
  if (!r.organization) return null;
  const c = compareOrganizations(catalog, r.organization, t.row.organization);
  if (c.relation === 'same') return null;
  return recordFinding(r, { written: r.organization, declared: t.row.organization, row: t.row.name, relation: relationText(c) }, { clause: t.clause });
}

export const sdkOrganizationMismatch: Rule = {
  meta: {
    id: 'sdk-organization-mismatch',
    defaultSeverity: 'error',
    appliesTo: ['sdk'],
    description: {
      en: 'The organisation an SDK list names for an SDK is not the legal entity the policy’s SDK table names.',
      zh: 'SDK 清单中某 SDK 的所属机构与政策 SDK 列表中写明的法律主体不一致。',
    },
    messages: {
      en: "{sdk} ({platform}): the list names '{written}' as its organisation, but the table row '{row}' names '{declared}': {relation}",
      zh: '「{sdk}」（{platform}）：清单写明的机构是「{written}」，但 SDK 列表行「{row}」写的是「{declared}」：{relation}',
    },
    clause: { pack: 'recipients.sdks', law: PIPL_ART_23 },
    explain: {
      en: `## sdk-organization-mismatch

**What it means.** The SDK list names a different organisation for an SDK than the policy's table does. Names are compared as legal entities through the bundled SDK catalog: case, punctuation and the spelling of the legal form ("Co., Ltd.", "Co. Ltd.", "Company Limited"; 有限责任公司/有限公司) do not matter, and English and Chinese registered names of one entity are the same entity ("Shenzhen Tencent Computer System Co., Ltd." = 深圳市腾讯计算机系统有限公司).

Entities of one group are **not** the same entity: Xiaomi Communications Co., Ltd. (小米通讯技术有限公司) where the table names Beijing Xiaomi Technology Co., Ltd., or Huawei Software Technologies Co., Ltd. (华为软件技术有限公司, the entity Huawei Push Kit's own disclosures name) where seed 002 names Huawei Technologies Co. Ltd., is reported as "same group, different legal entity". A name the catalog does not know, that differs from the table's, is reported too, saying the two cannot be confirmed to be one entity.

**Why it matters.** PIPL Art. 23 requires telling people the recipient's name; the recipient is a legal entity, and a regulator checks the name in the disclosure against the SDK operator's own statement. The wrong entity — even a sister company — is a wrong disclosure.

**How to fix.** Find the operator the SDK's own privacy statement names and use that exact legal name in the policy's table (and the pack) and in the SDK list. If the list merely spells a known entity differently, add the spelling as an alias of that organisation in \`policies/sdk-catalog.yaml\`. Build files name no organisation, so SDKs found only there are not checked.`,
      zh: `## sdk-organization-mismatch（SDK 所属机构不一致）

**含义：** SDK 清单为某 SDK 写明的机构与政策列表中的不同。名称通过内置 SDK 目录按法律主体比较：大小写、标点以及公司形式的写法（"Co., Ltd."、"Co. Ltd."、"Company Limited"；有限责任公司/有限公司）不影响比较，同一主体的中英文注册名称视为同一主体（"Shenzhen Tencent Computer System Co., Ltd." 即深圳市腾讯计算机系统有限公司）。

同一集团的不同公司**不是**同一主体：列表写北京小米科技有限责任公司而清单写小米通讯技术有限公司，或种子文档 002 写 Huawei Technologies Co. Ltd. 而清单写华为软件技术有限公司（华为推送自身披露的运营方），都会报告为"同属一个集团，但不是同一法律主体"。目录不认识且与列表不同的名称同样会报告，并说明无法确认为同一主体。

**为什么重要：** 《个人信息保护法》第二十三条要求告知接收方的名称；接收方是法律主体，监管部门会把披露中的名称与 SDK 运营方自己的声明核对。写错主体——即使是关联公司——也是错误的披露。

**如何修复：** 查明 SDK 自身隐私政策写明的运营方，在政策列表（及政策包）和 SDK 清单中使用该法定全称。若清单只是同一主体的不同写法，请在 \`policies/sdk-catalog.yaml\` 中为该机构添加别名。构建文件不含机构信息，仅从构建文件得到的 SDK 不做此项检查。`,
    },
  },
  check(file, ctx) {
    const catalog = loadCatalog();
    return sdkRecords(file).flatMap((r) => {
      const t = findTableRow(catalog, r, tableRows(ctx, r.platform));
      return (t && mismatch(catalog, r, t)) || [];
    });
  },
};
