/**
 * Every value detector, listed explicitly and sorted by id (test/detect/detectors/index.test.ts keeps this
 * list, the files of this folder and schemas/taxonomy.schema.json in step). Adding a detector: one file
 * here, its line below, the taxonomy item that names it, and its examples in that test.
 *
 * Two searches stay outside the records, on purpose: masked values are told apart by what the mask kept
 * (masked-shape.ts knows the common kinds; any other is read through its column's name), and free text is
 * searched only for the kinds prose carries (free-text.ts).
 */
import { androidId } from './android-id.js';
import { bankCard } from './bank-card.js';
import { email } from './email.js';
import { gps } from './gps.js';
import { hkMacaoPermit } from './hk-macao-permit.js';
import { idfa } from './idfa.js';
import { imei } from './imei.js';
import { ipv4 } from './ipv4.js';
import { ipv6 } from './ipv6.js';
import { mac } from './mac.js';
import { mobile } from './mobile.js';
import { passport } from './passport.js';
import { residentId } from './resident-id.js';
import { taiwanPermit } from './taiwan-permit.js';
import { uscc } from './uscc.js';
import { vehiclePlate } from './vehicle-plate.js';
import type { Detector } from './types.js';

export const DETECTORS = [
  androidId,
  bankCard,
  email,
  gps,
  hkMacaoPermit,
  idfa,
  imei,
  ipv4,
  ipv6,
  mac,
  mobile,
  passport,
  residentId,
  taiwanPermit,
  uscc,
  vehiclePlate,
] as const;

/** Ids of the value detectors; a taxonomy item names them in `detectors`. */
export type DetectorId = (typeof DETECTORS)[number]['id'];

export const DETECTOR_IDS: readonly DetectorId[] = Object.freeze(DETECTORS.map((d) => d.id));

const BY_ID = new Map<string, Detector<DetectorId>>(DETECTORS.map((d) => [d.id, d]));

export function detectorOf(id: DetectorId): Detector<DetectorId> {
  return BY_ID.get(id)!;
}

/** The detectors that recognise a value without a column hint, in the order they are tried. */
export const ALONE: readonly Detector<DetectorId>[] = Object.freeze(
  DETECTORS.filter((d) => d.alone !== undefined).sort((a, b) => a.alone!.order - b.alone!.order),
);

export type { Alone, Detector, Form, Masker, ShapeGate } from './types.js';
