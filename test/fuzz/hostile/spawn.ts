/** Starting hostile/child.ts in a fresh `node` with a heap limit: its result lines, exit status and stderr. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempFolder } from '../../helpers/temp-folder.js';
import type { HostileResult } from './child.js';

let dir: string | null = null;

/** One folder for every child's cases, removed when the test file ends. */
function hostileDir(): string {
  return (dir ??= tempFolder('privaudit-hostile-'));
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const REGISTER = fileURLToPath(new URL('./register.mjs', import.meta.url));

export interface ChildRun {
  results: HostileResult[];
  status: number | null;
  signal: string | null;
  stderr: string;
}

/** Run `cases` ([size, name]) one after another in one child; `hangMs` arms its watchdog, `timeoutMs` bounds the whole run. */
export function runHostileChild(cases: [number, string][], opts: { heapMb: number; hangMs: number; timeoutMs: number }): ChildRun {
  const child = spawnSync(process.execPath, [`--max-old-space-size=${opts.heapMb}`, '--import', REGISTER, CHILD, ...cases.map(([size, name]) => `${size}=${name}`)], {
    encoding: 'utf8',
    timeout: opts.timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, FUZZ_HANG_MS: String(opts.hangMs), HOSTILE_DIR: hostileDir() },
  });
  const results = child.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as HostileResult);
  return { results, status: child.status, signal: child.signal, stderr: child.stderr };
}
