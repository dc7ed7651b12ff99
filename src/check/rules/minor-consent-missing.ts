import { LAW } from '../law.js';
import { exportResults, fieldFinding, holdsPersonalInformation, inventoryRecords } from '../helpers.js';
import { namesMinors } from '../subjects.js';
import type { RawFinding, Rule } from '../types.js';

export const minorConsentMissing: Rule = {
  meta: {
    id: 'minor-consent-missing',
    defaultSeverity: 'error',
    appliesTo: ['inventory', 'export'],
    needs: ['consent'],
    description: {
      en: "Minors' personal information without guardian consent.",
      zh: '处理未成年人个人信息未取得监护人同意。',
    },
    messages: {
      en: "field '{field}' holds personal information of {subjects} without guardian consent (required under {age})",
      zh: '字段「{field}」包含{subjects}的个人信息，但未取得监护人同意（{age} 周岁以下须取得）',
    },
    clause: { pack: 'consent.minors', law: LAW.minors },
    explain: {
      en: `## minor-consent-missing

**What it means.** In an inventory: the field's \`subjects\` (主体) column names minors (children, students, 未成年人, 儿童…) and its \`consent\` column does not include \`guardian\` (监护人同意). This does not depend on which item the field holds: a field counts as personal information when its item or category says so, when it is marked \`sensitive\`, or when its category cannot be read (\`unrecognized-value\`), and such a field is checked too. In a scanned export: records whose birth date (from the resident-ID number, or a birthday/age column) makes the person younger than the pack's age at \`--as-of\`, without a guardian-consent column saying yes; the finding's \`subject.column\` names the column the dates came from.

**Why it matters.** The JD Cloud policies require a minor below 18 to obtain prior written consent of a parent or guardian (000/002 §8.1; Jingkefu 003 §六), stricter than PIPL Art. 31 (under 14). The age is a pack parameter; with several packs the highest applies.

**How to fix.** Obtain and record guardian consent (\`consent: guardian\`), or stop collecting minors' information. In exports, keep a guardian-consent column (\`guardian_consent\`, 监护人同意) so the consent can be checked record by record.`,
      zh: `## minor-consent-missing（缺少监护人同意）

**含义：** 清单中：字段的 \`主体\` 列包含未成年人（儿童、学生、未成年人……），而 \`同意方式\` 不含"监护人同意"。这与字段是哪一项信息无关：字段的信息项或类别表明其为个人信息、\`敏感\` 列标为敏感，或类别无法识别（\`unrecognized-value\`）时，均视为个人信息并照常检查。扫描导出数据时：按身份证号中的出生日期或生日/年龄列，在 \`--as-of\` 当日未满政策规定年龄、且没有表示已取得监护人同意的列的记录；发现中的 \`subject.column\` 为日期来源列。

**为什么重要：** 京东智联云隐私政策要求未满 18 周岁的未成年人事先取得父母或法定监护人的书面同意（000/002 §8.1；京客服 003 §六），严于《个人信息保护法》第三十一条（不满十四周岁）。年龄是政策包参数，加载多个政策包时取最高者。

**如何修复：** 取得并记录监护人同意（\`同意方式: 监护人同意\`），或停止收集未成年人信息。导出数据中保留监护人同意列（\`guardian_consent\`、监护人同意），以便逐条核验。`,
    },
  },
  check(file, ctx) {
    const age = ctx.policy.minorsAge()?.value ?? 14;
    const out: RawFinding[] = exportResults(file, 'minor-consent-missing').map((f) => ({ ...f, args: { ...f.args, age } }));
    for (const r of inventoryRecords(file)) {
      // Whose data it is does not depend on which item it is: a field of unknown item is checked too.
      if (r.consent.includes('guardian') || !namesMinors(r.subjects) || !holdsPersonalInformation(r, ctx)) continue;
      out.push(fieldFinding(r, r.item, { subjects: r.subjects!, age }));
    }
    return out;
  },
};
