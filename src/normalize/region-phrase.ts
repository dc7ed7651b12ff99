/**
 * One region phrase (`阿里云 华东1（杭州）`, `cn-north-1（北京）`, `AWS Beijing`, `北京机房`) read word by word
 * into what each word says: a cloud region, a place, a cloud provider, or nothing (主, 机房, 可用区H).
 * Every step is a Map lookup on the word's key; a word the table does not know is tried as two
 * (阿里云华东1 → 阿里云 + 华东1), a bounded number of times, so a hostile cell costs little.
 */
import { hasChinese, regionKey, regionTable, type CloudRegion, type NamedPlace } from './region-table.js';
import { isDistrict, isFiller, withoutAdminSuffix, WORD_SEPARATORS } from './region-words.js';
import { fold } from '../text/suggest.js';

export type Reading =
  /** Candidate meanings, best tier first: the exact code, its folded form, its availability zone, a console name. */
  | { kind: 'cloud'; tiers: CloudRegion[][]; text: string }
  | { kind: 'place'; place: NamedPlace; text: string }
  | { kind: 'provider'; id: string; text: string }
  | { kind: 'filler' };

const FILLER: Reading = { kind: 'filler' };

/** Words tried together as one name (`US East (N. Virginia)` is four). */
const MAX_SPAN = 6;
/** Longest word tried as two words glued together (阿里云华东1杭州); longer ones are not names. */
const MAX_GLUED = 32;
/** How many names one glued word may hold. */
const MAX_GLUED_DEPTH = 3;

/** A code's region when written as an availability zone: us-east-1a, cn-north-4a, cn-hangzhou-h, ap-guangzhou-3, cn-bj-a. */
function zoneRegions(lower: string): CloudRegion[] {
  const { codes } = regionTable();
  const found: CloudRegion[] = [];
  for (const z of [lower.replace(/(\d)[a-z]$/, '$1'), lower.replace(/-[a-z0-9]{1,2}$/, '')]) {
    if (z === lower) continue;
    found.push(...(codes.get(z) ?? []));
    // Baidu's zones are cn-<region>-<letter>: cn-bj-a is in bj.
    if (z.startsWith('cn-')) found.push(...(codes.get(z.slice(3)) ?? []));
  }
  return found;
}

function cloudTiers(text: string, key: string): CloudRegion[][] {
  const { codes, foldedCodes, labels } = regionTable();
  const lower = text.toLowerCase();
  return [codes.get(lower) ?? [], foldedCodes.get(fold(lower)) ?? [], zoneRegions(lower), labels.get(key) ?? []].filter((t) => t.length > 0);
}

/** What one name says, or undefined when the table does not know it. Place names win over cloud names (中国香港 is a place). */
export function readName(text: string): Reading | undefined {
  const key = regionKey(text);
  const { names, providerNames } = regionTable();
  const place = names.get(key);
  if (place) return { kind: 'place', place, text };
  const tiers = cloudTiers(text, key);
  if (tiers.length > 0) return { kind: 'cloud', tiers, text };
  const provider = providerNames.get(key);
  if (provider) return { kind: 'provider', id: provider, text };
  if (isFiller(key)) return FILLER;
  const bare = withoutAdminSuffix(key);
  const named = bare === null ? undefined : names.get(bare);
  return named ? { kind: 'place', place: named, text } : undefined;
}

/**
 * Where a glued word may be cut: beside a Chinese character (Chinese writes no spaces) or after a `-`
 * (aws-cn-north-1). Never inside a Latin word: `andes` is not `and` + `ES` (Spain).
 */
function mayCut(word: string, at: number): boolean {
  const before = word[at - 1]!;
  return hasChinese(before) || hasChinese(word[at]!) || before === '-' || before === '_';
}

/** A word that is several names glued together (阿里云华东1, 广东省深圳市, 北京机房, 中国境内), longest first name first. */
function readGlued(word: string, depth: number): Reading[] | undefined {
  if (depth >= MAX_GLUED_DEPTH || word.length > MAX_GLUED) return undefined;
  for (let cut = word.length - 1; cut >= 1; cut--) {
    if (!mayCut(word, cut)) continue;
    const first = readName(word.slice(0, cut));
    if (!first) continue;
    const restText = word.slice(cut);
    const rest = readName(restText);
    if (rest) return [first, rest];
    if (first.kind === 'place' && isDistrict(restText)) return [first, FILLER];
    const more = readGlued(restText, depth + 1);
    if (more) return [first, ...more];
  }
  return undefined;
}

export type PhraseReading = { ok: true; readings: Reading[] } | { ok: false; unknown: string };

/** Each word of a phrase read, longest run of words first; the first word nothing reads stops it. */
export function readWords(text: string): PhraseReading {
  const words = text.split(WORD_SEPARATORS).filter((w) => w !== '');
  const readings: Reading[] = [];
  for (let i = 0; i < words.length; ) {
    let next = i;
    for (let j = Math.min(words.length, i + MAX_SPAN); j > i + 1 && next === i; j--) {
      const r = readName(words.slice(i, j).join(' '));
      if (r) {
        readings.push(r);
        next = j;
      }
    }
    if (next === i) {
      const word = words[i]!;
      const read = readName(word) ?? readGlued(word, 0);
      if (!read) return { ok: false, unknown: word };
      readings.push(...(Array.isArray(read) ? read : [read]));
      next = i + 1;
    }
    i = next;
  }
  return { ok: true, readings };
}
