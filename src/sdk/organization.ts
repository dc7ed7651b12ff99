/**
 * Is the organisation an SDK list names the legal entity the policy's table names?
 * Entities of one corporate group are related but distinct: naming Xiaomi Communications where the
 * table names Beijing Xiaomi Technology is a mismatch ("same group, different legal entity").
 */
import type { Catalog } from './catalog.js';
import { orgKey } from './keys.js';
import type { CatalogGroup, CatalogOrganization } from './types.js';

export type OrganizationRelation = 'same' | 'same-group-different-entity' | 'different' | 'unknown';

export interface OrganizationComparison {
  relation: OrganizationRelation;
  /** The entities the two names resolved to (null when the catalog does not know a name). */
  written: CatalogOrganization | null;
  declared: CatalogOrganization | null;
  /** The shared group, for `same-group-different-entity`. */
  group: CatalogGroup | null;
}

/**
 * `same`: one entity (or the same name up to case, punctuation and legal-form spelling);
 * `same-group-different-entity`: two entities of one group; `different`: two known entities of
 * different groups; `unknown`: the names differ and at least one is not in the catalog.
 */
export function compareOrganizations(catalog: Catalog, written: string, declared: string): OrganizationComparison {
  const w = resolve(catalog, written);
  const d = resolve(catalog, declared);
  const result = (relation: OrganizationRelation, group: CatalogGroup | null = null): OrganizationComparison => ({ relation, written: w, declared: d, group });
  if (orgKey(written) === orgKey(declared)) return result('same');
  if (!w || !d) return result('unknown');
  if (w.id === d.id) return result('same');
  if (w.group && w.group === d.group) return result('same-group-different-entity', catalog.group(w.group) ?? null);
  return result('different');
}

function resolve(catalog: Catalog, name: string): CatalogOrganization | null {
  const id = catalog.organizationIdForName(name);
  return id ? (catalog.organization(id) ?? null) : null;
}
