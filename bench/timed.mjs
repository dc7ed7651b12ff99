/** One command timed as a whole process: wall seconds, CPU seconds and peak RSS (MB) when /usr/bin/time is there. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs `cmd` (argv) in `cwd`; `scratch` is a folder for /usr/bin/time's figures. Throws when it fails. */
export function timedRun(cmd, cwd, scratch) {
  const timeOut = join(scratch, 'time.out');
  const argv = TIME ? [TIME, '-f', '%M %U %S', '-o', timeOut, ...cmd] : cmd;
  const started = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${cmd.slice(1).join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  const [rssKb, user, system] = TIME ? readFileSync(timeOut, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, cpu: user + system, rssMb: rssKb / 1024 };
}
