/**
 * `policies lint`: a pack's internal consistency. The schema (validate.ts) checks shapes; this
 * checks meaning: ids the taxonomy knows, statements about items the pack never declares
 * collecting, retention rules and deadlines that cannot be applied, citations of the wrong document.
 */
import type { Location } from '../location.js';
import { DURATION_ACCEPTED, parseDuration } from '../normalize/duration.js';
import { InputError, ValueError } from '../errors.js';
import type { Lang } from '../report/types.js';
import { nearest } from '../text/suggest.js';
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
  /** The language of the messages (default en); codes, paths and ids stay as they are. */
  lang?: Lang;
}

export function lintPack(pack: Pack, taxonomy: Taxonomy, options: LintOptions = {}): LintFinding[] {
  const ctx = new LintContext(pack, taxonomy, options.lang ?? 'en');
  return sortFindings([
    ...unknownIds(ctx),
    ...duplicateRetentionIds(ctx),
    ...invalidPeriods(ctx),
    ...deadlineProblems(ctx),
    ...uncollected(ctx, 'sensitive', 'sensitive-not-collected', { en: 'marks as sensitive', zh: (m) => `将 ${m} 标为敏感` }),
    ...uncollected(ctx, 'retention', 'retention-not-collected', { en: 'sets a retention rule for', zh: (m) => `为 ${m} 设定了保存规则` }),
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
  const errors = sortFindings(unknownIds(new LintContext(pack, taxonomy, 'en')));
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
    readonly lang: Lang,
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
    return !item ? id : this.lang === 'zh' ? `${id}（${item.zh}）` : `${id} (${item.en})`;
  }

  /** The message in the lint's language. */
  say(text: Record<Lang, string>): string {
    return text[this.lang];
  }

  /** A list as the language writes one: `a, b` or `a、b`. */
  list(parts: readonly string[]): string {
    return parts.join(this.lang === 'zh' ? '、' : ', ');
  }
}

/** What a period that cannot be read may be written as (the duration reader's accepted forms, in Chinese). */
const DURATION_ACCEPTED_ZH = '数字加单位，如 `5y`、`30d`、`3 working days`、`P5Y`、`5年`、`30天`、`3个工作日`、`6个月`、`半年`；或 `永久`';

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

function unknown(ctx: LintContext, code: LintCode, what: 'item' | 'category', id: string, known: string[], path: NodePath, cite: Citation): LintFinding {
  const near = nearest(id, known).map((n) => `'${n}'`);
  const en = near.length ? `; did you mean ${near.join(', ')}?` : '';
  const zh = near.length ? `；是否为 ${near.join('、')}？` : '';
  return {
    level: 'error',
    code,
    message: ctx.say({
      en: `${pathKey(path)}: unknown ${what} '${id}'${en} (see policies/taxonomy.yaml)`,
      zh: `${pathKey(path)}：未知的${what === 'item' ? '条目' : '类别'} '${id}'${zh}（见 policies/taxonomy.yaml）`,
    }),
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
    const message = ctx.say({
      en: `retention[${i}]: retention rule id '${rule.id}' is already used by retention[${earlier}]; give each rule its own id`,
      zh: `retention[${i}]：保存规则 id '${rule.id}' 已被 retention[${earlier}] 使用；请为每条规则设置不同的 id`,
    });
    return [{ level: 'error' as const, code: 'duplicate-retention-id' as const, message, location: ctx.locate(['retention', i]), cites: [ctx.pack.retention[earlier]!.cite, rule.cite] }];
  });
}

function invalidPeriods(ctx: LintContext): LintFinding[] {
  return ctx.pack.retention.flatMap((rule, i) => {
    const problem = periodProblem(rule.period);
    if (!problem) return [];
    const message = notADuration(ctx, `retention[${i}] '${rule.id}'`, rule.period, problem);
    return [{ level: 'error' as const, code: 'retention-period-invalid' as const, message, location: ctx.locate(['retention', i, 'period']), cites: [rule.cite] }];
  });
}

/** The reader's own reason stays English: it is written for the stderr catalog, which this stdout text does not pass through. */
function notADuration(ctx: LintContext, what: string, period: string, problem: ValueError): string {
  return ctx.say({
    en: `${what}: period '${period}' is not a duration (${problem.message}); write it as ${problem.accepted}`,
    zh: `${what}：期限 '${period}' 不是可识别的时长；请写成${DURATION_ACCEPTED_ZH}`,
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

/** A reply period without `types`: it covers every type no other period names. */
const EVERY_OTHER_TYPE = '*';

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
    else {
      const message = ctx.say({
        en: `deadlines[${i}]: deadline id '${d.id}' is already used by deadlines[${earlier}]; give each deadline its own id`,
        zh: `deadlines[${i}]：期限 id '${d.id}' 已被 deadlines[${earlier}] 使用；请为每个期限设置不同的 id`,
      });
      at('duplicate-deadline-id', message, ['deadlines', i], [ctx.pack.deadlines![earlier]!.cite, d.cite]);
    }
    const name = `deadlines[${i}] '${d.id}'`;
    const problem = periodProblem(d.period);
    if (problem) at('deadline-period-invalid', notADuration(ctx, name, d.period, problem), ['deadlines', i, 'period']);
    else if (d.kind === 'termination-notice' && workingDays(d.period)) {
      const message = ctx.say({
        en: `${name}: a notice period counts back from the end in calendar days, weeks, months or years, not working days`,
        zh: `${name}：通知期从终止之日倒数，以自然日、周、月或年计，不能以工作日计`,
      });
      at('deadline-period-invalid', message, ['deadlines', i, 'period']);
    }
    const starts = DEADLINE_STARTS[d.kind];
    if (!starts.includes(d.from)) {
      const message = ctx.say({
        en: `${name}: a ${d.kind} deadline starts at ${starts.join(' or ')}, not '${d.from}'`,
        zh: `${name}：${d.kind} 期限从 ${starts.join(' 或 ')} 起算，不能从 '${d.from}' 起算`,
      });
      at('deadline-start-invalid', message, ['deadlines', i, 'from']);
    }
    if (d.types && d.kind !== 'request-reply') {
      at('deadline-start-invalid', ctx.say({ en: `${name}: only a request-reply deadline takes request types`, zh: `${name}：只有 request-reply 期限可以设置请求类型` }), ['deadlines', i, 'types']);
    }
    if (d.kind !== 'request-reply') return;
    for (const type of d.types ?? [EVERY_OTHER_TYPE]) {
      const owner = typeOwner.get(type);
      if (owner === undefined) typeOwner.set(type, i);
      else {
        const taken = ctx.pack.deadlines![owner]!;
        const what = type === EVERY_OTHER_TYPE ? ctx.say({ en: '(every other type)', zh: '（其他所有类型）' }) : type;
        const message = ctx.say({
          en: `${name}: request type ${what} already has its period from deadlines[${owner}] '${taken.id}', which the scan applies; name each type in one reply period`,
          zh: `${name}：请求类型 ${what} 已由 deadlines[${owner}] '${taken.id}' 规定答复期限，扫描采用该期限；每种类型只应写在一个答复期限中`,
        });
        at('deadline-types-overlap', message, ['deadlines', i, ...(d.types ? ['types'] : [])], [taken.cite, d.cite]);
      }
    }
  });
  return out;
}

/** Sensitive marks and retention rules on items the pack never declares collecting. */
function uncollected(ctx: LintContext, key: 'sensitive' | 'retention', code: LintCode, verb: { en: string; zh: (missing: string) => string }): LintFinding[] {
  return ctx.pack[key].flatMap((sel: ItemSelector & { cite: Citation }, i) => {
    const items = (sel.items ?? []).filter((id) => ctx.isItem(id) && !ctx.collected.has(id)).map((id) => ctx.label(id));
    const noneOf = ctx.say({ en: ' (none of its items)', zh: '（其条目均未收集）' });
    const categories = (sel.categories ?? []).filter((id) => ctx.isCategory(id) && !ctx.categoryCollected(id)).map((id) => `${id}${noneOf}`);
    const missing = ctx.list([...items, ...categories]);
    if (!missing) return [];
    const message = ctx.say({
      en: `${key}[${i}] (§${sel.cite.section}) ${verb.en} ${missing}, which the pack does not declare collecting`,
      zh: `${key}[${i}]（§${sel.cite.section}）${verb.zh(missing)}，但策略包没有声明收集`,
    });
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
  const ids = (l: string) => ctx.list(items.filter((i) => i.label === l).map((i) => ctx.label(i.id)));
  const listed = collectsSections(ctx.pack) || ctx.say({ en: 'no collects section', zh: '没有 collects 部分' });
  const message = ctx.say({
    en:
      `recipients.sdks[${indexes[0]}]: the SDK table shares ${labels.map((l) => `${ids(l)} as "${l}"`).join('; ')} with ${describeRows(rows, 'en')}, ` +
      `but the pack's collected information (${listed}) does not declare ${items.length === 1 ? 'it' : 'them'}`,
    zh:
      `recipients.sdks[${indexes[0]}]：SDK 表向 ${describeRows(rows, 'zh')} 共享${labels.map((l) => `「${l}」即 ${ids(l)}`).join('；')}，` +
      `但策略包收集的信息（${listed}）没有声明${items.length === 1 ? '该项' : '这些项'}`,
  });
  const cites = dedupeCites([...rows.map((r) => r.cite), ...ctx.pack.collects.slice(0, 1).map((c) => c.cite)]);
  return { level: 'warning', code: 'sdk-item-not-collected', message, location: ctx.locate(['recipients', 'sdks', indexes[0]!]), cites };
}

/**
 * `"MiPush" (Beijing Xiaomi Technology Co., Ltd.; android; §5.1.4)`, one entry per SDK across platforms; in
 * Chinese the names from the pack are quoted 「…」, as Chinese text quotes names from the user's files.
 */
function describeRows(rows: SdkRow[], lang: Lang): string {
  const bySdk = new Map<string, { row: SdkRow; platforms: string[] }>();
  for (const row of rows) {
    const key = `${row.name}\u0000${row.organization}`;
    const entry = bySdk.get(key) ?? { row, platforms: [] };
    entry.platforms.push(row.platform);
    bySdk.set(key, entry);
  }
  if (lang === 'zh') return [...bySdk.values()].map(({ row, platforms }) => `「${row.name}」（「${row.organization}」；${platforms.join('、')}；§${row.cite.section}）`).join('、');
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
    const message = ctx.say({
      en: `GB/T 35273 Annex B treats ${names} as sensitive; the pack collects ${whole ? 'its items' : them} but does not mark ${them} sensitive`,
      zh: whole
        ? `按 GB/T 35273 的个人敏感信息范围，整个 ${category.id} 类别（${category.zh}）都是敏感个人信息；策略包收集了其中的条目，但没有标为敏感`
        : `按 GB/T 35273 的个人敏感信息范围，${unmarked.map((i) => i.zh).join('、')}（${category.id}）是敏感个人信息；策略包收集了${unmarked.length === 1 ? '该项' : '这些项'}，但没有标为敏感`,
    });
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
      message: ctx.say({
        en: `${pathKey(path)}: cites '${cite.doc}', but the pack's document is '${ctx.pack.doc}'; quote the pack's own document (or extend the pack that quotes '${cite.doc}')`,
        zh: `${pathKey(path)}：引用了 '${cite.doc}'，但策略包的文档是 '${ctx.pack.doc}'；请引用策略包自己的文档（或改为扩展引用 '${cite.doc}' 的策略包）`,
      }),
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
