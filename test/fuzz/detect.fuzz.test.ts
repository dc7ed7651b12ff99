/**
 * The detectors on any cell: they classify, they never throw, they answer the same twice, and what
 * mask() makes of an identifier never contains the identifier.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_DETECTORS, birthDateFromResidentId, residentIdBirthNumber, residentIdBirthYear, detectValue, findInText, hashKind, isAndroidId, isBankCard, isEmail, isGpsPair, isHkMacaoPermit, isIdfa, isImei,
  isIpv4, isIpv6, isMac, isMobile, isPassport, isTaiwanPermit, isUscc, looksEncryptedOrEncoded, luhnValid, mask, maskInText, mobileNationalNumber, parseGpsPair,
  recogniseForm, upgradeLegacyResidentId, validateResidentId, valueForm,
} from '../../src/detect/index.js';
import { trimCell } from '../../src/detect/chars.js';
import { anyString, cellValue, identifier, NASTY, piece, text } from './arbitraries.js';
import { fuzz, testTimeout } from './fuzz.js';

/** Cells: identifiers alone, padded, or near misses (a digit changed, cut, doubled), plus any text. */
const nearMiss = fc.tuple(identifier, fc.nat(), fc.constantFrom('drop', 'change', 'double', 'pad', 'wide')).map(([id, at, how]) => {
  const i = at % id.length;
  if (how === 'drop') return id.slice(0, i) + id.slice(i + 1);
  if (how === 'change') return id.slice(0, i) + String((Number(id[i]) + 1) % 10 || 'X') + id.slice(i + 1);
  if (how === 'double') return id + id;
  if (how === 'pad') return ` \u3000${id}\t`;
  return id.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
});
const cell = fc.oneof(cellValue, anyString, text, identifier, nearMiss);
/** Values that look already masked somewhere (a star) but hold an identifier elsewhere. */
const starred = fc.tuple(identifier, fc.constantFrom('*', '**** ', ' 138****5678', ', ***'), fc.boolean()).map(([id, stars, before]) => (before ? stars + id : id + stars));
const hint = fc.subarray([...ALL_DETECTORS]);

const PREDICATES: [string, (s: string) => unknown][] = [
  ['validateResidentId', validateResidentId], ['birthDateFromResidentId', birthDateFromResidentId], ['residentIdBirthNumber', residentIdBirthNumber], ['residentIdBirthYear', residentIdBirthYear], ['upgradeLegacyResidentId', upgradeLegacyResidentId],
  ['isMobile', isMobile], ['mobileNationalNumber', mobileNationalNumber], ['isBankCard', isBankCard], ['isImei', isImei], ['luhnValid', luhnValid],
  ['isUscc', isUscc], ['isMac', isMac], ['isIpv4', isIpv4], ['isIpv6', isIpv6], ['isEmail', isEmail], ['isPassport', isPassport],
  ['isHkMacaoPermit', isHkMacaoPermit], ['isTaiwanPermit', isTaiwanPermit], ['isIdfa', isIdfa], ['isAndroidId', isAndroidId],
  ['isGpsPair', isGpsPair], ['parseGpsPair', parseGpsPair], ['recogniseForm', recogniseForm], ['hashKind', hashKind], ['valueForm', valueForm],
  ['looksEncryptedOrEncoded', looksEncryptedOrEncoded],
];

describe('detectors never throw and keep no state', () => {
  it('each predicate answers any string, the same twice', () =>
    fuzz('detect.predicates', cell, (s) => {
      for (const [, f] of PREDICATES) expect(f(s)).toStrictEqual(f(s));
    }), testTimeout());

  it('detectValue, with and without hints: null or a known detector and form', () =>
    fuzz('detect.detectValue', fc.tuple(cell, fc.option(hint, { nil: undefined })), ([s, h]) => {
      const d = detectValue(s, h);
      expect(detectValue(s, h)).toStrictEqual(d);
      if (d === null) return;
      expect(ALL_DETECTORS).toContain(d.detector);
      expect(['plain', 'masked']).toContain(d.form);
    }), testTimeout());
});

describe('mask', () => {
  it('never throws; a value detectValue calls a plain identifier never survives masking', () =>
    fuzz('detect.mask', fc.tuple(cell, fc.option(hint, { nil: undefined })), ([s, h]) => {
      const masked = mask(s);
      expect(mask(s)).toBe(masked);
      const d = detectValue(s, h);
      if (d?.form !== 'plain') return;
      const value = trimCell(s);
      expect(masked.includes(value), `mask(${JSON.stringify(s)}) = ${JSON.stringify(masked)}`).toBe(false);
      const withDetector = mask(s, d.detector);
      expect(withDetector.includes(value), `mask(${JSON.stringify(s)}, '${d.detector}') = ${JSON.stringify(withDetector)}`).toBe(false);
    }), testTimeout());

  it('keeps no identifier of the value whole, whatever else the value holds (stars, other text)', () =>
    fuzz('detect.mask.noIdentifierLeft', fc.oneof(cell, starred), (s) => {
      const masked = mask(s);
      const inValue = new Set(findInText(s).map((h) => s.slice(h.start, h.end)));
      const left = findInText(masked).map((h) => masked.slice(h.start, h.end)).filter((v) => inValue.has(v));
      expect(left, `mask(${JSON.stringify(s)}) = ${JSON.stringify(masked)}`).toEqual([]);
    }), testTimeout());

  it('masks every generated identifier, whatever detector the caller names', () =>
    fuzz('detect.mask.identifiers', fc.tuple(identifier, fc.option(fc.constantFrom(...ALL_DETECTORS), { nil: null })), ([id, detector]) => {
      expect(mask(id, detector).includes(id)).toBe(false);
    }), testTimeout());
});

/** Free text: identifiers between words, punctuation and Chinese, as remarks and logs hold them. */
const freeText = fc.array(fc.oneof(identifier, nearMiss, piece, fc.constantFrom(...NASTY)), { maxLength: 12 }).chain((parts) =>
  fc.constantFrom(' ', '，', '; ', '', '\n').map((sep) => parts.join(sep)),
);

describe('findInText / maskInText', () => {
  it('hits lie inside the text, in order, without overlap; masking masks each one', () =>
    fuzz('detect.findInText', fc.oneof(freeText, text, anyString), (t) => {
      const hits = findInText(t);
      let previousEnd = 0;
      for (const h of hits) {
        expect(ALL_DETECTORS).toContain(h.detector);
        expect(h.start >= previousEnd && h.start < h.end && h.end <= t.length, JSON.stringify(hits)).toBe(true);
        previousEnd = h.end;
      }
      // Each hit is masked where it stands: the value occurs fewer times afterwards (it may occur inside
      // other words that are not identifiers, which stay).
      const masked = maskInText(t, hits);
      const occurrences = (s: string, v: string) => s.split(v).length - 1;
      for (const h of hits) {
        const value = t.slice(h.start, h.end);
        expect(occurrences(masked, value) < occurrences(t, value), `${h.detector} ${JSON.stringify(value)} survives in ${JSON.stringify(masked)}`).toBe(true);
      }
    }), testTimeout());

  it('masked text holds nothing findInText would find again', () =>
    fuzz('detect.maskInText.fixpoint', fc.oneof(freeText, text), (t) => {
      const masked = maskInText(t);
      expect(findInText(masked), `${JSON.stringify(t)} → ${JSON.stringify(masked)}`).toStrictEqual([]);
    }), testTimeout());
});
