import { it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCalendar } from '../../src/calendar/calendar.js';
import { loadPack } from '../../src/policy/load.js';
import { Policy } from '../../src/policy/policy.js';
import { scanFiles } from '../../src/scan/index.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
const taxonomy = loadTaxonomy();
const options = { taxonomy, policy: new Policy([loadPack('jdcloud-privacy-2020-07')], taxonomy), calendar: createCalendar(), asOf: '2024-06-01', progress: false };
it('x', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'x-'));
  const f = join(dir, 'users.csv');
  writeFileSync(f, 'id,phone,remark,cancelled_at,status\n1,13812345678,call 13912345678 now,2020-01-01,已注销\n2,13812345679,x,2020-01-01,已注销\n');
  const out = await scanFiles([f], options);
  console.log(JSON.stringify(out[0]!.columns.map(c => [c.name, c.item, c.evidence, c.rows]), null, 0));
  console.log(JSON.stringify(out[0]!.results.map(r => [r.ruleId, r.evidence, r.rows])));
});
