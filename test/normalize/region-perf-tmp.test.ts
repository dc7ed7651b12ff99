import { it } from 'vitest';
import { parseRegion } from '../../src/normalize/region.js';
it('perf', { timeout: 120_000 }, () => {
  parseRegion('cn-north-1');
  const kinds: [string, (i: number) => string][] = [
    ['repeated', (i) => ['华北2（北京）', 'cn-north-1', '北京', '阿里云 华东1（杭州）', '主：北京；备：上海'][i % 5]!],
    ['distinct ok', (i) => `cn-north-1（北京）${'、北京'.repeat(i % 3)} ${i % 2 ? '机房' : ''}#${i}`.replace(/#\d+/, '') + ' '.repeat(i % 50)],
    ['distinct bad latin', (i) => `server-${i}-xyz`],
    ['distinct bad zh', (i) => `某某机房${i}号楼`],
    ['distinct bad long', (i) => `存储于公司自建的位于某地的机房第${i}号机柜之中并且由运维团队负责日常维护与巡检工作`],
  ];
  for (const [name, gen] of kinds) {
    const n = 20000;
    const t = performance.now();
    for (let i = 0; i < n; i++) { try { parseRegion(gen(i)); } catch { /* */ } }
    console.log(name, ((performance.now() - t) / n * 1000).toFixed(1), 'µs/cell');
  }
});
