/**
 * The bundled region table (policies/regions.yaml; the tests check it against schemas/regions.schema.json),
 * loaded once and indexed for lookup.
 */
import { readBundledYaml } from '../load/bundled.js';
import { fold } from '../text/suggest.js';

export interface CloudRegion {
  provider: string;
  code: string;
  country: string;
  place: string;
}

export interface NamedPlace {
  /** ISO country code for a country, the English name for a province or city. */
  code: string;
  country: string;
  place: string;
}

interface RegionFile {
  providers: { id: string; names: string[]; regions: { code: string; country: string; place: string }[] }[];
  countries: { code: string; names: string[] }[];
  places: { name: string; country: string; names: string[] }[];
}

export interface RegionTable {
  /** Provider ids in order of preference. */
  providers: string[];
  /** Folded provider name → provider id. */
  providerNames: Map<string, string>;
  /** Lower-case code → its meanings on each cloud, in provider order. */
  codes: Map<string, CloudRegion[]>;
  /** Folded code → meanings, for `US-EAST-1`, `cn_north_1`, `cnnorth1`. */
  foldedCodes: Map<string, CloudRegion[]>;
  /** Folded country/place name or code → the place. */
  names: Map<string, NamedPlace>;
  /** Everything that can be written, for "did you mean". */
  candidates: string[];
}

const TABLE_FILE = 'policies/regions.yaml';

/** Not schema-checked on every run: compiling the schema costs more than the lookups it guards (test/normalize/region.test.ts checks it). */
function loadFile(): RegionFile {
  return readBundledYaml(TABLE_FILE).data as RegionFile;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Add a name; two different places under one folded name would make lookups depend on order. */
function addName(names: Map<string, NamedPlace>, name: string, place: NamedPlace): void {
  const key = fold(name);
  const seen = names.get(key);
  if (seen && seen.code !== place.code) throw new Error(`privaudit: ${TABLE_FILE}: '${name}' names both ${seen.code} and ${place.code}`);
  names.set(key, place);
}

/** The first name that is a word, not a code (HKG, CN-HK), to show as the place. */
function displayName(names: string[]): string {
  return names.find((n) => !/^[A-Z]{2,3}(-[A-Z]{2})?$/.test(n)) ?? names[0]!;
}

function buildTable(file: RegionFile): RegionTable {
  const table: RegionTable = {
    providers: file.providers.map((p) => p.id),
    providerNames: new Map(),
    codes: new Map(),
    foldedCodes: new Map(),
    names: new Map(),
    candidates: [],
  };
  for (const p of file.providers) {
    for (const n of [p.id, ...p.names]) table.providerNames.set(fold(n), p.id);
    for (const r of p.regions) {
      const region = { provider: p.id, ...r };
      push(table.codes, r.code, region);
      push(table.foldedCodes, fold(r.code), region);
    }
  }
  for (const c of file.countries) {
    const place = { code: c.code, country: c.code, place: displayName(c.names) };
    for (const n of [c.code, ...c.names]) addName(table.names, n, place);
  }
  for (const p of file.places) {
    const place = { code: p.name, country: p.country, place: p.name };
    for (const n of [p.name, ...p.names]) addName(table.names, n, place);
  }
  table.candidates = [...table.codes.keys(), ...file.countries.flatMap((c) => [c.code, ...c.names]), ...file.places.flatMap((p) => [p.name, ...p.names])];
  return table;
}

let cached: RegionTable | undefined;

export function regionTable(): RegionTable {
  return (cached ??= buildTable(loadFile()));
}
