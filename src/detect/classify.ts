/**
 * detectValue: the per-cell classifier. Each detector (detectors/*.ts) says how it recognises a value with a
 * column hint and, when its shape is distinctive enough, without one; cheap character-class tests come before
 * regexes and checksums.
 */
import { C_ALL, C_MASK, C_X, only, scanShape, shapeClasses, shapeDigits, trimCell } from './chars.js';
import { ALONE, DETECTOR_IDS, DETECTORS, detectorOf, type Detector, type DetectorId } from './detectors/index.js';
import { isMaskedForm } from './forms.js';
import { maskedDetector } from './masked-shape.js';

export interface Detection {
  readonly detector: DetectorId;
  readonly form: 'plain' | 'masked';
}

export const ALL_DETECTORS: readonly DetectorId[] = DETECTOR_IDS;

/** Shared frozen results: the classifier allocates nothing per cell. */
const PLAIN = resultTable('plain');
const MASKED = resultTable('masked');

function resultTable(form: Detection['form']): Record<DetectorId, Detection> {
  return Object.fromEntries(DETECTOR_IDS.map((d) => [d, Object.freeze({ detector: d, form })])) as Record<DetectorId, Detection>;
}

/** Longer than this, a value is free text: only detectors whose values may be longer (e-mail) are tried, alone. */
const MAX_TOKEN = 64;
const MAX_VALUE = Math.max(...DETECTORS.map((d) => d.gate.max));
const ALONE_LONG = ALONE.filter((d) => d.gate.max > MAX_TOKEN);

/** Per set of character classes, the detectors (in their order) whose `allowed` and `required` admit it; filled as met. */
const CANDIDATES: (readonly Detector<DetectorId>[] | undefined)[] = new Array<undefined>(C_ALL + 1);
const CANDIDATES_LONG: (readonly Detector<DetectorId>[] | undefined)[] = new Array<undefined>(C_ALL + 1);

function candidates(table: (readonly Detector<DetectorId>[] | undefined)[], from: readonly Detector<DetectorId>[], classes: number): readonly Detector<DetectorId>[] {
  let list = table[classes];
  if (list === undefined) {
    list = from.filter((d) => only(classes, d.alone!.allowed) && (classes & d.alone!.required) !== 0);
    table[classes] = list;
  }
  return list;
}

/**
 * Classify one cell. `hint` lists the detectors the column's header suggests: they are tried first,
 * and context-only detectors fire only through them. Hashes and unrecognised values give null.
 */
export function detectValue(input: string, hint?: readonly DetectorId[]): Detection | null {
  const s = trimCell(input);
  const n = s.length;
  if (n < 2 || n > MAX_VALUE) return null;
  const shape = scanShape(s);
  const classes = shapeClasses(shape);
  if (n > MAX_TOKEN) return alone(candidates(CANDIDATES_LONG, ALONE_LONG, classes), s, classes, shapeDigits(shape));
  if (hint !== undefined && hint.length > 0) {
    const hinted = detectHinted(s, hint);
    if (hinted !== null) return hinted;
  }
  const plain = alone(candidates(CANDIDATES, ALONE, classes), s, classes, shapeDigits(shape));
  if (plain !== null) return plain;
  if ((classes & (C_MASK | C_X)) === 0 || !isMaskedForm(s)) return null;
  const detector = maskedDetector(s, hint);
  return detector === null ? null : MASKED[detector];
}

function detectHinted(s: string, hint: readonly DetectorId[]): Detection | null {
  for (const id of hint) {
    const form = detectorOf(id).hinted(s);
    if (form !== null) return (form === 'plain' ? PLAIN : MASKED)[id];
  }
  return null;
}

function alone(detectors: readonly Detector<DetectorId>[], s: string, classes: number, digits: number): Detection | null {
  for (let i = 0; i < detectors.length; i++) {
    const d = detectors[i]!;
    if (d.alone!.match(s, classes, digits)) return PLAIN[d.id];
  }
  return null;
}
