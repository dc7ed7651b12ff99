/**
 * The HTML report's inline stylesheet and script. The script only reorders and hides the rows rendered
 * at format time and reads the embedded JSON; it never writes markup (no innerHTML), only textContent
 * and attributes.
 */

import { COVERAGE_CSS } from './html-coverage.js';

export const REPORT_CSS = `
:root{--error:#cf222e;--warning:#9a6700;--info:#0969da;--fg:#1f2328;--muted:#59636e;--border:#d1d9e0;--panel:#f6f8fa;--bg:#fff;
font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0 auto;max-width:1440px;padding:24px 28px 48px;line-height:1.5}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:1.75rem 0 .5rem}
.meta{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:0;color:var(--muted)}
.meta div{display:flex;gap:.4rem}
.meta dt{font-weight:600}
.meta dd{margin:0}
.overview{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:0 32px}
table{border-collapse:collapse;width:100%;font-size:.875rem}
th,td{border-bottom:1px solid var(--border);padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:var(--panel)}
.num{text-align:right;font-variant-numeric:tabular-nums}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:1.25rem 0}
.card{border:1px solid var(--border);border-left:6px solid var(--muted);border-radius:8px;padding:10px 16px;background:var(--panel)}
.card .n{display:block;font-size:2rem;font-weight:700;line-height:1.2}
.card .l{color:var(--muted)}
.card.error{border-left-color:var(--error)}.card.error .n{color:var(--error)}
.card.warning{border-left-color:var(--warning)}.card.warning .n{color:var(--warning)}
.card.info{border-left-color:var(--info)}.card.info .n{color:var(--info)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:16px}
figure{margin:0;border:1px solid var(--border);border-radius:8px;padding:12px 16px}
figcaption{font-weight:600;margin-bottom:8px}
.chart-svg{max-width:100%;height:auto;display:block}
.chart-svg text{font-size:12px;fill:var(--fg)}
.chart-svg .value{fill:var(--muted)}
.seg.error{fill:var(--error)}.seg.warning{fill:var(--warning)}.seg.info{fill:var(--info)}
.badge{display:inline-block;padding:0 8px;border-radius:10px;color:#fff;font-size:.75rem;font-weight:600;white-space:nowrap}
.badge.error{background:var(--error)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}
.controls{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:8px 0 12px}
#filter{flex:1 1 320px;padding:6px 10px;border:1px solid var(--border);border-radius:6px;font:inherit}
.controls label{display:inline-flex;gap:4px;align-items:center;cursor:pointer}
.shown{color:var(--muted);margin-left:auto}
th[data-sort] button{all:unset;cursor:pointer;font-weight:600}
th[data-sort] button:focus-visible{outline:2px solid var(--info)}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
details summary{cursor:pointer}
.table-wrap{overflow-x:auto}
td[data-col=message]{min-width:16em}
blockquote{margin:6px 0 0;padding:2px 10px;border-left:3px solid var(--border);color:var(--muted);max-width:36em}
tr[hidden]{display:none}
.empty{color:var(--muted)}
${COVERAGE_CSS}`;

export const REPORT_JS = `
(function () {
  'use strict';
  var data = document.getElementById('privaudit-data');
  var table = document.getElementById('findings');
  if (!data || !table) return;
  var findings = JSON.parse(data.textContent).findings;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var headers = Array.prototype.slice.call(table.querySelectorAll('th[data-sort]'));
  var filter = document.getElementById('filter');
  var toggles = Array.prototype.slice.call(document.querySelectorAll('input.severity-toggle'));
  var shownCount = document.getElementById('shown-count');
  var rank = { error: 0, warning: 1, info: 2 };
  var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  var sorted = { key: null, direction: 1 };

  function findingOf(row) { return findings[Number(row.getAttribute('data-index'))]; }

  function searchText(f) {
    var s = f.subject, c = f.clause;
    return [f.ruleId, f.severity, f.file, String(f.line), f.message, f.item, f.evidence, s.system, s.table, s.field,
      s.sdk, s.platform, s.column, c.policy, c.section, c.quote].filter(Boolean).join('\\n').toLowerCase();
  }
  var haystacks = rows.map(function (row) { return searchText(findingOf(row)); });

  function sortValue(row, key) {
    var f = findingOf(row);
    if (key === 'severity') return rank[f.severity];
    if (key === 'line') return f.line;
    var cell = row.querySelector('td[data-col="' + key + '"]');
    var summary = cell.querySelector('summary');
    return (summary || cell).textContent;
  }

  function sortBy(key) {
    sorted.direction = sorted.key === key ? -sorted.direction : 1;
    sorted.key = key;
    var keyed = rows.map(function (row, index) { return { row: row, value: sortValue(row, key), index: index }; });
    keyed.sort(function (a, b) {
      var order = typeof a.value === 'number' ? a.value - b.value : collator.compare(a.value, b.value);
      return order * sorted.direction || a.index - b.index;
    });
    keyed.forEach(function (entry) { tbody.appendChild(entry.row); });
    headers.forEach(function (th) {
      var state = th.getAttribute('data-sort') === key ? (sorted.direction > 0 ? 'ascending' : 'descending') : 'none';
      th.setAttribute('aria-sort', state);
    });
  }

  function applyFilter() {
    var query = filter.value.trim().toLowerCase();
    var allowed = {};
    toggles.forEach(function (toggle) { allowed[toggle.value] = toggle.checked; });
    var shown = 0;
    rows.forEach(function (row, index) {
      var visible = allowed[findingOf(row).severity] && (query === '' || haystacks[index].indexOf(query) !== -1);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    shownCount.textContent = String(shown);
  }

  headers.forEach(function (th) {
    th.addEventListener('click', function () { sortBy(th.getAttribute('data-sort')); });
  });
  filter.addEventListener('input', applyFilter);
  toggles.forEach(function (toggle) { toggle.addEventListener('change', applyFilter); });
})();
`;
