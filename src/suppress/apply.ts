/**
 * Suppression for audit and scan: waivers first (an expired one brings its findings back with a
 * `waiver-expired` error), then the baseline. A waived finding never goes into a baseline, so an
 * expiry date can never be dodged by re-baselining.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '../check/registry.js';
import type { CheckContext } from '../check/types.js';
import type { Config } from '../config/types.js';
import { formatLocation } from '../location.js';
import type { Finding, Lang } from '../report/types.js';
import { checkOutputPath } from '../io/write.js';
import { wordsFor } from '../text/words/index.js';
import type { FingerprintRoot } from '../check/types.js';
import { applyBaseline, baselineOf, fingerprintRoot, loadBaseline, oldBaselineNote, staleNote, type Baseline, type LoadedBaseline } from './baseline.js';
import { expiredWaiverFindings } from './expired.js';
import { applyWaivers, isActive } from './waiver-match.js';
import { loadWaivers, type Waiver, type WaiverFile } from './waivers.js';

export interface SuppressionFlags {
  baseline?: string;
  waivers?: string;
  writeBaseline?: string;
}

export interface SuppressionSources {
  baseline: LoadedBaseline | null;
  waivers: WaiverFile | null;
  /** Where to write the new baseline (already checked to be writable). */
  writeBaseline: string | null;
  /** Where the run's fingerprints' paths start (fingerprintRoot): the engine, the baselines and expired waivers share it. */
  root: FingerprintRoot;
}

/**
 * Load and check the baseline and waiver files (flags before config) before any work is written, so a
 * malformed one exits 2 with its location and leaves no report behind. Call it early; it is cheap.
 */
export function loadSuppressions(flags: SuppressionFlags, config: Config, cwd: string): SuppressionSources {
  if (flags.writeBaseline) checkOutputPath(flags.writeBaseline);
  const baselineFile = flags.baseline ?? config.baseline;
  const waiverFile = flags.waivers ?? config.waivers;
  // The first --write-baseline of a project whose config already names the (not yet written) baseline.
  const firstWrite = !!flags.writeBaseline && !!baselineFile && !existsSync(resolve(cwd, baselineFile));
  const baseline = baselineFile && !firstWrite ? { file: baselineFile, data: loadBaseline(baselineFile) } : null;
  return {
    baseline,
    waivers: waiverFile ? loadWaivers(waiverFile, RULES.map((r) => r.meta.id), cwd) : null,
    writeBaseline: flags.writeBaseline ?? null,
    root: fingerprintRoot(baseline, config.file, cwd),
  };
}

export interface SuppressionResult {
  /** What the report shows, sorted (file, line, ruleId). */
  findings: Finding[];
  /** Waived + baselined: summary.suppressed. */
  suppressed: number;
  /** The baseline to write (--write-baseline): every finding not waived, whatever the old baseline says. */
  newBaseline: Baseline | null;
  /** Short notes for stderr (stale baseline entries, unused waivers). Never in the report. */
  notes: string[];
}

/** Stable: findings already in engine order keep it within a (file, line, ruleId). */
function sortFindings(findings: Finding[]): Finding[] {
  const t = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return findings.sort((a, b) => t(a.file, b.file) || a.line - b.line || t(a.ruleId, b.ruleId));
}

/** `findings` in engine order, made with `sources.root` as the context's root (runRules). */
export function suppress(findings: Finding[], sources: SuppressionSources, ctx: CheckContext, cwd: string): SuppressionResult {
  const rooted = { ...ctx, root: sources.root };
  const waived = sources.waivers ? applyWaivers(findings, sources.waivers, ctx.asOf, cwd) : { kept: findings, suppressed: 0, expired: [], unused: [] };
  const expired = sources.waivers ? expiredWaiverFindings(waived.expired, sources.waivers, rooted) : [];
  const newBaseline = sources.writeBaseline ? baselineOf(waived.kept, { root: sources.root, file: sources.writeBaseline }) : null;
  const based = sources.baseline ? applyBaseline(waived.kept, sources.baseline.data, findings, cwd) : { kept: waived.kept, suppressed: 0, stale: [] };
  const notes: string[] = [];
  // Rewriting the baseline in this run already prunes stale entries (and updates an old one): no need to tell the user to.
  if (sources.baseline && !sources.writeBaseline) notes.push(oldBaselineNote(sources.baseline, ctx.lang), staleNote(based.stale, sources.baseline.file, ctx.lang));
  if (sources.waivers) notes.push(unusedWaiversNote(waived.unused, ctx.asOf, ctx.lang));
  return {
    findings: sortFindings([...based.kept, ...expired]),
    suppressed: waived.suppressed + based.suppressed,
    newBaseline,
    notes: notes.filter(Boolean),
  };
}

/** Waivers that match nothing any more: the finding was fixed or renamed, so the entry can go. */
export function unusedWaiversNote(unused: readonly Waiver[], asOf: string, lang: Lang): string {
  if (unused.length === 0) return '';
  const n = unused.length;
  const words = wordsFor(lang).suppress;
  const head = `privaudit: ${words.unusedWaivers(n)}\n`;
  const state = (w: Waiver) => (isActive(w, asOf) ? '' : words.expired(w.expires));
  return head + unused.map((w) => `  - ${formatLocation(w.where)} ${w.rule}${state(w)}\n`).join('');
}
