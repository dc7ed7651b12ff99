/** Records + packs → findings: run each enabled rule, apply configured severities, fill messages, sort. */
import { createHash } from 'node:crypto';
import { posix, relative, resolve } from 'node:path';
import { maskIdentifiers } from '../detect/mask-identifiers.js';
import type { CellProblem } from '../load/types.js';
import type { ClauseRef } from '../policy/types.js';
import type { Policy } from '../policy/policy.js';
import type { Finding, Lang, Severity, Subject } from '../report/types.js';
import { wordsFor } from '../text/words/index.js';
import type { CheckContext, FingerprintRoot, LoadedFile, PackClauseKey, RawFinding, Rule, RuleMeta } from './types.js';

const EMPTY_SUBJECT: Subject = { system: null, table: null, field: null, sdk: null, platform: null, column: null };

/** A pack's clause for a rule's key; the law's when no loaded pack has one (SPEC decision 5). */
export function resolveClause(meta: RuleMeta, policy: Policy): ClauseRef {
  return packClause(meta.clause.pack, policy) ?? meta.clause.law;
}

function packClause(key: PackClauseKey | undefined, policy: Policy): ClauseRef | null {
  const first = <T extends { cite: { section: string; quote: string } }>(pick: (p: Policy['packs'][number]) => T[] | undefined): ClauseRef | null => {
    for (const p of policy.packs) {
      const hit = pick(p)?.[0];
      if (hit) return { policy: p.id, section: hit.cite.section, quote: hit.cite.quote };
    }
    return null;
  };
  switch (key) {
    case undefined:
      return null;
    case 'collects':
      return first((p) => p.collects);
    case 'sensitive':
      return first((p) => p.sensitive);
    case 'storage':
      return policy.storage()?.clause ?? null;
    case 'security.encryptionAtRest':
      return policy.clause('encryptionAtRest');
    case 'security.masking':
      return policy.clause('masking');
    case 'security.recipientMasking':
      return policy.clause('recipientMasking');
    case 'security.passwordProtection':
      return policy.clause('passwordProtection');
    case 'consent.sensitive':
      return policy.clause('consent.sensitive');
    case 'consent.minors':
      return policy.minorsAge()?.clause ?? null;
    case 'recipients':
      return policy.sharing() ?? policy.affiliates()?.clause ?? null;
    case 'recipients.sdks':
      return policy.sdkRows()[0]?.clause ?? null;
    case 'retention':
      return policy.allRetentionRules()[0]?.clause ?? null;
    case 'prohibited':
      return first((p) => p.prohibited);
  }
}

/** Fill `{name}` placeholders; a localized argument may itself hold placeholders (one more pass). */
export function interpolate(template: string, args: RawFinding['args'], lang: Lang, depth = 0): string {
  const out = template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = args[name];
    return v === undefined ? m : typeof v === 'object' ? (depth === 0 ? interpolate(v[lang], args, lang, 1) : v[lang]) : String(v);
  });
  return out;
}

/**
 * Stable across line moves: rule + file + subject + item, and the finding's key when its rule reports one
 * subject several times (RawFinding.key; none for every other finding, so theirs stay as they were).
 * `file` is the path from the fingerprint root (pathFromRoot). Exported for findings made outside the engine (waivers).
 */
export function fingerprintOf(ruleId: string, file: string, subject: Subject, item: string | null, key: string | null = null): string {
  const parts = [ruleId, posix.normalize(file.replace(/\\/g, '/')), subject.system, subject.table, subject.field, subject.sdk, subject.platform, subject.column, item];
  if (key !== null) parts.push(key);
  return createHash('sha256').update(parts.map((v) => v ?? '').join('\u0000')).digest('hex').slice(0, 32);
}

/**
 * The path a fingerprint hashes: the file's, from the fingerprint root (CheckContext.root), so `inv.csv`,
 * `./inv.csv`, `/abs/inv.csv` and `../inv.csv` from a subfolder are one file, and a checkout elsewhere
 * gives the same fingerprints. Without a root (a rule's unit test), the path as named.
 */
export function pathFromRoot(file: string, root: FingerprintRoot | undefined): string {
  if (!root) return file.replace(/\\/g, '/');
  return relative(root.dir, resolve(root.cwd, file)).replace(/\\/g, '/') || '.';
}

/**
 * Names and values read from files reach every report through the subject and the message arguments: a
 * recipient typed with a phone number, a table exported without its header row (its "column names" are the
 * first record). Every finding is born here, so this is where identifiers in them are masked.
 */
function maskedSubject(subject: RawFinding['subject']): Subject {
  const out: Subject = { ...EMPTY_SUBJECT, ...subject };
  for (const key of Object.keys(out) as (keyof Subject)[]) {
    const v = out[key];
    if (typeof v === 'string') (out as Record<keyof Subject, string | null>)[key] = maskIdentifiers(v);
  }
  return out;
}

function maskedArgs(args: RawFinding['args']): RawFinding['args'] {
  const out: RawFinding['args'] = {};
  for (const [name, v] of Object.entries(args)) {
    out[name] = typeof v === 'string' ? maskIdentifiers(v) : typeof v === 'object' ? { en: maskIdentifiers(v.en), zh: maskIdentifiers(v.zh) } : v;
  }
  return out;
}

function toFinding(rule: Rule, severity: Severity, file: LoadedFile, raw: RawFinding, ctx: CheckContext): Finding {
  const subject = maskedSubject(raw.subject);
  const item = raw.item ?? null;
  const it = item ? ctx.taxonomy.item(item) : undefined;
  const category = !it && raw.category ? ctx.taxonomy.category(raw.category) : undefined;
  const itemName = it ? it[ctx.lang] : category ? category[ctx.lang] : (item ?? wordsFor(ctx.lang).unclassified);
  const args = { policy: ctx.policy.ids.join(' + '), item: item ?? raw.category ?? '', itemName, ...maskedArgs(raw.args) };
  return {
    ruleId: rule.meta.id,
    severity,
    message: interpolate(rule.meta.messages[ctx.lang], args, ctx.lang),
    file: file.file,
    line: raw.line,
    // Only where known: every other finding keeps the bytes it had.
    ...(raw.column ? { column: raw.column } : {}),
    subject,
    item,
    clause: raw.clause ?? resolveClause(rule.meta, ctx.policy),
    evidence: raw.evidence ?? null,
    count: raw.count ?? 1,
    rows: raw.rows ?? [raw.line],
    fingerprint: fingerprintOf(rule.meta.id, pathFromRoot(file.file, ctx.root), subject, item, raw.key === undefined ? null : maskIdentifiers(raw.key)),
    ...(raw.lateness ? { lateness: raw.lateness } : {}),
  };
}

function compareFindings(a: Finding, b: Finding): number {
  const s = (x: string | null) => x ?? '';
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (JSON.stringify(a.subject) < JSON.stringify(b.subject) ? -1 : JSON.stringify(a.subject) > JSON.stringify(b.subject) ? 1 : 0) ||
    // Code-unit order, not localeCompare: the same bytes whatever the machine's locale.
    (s(a.item) < s(b.item) ? -1 : s(a.item) > s(b.item) ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** The fingerprints, in order, with each repeat numbered (`-1`, `-2`…): the first keeps its own. */
export function numberRepeats(fingerprints: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return fingerprints.map((fp) => {
    const n = seen.get(fp) ?? 0;
    seen.set(fp, n + 1);
    return n > 0 ? `${fp}-${n}` : fp;
  });
}

/** Same subject twice (two rows for one field) must not share a fingerprint: number the repeats. */
function uniquifyFingerprints(findings: Finding[]): void {
  numberRepeats(findings.map((f) => f.fingerprint)).forEach((fp, i) => (findings[i]!.fingerprint = fp));
}

/** Does the record have an unreadable cell in one of these columns? */
function blockedBy(r: { unread?: readonly CellProblem[] }, needs: readonly string[] | undefined): boolean {
  return !!r.unread && !!needs && r.unread.some((p) => needs.includes(p.key));
}

/** The file as a rule sees it: without the rows whose unreadable cells it needs (SPEC decision 12). */
function visibleTo(rule: Rule, file: LoadedFile): LoadedFile {
  if (file.kind === 'export' || !rule.meta.needs) return file;
  if (!file.records.some((r) => blockedBy(r, rule.meta.needs))) return file;
  return { ...file, records: file.records.filter((r) => !blockedBy(r, rule.meta.needs)) } as LoadedFile;
}

function enabledRules(rules: readonly Rule[], ctx: CheckContext): Rule[] {
  return rules.filter((r) => ctx.config.rules[r.meta.id] !== 'off');
}

export function runRules(files: LoadedFile[], rules: readonly Rule[], ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const enabled = enabledRules(rules, ctx);
  const runCtx: CheckContext = { ...ctx, rules: enabled };
  for (const rule of enabled) {
    const severity = (ctx.config.rules[rule.meta.id] as Severity | undefined) ?? rule.meta.defaultSeverity;
    for (const file of files) {
      if (!rule.meta.appliesTo.includes(file.kind)) continue;
      for (const raw of rule.check(visibleTo(rule, file), runCtx)) findings.push(toFinding(rule, severity, file, raw, runCtx));
    }
  }
  findings.sort(compareFindings);
  uniquifyFingerprints(findings);
  return findings;
}
