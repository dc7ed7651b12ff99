/** `privaudit scan` options beyond the shared ones: --workers above the processor count is said, not refused. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli } from '../e2e/helpers.js';

const SCAN = ['scan', 'fixtures/exports/users.csv', '--as-of', '2024-06-01', '--format', 'json', '--fail-on', 'never'];
const WARNING = /--workers \d+ is more than the \d+ processors here/;

describe('scan --workers', () => {
  it('more workers than processors: a warning on stderr, the same report', async () => {
    const many = String(availableParallelism() + 1);
    const [one, more] = [await runCli([...SCAN, '--workers', '1']), await runCli([...SCAN, '--workers', many])];
    expect(more.stderr).toMatch(new RegExp(`--workers ${many} is more than the ${availableParallelism()} processors here`));
    expect(more.code).toBe(0);
    expect(more.stdout).toBe(one.stdout);
    expect(one.stderr).not.toMatch(WARNING);
  });
});

describe('scan: a file reached twice', () => {
  it('is scanned once: `scan users.csv users.csv` is `scan users.csv`', async () => {
    const [one, twice] = [await runCli(SCAN), await runCli([...SCAN, 'fixtures/exports/users.csv'])];
    expect(twice.code).toBe(0);
    expect(twice.stdout).toBe(one.stdout);
  });
});
