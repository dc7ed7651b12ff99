/** Small shared renderings of a finding's parts, so every format names things the same way. */
import type { ClauseRef } from '../../policy/types.js';
import type { Subject } from '../types.js';

/** `crm.users.id_no`, `Umeng (ios)`, `用户表.备注`: the non-empty parts of a subject. */
export function describeSubject(subject: Subject): string {
  const path = [subject.system, subject.table, subject.field ?? subject.column].filter(isText).join('.');
  const sdk = subject.sdk ? (subject.platform ? `${subject.sdk} (${subject.platform})` : subject.sdk) : '';
  return [path, sdk].filter(isText).join(' / ');
}

/** `jdcloud-privacy-2020-07 §6.2.1`. */
export function clauseCitation(clause: ClauseRef): string {
  return clause.section ? `${clause.policy} §${clause.section}` : clause.policy;
}

/** An item id's category is its prefix: `identity.resident-id` → `identity`. */
export function itemCategory(item: string | null): string | null {
  if (!item) return null;
  const dot = item.indexOf('.');
  return dot === -1 ? item : item.slice(0, dot);
}

/** The path as given, with `/` separators and no leading `./` (what CI annotations and SARIF expect). */
export function toPosixPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

function isText(value: string | null): value is string {
  return value !== null && value !== '';
}
