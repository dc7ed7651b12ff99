import type { RawFinding, Rule } from '../types.js';
import type { SdkRecord } from '../../load/types.js';
import { loadCatalog } from '../../sdk/catalog.js';
import { PIPL_ART_23, recordFinding, sdkRecords, tableRows } from '../sdk-findings.js';
import { findTableRow, rowDeclares, type TableRow } from '../sdk-match.js';

/** One finding per item the row does not declare (the first label that names it). */
function extraItems(r: SdkRecord, t: TableRow): RawFinding[] {
  const seen = new Set<string>();
  const out: RawFinding[] = [];
  for (const field of r.fields) {
    for (const item of field.items) {
      if (seen.has(item) || rowDeclares(t.row, item)) continue;
      seen.add(item);
      const declared = t.row.fields.map((f) => f.label).join(', ');
      out.push(recordFinding(r, { label: field.label, item, row: t.row.name, declared }, { item, clause: t.clause }));
    }
  }
  return out;
}

export const sdkUndeclaredField: Rule = {
  meta: {
    id: 'sdk-undeclared-field',
    defaultSeverity: 'error',
    appliesTo: ['sdk'],
    needs: ['fields'],
    description: {
      en: 'An SDK receives a personal-information field that its row in the policy’s SDK table does not declare.',
      zh: 'SDK 接收的个人信息字段未在政策 SDK 列表的对应行中声明。',
    },
    messages: {
      en: "{sdk} ({platform}) receives '{label}' ({item}), which its table row '{row}' does not declare; the row declares: {declared}",
      zh: '「{sdk}」（{platform}）接收「{label}」（{item}），但 SDK 列表行「{row}」未声明该字段；该行声明的是：「{declared}」',
    },
    clause: { pack: 'recipients.sdks', law: PIPL_ART_23 },
    explain: {
      en: `## sdk-undeclared-field

**What it means.** The SDK list says an SDK receives a field that the SDK's row in the policy's table does not name. Fields are compared as taxonomy items: the table's "Device Unique Identification Code" covers the device identifiers (IMEI, MEID, Android ID, OAID, IDFA, IDFV), so an SDK list writing \`IMEI\` or \`OAID\` for Huawei Push is within its row, while \`MAC地址\` (\`device.mac\`) or \`IP地址\` is not. A field naming a whole category (\`设备信息\`) counts as declared when the row declares any item of that category. One finding is reported per SDK row and per extra item.

**Why it matters.** PIPL Art. 23 requires telling people which kinds of personal information go to each recipient; regulators compare what an SDK actually collects with the fields the disclosure table names. A field beyond the row is sharing that was never disclosed.

**How to fix.** Stop the SDK from collecting the field (most SDKs have switches for IMEI, MAC and the app list), or add the field to the SDK's row in the policy and the pack. SDKs found only through build files (Gradle, Podfile.lock) carry no field list, so this rule needs an SDK list.`,
      zh: `## sdk-undeclared-field（SDK 接收未声明字段）

**含义：** SDK 清单显示某 SDK 接收的字段未出现在政策列表中该 SDK 对应行。字段按分类体系中的信息项比较：列表中的 "Device Unique Identification Code"（设备唯一识别码）涵盖各类设备标识符（IMEI、MEID、Android ID、OAID、IDFA、IDFV），因此清单中华为推送接收 \`IMEI\` 或 \`OAID\` 属于声明范围，而 \`MAC地址\`（\`device.mac\`）或 \`IP地址\` 则不是。写成整个类别的字段（如 \`设备信息\`）只要该行声明了该类别中的任一信息项即视为已声明。每个 SDK 行、每个多出的信息项各报告一次。

**为什么重要：** 《个人信息保护法》第二十三条要求告知向每个接收方提供的个人信息种类；监管部门会把 SDK 实际收集的信息与披露表中列出的字段逐一比对。超出该行的字段就是从未披露过的共享。

**如何修复：** 关闭 SDK 对该字段的收集（多数 SDK 提供 IMEI、MAC、应用列表等采集开关），或在政策及政策包中该 SDK 的行里补充该字段。仅从构建文件（Gradle、Podfile.lock）得到的 SDK 没有字段信息，本规则需要 SDK 清单。`,
    },
  },
  check(file, ctx) {
    const catalog = loadCatalog();
    return sdkRecords(file).flatMap((r) => {
      const t = findTableRow(catalog, r, tableRows(ctx, r.platform));
      return t ? extraItems(r, t) : [];
    });
  },
};
