import type { CheckContext, Localized, RawFinding, Rule } from '../types.js';
import type { SdkRecord } from '../../load/types.js';
import { loadCatalog } from '../../sdk/catalog.js';
import { PIPL_ART_23, recordFinding, sdkRecords, tableRows } from '../sdk-findings.js';
import { findTableRow } from '../sdk-match.js';
import { PLATFORM_NAMES } from '../../sdk/platform.js';

/** Why the SDK is undeclared, in both languages, plus the clause to cite. */
function reason(ctx: CheckContext, r: SdkRecord): { reason: Localized; clause?: RawFinding['clause'] } {
  if (!ctx.policy.hasSdkTable()) {
    return { reason: { en: ' (the policy has no SDK table at all: no embedded SDK is disclosed)', zh: '（该政策没有第三方 SDK 列表：任何内嵌 SDK 都未披露）' } };
  }
  const platformRows = tableRows(ctx, r.platform);
  if (platformRows.length > 0) return { reason: { en: '', zh: '' }, clause: platformRows[0]!.clause };
  return {
    reason: { en: ` (the table lists no SDK at all for ${PLATFORM_NAMES[r.platform].en})`, zh: `（该列表没有任何${PLATFORM_NAMES[r.platform].zh}端的 SDK）` },
    clause: ctx.policy.sdkRows()[0]?.clause,
  };
}

export const undeclaredSdk: Rule = {
  meta: {
    id: 'undeclared-sdk',
    defaultSeverity: 'error',
    appliesTo: ['sdk'],
    description: {
      en: "An SDK is embedded on a platform whose SDK table in the policy does not list it.",
      zh: '某平台内嵌的 SDK 未列入政策中该平台的第三方 SDK 列表。',
    },
    messages: {
      en: "{sdk} is embedded in the {platform} app but is not listed in {policy}'s {platform} SDK table{reason}",
      zh: '{platform} 应用内嵌了「{sdk}」，但 {policy} 的{platform}第三方 SDK 列表未列出它{reason}',
    },
    clause: { pack: 'recipients.sdks', law: PIPL_ART_23 },
    explain: {
      en: `## undeclared-sdk

**What it means.** An SDK in the app (a row of the SDK list, or a dependency of the Gradle build or Podfile.lock that the bundled SDK catalog knows) is not in the policy's third-party SDK table for that platform — for example Mi Push on iOS, or Umeng on Android, under \`jdcloud-privacy-2020-07\` (seed 002 §5.1.4: six Android rows, four iOS rows). SDKs match table rows through the catalog's names, aliases and package coordinates (\`华为推送SDK\`, \`HMS Push\` and \`com.huawei.hms:push\` are all Huawei Push), otherwise by name.

**Why it matters.** Chinese regulators test apps against exactly this table: an embedded SDK receives personal information, and PIPL Art. 23 requires telling people the recipient, the purpose and the kinds of information before providing it to another handler (with separate consent). An SDK that the table does not list is an undisclosed recipient.

**When the policy has no SDK table** (e.g. \`jdcloud-privacy-2020-03\`), every SDK is reported and the message says so: the policy discloses no SDK at all. A platform the table does not cover (HarmonyOS under 002) likewise makes every SDK of that platform undeclared.

**How to fix.** Remove the SDK from the build, or add a row for it to the policy's table for that platform (scenario, personal-information fields, the operator's legal name) and to the pack. If the SDK *is* in the table under another name, add that name as an alias in \`policies/sdk-catalog.yaml\`.`,
      zh: `## undeclared-sdk（未声明的 SDK）

**含义：** App 中的某个 SDK（SDK 清单中的一行，或 SDK 目录能识别的 Gradle 依赖、Podfile.lock 中的 pod）不在政策中该平台的第三方 SDK 列表里——例如在 \`jdcloud-privacy-2020-07\`（种子文档 002 §5.1.4：Android 六行、iOS 四行）下，iOS 端的小米推送或 Android 端的友盟。SDK 通过目录中的名称、别名和包坐标与列表行匹配（\`华为推送SDK\`、\`HMS Push\`、\`com.huawei.hms:push\` 都是华为推送），否则按名称匹配。

**为什么重要：** 监管部门正是对照这张表检测 App：内嵌 SDK 会接收个人信息，《个人信息保护法》第二十三条要求向其他个人信息处理者提供个人信息前，告知接收方名称、处理目的和个人信息种类，并取得单独同意。列表中没有的 SDK 就是未披露的接收方。

**政策没有 SDK 列表时**（如 \`jdcloud-privacy-2020-03\`），每个 SDK 都会被报告，消息会说明该政策未披露任何 SDK。列表未覆盖的平台（002 下的鸿蒙）同理，该平台的每个 SDK 都属未声明。

**如何修复：** 从构建中移除该 SDK，或在政策中为该平台的列表补充一行（使用场景、个人信息字段、运营方法定名称）并同步更新政策包。若该 SDK 已以其他名称列入，请在 \`policies/sdk-catalog.yaml\` 中为其添加别名。`,
    },
  },
  check(file, ctx) {
    const catalog = loadCatalog();
    const out: RawFinding[] = [];
    for (const r of sdkRecords(file)) {
      if (findTableRow(catalog, r, tableRows(ctx, r.platform))) continue;
      const { reason: why, clause } = reason(ctx, r);
      out.push(recordFinding(r, { policy: clause?.policy ?? ctx.policy.ids.join(', '), reason: why }, clause ? { clause } : {}));
    }
    return out;
  },
};
