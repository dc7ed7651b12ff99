/**
 * Running one fuzz target: fast-check generates the inputs, every case is timed (a case over the
 * limit fails as a near-hang), the watchdog kills a case that never returns, and under test:fuzz the
 * case count and time of each target are printed for the record.
 */
import fc from 'fast-check';
import { caseLimitMs, FUZZ_MODE, fuzzRuns, fuzzSeed, targetLimitMs } from './budget.js';
import { watchdog } from './watchdog.js';

export interface FuzzOptions<T = unknown> {
  /** `disk`: the body writes files (fewer cases in `npm test`). */
  cost?: 'memory' | 'disk';
  /** Override the case count (the CLI targets, which load packs per case, run fewer). */
  runs?: number;
  /** A known bug (known-bugs.ts) makes this input slow: do not fail it on time. */
  slowExcused?: (input: T) => boolean;
}

const PREVIEW_CHARS = 1500;

/** A short printable form of a case for the watchdog (long strings and buffers cut). */
function preview(value: unknown): string {
  if (typeof value === 'string') return value.length > PREVIEW_CHARS ? `${fc.stringify(value.slice(0, PREVIEW_CHARS))}… (${value.length} chars)` : fc.stringify(value);
  if (value instanceof Uint8Array) return `bytes ${Buffer.from(value.subarray(0, 600)).toString('hex')}${value.length > 600 ? `… (${value.length} bytes)` : ''}`;
  if (Array.isArray(value)) return `[${value.map(preview).join(', ')}]`;
  return fc.stringify(value).slice(0, PREVIEW_CHARS * 2);
}

function parameters<T>(opts: FuzzOptions<never>, seed: number): fc.Parameters<T> {
  const cost = opts.cost ?? 'memory';
  return {
    numRuns: opts.runs ?? fuzzRuns(cost),
    seed,
    plugins: [fc.interruptAfterTimeLimit(targetLimitMs(cost), { failOnInterrupt: true })],
  };
}

function tooSlow(target: string, ms: number): Error {
  return new Error(`${target}: one case took ${Math.round(ms)} ms (limit ${caseLimitMs()} ms): superlinear or stuck on this input`);
}

/** The seed of this run (FUZZ_SEED replays one), so even an error escaping fast-check can be replayed. */
function seedOfRun(): number {
  return fuzzSeed() ?? (Date.now() ^ (Math.random() * 0x100000000)) | 0;
}

/** fast-check reports failing cases itself; anything thrown past it (its own stack overflow) gets the seed. */
function escaped(target: string, seed: number, e: unknown): Error {
  const where = e instanceof Error ? (e.stack ?? '').split('\n').slice(1, 16).join('\n') : '';
  return new Error(`${target}: an error escaped fast-check (replay with FUZZ_SEED=${seed}): ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n${where}`, { cause: e });
}

function report<T>(target: string, details: fc.RunDetails<T>, started: number): void {
  if (FUZZ_MODE) console.log(`[fuzz] ${target}: ${details.numRuns} cases, ${Math.round(performance.now() - started)} ms`);
}

/** Check a synchronous body on generated inputs; it throws to fail (see outcome.ts for the oracles). */
export function fuzz<T>(target: string, arb: fc.Arbitrary<T>, body: (input: T) => void, opts: FuzzOptions<T> = {}): void {
  const dog = watchdog();
  const limit = caseLimitMs();
  const seed = seedOfRun();
  let n = 0;
  const property = fc.property(arb, (input) => {
    dog.begin(() => `${target} (FUZZ_SEED=${seed}, run ${++n}): ${preview(input)}`);
    const t0 = performance.now();
    try {
      body(input);
    } finally {
      dog.end();
    }
    const ms = performance.now() - t0;
    if (ms > limit && !opts.slowExcused?.(input)) throw tooSlow(target, ms);
  });
  const started = performance.now();
  let details: fc.RunDetails<[T]>;
  try {
    details = fc.check(property, parameters<[T]>(opts, seed));
  } catch (e) {
    throw escaped(target, seed, e);
  }
  report(target, details, started);
  if (details.failed || details.interrupted) throw new Error(fc.defaultReportMessage(details) ?? `${target} failed`, { cause: details.errorInstance });
}

/** The same for an asynchronous body (scans); a promise that never settles fails through fast-check's timeout. */
export async function fuzzAsync<T>(target: string, arb: fc.Arbitrary<T>, body: (input: T) => Promise<void>, opts: FuzzOptions<T> = {}): Promise<void> {
  const dog = watchdog();
  const limit = caseLimitMs();
  const seed = seedOfRun();
  let n = 0;
  const property = fc.asyncProperty(arb, async (input) => {
    dog.begin(() => `${target} (FUZZ_SEED=${seed}, run ${++n}): ${preview(input)}`);
    const t0 = performance.now();
    try {
      await body(input);
    } finally {
      dog.end();
    }
    const ms = performance.now() - t0;
    if (ms > limit && !opts.slowExcused?.(input)) throw tooSlow(target, ms);
  });
  const params = parameters<[T]>(opts, seed);
  params.plugins = [...(params.plugins ?? []), fc.timeout(limit * 5)];
  const started = performance.now();
  let details: fc.RunDetails<[T]>;
  try {
    details = await fc.check(property, params);
  } catch (e) {
    throw escaped(target, seed, e);
  }
  report(target, details, started);
  if (details.failed || details.interrupted) throw new Error((await fc.asyncDefaultReportMessage(details)) ?? `${target} failed`, { cause: details.errorInstance });
}

/** vitest's timeout for a test running one target: the target's own limit plus shrinking room. */
export function testTimeout(cost: 'memory' | 'disk' = 'memory'): number {
  return targetLimitMs(cost) * 2;
}
