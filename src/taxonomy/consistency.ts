/**
 * Cross-entry rules of the bundled taxonomy that a JSON Schema cannot express. A broken bundled
 * taxonomy is a programmer error, so these throw a plain Error naming every problem found.
 */
import { fold } from '../text/suggest.js';
import { allSynonyms, categoryNames, groupNames, itemNames } from './names.js';
import type { Taxonomy, TaxonomyCategory } from './types.js';

/** Records which entry first claimed each folded key and reports any second claimant. */
function claimer(kind: string, problems: string[]) {
  const owners = new Map<string, string>();
  const claim = (key: string, owner: string): void => {
    const k = fold(key);
    if (!k) return void problems.push(`${owner}: ${kind} '${key}' is empty once folded`);
    const first = owners.get(k);
    if (first === undefined) owners.set(k, owner);
    else if (first !== owner) problems.push(`${kind} '${key}' is claimed by both ${first} and ${owner}`);
  };
  return Object.assign(claim, { owner: (key: string) => owners.get(fold(key)) });
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

/** A group lists known items of one category (a cell naming it declares that category). */
function checkGroups(tx: Taxonomy, problems: string[]): void {
  for (const g of tx.groups) {
    for (const id of g.items) if (!tx.item(id)) problems.push(`group '${g.id}' lists unknown item '${id}'`);
    if (new Set(g.items.map((id) => id.split('.')[0])).size > 1) problems.push(`group '${g.id}' mixes items of several categories`);
  }
}

function checkNames(tx: Taxonomy, problems: string[]): void {
  const claimName = claimer('name', problems);
  const claimSynonym = claimer('synonym', problems);
  for (const c of tx.categories) {
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
  for (const g of tx.groups) for (const n of new Set(groupNames(g))) claimName(n, `group ${g.id}`);
  checkAmbiguous(tx, claimName.owner, problems);
  // A qualifier that named an entry would be dropped from cells that mean that entry.
  for (const q of tx.qualifiers) {
    const owner = claimName.owner(q) ?? claimSynonym.owner(q);
    if (owner) problems.push(`qualifier '${q}' names ${owner}`);
  }
}

/** An ambiguous term names no entry (it would be read as that entry first) and suggests known ones. */
function checkAmbiguous(tx: Taxonomy, nameOwner: (key: string) => string | undefined, problems: string[]): void {
  const seen = new Set<string>();
  for (const a of tx.ambiguous) {
    for (const n of a.names) {
      const owner = nameOwner(n);
      if (owner) problems.push(`ambiguous term '${n}' is a name of ${owner}`);
      if (seen.has(fold(n))) problems.push(`ambiguous term '${n}' is listed twice (after folding)`);
      seen.add(fold(n));
    }
    for (const id of a.candidates) if (!tx.category(id) && !tx.item(id)) problems.push(`ambiguous term '${a.names[0]}' suggests unknown entry '${id}'`);
  }
}

export function assertConsistent(tx: Taxonomy, source: string): void {
  const problems: string[] = [];
  checkIds(tx.categories, problems);
  checkFlags(tx.categories, problems);
  checkGroups(tx, problems);
  checkNames(tx, problems);
  if (problems.length) throw new Error(`${source}: invalid taxonomy:\n  - ${problems.join('\n  - ')}`);
}
