/**
 * A value detector: everything the classifier, the masker and the scan's per-cell shortcuts need to know
 * about one kind of identifier, in one record. Each lives in its own file in this folder and is listed in
 * index.ts; the taxonomy (policies/taxonomy.yaml) names it in an item's `detectors`.
 */

export type Form = 'plain' | 'masked';

/** What a plaintext value of the detector looks like at a glance (the scan's cheap gate, scan/cell-form.ts). */
export interface ShapeGate {
  min: number;
  max: number;
  first: 'any' | 'digit' | 'digit-or-sign' | 'letter';
  /** A character the value must contain ('' for none). */
  needs: string;
}

/**
 * The masking pieces of src/detect/mask.ts, the one module that writes mask characters: a detector's `mask`
 * chooses what stays in clear, these write the rest.
 */
export interface Masker {
  /** `n` mask characters. */
  stars(n: number): string;
  /** The first `head` and the last `tail` characters kept, the rest masked. */
  keepEnds(s: string, head: number, tail: number): string;
  /** The digits after the first `head` and before the last `tail` masked; other characters (group separators) kept. */
  digitsBetween(s: string, head: number, tail: number): string;
  /** The hex digits after the first `head` masked; separators kept. */
  hexAfter(s: string, head: number): string;
}

/** Recognition without a column hint: for shapes distinctive enough to trust alone. */
export interface Alone {
  /**
   * Where it is tried among the detectors that recognise values alone, lowest first; the first that matches
   * wins (a valid resident ID is not also read as a bank card).
   */
  order: number;
  /**
   * Character classes (chars.ts C_*) a value may hold, and those of which it holds at least one: values outside
   * never reach `match` (the classifier keeps, per set of classes, the detectors that may take it).
   */
  allowed: number;
  required: number;
  /**
   * Whether `s` (trimmed, 2–254 characters) is one, given its character classes (already within `allowed`,
   * with one of `required`) and digit count (chars.ts: scanShape): the cheap class and length tests first,
   * then the full validation.
   */
  match(s: string, classes: number, digits: number): boolean;
}

export interface Detector<Id extends string = string> {
  readonly id: Id;
  /**
   * The form of a trimmed value in a column whose name says it holds this kind: 'plain' when it passes the
   * full validation (check digits, birth dates, number plans, ranges), 'masked' when it is one but coarsened
   * (a coordinate rounded to one decimal), else null. The column vouches for the kind, so this may accept
   * what `alone` would not (a bank card of any issuer).
   */
  hinted(s: string): Form | null;
  /** Absent: context-only, recognised through a column hint alone. */
  readonly alone?: Alone;
  /**
   * The value masked for evidence, keeping what identifies no one (which bank, which maker, which region);
   * null when it lacks the shape (mask() then masks generically). `m` writes the mask characters.
   */
  mask(s: string, m: Masker): string | null;
  readonly gate: ShapeGate;
}

/** A detector record, its id kept as a literal type (DetectorId is the union of the registry's ids). */
export function defineDetector<const Id extends string>(d: Detector<Id>): Detector<Id> {
  return Object.freeze(d);
}

/** hinted() of a detector whose values are plaintext or not at all. */
export function plainWhen(test: (s: string) => boolean): (s: string) => Form | null {
  return (s) => (test(s) ? 'plain' : null);
}
