/** Which findings a waiver accepts, and what happens once it has expired. */
import { resolve } from 'node:path';
import type { Finding } from '../report/types.js';
import { MATCHER_KEYS, type Waiver, type WaiverFile } from './waivers.js';

const posix = (p: string) => p.replace(/\\/g, '/');

/**
 * A waiver's `file` names the audited file relative to the waiver file's folder (so it holds wherever
 * privaudit runs from), or exactly as the report shows it (the path given on the command line).
 */
export function fileMatches(waiverPath: string, findingFile: string, waiverDir: string, cwd: string): boolean {
  return posix(waiverPath) === posix(findingFile) || resolve(waiverDir, waiverPath) === resolve(cwd, findingFile);
}

/** Names compare exactly (they are ids in a schema); platforms case-insensitively (SPEC decision 2). */
function nameMatches(key: Exclude<(typeof MATCHER_KEYS)[number], 'file'>, wanted: string, actual: string | null): boolean {
  if (actual === null) return false;
  return key === 'platform' ? wanted.toLowerCase() === actual.toLowerCase() : wanted === actual;
}

/** Same rule, and every matcher the waiver gives equals the finding's. */
export function waiverMatches(w: Waiver, f: Finding, waiverDir: string, cwd: string): boolean {
  if (w.rule !== f.ruleId) return false;
  return MATCHER_KEYS.every((k) => {
    const wanted = w.match[k];
    if (wanted === undefined) return true;
    return k === 'file' ? fileMatches(wanted, f.file, waiverDir, cwd) : nameMatches(k, wanted, f.subject[k]);
  });
}

/** Still in force on the audit day: `expires` is the last day it applies. Both are YYYY-MM-DD, so text order is date order. */
export function isActive(w: Waiver, asOf: string): boolean {
  return w.expires >= asOf;
}

export interface WaiverHit {
  waiver: Waiver;
  /** Findings it matched. */
  count: number;
}

export interface WaiverOutcome {
  /** Findings still reported: not matched by any active waiver. */
  kept: Finding[];
  suppressed: number;
  /** Expired waivers that matched findings: each becomes a waiver-expired finding. */
  expired: WaiverHit[];
  /** Waivers (active or expired) that matched nothing: obsolete entries to remove. */
  unused: Waiver[];
}

/**
 * A finding matched by an active waiver is suppressed. A finding matched only by expired waivers comes back;
 * an expired waiver that matches anything is reported even when a newer entry covers the finding, so the
 * stale entry gets removed or renewed rather than piling up.
 */
export function applyWaivers(findings: readonly Finding[], file: WaiverFile, asOf: string, cwd: string): WaiverOutcome {
  const hits = new Map<Waiver, number>(file.waivers.map((w) => [w, 0]));
  const kept: Finding[] = [];
  for (const f of findings) {
    const matching = file.waivers.filter((w) => waiverMatches(w, f, file.dir, cwd));
    for (const w of matching) hits.set(w, hits.get(w)! + 1);
    if (!matching.some((w) => isActive(w, asOf))) kept.push(f);
  }
  const expired = file.waivers.filter((w) => !isActive(w, asOf) && hits.get(w)! > 0).map((w) => ({ waiver: w, count: hits.get(w)! }));
  const unused = file.waivers.filter((w) => hits.get(w) === 0);
  return { kept, suppressed: findings.length - kept.length, expired, unused };
}
