import { it } from 'vitest';
import { parseYamlText, parseYamlSource } from '../../src/load/yaml.js';

function tryIt(name: string, f: () => unknown) {
  const t = Date.now();
  try { f(); console.log(name, 'ok', Date.now() - t, 'ms'); }
  catch (e) { console.log(name, (e as Error).name, (e as Error).message.slice(0, 80), Date.now() - t, 'ms'); }
}
it('x', () => {
  for (const n of [500, 1000, 1500, 2000, 3000, 5000]) {
    tryIt('block seq ' + n, () => parseYamlText('a.yaml', '- '.repeat(n) + 'x\n'));
    tryIt('src block seq ' + n, () => parseYamlSource('a.yaml', '- '.repeat(n) + 'x\n'));
  }
  for (const n of [1000, 5000, 10000, 20000]) {
    const t = '|+2\n%YAML 1.1\n    version: x' + '9'.repeat(n) + '\n';
    tryIt('digits src ' + n, () => parseYamlSource('a.yaml', t));
    tryIt('digits load ' + n, () => parseYamlText('a.yaml', t));
    const t2 = 'a: ' + '9'.repeat(n) + '\n';
    tryIt('plain digits src ' + n, () => parseYamlSource('a.yaml', t2));
    const t3 = 'a: |+2\n  ' + 'x'.repeat(n) + '\n';
    tryIt('blockscalar ' + n, () => parseYamlSource('a.yaml', t3));
    const t4 = '%YAML 1.1\n---\na: ' + '9'.repeat(n) + '\n';
    tryIt('yaml11 digits ' + n, () => parseYamlSource('a.yaml', t4));
  }
});
