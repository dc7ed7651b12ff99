/** An expired waiver that still matches findings → one `waiver-expired` finding at the waiver's line. */
import { fingerprintOf, interpolate, numberRepeats, pathFromRoot, resolveClause } from '../check/engine.js';
import { waiverExpired } from '../check/rules/waiver-expired.js';
import type { CheckContext } from '../check/types.js';
import type { Finding } from '../report/types.js';
import { inBoth } from '../text/words/index.js';
import type { WaiverHit } from './waiver-match.js';
import { MATCHER_KEYS, waiverSubject, type Waiver, type WaiverFile } from './waivers.js';

/** `file=inventory.csv, field=id_no`: what the waiver matched, as written in the waiver file. */
function targetOf(w: Waiver): string {
  return MATCHER_KEYS.filter((k) => w.match[k] !== undefined)
    .map((k) => `${k}=${w.match[k]}`)
    .join(', ');
}

function toFinding(hit: WaiverHit, file: WaiverFile, ctx: CheckContext, severity: Finding['severity']): Finding {
  const meta = waiverExpired.meta;
  const w = hit.waiver;
  const subject = waiverSubject(w);
  // The approver is a person: the message points at the entry instead of repeating their name.
  const ref = w.reference;
  const reference = ref ? inBoth((words) => words.suppress.reference(ref)) : '';
  const args = { rule: w.rule, target: targetOf(w), expires: w.expires, count: hit.count, reference };
  return {
    ruleId: meta.id,
    severity,
    message: interpolate(meta.messages[ctx.lang], args, ctx.lang),
    file: file.file,
    line: w.where.line,
    subject,
    item: null,
    clause: resolveClause(meta, ctx.policy),
    evidence: null,
    count: hit.count,
    rows: [w.where.line],
    fingerprint: fingerprintOf(meta.id, pathFromRoot(file.file, ctx.root), subject, null),
  };
}

/** One finding per expired waiver that matched something; none when the config turns the rule off. */
export function expiredWaiverFindings(hits: readonly WaiverHit[], file: WaiverFile, ctx: CheckContext): Finding[] {
  const configured = ctx.config.rules[waiverExpired.meta.id];
  if (configured === 'off') return [];
  const findings = hits.map((h) => toFinding(h, file, ctx, configured ?? waiverExpired.meta.defaultSeverity));
  // Two entries with the same rule and matchers would share a fingerprint: number the repeats, as the engine does.
  numberRepeats(findings.map((f) => f.fingerprint)).forEach((fp, i) => (findings[i]!.fingerprint = fp));
  return findings;
}
