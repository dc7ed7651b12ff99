/** `policies show`: a readable summary of one pack, every statement with its section. */
import type { Lang } from '../report/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { expandSelector } from './diff.js';
import type { Citation, CitedSelector, Pack } from './types.js';

const H = {
  en: { collects: 'Collects', sensitive: 'Sensitive', recipients: 'Recipients', affiliates: 'affiliates', allowed: 'allowed', forbidden: 'forbidden', sdks: 'SDK table', storage: 'Storage', retention: 'Retention', consent: 'Consent', minors: 'guardian consent under', children: 'children\'s PI sensitive under', sepConsent: 'sensitive PI needs', prohibited: 'Prohibited purposes', security: 'Security controls', min: 'at least', max: 'at most', from: 'from', mainland: 'mainland China only; cross-border', none: '(none)' },
  zh: { collects: '收集的信息', sensitive: '敏感信息', recipients: '接收方', affiliates: '关联方', allowed: '允许', forbidden: '禁止', sdks: 'SDK 列表', storage: '存储', retention: '保存期限', consent: '同意', minors: '监护人同意年龄：未满', children: '儿童个人信息视为敏感：未满', sepConsent: '敏感信息须', prohibited: '禁止用途', security: '安全措施', min: '至少', max: '至多', from: '自', mainland: '仅限中国大陆；出境', none: '（无）' },
};

function sec(c: Citation): string {
  return `§${c.section}`;
}

function itemsLine(sel: CitedSelector, tx: Taxonomy, lang: Lang): string {
  const names = expandSelector(sel, tx).map((id) => `${tx.item(id)?.[lang] ?? id} (${id})`);
  const cats = (sel.categories ?? []).map((c) => `[${tx.category(c)?.[lang] ?? c}]`);
  return `  - ${[...cats, ...(cats.length ? [] : names)].join(', ')}  ${sec(sel.cite)}`;
}

export function formatPackSummary(pack: Pack, tx: Taxonomy, lang: Lang): string {
  const h = H[lang];
  const out: string[] = [`${pack.title} — ${pack.id} (${pack.version}, ${pack.language}; ${pack.doc})`];
  if (pack.extends) out.push(`extends ${pack.extends}`);
  out.push('', `${h.collects}:`, ...pack.collects.map((s) => itemsLine(s, tx, lang)));
  out.push('', `${h.sensitive}:`, ...(pack.sensitive.length ? pack.sensitive.map((s) => itemsLine(s, tx, lang)) : [`  ${h.none}`]));
  out.push('', `${h.recipients}:`);
  const r = pack.recipients;
  if (r.affiliates) out.push(`  - ${h.affiliates}: ${r.affiliates.allowed ? h.allowed : h.forbidden}  ${sec(r.affiliates.cite)}`);
  for (const role of r.roles ?? []) out.push(`  - ${role.role}: ${role.allowed ? h.allowed : h.forbidden}  ${sec(role.cite)}`);
  for (const row of r.sdks ?? []) out.push(`  - ${h.sdks} [${row.platform}] ${row.name} — ${row.organization}: ${row.fields.map((f) => f.label).join(', ')}  ${sec(row.cite)}`);
  if (pack.storage) out.push('', `${h.storage}: ${h.mainland} ${pack.storage.crossBorder}  ${sec(pack.storage.cite)}`);
  if (pack.retention.length) {
    out.push('', `${h.retention}:`);
    for (const rule of pack.retention) out.push(`  - ${rule.id}: ${rule.kind === 'minimum' ? h.min : h.max} ${rule.period} ${h.from} ${rule.from}  ${sec(rule.cite)}`);
  }
  const c = pack.consent;
  if (c.minors || c.sensitive || c.childrenSensitiveUnder) {
    out.push('', `${h.consent}:`);
    if (c.sensitive) out.push(`  - ${h.sepConsent} ${c.sensitive.requires}  ${sec(c.sensitive.cite)}`);
    if (c.minors) out.push(`  - ${h.minors} ${c.minors.age}  ${sec(c.minors.cite)}`);
    if (c.childrenSensitiveUnder) out.push(`  - ${h.children} ${c.childrenSensitiveUnder.age}  ${sec(c.childrenSensitiveUnder.cite)}`);
  }
  if (pack.prohibited.length) out.push('', `${h.prohibited}:`, ...pack.prohibited.map((p) => `${itemsLine(p, tx, lang)} → ${p.purpose}`));
  const security = Object.entries(pack.security).filter(([, cite]) => cite);
  if (security.length) out.push('', `${h.security}:`, ...security.map(([k, cite]) => `  - ${k}  ${sec(cite as Citation)}`));
  return out.join('\n') + '\n';
}
