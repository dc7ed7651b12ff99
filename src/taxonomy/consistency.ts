/**
 * Cross-entry rules of the bundled taxonomy that a JSON Schema cannot express. A broken bundled
 * taxonomy is a programmer error, so these throw a plain Error naming every problem found.
 */
import { fold } from '../text/suggest.js';
import { allSynonyms, categoryNames, itemNames } from './names.js';
import type { TaxonomyCategory } from './types.js';

/** Records which entry first claimed each folded key and reports any second claimant. */
function claimer(kind: string, problems: string[]) {
  const owners = new Map<string, string>();
  return (key: string, owner: string): void => {
    const k = fold(key);
    if (!k) return void problems.push(`${owner}: ${kind} '${key}' is empty once folded`);
    const first = owners.get(k);
    if (first === undefined) owners.set(k, owner);
    else if (first !== owner) problems.push(`${kind} '${key}' is claimed by both ${first} and ${owner}`);
  };
}

function checkIds(categories: readonly TaxonomyCategory[], problems: string[]): void {
  const seen = new Set<string>();
  for (const c of categories) {
    for (const id of [c.id, ...c.items.map((i) => i.id)]) {
      if (seen.has(id)) problems.push(`id '${id}' is used twice`);
      seen.add(id);
    }
    for (const i of c.items) if (!i.id.startsWith(c.id + '.')) problems.push(`item '${i.id}' is listed under category '${c.id}' but its id does not start with '${c.id}.'`);
  }
}

function checkFlags(categories: readonly TaxonomyCategory[], problems: string[]): void {
  for (const i of categories.flatMap((c) => c.items)) {
    if (i.separateConsent && !i.sensitive) problems.push(`item '${i.id}' needs separate consent (PIPL Art. 28) but is not sensitive`);
  }
}

function checkNames(categories: readonly TaxonomyCategory[], problems: string[]): void {
  const claimName = claimer('name', problems);
  const claimSynonym = claimer('synonym', problems);
  for (const c of categories) {
    for (const n of new Set(categoryNames(c))) claimName(n, c.id);
    for (const i of c.items) {
      for (const n of new Set(itemNames(i))) claimName(n, i.id);
      // Within one item too: a synonym written twice (id_card / idCard) is dead weight.
      const own = new Set<string>();
      for (const s of allSynonyms(i)) {
        if (own.has(fold(s))) problems.push(`item '${i.id}': synonym '${s}' is listed twice (after folding)`);
        own.add(fold(s));
        claimSynonym(s, i.id);
      }
    }
  }
}

export function assertConsistent(categories: readonly TaxonomyCategory[], source: string): void {
  const problems: string[] = [];
  checkIds(categories, problems);
  checkFlags(categories, problems);
  checkNames(categories, problems);
  if (problems.length) throw new Error(`${source}: invalid taxonomy:\n  - ${problems.join('\n  - ')}`);
}
