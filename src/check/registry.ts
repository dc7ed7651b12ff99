/** Every rule, listed explicitly and sorted by id (a test keeps it sorted and complete). */
import { cancellationOverdue } from './rules/cancellation-overdue.js';
import { categoryMismatch } from './rules/category-mismatch.js';
import { credentialNotHashed } from './rules/credential-not-hashed.js';
import { crossBorderStorage } from './rules/cross-border-storage.js';
import { declarationContradicted } from './rules/declaration-contradicted.js';
import { declaredColumnMissing } from './rules/declared-column-missing.js';
import { dormantAccount } from './rules/dormant-account.js';
import { marketingAfterOptOut } from './rules/marketing-after-opt-out.js';
import { minorConsentMissing } from './rules/minor-consent-missing.js';
import { piiInFreeText } from './rules/pii-in-free-text.js';
import { plaintextSensitiveData } from './rules/plaintext-sensitive-data.js';
import { prohibitedMarketing } from './rules/prohibited-marketing.js';
import { recipientUnmasked } from './rules/recipient-unmasked.js';
import { requestReplyOverdue } from './rules/request-reply-overdue.js';
import { retentionBelowMinimum } from './rules/retention-below-minimum.js';
import { retentionExceedsLimit } from './rules/retention-exceeds-limit.js';
import { retentionExpired } from './rules/retention-expired.js';
import { retentionMissing } from './rules/retention-missing.js';
import { sdkNotPresent } from './rules/sdk-not-present.js';
import { sdkOrganizationMismatch } from './rules/sdk-organization-mismatch.js';
import { sdkUndeclaredField } from './rules/sdk-undeclared-field.js';
import { sensitiveConsentMissing } from './rules/sensitive-consent-missing.js';
import { sensitiveUnencrypted } from './rules/sensitive-unencrypted.js';
import { sensitiveUnmasked } from './rules/sensitive-unmasked.js';
import { terminationNoticeShort } from './rules/termination-notice-short.js';
import { undeclaredCategory } from './rules/undeclared-category.js';
import { undeclaredColumn } from './rules/undeclared-column.js';
import { undeclaredRecipient } from './rules/undeclared-recipient.js';
import { undeclaredSdk } from './rules/undeclared-sdk.js';
import { unrecognizedValue } from './rules/unrecognized-value.js';
import { waiverExpired } from './rules/waiver-expired.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  cancellationOverdue,
  categoryMismatch,
  credentialNotHashed,
  crossBorderStorage,
  declarationContradicted,
  declaredColumnMissing,
  dormantAccount,
  marketingAfterOptOut,
  minorConsentMissing,
  piiInFreeText,
  plaintextSensitiveData,
  prohibitedMarketing,
  recipientUnmasked,
  requestReplyOverdue,
  retentionBelowMinimum,
  retentionExceedsLimit,
  retentionExpired,
  retentionMissing,
  sdkNotPresent,
  sdkOrganizationMismatch,
  sdkUndeclaredField,
  sensitiveConsentMissing,
  sensitiveUnencrypted,
  sensitiveUnmasked,
  terminationNoticeShort,
  undeclaredCategory,
  undeclaredColumn,
  undeclaredRecipient,
  undeclaredSdk,
  unrecognizedValue,
  waiverExpired,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
