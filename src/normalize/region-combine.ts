/**
 * What the words of one region phrase say together: `cn-north-1（北京）` is one region, the place choosing
 * among the clouds that have the code (`ap-southeast-1（香港）` is Huawei Cloud's); a provider keeps only its
 * own meanings (`AWS Beijing` is cn-north-1); the most specific place wins (`中国（香港）` is Hong Kong,
 * `境外（新加坡）` Singapore). Words that name different countries are an error, not a guess.
 */
import { ValueError } from '../errors.js';
import type { Region } from './types.js';
import { quote } from './text.js';
import { didYouMean } from '../text/suggest.js';
import { cityKey, regionTable, type CloudRegion, type NamedPlace } from './region-table.js';
import type { Reading } from './region-phrase.js';

type Cloud = Extract<Reading, { kind: 'cloud' }>;
type Place = Extract<Reading, { kind: 'place' }>;

/** Hong Kong, Macao and Taiwan: written after 中国 (中国（香港）) they are still outside mainland China. */
const SAR_OR_TW = new Set(['HK', 'MO', 'TW']);

/** Can `other` describe the same place as one in `country`? 中国 qualifies Hong Kong, 境外 anything abroad. */
function fits(country: string, other: NamedPlace): boolean {
  if (other.country === country) return true;
  if (other.code === 'ZZ') return country !== 'CN';
  return other.code === 'CN' && SAR_OR_TW.has(country);
}

/** 4 a city or province, 2 a foreign country, 1 China, 0 "abroad": the most specific place names the region. */
function rank(p: NamedPlace): number {
  if (p.code === 'ZZ') return 0;
  if (p.code === 'CN') return 1;
  return p.code === p.country ? 2 : 4;
}

function disagree(raw: string, a: string, b: string): ValueError {
  return new ValueError(`${quote(raw)} names places that disagree: ${a} and ${b}`, 'one place, or several separated by ; , 、 /');
}

function describe(m: { place: string; country: string }): string {
  return `${m.place} (${m.country})`;
}

/** `ap-southeast-1 means Singapore (SG) on aws, aliyun; Hong Kong (HK) on huaweicloud: …` */
function conflictNote(chosen: CloudRegion, all: CloudRegion[], elsewhere: CloudRegion): string {
  const byCountry = new Map<string, CloudRegion[]>();
  for (const m of all) byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), m]);
  const meanings = [...byCountry.values()].map((list) => `${describe(list[0]!)} on ${list.map((m) => m.provider).join(', ')}`);
  return `${chosen.code} means ${meanings.join('; ')}: read as ${chosen.place} (${chosen.provider}); prefix the provider to be exact, e.g. ${elsewhere.provider}:${chosen.code}`;
}

/** The region for the first meaning; a note (and the ambiguity flag) when the other meanings are in other countries. */
function cloudRegion(raw: string, meanings: CloudRegion[]): Region {
  const r = meanings[0]!;
  const region: Region = { raw, code: r.code, country: r.country, mainland: r.country === 'CN', provider: r.provider, place: r.place };
  const elsewhere = meanings.filter((o) => o.country !== r.country);
  if (elsewhere.length === 0) return region;
  region.note = conflictNote(r, meanings, elsewhere[0]!);
  region.ambiguous = elsewhere.some((o) => (o.country === 'CN') !== region.mainland);
  return region;
}

export function placeRegion(raw: string, p: NamedPlace): Region {
  return { raw, code: p.code, country: p.country, mainland: p.country === 'CN', place: p.place };
}

/** A cloud word's meanings on `provider` (all clouds when none): its best tier that has any. */
function meaningsOf(cloud: Cloud, provider: string | undefined): CloudRegion[] {
  for (const tier of cloud.tiers) {
    const fit = provider ? tier.filter((r) => r.provider === provider) : tier;
    if (fit.length > 0) return fit;
  }
  return [];
}

function notOnProvider(cloud: Cloud, provider: string, accepted: string): ValueError {
  const theirs = [...regionTable().codes.values()].flat().filter((r) => r.provider === provider).map((r) => r.code);
  const hint = didYouMean(cloud.text, theirs);
  return new ValueError(`${quote(cloud.text)} is not a ${provider} region I know${hint ? `; ${hint}` : ''}`, accepted);
}

/** Meanings several cloud words share (`cn-north-1（华北-北京）` is JD Cloud's), else the first word's. */
function shared(raw: string, clouds: CloudRegion[][]): CloudRegion[] {
  let meanings = clouds[0]!;
  for (const other of clouds.slice(1)) {
    const both = meanings.filter((m) => other.includes(m));
    const sameCountry = meanings.filter((m) => other.some((o) => o.country === m.country));
    if (both.length === 0 && sameCountry.length === 0) throw disagree(raw, describe(meanings[0]!), describe(other[0]!));
    meanings = both.length > 0 ? both : sameCountry;
  }
  return meanings;
}

/** The meanings a place beside the code allows (`ap-southeast-1（香港）`), preferring the cloud's region in that city. */
function narrowed(raw: string, meanings: CloudRegion[], places: NamedPlace[]): CloudRegion[] {
  for (const p of places) {
    const fit = meanings.filter((m) => fits(m.country, p));
    if (fit.length === 0) throw disagree(raw, describe(meanings[0]!), describe(p));
    const sameCity = fit.filter((m) => cityKey(m.place) === cityKey(p.place));
    meanings = sameCity.length > 0 ? sameCity : fit;
  }
  return meanings;
}

/** The most specific place, once every other place agrees with it (广东省深圳市 → the later, 深圳). */
function mostSpecific(raw: string, places: NamedPlace[]): NamedPlace {
  let best = places[0]!;
  for (const p of places.slice(1)) if (rank(p) >= rank(best)) best = p;
  for (const p of places) if (p !== best && !fits(best.country, p)) throw disagree(raw, describe(best), describe(p));
  return best;
}

/** The region the readings of one phrase name; `provider` when the cell was prefixed (`aws:…`). */
export function combine(raw: string, readings: Reading[], prefixed: string | undefined, accepted: string): Region {
  const providers = new Set(readings.flatMap((r) => (r.kind === 'provider' ? [r.id] : [])));
  if (prefixed) providers.add(prefixed);
  if (providers.size > 1) throw new ValueError(`${quote(raw)} names two clouds: ${[...providers].join(' and ')}`, accepted);
  const provider = [...providers][0];
  const clouds = readings.filter((r): r is Cloud => r.kind === 'cloud');
  const places = readings.filter((r): r is Place => r.kind === 'place').map((r) => r.place);
  const meanings = clouds.map((c) => {
    const m = meaningsOf(c, provider);
    if (m.length === 0) throw notOnProvider(c, provider!, accepted);
    return m;
  });
  if (meanings.length > 0) return cloudRegion(raw, narrowed(raw, shared(raw, meanings), places));
  if (places.length === 0) throw new ValueError(`${quote(raw)} names no place: give a region code, a city or a country`, accepted);
  const place = mostSpecific(raw, places);
  // `AWS Beijing`, `腾讯云 广州`: the provider's one region in that city.
  const inCity = provider ? regionTable().cities.get(provider)?.get(cityKey(place.place)) : undefined;
  return inCity?.length === 1 ? cloudRegion(raw, inCity) : placeRegion(raw, place);
}

/**
 * A cell naming several regions (`主：北京；备：新加坡`): mainland only when every one is, and then the
 * first one outside mainland China names the country, so cross-border storage is never hidden by a
 * mainland primary. The same place twice (`华北2（北京）/cn-beijing`) or a place with its own country
 * (`Beijing, China`) is one region.
 */
export function combineList(raw: string, parts: Region[]): Region {
  const specific = parts.filter((p) => p.code !== p.country);
  const oneCountry = parts.every((p) => p.country === parts[0]!.country);
  const distinct = [...new Map(specific.map((p) => [p.code, p])).values()];
  if (oneCountry && distinct.length <= 1) return { ...(distinct[0] ?? parts[0]!), raw };
  const all = [...new Map(parts.map((p) => [p.code, p])).values()];
  const outside = all.find((p) => !p.mainland);
  const lead = outside ?? all[0]!;
  const listed = all.map((p) => describe({ place: p.place ?? p.code, country: p.country })).join(', ');
  const region: Region = {
    raw,
    code: all.map((p) => p.code).join(', '),
    country: lead.country,
    mainland: outside === undefined,
    place: all.map((p) => p.place ?? p.code).join(', '),
    note: [`several regions: ${listed}${outside ? `; outside mainland China: ${describe({ place: lead.place ?? lead.code, country: lead.country })}` : ''}`, ...all.flatMap((p) => (p.note ? [p.note] : []))].join('; '),
  };
  const providers = new Set(all.map((p) => p.provider));
  if (providers.size === 1 && lead.provider) region.provider = lead.provider;
  if (all.some((p) => p.ambiguous)) region.ambiguous = true;
  return region;
}
