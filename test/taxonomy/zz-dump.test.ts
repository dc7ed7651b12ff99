import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { itemForFieldName } from '../../src/taxonomy/match.js';

function walk(d: string): string[] {
  return readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
}
it('dump', () => {
  const tx = loadTaxonomy();
  const names = new Set<string>();
  for (const f of walk('fixtures')) {
    if (!/\.(csv|ya?ml|tsv|psv|txt|kts|lock)$/.test(f)) continue;
    let t: string; try { t = readFileSync(f, 'utf8'); } catch { continue; }
    for (const cell of t.split(/[\n,\t|:\[\]"'#]+/)) { const c = cell.trim().replace(/^- /, ''); if (c && c.length <= 40) names.add(c); }
  }
  for (const n of (process.env.EXTRA ?? '').split('\n')) if (n) names.add(n);
  const out = [...names].sort().map((n) => `${n}\t${itemForFieldName(tx, n)}`).join('\n');
  writeFileSync(process.env.OUT ?? '/tmp/tx/out.tsv', out);
});
