/**
 * `privaudit taxonomy [query]`: the categories and items an inventory's `category` column and an SDK list's
 * fields may name, with their sensitivity (GB/T 35273 Annex B) and PIPL Art. 28 separate consent. With a query,
 * the entries whose id, names, aliases or synonyms contain it (folded as every name match is).
 */
import stringWidth from 'string-width';
import { maskIdentifiers } from '../detect/mask-identifiers.js';
import { quote } from '../normalize/text.js';
import type { Lang } from '../report/types.js';
import { loadTaxonomy } from '../taxonomy/load.js';
import type { NameHit } from '../taxonomy/lookup.js';
import { ambiguousTerm, nameSuggestions, resolveName } from '../taxonomy/match.js';
import { allSynonyms, categoryNames, groupNames, itemNames } from '../taxonomy/names.js';
import type { Taxonomy, TaxonomyCategory, TaxonomyGroup, TaxonomyItem } from '../taxonomy/types.js';
import { fold } from '../text/suggest.js';
import { wordsFor, type Words } from '../text/words/index.js';
import type { CliIO } from './io.js';

export type TaxonomyFormat = 'text' | 'json';

type Labels = Words['taxonomy'];

function marks(i: TaxonomyItem, l: Labels): string {
  const blank = ' '.repeat(stringWidth(l.marks.sensitive));
  return `${i.sensitive ? l.marks.sensitive : blank} ${i.separateConsent ? l.marks.consent : blank}`;
}

function flagWords(i: TaxonomyItem, l: Labels): string {
  return [i.sensitive && l.sensitive, i.separateConsent && l.consent, i.credential && l.credential].filter(Boolean).join(' · ');
}

function categoryLine(c: TaxonomyCategory, l: Labels): string {
  return `${c.id}  ${c.zh} · ${c.en}${c.sensitive ? `  (${l.sensitive})` : ''}\n`;
}

function groupLine(g: TaxonomyGroup): string {
  return `  ${g.id}  ${g.zh} · ${g.en}\n    → ${g.items.join(', ')}\n`;
}

/** Every category with its items, one line each. */
function listAll(tx: Taxonomy, l: Labels): string {
  const idWidth = Math.max(...[...tx.items.keys()].map((id) => id.length));
  let out = `${l.legend}\n`;
  for (const c of tx.categories) {
    out += `\n${categoryLine(c, l)}`;
    for (const i of c.items) out += `  ${i.id.padEnd(idWidth)}  ${marks(i, l)}  ${i.zh} · ${i.en}\n`;
  }
  if (tx.groups.length) out += `\n${l.groups}\n${tx.groups.map(groupLine).join('')}`;
  return out;
}

type Entry = { kind: 'category'; c: TaxonomyCategory } | { kind: 'item'; i: TaxonomyItem } | { kind: 'group'; g: TaxonomyGroup };

function entryId(e: Entry): string {
  return e.kind === 'category' ? e.c.id : e.kind === 'item' ? e.i.id : e.g.id;
}

function entryNames(e: Entry): string[] {
  return e.kind === 'category' ? categoryNames(e.c) : e.kind === 'item' ? [...itemNames(e.i), ...allSynonyms(e.i)] : groupNames(e.g);
}

function allEntries(tx: Taxonomy): Entry[] {
  return [
    ...tx.categories.flatMap((c): Entry[] => [{ kind: 'category', c }, ...c.items.map((i): Entry => ({ kind: 'item', i }))]),
    ...tx.groups.map((g): Entry => ({ kind: 'group', g })),
  ];
}

/** The entry the query names as a cell would be read first, then every entry one of whose names contains it. */
function matching(tx: Taxonomy, query: string, hit: NameHit | null): Entry[] {
  const q = fold(query);
  const named = hit ? (hit.group ?? hit.item ?? hit.category) : null;
  const found = allEntries(tx).filter((e) => entryId(e) === named || entryNames(e).some((n) => fold(n).includes(q)));
  // Stable: the named entry first, the others in taxonomy order.
  return found.sort((a, b) => Number(entryId(b) === named) - Number(entryId(a) === named));
}

function describe(tx: Taxonomy, e: Entry, l: Labels): string {
  if (e.kind === 'category') {
    const aliases = e.c.aliases.length ? `  ${l.names}: ${e.c.aliases.join(', ')}\n` : '';
    return `${l.category} ${categoryLine(e.c, l)}${aliases}  ${l.items}: ${e.c.items.map((i) => i.id).join(', ')}\n`;
  }
  if (e.kind === 'group') return `${l.group} ${e.g.id}  ${e.g.zh} · ${e.g.en}\n  ${l.names}: ${e.g.aliases.join(', ')}\n  ${l.items}: ${e.g.items.join(', ')}\n`;
  const i = e.i;
  const category = tx.category(i.category)!;
  const flags = flagWords(i, l);
  let out = `${i.id}  ${i.zh} · ${i.en}  (${l.category} ${category.zh} · ${category.en})\n`;
  if (flags) out += `  ${flags}\n`;
  if (i.aliases.length) out += `  ${l.names}: ${i.aliases.join(', ')}\n`;
  out += `  ${l.synonyms}: ${allSynonyms(i).join(', ')}\n`;
  return out;
}

function itemJson(i: TaxonomyItem) {
  const { id, zh, en, aliases, synonyms, wholeNameSynonyms, sensitive, separateConsent, credential, freeText, detectors } = i;
  return { id, zh, en, aliases, synonyms, wholeNameSynonyms: wholeNameSynonyms ?? [], sensitive, separateConsent, credential, freeText, detectors };
}

function entryJson(e: Entry) {
  if (e.kind === 'item') return { kind: 'item', category: e.i.category, ...itemJson(e.i) };
  if (e.kind === 'group') return { kind: 'group', ...e.g };
  const { id, zh, en, aliases, sensitive, items } = e.c;
  return { kind: 'category', id, zh, en, aliases, sensitive, items: items.map((i) => i.id) };
}

function wholeJson(tx: Taxonomy) {
  return {
    categories: tx.categories.map((c) => ({ id: c.id, zh: c.zh, en: c.en, aliases: c.aliases, sensitive: c.sensitive, items: c.items.map(itemJson) })),
    groups: tx.groups,
    ambiguous: tx.ambiguous,
    qualifiers: tx.qualifiers,
  };
}

/** Prints the taxonomy, or the entries matching `query`. Exit 1 when a query matches nothing (as grep does). */
export function runTaxonomy(query: string | undefined, lang: Lang, format: TaxonomyFormat, io: CliIO): number {
  const tx = loadTaxonomy();
  const l = wordsFor(lang).taxonomy;
  if (query === undefined || fold(query) === '') {
    io.stdout(format === 'json' ? `${JSON.stringify(wholeJson(tx), null, 2)}\n` : listAll(tx, l));
    return 0;
  }
  const term = ambiguousTerm(tx, query);
  const reads = term ? null : resolveName(tx, query);
  const found = term ? [] : matching(tx, query, reads);
  const near = found.length ? [] : nameSuggestions(tx, query);
  if (format === 'json') {
    // The query as typed may be personal data (an ID number typed to see what it is): masked like any quoted value.
    io.stdout(`${JSON.stringify({ query: maskIdentifiers(query), reads, ambiguous: term, entries: found.map(entryJson), suggestions: near }, null, 2)}\n`);
  } else if (term) {
    const note = term.note ? `\n  ${term.note[lang]}` : '';
    io.stdout(`${quote(query)}: ${l.ambiguous}: ${term.candidates.join(', ') || '—'}${note}\n`);
  } else if (found.length) {
    io.stdout(found.map((e) => describe(tx, e, l)).join('\n'));
  } else {
    io.stdout(`${l.none} ${quote(query)}${near.length ? `; ${l.near}: ${near.join(', ')}` : ''}\n`);
  }
  return found.length || term ? 0 : 1;
}
