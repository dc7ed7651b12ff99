import { it } from 'vitest';
import { runCli, tempDir, writeInventory, ROWS } from './helpers.js';
it('probe', async () => {
  const d = tempDir();
  const good = writeInventory(d, 'good.csv', [ROWS.clean]);
  const B = 'fixtures/bad/';
  for (const argv of [['audit', B + 'alias-bomb.yaml'], ['audit', good, '--policy', B + 'pack-alias-bomb.yaml'], ['audit', good, '--policy', B + 'pack-schema-error.yaml'], ['audit', good, '--policy', B + 'circular-extends-a.yaml'], ['audit', good, '-c', B + 'bad-config.yaml'],
    ['policies', 'lint', B + 'pack-schema-error.yaml'], ['policies', 'show', 'jdcloud-privacy-2020-7'], ['audit', good, '--policy', 'jdcloud-privacy-2020-7'], ['audit', good, '--baseline', 'nope.json'], ['audit', good, '--write-baseline', '/tmp/x.json'], ['audit', good, '--kind', 'sdkk'], ['audit', good, '--format', 'sarif']]) {
    const t = Date.now();
    const r = await runCli(argv);
    console.log(argv.join(' '), r.code, Date.now() - t, 'ms\n', r.stdout.slice(0, 400), '\nERR:', r.stderr);
  }
});
