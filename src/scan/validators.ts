/**
 * Per detector, the full validation of a plaintext cell: the detector's hinted() test, the one
 * detectValue(cell, hint) runs first for a hinted column, called directly.
 * The column counter runs them on the validation sample (cell-form.ts), and on coordinates whose
 * precision its quick check cannot tell.
 */
import { detectorOf, type Form } from '../detect/index.js';
import type { DetectorId } from '../taxonomy/types.js';

export const NONE = 0;
export const PLAIN = 1;
export const MASKED = 2;
export type CellForm = typeof NONE | typeof PLAIN | typeof MASKED;

function cellForm(form: Form | null): CellForm {
  return form === null ? NONE : form === 'plain' ? PLAIN : MASKED;
}

/** The form the first of the column's detectors gives the cell: PLAIN, MASKED (a coarsened coordinate) or NONE. */
export function formTest(detectors: readonly DetectorId[]): (cell: string) => CellForm {
  const tests = detectors.map((d) => detectorOf(d).hinted);
  if (tests.length === 1) {
    const only = tests[0]!;
    return (cell) => cellForm(only(cell));
  }
  return (cell) => {
    for (let i = 0; i < tests.length; i++) {
      const form = tests[i]!(cell);
      if (form !== null) return cellForm(form);
    }
    return NONE;
  };
}
