/** `policies show`: a readable summary of one pack, every statement with its section. */
import { durationLabel } from '../normalize/duration.js';
import type { Lang } from '../report/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { wordsFor } from '../text/words/index.js';
import { expandSelector } from './selectors.js';
import { readPeriod } from './diff.js';
import type { Citation, CitedSelector, Deadline, Pack } from './types.js';

function sec(c: Citation): string {
  return `§${c.section}`;
}

function itemsLine(sel: CitedSelector, tx: Taxonomy, lang: Lang): string {
  const names = expandSelector(sel, tx).map((id) => `${tx.item(id)?.[lang] ?? id} (${id})`);
  const cats = (sel.categories ?? []).map((c) => `[${tx.category(c)?.[lang] ?? c}]`);
  return `  - ${[...cats, ...(cats.length ? [] : names)].join(', ')}  ${sec(sel.cite)}`;
}

export function formatPackSummary(pack: Pack, tx: Taxonomy, lang: Lang): string {
  const words = wordsFor(lang);
  const h = words.show;
  const may = (allowed: boolean) => (allowed ? words.permission.allowed : words.permission.prohibited);
  const out: string[] = [`${pack.title} — ${pack.id} (${pack.version}, ${pack.language}; ${pack.doc})`];
  if (pack.extends) out.push(`extends ${pack.extends}`);
  out.push('', `${h.collects}:`, ...pack.collects.map((s) => itemsLine(s, tx, lang)));
  out.push('', `${h.sensitive}:`, ...(pack.sensitive.length ? pack.sensitive.map((s) => itemsLine(s, tx, lang)) : [`  ${words.none}`]));
  out.push('', `${h.recipients}:`);
  const r = pack.recipients;
  if (r.affiliates) out.push(`  - ${h.affiliates}: ${may(r.affiliates.allowed)}  ${sec(r.affiliates.cite)}`);
  for (const role of r.roles ?? []) out.push(`  - ${role.role}: ${may(role.allowed)}  ${sec(role.cite)}`);
  for (const row of r.sdks ?? []) out.push(`  - ${h.sdks} [${row.platform}] ${row.name} — ${row.organization}: ${row.fields.map((f) => f.label).join(', ')}  ${sec(row.cite)}`);
  if (pack.storage) out.push('', `${h.storage}: ${h.mainland} ${pack.storage.crossBorder}  ${sec(pack.storage.cite)}`);
  if (pack.retention.length) {
    out.push('', `${h.retention}:`);
    for (const rule of pack.retention) out.push(`  - ${rule.id}: ${rule.kind === 'minimum' ? h.min : h.max} ${rule.period} ${h.from} ${rule.from}  ${sec(rule.cite)}`);
  }
  if (pack.deadlines?.length) {
    out.push('', `${h.deadlines}:`);
    for (const d of pack.deadlines) out.push(`  - ${d.id}: ${deadlineText(d, lang)}  ${sec(d.cite)}`);
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

/** `reply within 30 days of the identity verification (access, deletion)` / `身份核验后 30天内答复（查阅、删除）`. */
export function deadlineText(d: Pick<Deadline, 'kind' | 'period' | 'from' | 'types'>, lang: Lang): string {
  const w = wordsFor(lang).deadlines;
  const period = readPeriod(d.period);
  const line = w.line(d.kind, period ? durationLabel(period, lang) : d.period, d.from, !!period && !period.forever && period.amount === 0);
  return d.types?.length ? line + w.forTypes(d.types.map((t) => w.types[t]).join(lang === 'zh' ? '、' : ', ')) : line;
}
