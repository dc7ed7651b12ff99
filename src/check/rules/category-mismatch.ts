import { LAW } from '../law.js';
import { fieldFinding, perInventoryRecord } from '../helpers.js';
import type { Rule } from '../types.js';

export const categoryMismatch: Rule = {
  meta: {
    id: 'category-mismatch',
    defaultSeverity: 'warning',
    appliesTo: ['inventory'],
    needs: ['category'],
    description: {
      en: "A field's name indicates an item of another category than the one it is declared as.",
      zh: '字段名称显示的信息项属于其声明类别以外的类别。',
    },
    messages: {
      en: "field '{field}' is declared as '{declared}' but its name indicates {itemName} ({item})",
      zh: '字段「{field}」声明为「{declared}」，但其名称表明是{itemName}（{item}）',
    },
    clause: { law: LAW.classification },
    explain: {
      en: `## category-mismatch

**What it means.** The inventory says a field is, say, basic profile information, but the field's name (\`id_card_no\`, \`sfzh\`, \`身份证号\`) is a known synonym of another item (\`identity.resident-id\`).

**Why it matters.** Every other check depends on the category: a resident-ID number filed under "basic profile" escapes the sensitive-data, encryption and consent rules. GB/T 35273-2020 Annex A defines which information belongs to which category.

**How to fix.** Correct the \`category\` column to the item the field really holds. If the name is misleading (the field really is what is declared), rename the field or declare the item id explicitly. privaudit checks the rules against the item the name indicates, so the other findings on this row already assume the corrected category.`,
      zh: `## category-mismatch（类别不符）

**含义：** 清单声明某字段属于某类（例如个人基本资料），但字段名（\`id_card_no\`、\`sfzh\`、\`身份证号\`）是另一信息项（\`identity.resident-id\`）的已知同义词。

**为什么重要：** 其他检查都依赖类别：归入"基本资料"的身份证号会逃过敏感信息、加密和同意规则。GB/T 35273-2020 附录 A 规定了各类信息的归属。

**如何修复：** 将 \`category\` 列改为字段实际包含的信息项。若名称有误导（字段确实是所声明的内容），请重命名字段或直接写明信息项 id。privaudit 按名称所指的信息项执行其他规则，因此本行的其他发现已按更正后的类别计算。`,
    },
  },
  check: perInventoryRecord((r) => {
    if (!r.nameItem || !r.categoryRaw) return null;
    // Within one category the declared item is the owner's finer knowledge (用户ID declared as 用户唯一标识):
    // only a name from another category contradicts the declaration.
    const declaredCategory = r.declaredItem ? r.declaredItem.split('.')[0] : r.declaredCategory;
    const contradicts = declaredCategory !== null && !r.nameItem.startsWith(`${declaredCategory}.`);
    return contradicts ? fieldFinding(r, r.nameItem, { declared: r.categoryRaw }) : null;
  }),
};
