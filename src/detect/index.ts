/** Public API of the value detectors: per-cell classification, masking and free-text search. */
export { validateResidentId, birthDateFromResidentId, residentIdBirthNumber, residentIdBirthYear, upgradeLegacyResidentId, residentIdCheckChar } from './resident-id.js';
export type { ResidentIdResult } from './resident-id.js';
export { isMobile, mobileNationalNumber } from './mobile.js';
export { isBankCard, isImei, luhnValid } from './luhn.js';
export { isUscc } from './uscc.js';
export { isMac, isIpv4, isIpv6, isEmail } from './network.js';
export { isPassport, isHkMacaoPermit, isTaiwanPermit } from './documents.js';
export { isIdfa, isAndroidId } from './device.js';
export { isGpsPair, isLatitude, isLongitude, parseGpsPair } from './gps.js';
export type { Coordinates } from './gps.js';
export { recogniseForm, hashKind, valueForm, looksEncryptedOrEncoded } from './forms.js';
export type { ValueForm, HashKind } from './forms.js';
export { detectValue, ALL_DETECTORS, CONTEXT_ONLY, HINTED_TESTS, PRECISE_GPS_DECIMALS } from './classify.js';
export type { Detection } from './classify.js';
export { mask, maskInText } from './mask.js';
export { findInText } from './free-text.js';
export { maskIdentifiers } from './mask-identifiers.js';
export type { TextHit } from './free-text.js';
