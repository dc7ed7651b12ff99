/**
 * Storage regions as data-governance teams write them: cloud region codes and availability zones
 * (optionally `provider:code`), the clouds' console names (华北2（北京）, China (Hangzhou), 华南地区(广州)),
 * ISO country codes and country, province or city names (北京市, 宁夏回族自治区, 境内, 境外), mixed forms
 * (`阿里云 华东1（杭州）`, `cn-north-1（北京）`, `AWS Beijing`, `北京机房`) and lists (`主：北京；备：上海`),
 * resolved to a country and whether it is mainland China. Hong Kong, Macao and Taiwan are not mainland.
 * The table is policies/regions.yaml; the words around places are in region-words.ts.
 */
import { ValueError } from '../errors.js';
import type { Region } from './types.js';
import { cellText, quote } from './text.js';
import { parseList } from './recipients.js';
import { didYouMean, fold } from '../text/suggest.js';
import { hasChinese, regionKey, regionTable } from './region-table.js';
import { readName, readWords } from './region-phrase.js';
import { combine, combineList, placeRegion } from './region-combine.js';
import { isNotStored, splitRegionList } from './region-words.js';
import { memoizeCell } from './memo.js';

/** Longer cells are sentences, not regions: refused at once, with no suggestion to compute. */
const MAX_REGION_CELL = 200;

// The provider ends on a non-space: a lazy `[^:]+?\s*` would rescan a run of spaces from every position.
const PREFIXED = /^([^:]*[^:\s])\s*:\s*(\S.*)$/s;

let acceptedText: string | undefined;

/** The accepted forms, made once (they name the table's providers): every phrase read passes them on for its errors. */
function accepted(): string {
  return (acceptedText ??= writeAccepted());
}

function writeAccepted(): string {
  const prefixes = regionTable().providers.map((p) => `${p}:`).join(', ');
  return (
    'a cloud region code or zone (cn-north-1, cn-hangzhou, ap-beijing, chinaeast2, us-east-1a …), optionally prefixed by its cloud ' +
    `(${prefixes}); a console name (华北2（北京）, 华东-宿迁, China (Hangzhou)); an ISO country code (CN, HK, MO, TW, SG, US …); ` +
    'or a country, province or city name (中国大陆, 境内, 境外, 香港, Singapore, 北京市, 宁夏 …); several separated by ; , 、 /'
  );
}

/** Longest word that gets suggestions: they are for mistyped names, and each costs an edit distance per candidate. */
const MAX_SUGGESTED = 32;

/**
 * "did you mean" among the names in the same script, skipping those whose length alone puts them out of
 * reach (the same answer as didYouMean over all of them, at a fraction of the cost for a bad cell).
 */
function suggestion(word: string): string {
  const f = fold(word);
  if (f.length > MAX_SUGGESTED) return '';
  const { candidates, chineseCandidates, codes, folded } = regionTable();
  const reach = Math.max(2, Math.ceil(f.length / 2));
  // A word with digits or dashes is a mistyped code (cn-hangzou, ap-southeast-9).
  const pool = hasChinese(word) ? chineseCandidates : /[\d-]/.test(word) ? [...codes.keys()] : candidates;
  const near = pool.filter((c) => {
    const fc = folded.get(c)!;
    return Math.abs(fc.length - f.length) <= reach || fc.includes(f) || f.includes(fc);
  });
  return didYouMean(word, near);
}

function unknown(raw: string, word: string): ValueError {
  const hint = suggestion(word);
  const what = word === raw ? '' : `: ${quote(word)} is not a region, cloud or place I know`;
  return new ValueError(`unknown region ${quote(raw)}${what}${hint ? `; ${hint}` : ''}`, accepted());
}

/** One region phrase; `provider` when a `provider:` prefix was read off it. */
function readPhrase(raw: string, text: string, provider?: string): Region {
  const prefixed = provider ? null : PREFIXED.exec(text);
  if (prefixed) {
    const id = regionTable().providerNames.get(regionKey(prefixed[1]!));
    if (id) return readPhrase(raw, prefixed[2]!, id);
    // `主：北京`, `存储位置: 上海` read on; an unknown word before a colon is taken for a cloud's name.
    if (!readName(prefixed[1]!) && readWords(prefixed[1]!).ok === false) {
      const known = regionTable().providers.join(', ');
      throw new ValueError(`unknown cloud provider ${quote(prefixed[1]!)} in ${quote(raw)}; known providers: ${known}`, accepted());
    }
  }
  const words = readWords(text);
  if (!words.ok) throw unknown(raw, words.unknown);
  return combine(raw, words.readings, provider, accepted());
}

function readRegion(raw: string | null | undefined): Region | null {
  const text = cellText(raw);
  if (text === null || isNotStored(regionKey(text))) return null;
  if (text.length > MAX_REGION_CELL) throw new ValueError(`${quote(text)} is too long to be a region`, accepted());
  // A whole console name first: `Hong Kong/Macao/Taiwan (Hong Kong, China)` holds list separators.
  const whole = readName(text);
  if (whole?.kind === 'place') return placeRegion(text, whole.place);
  if (whole?.kind === 'cloud') return combine(text, [whole], undefined, accepted());
  const parts = splitRegionList(text);
  if (parts.length > 1) return combineList(text, parts.map((p) => readPhrase(p, p)));
  return readPhrase(text, text);
}

/**
 * A storage region; null when blank, not stated or not stored (无). A cell naming several regions reads
 * as one whose `mainland` is true only when every one is mainland. Unknown values throw ValueError with
 * the nearest known names.
 */
export const parseRegion = memoizeCell(readRegion);

/** Several regions in one cell (`cn-beijing; ap-southeast-1`, `北京、香港`), each on its own; [] when blank. */
export function parseRegions(raw: string | null | undefined): Region[] {
  return parseList(raw).flatMap((r) => {
    const region = parseRegion(r);
    return region ? [region] : [];
  });
}

/** The accepted region forms, for hints elsewhere. */
export function regionAccepted(): string {
  return accepted();
}
