/**
 * Per detector, the full validation of a plaintext cell: the tests detectValue(cell, [detector]) runs
 * first for a hinted column (HINTED_TESTS), called directly.
 * The column counter runs them on the validation sample (cell-form.ts), and on coordinates whose
 * precision its quick check cannot tell.
 */
import { HINTED_TESTS, PRECISE_GPS_DECIMALS } from '../detect/index.js';
import { coordinateDecimals, parseGpsPair } from '../detect/gps.js';
import type { DetectorId } from '../taxonomy/types.js';

export const NONE = 0;
export const PLAIN = 1;
export const MASKED = 2;
export type CellForm = typeof NONE | typeof PLAIN | typeof MASKED;

/** The reference's rough box for China (pii-and-law.md): latitude 18–54, longitude 73–135. */
const inChina = (v: number) => (v >= 18 && v <= 54) || (v >= 73 && v <= 135);

/**
 * A coordinate or a pair, as detectValue(cell, ['gps']) classifies it, with one regex run for the usual
 * single coordinate instead of four.
 */
function gpsForm(input: string): CellForm {
  const cell = input.trim();
  const decimals = coordinateDecimals(cell);
  if (decimals > 0) return inChina(Number(cell)) ? (decimals >= PRECISE_GPS_DECIMALS ? PLAIN : MASKED) : NONE;
  const pair = parseGpsPair(cell);
  return pair === null ? NONE : pair.decimals >= PRECISE_GPS_DECIMALS ? PLAIN : MASKED;
}

/** PLAIN when a test of the column's detectors passes, MASKED for a coarsened coordinate, else NONE. */
export function formTest(detectors: readonly DetectorId[]): (cell: string) => CellForm {
  if (detectors.includes('gps')) return gpsForm;
  const tests = detectors.map((d) => HINTED_TESTS[d as Exclude<DetectorId, 'gps'>]);
  if (tests.length === 1) {
    const only = tests[0]!;
    return (cell) => (only(cell) ? PLAIN : NONE);
  }
  return (cell) => {
    for (let i = 0; i < tests.length; i++) if (tests[i]!(cell)) return PLAIN;
    return NONE;
  };
}
