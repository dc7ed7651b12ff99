/**
 * Match keys for names. SDK and field names fold like every other name (SPEC decision 1) and also
 * drop punctuation, so "Telecom Local OneKey Login....." and "华为推送 SDK" find their entries.
 * Organisation names additionally unify the spellings of a company's legal form.
 */
import { fold } from '../text/suggest.js';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Key for SDK product names and field labels: folded, punctuation dropped, a trailing "SDK" ignored. */
export function nameKey(name: string): string {
  const key = fold(name).replace(NOT_LETTER_OR_DIGIT, '');
  return key.length > 3 && key.endsWith('sdk') ? key.slice(0, -3) : key;
}

/** "Co., Ltd.", "Co. Ltd", "Company Limited", "Co., Limited" are one legal form. */
const LEGAL_FORMS: [RegExp, string][] = [
  [/\bcompany\s+limited\b/g, ' co ltd '],
  [/\bco(?:mpany)?\s*[.,]?\s*,?\s*(?:ltd|limited)\b\.?/g, ' co ltd '],
  [/\bcorp(?:oration)?\s*[.,]?\s*,?\s*(?:ltd|limited)\b\.?/g, ' corp ltd '],
  [/\blimited\b/g, ' ltd '],
  [/\bincorporated\b/g, ' inc '],
  // 有限公司 is an accepted short form of 有限责任公司 (the same legal form).
  [/有限责任公司/g, '有限公司'],
];

/** Key for legal-entity names: case, spaces, punctuation (`.`, `,`, `（）`) and legal-form spellings ignored. */
export function orgKey(name: string): string {
  let s = name.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of LEGAL_FORMS) s = s.replace(pattern, replacement);
  return s.replace(NOT_LETTER_OR_DIGIT, '');
}
