import { atHeader, CLASSIFIED_MANAGEMENT, declaredColumns, declaredExport } from '../declaration-findings.js';
import { personalValues } from '../../crosscheck/check.js';
import { valuesArg } from '../../text/counts.js';
import type { RawFinding, Rule } from '../types.js';

export const undeclaredColumn: Rule = {
  meta: {
    id: 'undeclared-column',
    defaultSeverity: 'error',
    appliesTo: ['export'],
    description: {
      en: 'With scan --inventory: an exported column holding personal information that no inventory row declares.',
      zh: '使用 scan --inventory 时：导出数据中有某列保存个人信息，但数据清单中没有任何一行声明该列。',
    },
    messages: {
      en: "column '{column}' of '{table}' holds {itemName} ({values}) that no inventory row declares{why}",
      zh: '「{table}」表的列「{column}」中有{itemName}（{values}），但数据清单中没有任何一行声明该列{why}',
    },
    clause: { law: CLASSIFIED_MANAGEMENT },
    explain: {
      en: `## undeclared-column

**What it means.** \`privaudit scan <exports> --inventory <inventory>\` matched every column of the exported tables to the inventory's rows, and this column holds values of a personal-information item (resident IDs, phone numbers, names… counted as \`plaintext-sensitive-data\` counts them: masked and hashed values count too, placeholders like \`-\` do not) while no row declares it. When the inventory has no table of the export's name at all, the message says so.

**How columns are matched.** A table matches by its name, folded (case, spaces, \`_\` and \`-\` ignored): the file name, the dump's table name or the sheet is the inventory's \`table\`, or \`system.table\` / \`system_table\`, or ends in \`.table\`. Rows without a table stand for every table. A column then takes a row with the same folded name (\`User_Mobile\` = \`user mobile\`), else one the mapping file gives the same item, else one whose name is a synonym of the same item (\`sfzh\` = \`身份证号\` = \`id_card_no\`), else the only row declaring the item its name names. Every match and non-match is in the report's coverage (\`coverage\` in JSON; a table × status matrix in HTML).

Identifiers inside free text (remarks, notes) are \`pii-in-free-text\`'s, not this rule's.

**Why it matters.** An inventory that misses a column holding resident IDs is the gap audits find first: that column escapes every declared control — encryption, masking, retention, consent — because nobody knows it is there. PIPL Art. 51 requires personal information to be managed by category, which needs knowing where it is.

**How to fix.** Add the field to the inventory (its table, item, encryption, masking, retention…) and audit it with \`privaudit audit\`; or, if the column should not hold this data, stop exporting or collecting it. If the column is declared under another name, name it the same way, or map it with the mapping file (\`column: item\`).`,
      zh: `## undeclared-column（未在清单中声明的列）

**含义：** \`privaudit scan <导出文件> --inventory <清单>\` 将导出表的每一列与数据清单的各行逐一匹配；该列保存某个人信息项的取值（身份证号、手机号、姓名等，计数方式与 \`plaintext-sensitive-data\` 相同：脱敏值和哈希值也计入，\`-\` 之类的占位值不计入），但清单中没有任何一行声明它。若清单中根本没有与导出表同名的表，消息会一并说明。

**匹配方式：** 表按名称匹配（忽略大小写、空格、\`_\` 和 \`-\`）：文件名、转储中的表名或工作表名等于清单的 \`table\`，或等于 \`system.table\` / \`system_table\`，或以 \`.table\` 结尾。未写表名的行适用于所有表。列依次匹配：折叠后名称相同的行（\`User_Mobile\` = \`user mobile\`）；映射文件给出相同信息项的行；名称为同一信息项同义词的行（\`sfzh\` = \`身份证号\` = \`id_card_no\`）；最后是唯一声明该列名称所指信息项的行。每一列的匹配结果都列在报告的覆盖情况中（JSON 的 \`coverage\`；HTML 中的表 × 状态矩阵）。

自由文本（备注、说明）中的标识符由 \`pii-in-free-text\` 报告，不属于本规则。

**为什么重要：** 清单遗漏了保存身份证号的列，正是审计最先发现的缺口：没人知道这列存在，它就逃过了所有已声明的管控——加密、脱敏、保存期限、同意。《个人信息保护法》第五十一条要求对个人信息实行分类管理，前提是清楚它在哪里。

**如何修复：** 在清单中补充该字段（所在表、信息项、加密、脱敏、保存期限等），并用 \`privaudit audit\` 审计；若该列本不应保存此类信息，停止导出或收集。若该列已以其他名称声明，请统一名称，或在映射文件中为其指定信息项（\`列名: 信息项\`）。`,
    },
  },
  check(file) {
    const e = declaredExport(file);
    if (!e) return [];
    const listed = e.declarations.tables.length > 0;
    const why = listed ? { en: '', zh: '' } : { en: ` (the inventory has no table '${e.table}')`, zh: `（清单中没有「${e.table}」表）` };
    const out: RawFinding[] = [];
    for (const { c, d } of declaredColumns(e)) {
      if (d.status !== 'undeclared') continue;
      const count = personalValues(c);
      out.push(
        atHeader(e, {
          subject: { table: e.table, column: c.name },
          // What the values are, when they are another item's than the header names.
          item: c.valueItem ?? c.item,
          count,
          rows: c.rows,
          evidence: c.evidence,
          args: { table: e.table, column: c.name, values: valuesArg(count), why },
        }),
      );
    }
    return out;
  },
};
