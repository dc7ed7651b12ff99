import { it } from 'vitest';
import { parseYamlSource } from '../../src/load/yaml.js';
function tryIt(name: string, f: () => unknown) {
  const t = Date.now();
  try { f(); console.log(name, 'ok', Date.now() - t, 'ms'); }
  catch (e) { console.log(name, (e as Error).name, (e as Error).message.slice(0, 80), Date.now() - t, 'ms'); }
}
it('x', () => {
  for (const n of [4000, 16000, 32000, 64000]) {
    tryIt('src ' + n, () => parseYamlSource('a.yaml', 'a:\n|\n' + '\n'.repeat(n) + 'x\n'));
    tryIt('src2 ' + n, () => parseYamlSource('a.yaml', ' a: \n|+2\n  x\n' + '\n'.repeat(n) + 'y\n'));
  }
});
