/**
 * How much fuzzing a run does. `npm run test:fuzz` sets FUZZ_RUNS=10000; plain `npm test` uses a small
 * count so the suite stays fast. Every knob is an environment variable so CI can turn it up or replay:
 *
 *   FUZZ_RUNS     cases per target (default 100; targets that touch the disk run a quarter of it)
 *   FUZZ_SEED     replay a failing run with the seed fast-check printed
 *   FUZZ_CASE_MS  the longest one case may take before it counts as a (near) hang (default 2000)
 *   FUZZ_HANG_MS  after this, the watchdog kills the test process and prints the case (default 60000)
 */

const DEFAULT_RUNS = 100;

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got '${raw}'`);
  return Math.floor(n);
}

/** True under `npm run test:fuzz`: full case counts and the full-size hostile inputs. */
export const FUZZ_MODE = envNumber('FUZZ_RUNS') !== undefined;

/**
 * Cases for one target. `disk` targets write a temp file per case (readers of whole files, scans): in
 * `npm test` they run a quarter of the small count; under test:fuzz every target runs FUZZ_RUNS.
 */
export function fuzzRuns(cost: 'memory' | 'disk' = 'memory'): number {
  const runs = envNumber('FUZZ_RUNS');
  if (runs !== undefined) return runs;
  return cost === 'disk' ? DEFAULT_RUNS / 4 : DEFAULT_RUNS;
}

export function fuzzSeed(): number | undefined {
  const raw = process.env.FUZZ_SEED;
  return raw === undefined || raw === '' ? undefined : Number(raw);
}

/** Inputs are small (at most ~100 KB); any one taking longer than this is superlinear or stuck. */
export function caseLimitMs(): number {
  return envNumber('FUZZ_CASE_MS') ?? 2000;
}

export function hangLimitMs(): number {
  return envNumber('FUZZ_HANG_MS') ?? 60_000;
}

/** The longest a whole target may run (generation, cases and shrinking) before it fails as too slow. */
export function targetLimitMs(cost: 'memory' | 'disk' = 'memory'): number {
  // Generous: the average case takes 1–15 ms; this only stops a target that has become far slower.
  const perCase = cost === 'disk' ? 100 : 40;
  return Math.max(60_000, fuzzRuns(cost) * perCase);
}

/** Scale for the hostile inputs: full size under test:fuzz, a twentieth in `npm test`. */
export function hostileScale(fullSize: number): number {
  return FUZZ_MODE ? fullSize : Math.floor(fullSize / 20);
}
