/**
 * Loads the bundled taxonomy (policies/taxonomy.yaml): YAML → JSON Schema (ajv) → cross-entry checks
 * → the Taxonomy the rest of privaudit reads. The file ships with the tool, so anything wrong with it is
 * a programmer error and throws a plain Error (not an InputError).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { readAsset } from '../assets.js';
import { readBundledYaml } from '../io/bundled.js';
import { compileSchema, schemaErrorLocation } from '../io/json-schema.js';
import { formatLocation } from '../location.js';
import { assertConsistent } from './consistency.js';
import type { AmbiguousTerm, CategoryId, DetectorId, Taxonomy, TaxonomyCategory, TaxonomyGroup, TaxonomyItem } from './types.js';

const TAXONOMY_FILE = 'policies/taxonomy.yaml';
const SCHEMA_FILE = 'schemas/taxonomy.schema.json';

/** The file's shape once the schema has accepted it: flags may be omitted. */
interface RawItem {
  id: string;
  zh: string;
  en: string;
  aliases?: string[];
  synonyms: string[];
  wholeNameSynonyms?: string[];
  sensitive?: boolean;
  separateConsent?: boolean;
  credential?: boolean;
  freeText?: boolean;
  detectors?: DetectorId[];
}

interface RawCategory {
  id: CategoryId;
  zh: string;
  en: string;
  aliases: string[];
  sensitive: boolean;
  items: RawItem[];
}

interface RawGroup {
  id: string;
  zh: string;
  en: string;
  aliases: string[];
  items: string[];
}

interface RawTaxonomy {
  categories: RawCategory[];
  groups?: RawGroup[];
  ambiguous?: AmbiguousTerm[];
  qualifiers?: string[];
}

let validator: ValidateFunction | undefined;

function validate(data: unknown): ErrorObject[] {
  validator ??= compileSchema(JSON.parse(readAsset(SCHEMA_FILE)) as object, { allErrors: true });
  return validator(data) ? [] : (validator.errors ?? []);
}

function parseRaw(text: string, source: string, schema: boolean): RawTaxonomy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const bad = doc.errors[0];
  if (bad) {
    const { line, col } = lines.linePos(bad.pos[0]);
    throw new Error(`${source}:${line}:${col}: invalid YAML: ${bad.message}`);
  }
  const data: unknown = doc.toJS();
  const errors = schema ? validate(data) : [];
  if (errors.length) {
    const parsed = { file: source, doc, lines, data };
    const list = errors.map((e) => `${formatLocation(schemaErrorLocation(parsed, e))}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new Error(`${source}: does not match ${SCHEMA_FILE}:\n  - ${list.join('\n  - ')}`);
  }
  return data as RawTaxonomy;
}

function buildItem(raw: RawItem, category: RawCategory, source: string): TaxonomyItem {
  // Annex B sensitivity of a whole category is a floor an item cannot lower.
  if (category.sensitive && raw.sensitive === false) throw new Error(`${source}: item '${raw.id}' says sensitive: false inside sensitive category '${category.id}'`);
  return {
    id: raw.id,
    category: category.id,
    zh: raw.zh,
    en: raw.en,
    aliases: raw.aliases ?? [],
    synonyms: raw.synonyms,
    wholeNameSynonyms: raw.wholeNameSynonyms ?? [],
    sensitive: category.sensitive || raw.sensitive === true,
    separateConsent: raw.separateConsent ?? false,
    credential: raw.credential ?? false,
    freeText: raw.freeText ?? false,
    detectors: raw.detectors ?? [],
  };
}

/** A group's category is its items' (the consistency check makes sure they share one). */
function buildGroup(raw: RawGroup): TaxonomyGroup {
  const category = (raw.items[0] ?? '').split('.')[0] as CategoryId;
  return { id: raw.id, category, zh: raw.zh, en: raw.en, aliases: raw.aliases, items: Object.freeze([...raw.items]) };
}

function buildTaxonomy(categories: TaxonomyCategory[], raw: RawTaxonomy): Taxonomy {
  const byCategory = new Map(categories.map((c) => [c.id as string, c]));
  const items = new Map(categories.flatMap((c) => c.items.map((i) => [i.id, i] as const)));
  return {
    categories,
    groups: (raw.groups ?? []).map(buildGroup),
    ambiguous: raw.ambiguous ?? [],
    qualifiers: raw.qualifiers ?? [],
    items,
    category: (id) => byCategory.get(id),
    item: (id) => items.get(id),
  };
}

export interface ParseTaxonomyOptions {
  /** Check the text against the JSON Schema (default). Off only for the bundled file, which the tests check. */
  schema?: boolean;
}

/** Parse and check taxonomy text (a test's variant of the bundled file). */
export function parseTaxonomy(text: string, source: string = TAXONOMY_FILE, opts: ParseTaxonomyOptions = {}): Taxonomy {
  return taxonomyFrom(parseRaw(text, source, opts.schema ?? true), source);
}

/** Items built and cross-checked from the file's data. */
function taxonomyFrom(raw: RawTaxonomy, source: string): Taxonomy {
  const categories: TaxonomyCategory[] = raw.categories.map((c) => ({
    id: c.id,
    zh: c.zh,
    en: c.en,
    aliases: c.aliases,
    sensitive: c.sensitive,
    items: c.items.map((i) => buildItem(i, c, source)),
  }));
  const tx = buildTaxonomy(categories, raw);
  assertConsistent(tx, source);
  return tx;
}

let cached: Taxonomy | undefined;

/**
 * The bundled taxonomy, loaded once per process. Compiling its schema would cost more than the rest of
 * loading it, so the schema is checked by test/taxonomy/load.test.ts; the cross-entry checks still run.
 */
export function loadTaxonomy(): Taxonomy {
  return (cached ??= taxonomyFrom(readBundledYaml(TAXONOMY_FILE).data as RawTaxonomy, TAXONOMY_FILE));
}
