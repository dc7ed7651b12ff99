/**
 * Runs hostile cases (argv: size=name pairs) one after another in this process, printing a JSON line
 * when each starts and when it ends: how it ended (returned, a well-formed InputError, or anything
 * else with the reason) and how long the read took. Started by hostile.fuzz.test.ts with a heap limit
 * and a hang watchdog, so unbounded memory or time kills this process; the parent then knows which
 * case was running from the last "started" line.
 */
import { rmSync } from 'node:fs';
import { caseFolder, HOSTILE_CASES } from './cases.js';
import { checkInputError, describeError } from '../outcome.js';
import { watchdog } from '../watchdog.js';

export interface HostileResult {
  name: string;
  outcome: 'started' | 'returned' | 'input-error' | 'bad-error';
  detail: string;
  ms: number;
  rssMb: number;
}

function emit(result: HostileResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function runCase(name: string, size: number): Promise<void> {
  const hostile = HOSTILE_CASES[name];
  if (!hostile) throw new Error(`no hostile case '${name}'`);
  const dir = caseFolder();
  try {
    const input = await hostile.prepare(dir, size);
    emit({ name, outcome: 'started', detail: '', ms: 0, rssMb: 0 });
    const started = performance.now();
    watchdog().begin(() => `hostile case: ${name} (size ${size})`);
    let outcome: HostileResult['outcome'] = 'returned';
    let detail = '';
    try {
      await hostile.run(input);
    } catch (e) {
      try {
        checkInputError(e, {});
        outcome = 'input-error';
        detail = (e as Error).message.slice(0, 300);
      } catch (bad) {
        outcome = 'bad-error';
        detail = describeError(bad).slice(0, 600);
      }
    } finally {
      watchdog().end();
    }
    emit({ name, outcome, detail, ms: performance.now() - started, rssMb: process.memoryUsage().rss / 2 ** 20 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const arg of process.argv.slice(2)) {
  const eq = arg.indexOf('=');
  await runCase(arg.slice(eq + 1), Number(arg.slice(0, eq)));
}
