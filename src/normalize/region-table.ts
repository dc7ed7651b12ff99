/**
 * The bundled region table (policies/regions.yaml; the tests check it against schemas/regions.schema.json),
 * loaded once and indexed for lookup: every form a cell may take is one Map lookup.
 */
import { readBundledYaml } from '../io/bundled.js';
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
  providers: { id: string; names: string[]; regions: { code: string; country: string; place: string; names?: string[] }[] }[];
  countries: { code: string; names: string[] }[];
  places: { name: string; country: string; names: string[] }[];
}

export interface RegionTable {
  /** Provider ids in order of preference. */
  providers: string[];
  /** Keyed provider name → provider id. */
  providerNames: Map<string, string>;
  /** Lower-case code → its meanings on each cloud, in provider order. */
  codes: Map<string, CloudRegion[]>;
  /** Folded code → meanings, for `US-EAST-1`, `cn_north_1`, `cnnorth1`. */
  foldedCodes: Map<string, CloudRegion[]>;
  /** Keyed console name (华北2（北京）, China (Hangzhou), 华北-北京四) → meanings, in provider order. */
  labels: Map<string, CloudRegion[]>;
  /** Keyed country/place name or code → the place. */
  names: Map<string, NamedPlace>;
  /** Provider → keyed city (Beijing, Singapore) → that cloud's regions there, for `AWS 北京`. */
  cities: Map<string, Map<string, CloudRegion[]>>;
  /** Codes and place names that can be written, for "did you mean" (console names are too long to suggest). */
  candidates: string[];
  /** The candidates written in Chinese characters, for a Chinese cell: a code is never the nearest to 火星. */
  chineseCandidates: string[];
  /** Each candidate's folded form, to skip the ones too long or short to be near (suggestions cost an edit distance each). */
  folded: Map<string, string>;
}

const TABLE_FILE = 'policies/regions.yaml';

// Brackets, dots and apostrophes carry no meaning in a name: China (Hangzhou) = China Hangzhou, N. Virginia = N Virginia.
const IGNORED = /[()[\]{}【】〔〕.'’·]/g;

/** The lookup key of a name: folded (case, spaces, `_`, `-` ignored), brackets and dots dropped. */
export function regionKey(s: string): string {
  return fold(s).replace(IGNORED, '');
}

/** Not schema-checked on every run: compiling the schema costs more than the lookups it guards (test/normalize/region.test.ts checks it). */
function loadFile(): RegionFile {
  return readBundledYaml(TABLE_FILE).data as RegionFile;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Add a name; two different places under one key would make lookups depend on order. */
function addName(names: Map<string, NamedPlace>, name: string, place: NamedPlace): void {
  const key = regionKey(name);
  const seen = names.get(key);
  if (seen && seen.code !== place.code) throw new Error(`privaudit: ${TABLE_FILE}: '${name}' names both ${seen.code} and ${place.code}`);
  names.set(key, place);
}

/** The first name that is a word, not a code (HKG, CN-HK), to show as the place. */
function displayName(names: string[]): string {
  return names.find((n) => !/^[A-Z]{2,3}(-[A-Z]{2})?$/.test(n)) ?? names[0]!;
}

/** The city a region's place names, for `AWS Beijing`: Huawei's `Beijing4` and `São Paulo1` are in Beijing and São Paulo. */
export function cityKey(place: string): string {
  return regionKey(place.replace(/\d+$/, ''));
}

function buildTable(file: RegionFile): RegionTable {
  const table: RegionTable = {
    providers: file.providers.map((p) => p.id),
    providerNames: new Map(),
    codes: new Map(),
    foldedCodes: new Map(),
    labels: new Map(),
    names: new Map(),
    cities: new Map(),
    candidates: [],
    chineseCandidates: [],
    folded: new Map(),
  };
  for (const p of file.providers) {
    const cities = new Map<string, CloudRegion[]>();
    table.cities.set(p.id, cities);
    for (const n of [p.id, ...p.names]) table.providerNames.set(regionKey(n), p.id);
    for (const { names = [], ...r } of p.regions) {
      const region: CloudRegion = { provider: p.id, ...r };
      push(table.codes, r.code, region);
      push(table.foldedCodes, fold(r.code), region);
      push(cities, cityKey(r.place), region);
      for (const n of names) push(table.labels, regionKey(n), region);
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
  table.chineseCandidates = table.candidates.filter(hasChinese);
  // The codes are candidates too: every pool suggestions are drawn from has its folded forms here.
  for (const c of table.candidates) table.folded.set(c, fold(c));
  return table;
}

const CHINESE = /[\u4e00-\u9fff]/;

/** Does the text hold a Chinese character? */
export function hasChinese(s: string): boolean {
  return CHINESE.test(s);
}

let cached: RegionTable | undefined;

export function regionTable(): RegionTable {
  return (cached ??= buildTable(loadFile()));
}
