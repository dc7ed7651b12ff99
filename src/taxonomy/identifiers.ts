/**
 * Identifiers: the items whose value picks out or reaches a person — identity documents, accounts and
 * other network identities, devices, and of the basic profile the name, phone, email, address and
 * nickname. A field about an identifier (its status, type, binding date; a yes/no on it) is bookkeeping
 * of the identifier and holds none: 账号状态 is no account, 手机号绑定时间 no phone. Every other item is a
 * trait or a record of the person (birthday, sex, a disease, a surgery, a transaction, a location), and
 * what is said about it still tells it: 疾病类型 names the disease, 手术日期 says there was a surgery.
 */
import type { CategoryId, TaxonomyItem } from './types.js';

const IDENTIFIER_CATEGORIES: ReadonlySet<CategoryId> = new Set(['identity', 'network-identity', 'device']);
/** The basic profile's identifiers; its birthday, age, sex, ethnicity, nationality and family are traits. */
const BASIC_IDENTIFIERS: ReadonlySet<string> = new Set(['basic.name', 'basic.phone', 'basic.email', 'basic.address', 'basic.nickname']);

export function isIdentifier(item: TaxonomyItem): boolean {
  return IDENTIFIER_CATEGORIES.has(item.category) || BASIC_IDENTIFIERS.has(item.id);
}
