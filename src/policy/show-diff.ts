/** `policies diff` as text for a terminal: every section is printed, empty ones as "(none)". */
import { durationLabel } from '../normalize/duration.js';
import type { Lang } from '../report/types.js';
import { wordsFor, type Words } from '../text/words/index.js';
import { readPeriod, type DeadlineRef, type ItemRef, type PackDiff, type PackSummary, type RetentionRef, type SdkFieldChange, type Sides, type StatementValue } from './diff.js';
import { deadlineText } from './show.js';

export function formatPackDiff(diff: PackDiff, lang: Lang): string {
  const words = wordsFor(lang);
  const w = words.diff;
  const name = (i: ItemRef) => `${i.id} (${lang === 'zh' ? i.zh : i.en})${i.section ? `  §${i.section}` : ''}`;
  const out = [`A: ${packLine(diff.a)}`, `B: ${packLine(diff.b)}`];
  const sides = <T>(title: string, s: Sides<T>, line: (t: T) => string) => {
    out.push('', ...block(title.replace('{side}', 'A'), s.onlyA.map(line), words), ...block(title.replace('{side}', 'B'), s.onlyB.map(line), words));
  };
  sides(w.collected, diff.collected, name);
  sides(w.sensitive, diff.sensitive, name);
  sides(w.sdkRows, diff.sdkRows, (r) => `${r.platform}  ${r.name} — ${r.organization}: ${r.items.map((i) => i.id).join(', ')}  §${r.section}`);
  out.push('', ...block(w.sdkFields, diff.sdkFields.map((c) => sdkFieldLine(c)), words));
  sides(w.retention, diff.retention, (r) => retentionLine(r, words, lang));
  sides(w.deadlines, diff.deadlines, (d: DeadlineRef) => `${d.id}: ${deadlineText({ ...d, types: d.types ?? undefined }, lang)}  §${d.section}`);
  sides(w.prohibited, diff.prohibited, (p) => `${p.purpose}: ${name(p.item)}`);
  const value = (v: StatementValue | null) => v?.[lang] ?? w.notStated;
  out.push('', ...block(w.statements, diff.statements.map((c) => `${c.key}: A ${value(c.a)} | B ${value(c.b)}`), words));
  return out.join('\n') + '\n';
}

function packLine(p: PackSummary): string {
  return `${p.id}  ${p.title}  (${p.version})`;
}

function block(title: string, lines: string[], words: Words): string[] {
  return [`${title} (${lines.length})`, ...(lines.length ? lines : [words.none]).map((l) => `  ${l}`)];
}

function sdkFieldLine(c: SdkFieldChange): string {
  const ids = (xs: ItemRef[]) => (xs.length ? xs.map((i) => i.id).join(', ') : '-');
  return `${c.platform}  ${c.name} — ${c.organization}: A only ${ids(c.onlyA)}; B only ${ids(c.onlyB)}`;
}

/** `12 months` / `12个月` when the period reads, else as written. */
function periodLabel(period: string, lang: Lang): string {
  const d = readPeriod(period);
  return d ? durationLabel(d, lang) : period;
}

function retentionLine(r: RetentionRef, words: Words, lang: Lang): string {
  const w = words.diff;
  const items = r.items === null ? w.allPi : r.items.map((i) => i.id).join(', ');
  return `${r.id}: ${w[r.kind]} ${periodLabel(r.period, lang)} ${w.from} ${words.events[r.from]} — ${items}  §${r.section}`;
}
