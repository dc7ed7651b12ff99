import type { Rule } from '../types.js';
import type { RawFinding } from '../types.js';
import { fieldFinding } from '../helpers.js';

export const undeclaredCategory: Rule = {
  meta: {
    id: 'undeclared-category',
    defaultSeverity: 'error',
    appliesTo: ['inventory', 'sdk', 'export'],
    needs: ['category', 'fields'],
    description: {
      en: 'A field, SDK field or scanned column holds personal information the policy does not declare collecting.',
      zh: '字段、SDK 字段或扫描到的列包含政策未声明收集的个人信息。',
    },
    messages: {
      en: "'{where}' holds {itemName} ({item}), which {policy} does not declare collecting",
      zh: '「{where}」包含{itemName}（{item}），{policy} 未声明收集该类信息',
    },
    clause: {
      pack: 'collects',
      law: { policy: 'PIPL', section: 'Art. 17', quote: '个人信息处理者在处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项' },
    },
    explain: {
      en: `## undeclared-category

**What it means.** The data holds an item of personal information (for example GPS coordinates, \`location.gps\`) that none of the loaded policy packs lists among the information the company collects.

**Why it matters.** PIPL Art. 17 requires telling people, before processing, which personal information is processed; collecting what the privacy policy does not disclose is processing beyond the notice (Art. 14, 17) and a common finding in app-compliance inspections. Under \`jdcloud-privacy-2020-07\` (seed 002) only hardware model, OS type and IDFA are declared for devices and only the IP address for location, so GPS, MAC or IMEI data are undeclared there — though the March 2020 policy (000) declared them.

**How to fix.** Stop collecting the item, or update the privacy policy (and the pack) to declare it. If the field was classified wrongly, correct its \`category\` column; if a column name misleads the scanner, use a mapping file.`,
      zh: `## undeclared-category（未声明的信息类别）

**含义：** 数据中包含某项个人信息（例如经纬度 \`location.gps\`），但所加载的任何政策包都没有声明收集该信息。

**为什么重要：** 《个人信息保护法》第十七条要求在处理前告知处理的个人信息种类；收集隐私政策未披露的信息属于超出告知范围处理，也是 App 合规检测中的常见问题。在 \`jdcloud-privacy-2020-07\`（种子文档 002）下，设备信息只声明了硬件型号、操作系统类型和 IDFA，位置信息只声明了 IP 地址，因此 GPS、MAC、IMEI 均属未声明（而 2020 年 3 月版政策 000 声明过）。

**如何修复：** 停止收集该信息，或更新隐私政策（及政策包）予以声明。若字段分类有误，请更正 \`category\` 列；若列名误导扫描器，请使用映射文件。`,
    },
  },
  check(file, ctx) {
    const out: RawFinding[] = [];
    // Free text (remarks, logs) is a carrier, not an item: pii-in-free-text reports what it carries.
    const undeclared = (item: string | null) => !!item && !ctx.taxonomy.item(item)?.freeText && !ctx.policy.collects(item);
    if (file.kind === 'inventory') {
      for (const r of file.records) if (undeclared(r.item)) out.push(fieldFinding(r, r.item, { where: r.field }));
    } else if (file.kind === 'sdk') {
      // One finding per SDK field: a label like "Device Unique Identification Code" covers several items.
      for (const r of file.records)
        for (const f of r.fields) {
          const items = f.items.filter(undeclared);
          if (items.length === 0) continue;
          const names = (lang: 'zh' | 'en') => items.map((id) => ctx.taxonomy.item(id)?.[lang] ?? id).join(lang === 'zh' ? '、' : ', ');
          out.push({ line: r.loc.line, column: r.loc.column, subject: { sdk: r.sdk, platform: r.platform }, item: items[0]!, key: f.label, args: { where: `${r.sdk} → ${f.label}`, item: items.join(', '), itemName: { en: names('en'), zh: names('zh') } } });
        }
    } else {
      // An empty column holds nothing (a header alone names the item): count and rows would be empty.
      for (const c of file.columns)
        if (undeclared(c.item) && c.nonEmpty > 0) out.push({ line: file.headerLine, subject: { table: file.table, column: c.name }, item: c.item, count: c.nonEmpty, rows: c.rows, evidence: c.evidence, args: { where: `${file.table}.${c.name}` } });
    }
    return out;
  },
};
