import type { RawFinding, Rule } from '../types.js';
import { loadCatalog } from '../../sdk/catalog.js';
import { PIPL_ART_23, platformsOf, sdkRecords, tableRows } from '../sdk-findings.js';
import { recordMatchesRow } from '../sdk-match.js';
import { PLATFORM_NAMES } from '../../sdk/platform.js';

export const sdkNotPresent: Rule = {
  meta: {
    id: 'sdk-not-present',
    defaultSeverity: 'info',
    appliesTo: ['sdk'],
    description: {
      en: 'A row of the policy’s SDK table has no matching SDK in the list (a stale disclosure).',
      zh: '政策 SDK 列表中的某一行在 SDK 清单中没有对应的 SDK（披露可能已过时）。',
    },
    messages: {
      en: "The {platform} SDK table declares '{sdk}' ({organization}), but this list has no such SDK for {platform}: a stale disclosure, or an SDK missing from the list",
      zh: '{platform}第三方 SDK 列表声明了「{sdk}」（{organization}），但本清单中没有该平台的这个 SDK：披露可能已过时，或清单遗漏了该 SDK',
    },
    clause: { pack: 'recipients.sdks', law: PIPL_ART_23 },
    explain: {
      en: `## sdk-not-present

**What it means.** The policy's SDK table declares an SDK for a platform, but the SDK list (or build file) has no SDK matching that row. The finding points at the list's header line (its first line for YAML and build files), with \`subject.sdk\` and \`subject.platform\` naming the declared row.

**Which platforms.** Only platforms the list covers — those of at least one of its SDKs — are checked: an Android-only list says nothing about the iOS table, so it reports no iOS rows. Keep one list per app (or per platform) to get a complete picture.

**Why it matters.** A table that names SDKs the app no longer embeds overstates the sharing and goes stale; regulators and users expect the disclosure to match the app. It is informational: the policy says more than the app does, not less. SDKs linked as local JAR/AAR files do not appear in a Gradle report, so check such a row by hand before removing it.

**How to fix.** Remove the row from the policy (and the pack) when the SDK is gone, or add the missing SDK to the list if the app still embeds it.`,
      zh: `## sdk-not-present（声明的 SDK 不在清单中）

**含义：** 政策的 SDK 列表为某平台声明了一个 SDK，但 SDK 清单（或构建文件）中没有与该行对应的 SDK。该发现指向清单的表头行（YAML 和构建文件为第一行），\`subject.sdk\` 和 \`subject.platform\` 为所声明的行。

**检查哪些平台：** 只检查清单覆盖的平台（至少有一个 SDK 属于该平台）：只含 Android 的清单不涉及 iOS 列表，因此不会报告 iOS 行。建议每个 App（或每个平台）维护一份完整清单。

**为什么重要：** 列表中仍写着 App 已不再内嵌的 SDK，会夸大共享范围并使披露过时；监管部门和用户都期望披露与 App 一致。该规则仅为提示：政策说得比 App 做的多，而不是少。以本地 JAR/AAR 文件引入的 SDK 不会出现在 Gradle 报告中，删除前请人工核对。

**如何修复：** SDK 已移除时，从政策（及政策包）中删去该行；若 App 仍内嵌该 SDK，把它补充到清单中。`,
    },
  },
  check(file, ctx) {
    const catalog = loadCatalog();
    const records = sdkRecords(file);
    const out: RawFinding[] = [];
    for (const platform of platformsOf(records)) {
      for (const t of tableRows(ctx, platform)) {
        if (records.some((r) => recordMatchesRow(catalog, r, t.row))) continue;
        out.push({
          line: file.headerLine,
          subject: { sdk: t.row.name, platform },
          item: null,
          clause: t.clause,
          evidence: null,
          args: { sdk: t.row.name, platform: PLATFORM_NAMES[platform], organization: t.row.organization },
        });
      }
    }
    return out;
  },
};
