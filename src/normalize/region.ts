/**
 * Storage regions: cloud region codes (optionally `provider:code`), ISO country codes and
 * country, province or city names, resolved to a country and whether it is mainland China.
 * Hong Kong, Macao and Taiwan are not mainland. The table is policies/regions.yaml.
 */
import { ValueError, type Region } from './types.js';
import { cellText, quote } from './text.js';
import { parseList } from './consent.js';
import { didYouMean, fold } from '../text/suggest.js';
import { regionTable, type CloudRegion } from './region-table.js';
import { memoizeCell } from './memo.js';

// The provider ends on a non-space: a lazy `[^:]+?\s*` would rescan a run of spaces from every position.
const PREFIXED = /^([^:]*[^:\s])\s*:\s*(\S+)$/;
const SPACED = /^(\S+)\s+(\S+)$/;

function accepted(): string {
  const prefixes = regionTable().providers.map((p) => `${p}:`).join(', ');
  return (
    'a cloud region code (cn-north-1, cn-hangzhou, ap-beijing, chinaeast2, asia-east2 …), optionally prefixed by its cloud ' +
    `(${prefixes}); an ISO country code (CN, HK, MO, TW, SG, US …); or a country, province or city name (中国, 境内, 境外, 香港, Singapore, 北京, 宁夏 …)`
  );
}

/**
 * A cloud code's meanings (on `provider` only, when given), trying the written form, its folded
 * form, then the region of an availability zone (us-east-1a, cn-hangzhou-h, ap-guangzhou-3).
 */
function cloudMeanings(code: string, provider?: string): CloudRegion[] {
  const { codes, foldedCodes } = regionTable();
  const lower = code.toLowerCase();
  const zones = [lower.replace(/(\d)[a-z]$/, '$1'), lower.replace(/-[a-z0-9]$/, '')].filter((z) => z !== lower);
  for (const list of [codes.get(lower), foldedCodes.get(fold(lower)), ...zones.map((z) => codes.get(z))]) {
    const fit = (list ?? []).filter((r) => !provider || r.provider === provider);
    if (fit.length > 0) return fit;
  }
  return [];
}

/** `ap-southeast-1 means Singapore (SG) on aws, aliyun; Hong Kong (HK) on huaweicloud: …` */
function conflictNote(chosen: CloudRegion, all: CloudRegion[], elsewhere: CloudRegion): string {
  const byCountry = new Map<string, CloudRegion[]>();
  for (const m of all) byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), m]);
  const meanings = [...byCountry.values()].map((list) => `${list[0]!.place} (${list[0]!.country}) on ${list.map((m) => m.provider).join(', ')}`);
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

function withProvider(raw: string, provider: string, code: string): Region {
  const found = cloudMeanings(code, provider);
  if (found.length > 0) return cloudRegion(raw, found.slice(0, 1));
  const theirs = [...regionTable().codes.values()].flat().filter((r) => r.provider === provider).map((r) => r.code);
  const hint = didYouMean(code, theirs);
  throw new ValueError(`${quote(code)} is not a ${provider} region I know${hint ? `; ${hint}` : ''}`, accepted());
}

/** `aws:ap-southeast-1`, `华为云 ap-southeast-1`: the provider id and code, or null when there is no known prefix. */
function splitProvider(text: string): [string, string] | null {
  const m = PREFIXED.exec(text) ?? SPACED.exec(text);
  if (!m) return null;
  const provider = regionTable().providerNames.get(fold(m[1]!));
  if (provider) return [provider, m[2]!];
  if (PREFIXED.test(text)) {
    const known = regionTable().providers.join(', ');
    throw new ValueError(`unknown cloud provider ${quote(m[1]!)} in ${quote(text)}; known providers: ${known}`, accepted());
  }
  return null;
}

function readRegion(raw: string | null | undefined): Region | null {
  const text = cellText(raw);
  if (text === null) return null;
  const prefixed = splitProvider(text);
  if (prefixed) return withProvider(text, ...prefixed);
  const meanings = cloudMeanings(text);
  if (meanings.length > 0) return cloudRegion(text, meanings);
  const named = regionTable().names.get(fold(text));
  if (named) return { raw: text, code: named.code, country: named.country, mainland: named.country === 'CN', place: named.place };
  const hint = didYouMean(text, regionTable().candidates);
  throw new ValueError(`unknown region ${quote(text)}${hint ? `; ${hint}` : ''}`, accepted());
}

/** A storage region; null when blank. Unknown values throw ValueError with the nearest known names. */
export const parseRegion = memoizeCell(readRegion);

/** Several regions in one cell (`cn-beijing; ap-southeast-1`, `北京、香港`); [] when blank. */
export function parseRegions(raw: string | null | undefined): Region[] {
  return parseList(raw).map((r) => parseRegion(r)!);
}

/** The accepted region forms, for hints elsewhere. */
export function regionAccepted(): string {
  return accepted();
}
