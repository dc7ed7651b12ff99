import type { CellProblem } from '../../load/types.js';
import { quote } from '../../normalize/text.js';
import type { CheckContext, LoadedFile, Localized, RawFinding, Rule } from '../types.js';

/** A cell of a declaration that privaudit cannot read (SPEC decision 12): one finding per cell. */
const ID = 'unrecognized-value';

/** The rules of this run that need the column, for the file's kind: what the cell kept from running. */
function checksKept(p: CellProblem, file: LoadedFile, ctx: CheckContext): string[] {
  const needing = (ctx.rules ?? []).filter((r) => r.meta.appliesTo.includes(file.kind) && (p.rowDropped || r.meta.needs?.includes(p.key)));
  return needing.map((r) => r.meta.id).filter((id) => id !== ID);
}

function nearText(near: string[]): Localized {
  if (near.length === 0) return { en: '', zh: '' };
  const list = near.map((n) => `'${n}'`);
  return { en: ` (did you mean ${list.join(', ')}?)`, zh: `（是否为 ${list.join('、')}？）` };
}

function keptText(checks: string[]): Localized {
  if (checks.length === 0) return { en: '; no rule of this run needs it', zh: '；本次运行没有规则需要该值' };
  return { en: `; not checked on this row: ${checks.join(', ')}`, zh: `；本行未执行的检查：${checks.join('、')}` };
}

function problemText(p: CellProblem): Localized {
  if (p.rowDropped && p.raw.trim() === '') return { en: `the row has no ${p.column}, so nothing on it can be audited`, zh: `该行缺少「${p.column}」，整行无法审计` };
  // A workbook's cell is named as Excel names it (Sheet1!D7); a CSV's by its field number.
  const { column: col, cell } = p.loc;
  const at = cell ? { en: ` (${cell})`, zh: `（${cell}）` } : col ? { en: ` (column ${col})`, zh: `（第 ${col} 列）` } : { en: '', zh: '' };
  return { en: `${p.column} ${quote(p.raw)}${at.en} cannot be read`, zh: `「${p.column}」列的值 ${quote(p.raw)}${at.zh}` };
}

function findingOf(p: CellProblem, file: LoadedFile, ctx: CheckContext, subject: RawFinding['subject']): RawFinding {
  const near = nearText(p.near);
  const note = p.note ? { en: `${near.en}: ${p.note.en}`, zh: `${near.zh}：${p.note.zh}` } : near;
  return { line: p.loc.line, column: p.loc.column, subject, item: null, args: { problem: problemText(p), near: note, kept: keptText(checksKept(p, file, ctx)) } };
}

export const unrecognizedValue: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    appliesTo: ['inventory', 'sdk'],
    description: {
      en: 'A cell of a declaration (inventory, SDK list) that privaudit cannot read: the rules that need it did not run on that row.',
      zh: '声明文件（数据清单、SDK 清单）中无法识别的单元格：需要该值的规则未在该行执行。',
    },
    messages: {
      en: '{problem}{near}{kept}',
      zh: '无法识别：{problem}{near}{kept}',
    },
    clause: { law: { policy: 'PIPL', section: 'Art. 51', quote: '对个人信息实行分类管理' } },
    explain: {
      en: `## unrecognized-value

**What it means.** A cell of an inventory or SDK list holds a value privaudit cannot read: a category or item name that is not in the taxonomy, a masking method, encryption, region, retention period, trigger, consent or yes/no it does not know, or a row with no field or SDK name. The finding names the file, line and column, the column as your file names it, the value (masked like every quoted value), the nearest accepted readings, and the rules that did not run on that row because of it. Every other rule still ran on the row, and every other cell of every file was read: one run lists all of them.

**Why it matters.** An audit is only as complete as what it can read. A value nobody can interpret is also a gap in the record of processing itself: PIPL Art. 51 asks for personal information to be managed by category, which needs a declaration that says what each field is and how it is protected.

**How to fix.** Write the value in a form privaudit accepts (the finding suggests the nearest); \`privaudit taxonomy <word>\` finds category and item names. \`N/A\`, \`-\` or \`不适用\` mark a value as not stated. A value that is right but unknown to privaudit can be reported as a vocabulary gap; until then, the rule can be set to \`warning\` in the config (\`rules: { unrecognized-value: warning }\`).`,
      zh: `## unrecognized-value（无法识别的值）

**含义：** 数据清单或 SDK 清单的某个单元格中有 privaudit 无法识别的值：不在分类体系中的类别或条目名称、未知的脱敏方式、加密方式、存储地域、保存期限、起算事件、同意方式或是/否值，或者缺少字段名、SDK 名称的行。该发现给出文件、行号和列号、文件中的列名、该值（与所有引用的值一样经过掩码处理）、最接近的可接受写法，以及因此未在该行执行的规则。该行的其他规则照常执行，所有文件的其他单元格也都已读取：一次运行即可列出全部问题。

**为什么重要：** 审计的完整程度取决于能读懂的内容。无人能解读的值本身也是处理活动记录的缺口：《个人信息保护法》第五十一条要求对个人信息实行分类管理，这需要清单写明每个字段是什么、如何保护。

**如何修复：** 按 privaudit 接受的写法填写（发现中给出了最接近的写法）；用 \`privaudit taxonomy <词>\` 查找类别和条目名称。\`N/A\`、\`-\` 或 \`不适用\` 表示未说明。如果写法正确但 privaudit 尚不认识，可作为词表缺口反馈；在此之前，可在配置中把该规则设为 \`warning\`（\`rules: { unrecognized-value: warning }\`）。`,
    },
  },
  check: (file, ctx) => {
    if (file.kind === 'export') return [];
    const out: RawFinding[] = (file.droppedRows ?? []).map((p) => findingOf(p, file, ctx, { column: p.column }));
    if (file.kind === 'inventory') {
      for (const r of file.records) for (const p of r.unread ?? []) out.push(findingOf(p, file, ctx, { system: r.system, table: r.table, field: r.field, column: p.column }));
    } else {
      for (const r of file.records) for (const p of r.unread ?? []) out.push(findingOf(p, file, ctx, { sdk: r.sdk, platform: r.platform, column: p.column }));
    }
    return out;
  },
};
