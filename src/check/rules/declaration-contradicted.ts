import { atHeader, claimsArg, CLASSIFIED_MANAGEMENT, declaredAt, declaredColumns, declaredExport, declaredName, fieldSubject, itemName } from '../declaration-findings.js';
import { durationArg } from '../../normalize/duration.js';
import type { ColumnDeclaration, Contradiction, DeclaredField } from '../../crosscheck/types.js';
import { countArg, valuesArg } from '../../text/counts.js';
import type { ColumnProfile, ExportFile } from '../../scan/types.js';
import { resolveClause } from '../engine.js';
import { LAW } from '../law.js';
import { EVENT_LABEL } from '../retention.js';
import type { CheckContext, Localized, RawFinding, Rule, RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'declaration-contradicted',
  defaultSeverity: 'error',
  appliesTo: ['export'],
  description: {
    en: 'With scan --inventory: the exported values contradict their inventory row (declared encrypted, hashed or masked but in clear; another item; records older than the declared retention).',
    zh: '使用 scan --inventory 时：导出数据的取值与其清单行不符（声明加密、哈希或脱敏却为明文；实为其他信息项；记录早于声明的保存期限）。',
  },
  messages: {
    en: "column '{column}' contradicts its inventory row (field '{field}', {declaredAt}): {detail}",
    zh: '列「{column}」与其清单行（字段「{field}」，{declaredAt}）不符：{detail}',
  },
  clause: { law: CLASSIFIED_MANAGEMENT },
  explain: {
    en: `## declaration-contradicted

**What it means.** \`privaudit scan <exports> --inventory <inventory>\` matched this column to an inventory row (see \`undeclared-column\` for how), and the values say otherwise than the row:

- **in clear:** the row declares the field encrypted, hashed, encoded or masked, yet values are identifiers in clear — of the identifier's shape, neither masked (\`138****5678\`) nor a hash, and passing the detector's validation. Judged on columns whose values privaudit recognises (IDs, phones, bank cards, e-mails, device ids…): a name or an address in ciphertext cannot be told from one in clear. The count is the values in clear.
- **another item:** the row declares one item (its category cell, else the field's name), while most of the first records' values are another's: resident IDs in a field declared as a phone. Items that share a detector agree; a row declaring only a category agrees with any item of it.
- **kept too long:** the row declares a retention period from an event (collection when it names none), yet the oldest record that still holds a value in the column dates from before that period: by the table's date column for the event (\`created_at\`/创建时间 for collection — else \`updated_at\`, which can only be later —, \`cancelled_at\`/注销时间 for account cancellation…). The finding names the date column and the line of that record. A period stated as a minimum (不少于180天) promises no end and is never contradicted.

A cell of the row that privaudit could not read (\`unrecognized-value\` under \`privaudit audit\`) is not judged.

**Why it matters.** The inventory is what the organisation tells auditors, regulators and its own engineers about the data. A phone column "encrypted" in the inventory and plaintext in the export, or a table kept years past its declared period, is both a control failure (PIPL Art. 51 encryption and de-identification; Art. 19 and 47 retention and deletion) and a false record.

**How to fix.** Make the data match the declaration — encrypt or mask the column at rest and in exports; run the deletion job for records past their period; move the other item to its own declared field — or, if the declaration is what is wrong, correct the inventory row.`,
    zh: `## declaration-contradicted（取值与清单声明不符）

**含义：** \`privaudit scan <导出文件> --inventory <清单>\` 已将该列与清单中的一行匹配（匹配方式见 \`undeclared-column\`），而取值与该行的声明不符：

- **明文：** 该行声明字段已加密、哈希、编码或脱敏，但有取值为明文标识符——符合该标识符的形态，既未脱敏（\`138****5678\`）也不是哈希，且通过检测器校验。只判断 privaudit 能识别取值的列（身份证号、手机号、银行卡号、电子邮箱、设备标识等）：姓名、地址的密文与明文无法区分。计数为明文取值的数量。
- **其他信息项：** 该行声明某一信息项（类别单元格，否则按字段名），而前若干条记录的多数取值属于另一信息项：如声明为手机号的字段保存的是身份证号。共用同一检测器的信息项视为一致；只声明类别的行与该类别下的任一信息项一致。
- **保存过久：** 该行声明自某事件（未写明时为收集）起的保存期限，但该列仍有取值的最早记录早于该期限：按表中对应事件的日期列判断（收集用 \`created_at\`/创建时间——没有时用只会更晚的 \`updated_at\`——，账号注销用 \`cancelled_at\`/注销时间 等）。发现会给出日期列及该记录的行号。以下限表述的期限（不少于180天）没有承诺终点，不会被判为不符。

该行中 privaudit 无法读取的单元格（\`privaudit audit\` 报告为 \`unrecognized-value\`）不参与判断。

**为什么重要：** 数据清单是组织向审计人员、监管部门及本单位工程师说明数据状况的依据。清单写着"已加密"的手机号列在导出数据中却是明文，或某表的数据超出声明期限数年仍在保存，既是管控失效（《个人信息保护法》第五十一条的加密、去标识化要求；第十九条、第四十七条的保存期限与删除要求），也是不实记录。

**如何修复：** 使数据符合声明——对该列在存储和导出时加密或脱敏；对超期记录执行删除任务；将另一信息项移至单独声明的字段——若是声明有误，则更正清单中的该行。`,
  },
};

/** The clause a kind of contradiction breaks: encryption or masking at rest, deletion at term, classification. */
function clauseOf(x: Contradiction, ctx: CheckContext) {
  if (x.kind === 'retention') return LAW.deletion;
  if (x.kind === 'item') return CLASSIFIED_MANAGEMENT;
  const pack = x.claims.every((c) => c === 'masked') ? 'security.masking' : 'security.encryptionAtRest';
  return resolveClause({ ...meta, clause: { pack, law: LAW.security } }, ctx.policy);
}

function detail(x: Contradiction, f: DeclaredField, ctx: CheckContext): Localized {
  switch (x.kind) {
    case 'protection': {
      const claims = claimsArg(x.claims);
      const clear = countArg(x.clear, 'value is', 'values are', '条记录');
      return { en: `declared ${claims.en} (${x.declared}), but ${clear.en} in clear`, zh: `声明为${claims.zh}（${x.declared}），但有 ${clear.zh}为明文` };
    }
    case 'item': {
      const declared = declaredName(f, ctx.taxonomy);
      const found = itemName(x.found, ctx.taxonomy);
      const count = valuesArg(x.count);
      return { en: `declared as ${declared.en}, but its values are ${found.en} (${count.en})`, zh: `声明为${declared.zh}，但其取值为${found.zh}（${count.zh}）` };
    }
    case 'retention': {
      const period = durationArg(x.period);
      const event = EVENT_LABEL[x.trigger];
      return {
        en: `declared kept ${period.en} from ${event.en}, but the oldest record still holding it is from ${x.oldest} ('${x.dateColumn}', line ${x.line}): that period ended ${x.deadline}`,
        zh: `声明自${event.zh}起保存${period.zh}，但仍保存该列的最早记录为 ${x.oldest}（「${x.dateColumn}」，第 ${x.line} 行）：该期限已于 ${x.deadline} 届满`,
      };
    }
  }
}

function finding(e: ExportFile, c: ColumnProfile, d: ColumnDeclaration, x: Contradiction, ctx: CheckContext): RawFinding {
  const f = d.declaration!;
  const item = x.kind === 'item' ? x.found : f.items.length === 1 ? f.items[0]! : f.items.length ? null : c.item;
  const where = x.kind === 'retention' ? { count: 1, rows: [x.line], evidence: null } : { count: x.kind === 'item' ? x.count : x.clear, rows: c.rows, evidence: c.evidence };
  return atHeader(e, {
    subject: fieldSubject(e, f, c.name),
    item,
    category: f.category,
    clause: clauseOf(x, ctx),
    // A column can contradict its row twice (protection and retention): the kind tells them apart.
    key: x.kind,
    ...where,
    args: { table: e.table, column: c.name, field: f.field, declaredAt: declaredAt(f), detail: detail(x, f, ctx) },
  });
}

export const declarationContradicted: Rule = {
  meta,
  check(file, ctx) {
    const e = declaredExport(file);
    if (!e) return [];
    return declaredColumns(e).flatMap(({ c, d }) => d.contradictions.map((x) => finding(e, c, d, x, ctx)));
  },
};
