/** The value normalisers: what people write in inventory cells → typed values. */
export { parseBoolean, BOOLEAN_ACCEPTED } from './boolean.js';
export { parseDuration, durationLabel, addDuration, compareDurations, approximateDays, DURATION_ACCEPTED } from './duration.js';
export { parseRegion, parseRegions, regionAccepted } from './region.js';
export { parseEncryption, ENCRYPTION_ACCEPTED, TRANSPORT_ONLY } from './encryption.js';
export { parseMasking, MASKING_ACCEPTED } from './masking.js';
export { parseConsent, parseList, CONSENT_ACCEPTED } from './consent.js';
export { parseRetentionTrigger, TRIGGER_ACCEPTED } from './event.js';
export { parseRetention, RETENTION_ACCEPTED, type RetentionReading } from './retention.js';
export { parseChineseNumber } from './chinese-number.js';
export { parseSensitivity, sensitiveForGrade, declaredSensitive, SENSITIVITY_ACCEPTED } from './sensitivity.js';
export { parseRecipients } from './recipients.js';
export * from './types.js';
