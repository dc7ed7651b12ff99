/**
 * The HTML report's coverage section (scan --inventory): a table × status matrix — one row per exported
 * table, one column per status, each cell the number of columns with it, shaded by status — then, per
 * table, every column with its status, how it was matched and where it is declared (in a <details>).
 */
import { wordsFor } from '../../text/words/index.js';
import type { Coverage, CoverageTable } from '../../crosscheck/coverage.js';
import type { Lang, Report } from '../types.js';
import { coverageWords, inventoryTableName, namesOf, rowAt, STATUS_ORDER, statusText, tableTitle, unscannedText, type CoverageWords } from './coverage-text.js';
import { escapeHtml } from './html-escape.js';

/** Styles for the section (html-assets.ts adds them to the report's one stylesheet). */
export const COVERAGE_CSS = `
.coverage-matrix td.cov{text-align:center;font-variant-numeric:tabular-nums;font-weight:600}
.cov.zero{color:var(--muted);font-weight:400}
.cov.declared:not(.zero){background:#dafbe1;color:#1a7f37}
.cov.contradicted:not(.zero),.cov.undeclared:not(.zero){background:#ffebe9;color:var(--error)}
.cov.empty:not(.zero),.cov.missing:not(.zero){background:#ddf4ff;color:var(--info)}
.coverage-matrix tr.total td{font-weight:700;border-top:2px solid var(--border)}
.coverage details{margin:.75rem 0}
.status{display:inline-block;padding:0 8px;border-radius:10px;font-size:.75rem;font-weight:600;white-space:nowrap;background:var(--panel)}
.status.declared{background:#dafbe1;color:#1a7f37}.status.contradicted,.status.undeclared{background:#ffebe9;color:var(--error)}
.status.empty,.status.missing{background:#ddf4ff;color:var(--info)}.status.other{color:var(--muted)}
`;

export function coverageSection(report: Report, lang: Lang): string {
  const cov = report.coverage;
  if (!cov) return '';
  const w = coverageWords(lang);
  const files = cov.inventory.map((i) => `<span class="mono">${escapeHtml(i.file)}</span>`).join(', ');
  const unscanned = cov.unscanned.length ? `<p class="unscanned">${escapeHtml(w.unscanned)}: ${escapeHtml(unscannedText(cov.unscanned, w))}</p>` : '';
  return (
    `<section class="coverage" id="coverage"><h2>${escapeHtml(w.title)}</h2>` +
    `<p>${escapeHtml(w.inventory)}: ${files} · ${escapeHtml(w.sentence(cov.summary))}</p>` +
    `<div class="table-wrap">${matrix(cov, w)}</div>${unscanned}` +
    cov.tables.map((t, i) => tableDetails(t, i, w, wordsFor(lang).report.item)).join('') +
    `</section>`
  );
}

function matrix(cov: Coverage, w: CoverageWords): string {
  const head = [w.table, w.inventoryTable, ...STATUS_ORDER.map((s) => w.statuses[s])].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = cov.tables.map((t, i) => {
    const cells = STATUS_ORDER.map((s) => cell(s, namesOf(t, s).length)).join('');
    return `<tr data-table="${i}"><td class="mono">${escapeHtml(t.table)}</td><td class="mono">${escapeHtml(inventoryTableName(t.inventoryTable) || w.notListed)}</td>${cells}</tr>`;
  });
  const totals = STATUS_ORDER.map((s) => cell(s, cov.tables.reduce((n, t) => n + namesOf(t, s).length, 0))).join('');
  rows.push(`<tr class="total"><td>${escapeHtml(w.total)}</td><td></td>${totals}</tr>`);
  return `<table class="coverage-matrix"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function cell(status: string, n: number): string {
  return `<td class="cov ${status}${n === 0 ? ' zero' : ''}" data-status="${status}">${n}</td>`;
}

function tableDetails(t: CoverageTable, index: number, w: CoverageWords, item: string): string {
  const head = [w.column, item, w.status, w.matchedBy, w.declaredAt].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = t.columns.map((c) => row(c.column, c.item ?? '', c.status, statusText(c, w), c.match ? w.matches[c.match] : '', rowAt(c.declaration)));
  for (const m of t.missing) rows.push(row(m.field, '', 'missing', w.statuses.missing, '', rowAt(m)));
  return (
    `<details data-table="${index}"><summary>${escapeHtml(tableTitle(t, w))} — ${escapeHtml(w.sentence(t.counts))} <span class="mono">${escapeHtml(t.file)}</span></summary>` +
    `<div class="table-wrap"><table class="coverage-columns"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`
  );
}

function row(column: string, item: string, status: string, text: string, match: string, at: string): string {
  return `<tr data-status="${status}"><td class="mono">${escapeHtml(column)}</td><td class="mono">${escapeHtml(item)}</td><td><span class="status ${status}">${escapeHtml(text)}</span></td><td>${escapeHtml(match)}</td><td class="mono">${escapeHtml(at)}</td></tr>`;
}
