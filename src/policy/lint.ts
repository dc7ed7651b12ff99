/**
 * `policies lint`: a pack's internal consistency. The schema (validate.ts) checks shapes; this
 * checks meaning: ids the taxonomy knows, statements about items the pack never declares
 * collecting, retention rules and deadlines that cannot be applied, citations of the wrong document.
 */
import type { Location } from '../location.js';
import { DURATION_ACCEPTED, parseDuration } from '../normalize/duration.js';
import { InputError, ValueError } from '../errors.js';
import { didYouMean } from '../text/suggest.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { expandSelector } from './selectors.js';
import type { Citation, DeadlineKind, DeadlineStart, ItemSelector, Pack, SdkRow } from './types.js';
import { pathKey, type NodePath } from '../io/yaml.js';

export type LintLevel = 'error' | 'warning' | 'info';

export interface LintFinding {
  level: LintLevel;
  /** Stable: scripts and tests match on it. */
  code: LintCode;
  message: string;
  location?: Location;
  cites: Citation[];
}

export type LintCode =
  | 'unknown-item'
  | 'unknown-category'
  | 'duplicate-retention-id'
  | 'retention-period-invalid'
  | 'sensitive-not-collected'
  | 'retention-not-collected'
  | 'sdk-item-not-collected'
  | 'cite-doc-mismatch'
  | 'sensitive-unmarked'
  | 'duplicate-deadline-id'
  | 'deadline-period-invalid'
  | 'deadline-start-invalid'
  | 'deadline-types-overlap';

export interface LintOptions {
  /**
   * Documents of the packs this one extends, for packs without `locations` (a loaded pack's
   * inherited statements are recognised by their location in another file).
   */
  inheritedDocs?: readonly string[];
}

export function lintPack(pack: Pack, taxonomy: Taxonomy, options: LintOptions = {}): LintFinding[] {
  const ctx = new LintContext(pack, taxonomy);
  return sortFindings([
    ...unknownIds(ctx),
    ...duplicateRetentionIds(ctx),
    ...invalidPeriods(ctx),
    ...deadlineProblems(ctx),
    ...uncollected(ctx, 'sensitive', 'sensitive-not-collected', 'marks as sensitive'),
    ...uncollected(ctx, 'retention', 'retention-not-collected', 'sets a retention rule for'),
    ...sdkItemsNotCollected(ctx),
    ...sensitiveUnmarked(ctx),
    ...citeDocMismatches(ctx, options.inheritedDocs ?? []),
  ]);
}

/**
 * The lint errors that leave a pack meaningless to audit with: an item or category id the taxonomy does not
 * know selects nothing, so the statement would be silently ignored (a typo'd collected item would make every
 * field holding it undeclared). `audit` and `scan` refuse such a pack — an invalid pack, exit 2 — at the
 * first one, naming how many more there are; `policies lint` reports them all with the rest.
 */
export function assertUsablePack(pack: Pack, taxonomy: Taxonomy): void {
  const errors = sortFindings(unknownIds(new LintContext(pack, taxonomy)));
  const first = errors[0];
  if (!first) return;
  const file = first.location?.file ?? pack.locations?.['id']?.file;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more unknown id${errors.length > 2 ? 's' : ''})` : '';
  const lint = file ? `\`privaudit policies lint ${file}\` lists every problem of the pack` : '`privaudit policies lint` lists every problem of the pack';
  throw new InputError(`invalid policy pack '${pack.id}': ${first.message}${more}`, first.location ?? (file ? { file } : undefined), `write an id of the taxonomy (\`privaudit taxonomy <word>\` finds it); ${lint}`);
}

/** The pack with what every check needs: known ids, collected items, locations. */
class LintContext {
  readonly collected: Set<string>;

  constructor(
    readonly pack: Pack,
    readonly taxonomy: Taxonomy,
  ) {
    this.collected = new Set(pack.collects.flatMap((s) => expandSelector(s, taxonomy)).filter((id) => this.isItem(id)));
  }

  isItem(id: string): boolean {
    return this.taxonomy.item(id) !== undefined;
  }

  isCategory(id: string): boolean {
    return this.taxonomy.category(id) !== undefined;
  }

  /** A category counts as collected when any of its items is. */
  categoryCollected(id: string): boolean {
    return this.taxonomy.category(id)?.items.some((i) => this.collected.has(i.id)) ?? false;
  }

  /** The recorded location of `path`, else of its nearest recorded ancestor. */
  locate(path: NodePath): Location | undefined {
    for (let n = path.length; n > 0; n--) {
      const loc = this.pack.locations?.[pathKey(path.slice(0, n))];
      if (loc) return loc;
    }
    return undefined;
  }

  label(id: string): string {
    const item = this.taxonomy.item(id);
    return item ? `${id} (${item.en})` : id;
  }
}

interface SelectorAt {
  path: NodePath;
  selector: ItemSelector;
  cite: Citation;
}

/** Every item selector of the pack with its path, in file order. */
function selectors(pack: Pack): SelectorAt[] {
  const list = (key: 'collects' | 'sensitive' | 'retention' | 'prohibited') =>
    pack[key].map((s, i) => ({ path: [key, i], selector: s, cite: s.cite }));
  const sdkFields = (pack.recipients.sdks ?? []).flatMap((row, i) =>
    row.fields.map((f, j) => ({ path: ['recipients', 'sdks', i, 'fields', j], selector: { items: f.items }, cite: row.cite })),
  );
  return [...list('collects'), ...list('sensitive'), ...list('retention'), ...list('prohibited'), ...sdkFields];
}

function unknownIds(ctx: LintContext): LintFinding[] {
  const itemIds = [...ctx.taxonomy.items.keys()];
  const categoryIds = ctx.taxonomy.categories.map((c) => c.id);
  return selectors(ctx.pack).flatMap(({ path, selector, cite }) => [
    ...(selector.items ?? []).filter((id) => !ctx.isItem(id)).map((id) => unknown(ctx, 'unknown-item', 'item', id, itemIds, [...path, 'items'], cite)),
    ...(selector.categories ?? [])
      .filter((id) => !ctx.isCategory(id))
      .map((id) => unknown(ctx, 'unknown-category', 'category', id, categoryIds, [...path, 'categories'], cite)),
  ]);
}

function unknown(ctx: LintContext, code: LintCode, what: string, id: string, known: string[], path: NodePath, cite: Citation): LintFinding {
  const suggestion = didYouMean(id, known);
  return {
    level: 'error',
    code,
    message: `${pathKey(path)}: unknown ${what} '${id}'${suggestion ? `; ${suggestion}` : ''} (see policies/taxonomy.yaml)`,
    location: ctx.locate(path),
    cites: [cite],
  };
}

function duplicateRetentionIds(ctx: LintContext): LintFinding[] {
  const first = new Map<string, number>();
  return ctx.pack.retention.flatMap((rule, i) => {
    const earlier = first.get(rule.id);
    if (earlier === undefined) {
      first.set(rule.id, i);
      return [];
    }
    const message = `retention[${i}]: retention rule id '${rule.id}' is already used by retention[${earlier}]; give each rule its own id`;
    return [{ level: 'error' as const, code: 'duplicate-retention-id' as const, message, location: ctx.locate(['retention', i]), cites: [ctx.pack.retention[earlier]!.cite, rule.cite] }];
  });
}

function invalidPeriods(ctx: LintContext): LintFinding[] {
  return ctx.pack.retention.flatMap((rule, i) => {
    const problem = periodProblem(rule.period);
    if (!problem) return [];
    const message = `retention[${i}] '${rule.id}': period '${rule.period}' is not a duration (${problem.message}); write it as ${problem.accepted}`;
    return [{ level: 'error' as const, code: 'retention-period-invalid' as const, message, location: ctx.locate(['retention', i, 'period']), cites: [rule.cite] }];
  });
}

function periodProblem(period: string): ValueError | null {
  try {
    return parseDuration(period) ? null : new ValueError('the period is empty', DURATION_ACCEPTED);
  } catch (e) {
    if (e instanceof ValueError) return e;
    throw e;
  }
}

function workingDays(period: string): boolean {
  const d = parseDuration(period);
  return !!d && !d.forever && d.unit === 'working-days';
}

/** Where each kind of deadline may start (the rule that checks it reads these dates). */
const DEADLINE_STARTS: Record<DeadlineKind, readonly DeadlineStart[]> = {
  'request-reply': ['request', 'identity-verified'],
  'cancellation-review': ['cancellation-application'],
  'cancellation-deletion': ['cancellation-application', 'cancellation-approval'],
  'termination-notice': ['termination'],
  'marketing-opt-out': ['opt-out'],
  dormancy: ['last-login'],
};

/**
 * Deadlines the scan could not apply: a repeated id, a bad period, a start its kind has no date for, types
 * off a request, a request type (or the catch-all, no `types`) that an earlier reply period has already
 * taken: the scan gives each type the first period that names it, so the later one never applies to it.
 */
function deadlineProblems(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const first = new Map<string, number>();
  const typeOwner = new Map<string, number>();
  (ctx.pack.deadlines ?? []).forEach((d, i) => {
    const at = (code: LintCode, message: string, path: NodePath = ['deadlines', i], cites = [d.cite]) => out.push({ level: 'error', code, message, location: ctx.locate(path), cites });
    const earlier = first.get(d.id);
    if (earlier === undefined) first.set(d.id, i);
    else at('duplicate-deadline-id', `deadlines[${i}]: deadline id '${d.id}' is already used by deadlines[${earlier}]; give each deadline its own id`, ['deadlines', i], [ctx.pack.deadlines![earlier]!.cite, d.cite]);
    const problem = periodProblem(d.period);
    if (problem) at('deadline-period-invalid', `deadlines[${i}] '${d.id}': period '${d.period}' is not a duration (${problem.message}); write it as ${problem.accepted}`, ['deadlines', i, 'period']);
    else if (d.kind === 'termination-notice' && workingDays(d.period)) {
      at('deadline-period-invalid', `deadlines[${i}] '${d.id}': a notice period counts back from the end in calendar days, weeks, months or years, not working days`, ['deadlines', i, 'period']);
    }
    const starts = DEADLINE_STARTS[d.kind];
    if (!starts.includes(d.from)) at('deadline-start-invalid', `deadlines[${i}] '${d.id}': a ${d.kind} deadline starts at ${starts.join(' or ')}, not '${d.from}'`, ['deadlines', i, 'from']);
    if (d.types && d.kind !== 'request-reply') at('deadline-start-invalid', `deadlines[${i}] '${d.id}': only a request-reply deadline takes request types`, ['deadlines', i, 'types']);
    if (d.kind !== 'request-reply') return;
    for (const type of d.types ?? ['(every other type)']) {
      const owner = typeOwner.get(type);
      if (owner === undefined) typeOwner.set(type, i);
      else {
        const taken = ctx.pack.deadlines![owner]!;
        at('deadline-types-overlap', `deadlines[${i}] '${d.id}': request type ${type} already has its period from deadlines[${owner}] '${taken.id}', which the scan applies; name each type in one reply period`, ['deadlines', i, ...(d.types ? ['types'] : [])], [taken.cite, d.cite]);
      }
    }
  });
  return out;
}

/** Sensitive marks and retention rules on items the pack never declares collecting. */
function uncollected(ctx: LintContext, key: 'sensitive' | 'retention', code: LintCode, verb: string): LintFinding[] {
  return ctx.pack[key].flatMap((sel: ItemSelector & { cite: Citation }, i) => {
    const items = (sel.items ?? []).filter((id) => ctx.isItem(id) && !ctx.collected.has(id)).map((id) => ctx.label(id));
    const categories = (sel.categories ?? []).filter((id) => ctx.isCategory(id) && !ctx.categoryCollected(id)).map((id) => `${id} (none of its items)`);
    const missing = [...items, ...categories];
    if (!missing.length) return [];
    const message = `${key}[${i}] (§${sel.cite.section}) ${verb} ${missing.join(', ')}, which the pack does not declare collecting`;
    return [{ level: 'warning' as const, code, message, location: ctx.locate([key, i]), cites: [sel.cite] }];
  });
}

interface SharedItem {
  id: string;
  /** The table's label for it (of the first row that shares it). */
  label: string;
  rows: number[];
}

/**
 * SPEC decision 6: a table row declares sharing, not collection; report what the collected list
 * lacks. Items shared by exactly the same rows make one finding (a label such as "Device Unique
 * Identification Code" covers several identifiers).
 */
function sdkItemsNotCollected(ctx: LintContext): LintFinding[] {
  const shared = new Map<string, SharedItem>();
  (ctx.pack.recipients.sdks ?? []).forEach((row, index) => {
    for (const field of row.fields) {
      for (const id of field.items.filter((i) => ctx.isItem(i) && !ctx.collected.has(i))) {
        const entry = shared.get(id) ?? { id, label: field.label, rows: [] };
        if (!entry.rows.includes(index)) entry.rows.push(index);
        shared.set(id, entry);
      }
    }
  });
  const groups = new Map<string, SharedItem[]>();
  for (const item of shared.values()) groups.set(item.rows.join(','), [...(groups.get(item.rows.join(',')) ?? []), item]);
  return [...groups.values()].map((items) => sdkItemFinding(ctx, items));
}

function sdkItemFinding(ctx: LintContext, items: SharedItem[]): LintFinding {
  const indexes = items[0]!.rows;
  const rows = indexes.map((i) => ctx.pack.recipients.sdks![i]!);
  const labels = [...new Set(items.map((i) => i.label))];
  const what = labels.map((l) => `${items.filter((i) => i.label === l).map((i) => ctx.label(i.id)).join(', ')} as "${l}"`).join('; ');
  const listed = collectsSections(ctx.pack) || 'no collects section';
  const message =
    `recipients.sdks[${indexes[0]}]: the SDK table shares ${what} with ${describeRows(rows)}, ` +
    `but the pack's collected information (${listed}) does not declare ${items.length === 1 ? 'it' : 'them'}`;
  const cites = dedupeCites([...rows.map((r) => r.cite), ...ctx.pack.collects.slice(0, 1).map((c) => c.cite)]);
  return { level: 'warning', code: 'sdk-item-not-collected', message, location: ctx.locate(['recipients', 'sdks', indexes[0]!]), cites };
}

/** `"MiPush" (Beijing Xiaomi Technology Co., Ltd.; android; §5.1.4)`, one entry per SDK across platforms. */
function describeRows(rows: SdkRow[]): string {
  const bySdk = new Map<string, { row: SdkRow; platforms: string[] }>();
  for (const row of rows) {
    const key = `${row.name}\u0000${row.organization}`;
    const entry = bySdk.get(key) ?? { row, platforms: [] };
    entry.platforms.push(row.platform);
    bySdk.set(key, entry);
  }
  return [...bySdk.values()].map(({ row, platforms }) => `"${row.name}" (${row.organization}; ${platforms.join(', ')}; §${row.cite.section})`).join(', ');
}

function collectsSections(pack: Pack): string {
  return [...new Set(pack.collects.map((c) => `§${c.cite.section}`))].join(', ');
}

/** Annex B items (by item or by whole category) the pack collects but does not mark: one finding per category. */
function sensitiveUnmarked(ctx: LintContext): LintFinding[] {
  const marked = new Set(ctx.pack.sensitive.flatMap((s) => expandSelector(s, ctx.taxonomy)));
  return ctx.taxonomy.categories.flatMap((category) => {
    const unmarked = category.items.filter((i) => (i.sensitive || category.sensitive) && ctx.collected.has(i.id) && !marked.has(i.id));
    if (!unmarked.length) return [];
    const declaring = ctx.pack.collects.map((s, i) => ({ s, i })).filter(({ s }) => expandSelector(s, ctx.taxonomy).some((id) => unmarked.some((u) => u.id === id)));
    const whole = category.sensitive && unmarked.length === category.items.length;
    const names = whole ? `the whole ${category.id} category (${category.zh}/${category.en})` : `${unmarked.map((i) => `${i.zh}/${i.en}`).join(', ')} (${category.id})`;
    const them = unmarked.length === 1 ? 'it' : 'them';
    const message = `GB/T 35273 Annex B treats ${names} as sensitive; the pack collects ${whole ? 'its items' : them} but does not mark ${them} sensitive`;
    const first = declaring[0];
    return [{ level: 'info' as const, code: 'sensitive-unmarked' as const, message, location: first && ctx.locate(['collects', first.i]), cites: dedupeCites(declaring.map(({ s }) => s.cite)) }];
  });
}

/** Every citation of the pack with its path. */
function citations(pack: Pack): { path: NodePath; cite: Citation }[] {
  const out: { path: NodePath; cite: Citation }[] = [];
  const add = (path: NodePath, cite: Citation | undefined) => cite && out.push({ path, cite });
  add(['owner', 'cite'], pack.owner?.cite);
  for (const key of ['collects', 'sensitive', 'retention', 'prohibited'] as const) pack[key].forEach((s, i) => add([key, i, 'cite'], s.cite));
  pack.deadlines?.forEach((d, i) => add(['deadlines', i, 'cite'], d.cite));
  add(['recipients', 'affiliates', 'cite'], pack.recipients.affiliates?.cite);
  pack.recipients.roles?.forEach((r, i) => add(['recipients', 'roles', i, 'cite'], r.cite));
  pack.recipients.sdks?.forEach((r, i) => add(['recipients', 'sdks', i, 'cite'], r.cite));
  add(['storage', 'cite'], pack.storage?.cite);
  for (const [k, v] of Object.entries(pack.consent)) add(['consent', k, 'cite'], v?.cite);
  for (const [k, v] of Object.entries(pack.security)) add(['security', k], v);
  return out;
}

/**
 * Citations of another document than the pack's. Statements inherited through `extends:` (their
 * location is in another file) are the parent's business, and the documents they quote may also be
 * quoted by the extending pack.
 */
function citeDocMismatches(ctx: LintContext, inheritedDocs: readonly string[]): LintFinding[] {
  const all = citations(ctx.pack);
  const ownFile = ctx.pack.locations?.['id']?.file;
  const inherited = ({ path }: { path: NodePath }) => ownFile !== undefined && ctx.locate(path)?.file !== ownFile;
  const allowed = new Set([ctx.pack.doc, ...inheritedDocs, ...all.filter(inherited).map((c) => c.cite.doc)]);
  return all
    .filter((c) => !inherited(c) && !allowed.has(c.cite.doc))
    .map(({ path, cite }) => ({
      level: 'warning' as const,
      code: 'cite-doc-mismatch' as const,
      message: `${pathKey(path)}: cites '${cite.doc}', but the pack's document is '${ctx.pack.doc}'; quote the pack's own document (or extend the pack that quotes '${cite.doc}')`,
      location: ctx.locate(path),
      cites: [cite],
    }));
}

function dedupeCites(cites: Citation[]): Citation[] {
  const seen = new Set<string>();
  return cites.filter((c) => {
    const key = `${c.doc}\u0000${c.section}\u0000${c.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const LEVEL_RANK: Record<LintLevel, number> = { error: 0, warning: 1, info: 2 };

/** File order first (like a compiler), then severity, code and message: same pack, same output. */
export function sortFindings(findings: LintFinding[]): LintFinding[] {
  const line = (f: LintFinding) => f.location?.line ?? Number.MAX_SAFE_INTEGER;
  const col = (f: LintFinding) => f.location?.column ?? 0;
  return [...findings].sort(
    (a, b) => line(a) - line(b) || col(a) - col(b) || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.code.localeCompare(b.code) || a.message.localeCompare(b.message),
  );
}
