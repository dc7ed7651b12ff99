import { atHeader, CLASSIFIED_MANAGEMENT, declaredAt, declaredColumns, declaredExport, fieldSubject } from '../declaration-findings.js';
import type { DeclaredField } from '../../crosscheck/types.js';
import { recordsArg } from '../../text/counts.js';
import type { ExportFile } from '../../scan/types.js';
import type { Localized, RawFinding, Rule } from '../types.js';

function finding(e: ExportFile, f: DeclaredField, column: string | null, why: Localized): RawFinding {
  return atHeader(e, {
    subject: fieldSubject(e, f, column),
    item: f.items.length === 1 ? f.items[0]! : null,
    category: f.category,
    evidence: null,
    args: { table: e.table, field: f.field, declaredAt: declaredAt(f), why },
  });
}

export const declaredColumnMissing: Rule = {
  meta: {
    id: 'declared-column-missing',
    defaultSeverity: 'info',
    appliesTo: ['export'],
    description: {
      en: 'With scan --inventory: a declared field of a scanned table that the export lacks or leaves empty.',
      zh: '使用 scan --inventory 时：清单为已扫描的表声明的字段，在导出数据中不存在或全部为空。',
    },
    messages: {
      en: "{declaredAt} declares field '{field}' of '{table}', but {why}",
      zh: '{declaredAt} 声明了「{table}」表的字段「{field}」，但{why}',
    },
    clause: { law: CLASSIFIED_MANAGEMENT },
    explain: {
      en: `## declared-column-missing

**What it means.** \`privaudit scan <exports> --inventory <inventory>\` matched an exported table to an inventory table (see \`undeclared-column\` for how), and one of the fields that table declares has no column in the export — none of the same name, mapped to it, or a synonym of its item — or has one in which no record holds a value. With \`--sample\`, "no record" means none of the records read.

**Why it matters.** It is informational: the inventory says more than the data shows. Either the inventory is stale (the field was dropped, renamed or moved to another table), or the export is partial (a view, a column left out). A stale inventory hides the real picture just as a missing row does.

**How to fix.** Remove or correct the row when the field is gone or renamed (name it as the column is named, or map the column to the row's item in the mapping file); export the whole table when the export left it out.`,
      zh: `## declared-column-missing（清单声明的字段缺失）

**含义：** \`privaudit scan <导出文件> --inventory <清单>\` 已将导出表与清单中的表匹配（匹配方式见 \`undeclared-column\`），而该表声明的某个字段在导出数据中没有对应的列——没有同名、经映射或为其信息项同义词的列——或者有这一列但没有任何记录有值。使用 \`--sample\` 时，"没有任何记录"指已读取的记录。

**为什么重要：** 本规则仅为提示：清单说得比数据显示的多。要么清单已过时（字段已删除、改名或移到其他表），要么导出不完整（视图、遗漏的列）。过时的清单与漏列的清单一样会掩盖真实情况。

**如何修复：** 字段已删除或改名时，删除或更正该行（与列同名，或在映射文件中将该列映射到该行的信息项）；导出遗漏了该列时，导出完整的表。`,
    },
  },
  check(file) {
    const e = declaredExport(file);
    if (!e) return [];
    const out: RawFinding[] = e.declarations.missing.map((f) => finding(e, f, null, { en: 'the export has no such column', zh: '导出数据中没有该列' }));
    const records = recordsArg(e.records);
    for (const { c, d } of declaredColumns(e)) {
      if (d.status === 'empty') out.push(finding(e, d.declaration!, c.name, { en: `column '${c.name}' is empty in all ${records.en}`, zh: `列「${c.name}」在全部 ${records.zh}中均为空` }));
    }
    return out;
  },
};
