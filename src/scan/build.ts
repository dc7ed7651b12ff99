/** The merged tallies of a table → the ExportFile the rules read: column profiles and table-level results. */
import type { DetectorId, Taxonomy } from '../taxonomy/types.js';
import type { TextEncoding } from '../io/encoding.js';
import { undecodableProblem } from '../load/exports/csv-stream.js';
import type { ExportFormat } from '../load/exports/types.js';
import { planFacts, withFacts } from './column-facts.js';
import type { ColumnPlan } from './plan.js';
import type { PlannedCheck } from './record-check.js';
import { recordCheck } from './record-checks.js';
import type { ColumnRole } from './roles.js';
import type { ColumnTally, HitTally, RangeTallyResult } from './tally.js';
import type { ColumnProfile, ExportFile, LocalizedArg, TableResult } from './types.js';

export interface TableSource {
  file: string;
  headerLine: number;
  encoding: TextEncoding;
  delimiter: string;
  format: ExportFormat;
}

export interface BuildInput {
  source: TableSource;
  table: string;
  columns: ColumnPlan[];
  roles: ColumnRole[];
  /** The record checks planned for the table; their tallies are `tally.checks`, in the same order. */
  checks: PlannedCheck[];
  tally: RangeTallyResult;
  sample: number | null;
  taxonomy: Taxonomy;
}

export function buildExportFile(b: BuildInput): ExportFile {
  const { source, tally } = b;
  return {
    kind: 'export',
    file: source.file,
    format: source.format,
    headerLine: source.headerLine,
    table: b.table,
    records: tally.records,
    ragged: tally.ragged,
    raggedRows: tally.raggedRows,
    encoding: source.encoding,
    delimiter: source.delimiter,
    sampled: b.sample,
    problems: tally.undecodable ? [undecodableProblem(tally.undecodable, source.encoding)] : [],
    columns: withFacts(b.columns.map((c) => profile(c, b.roles[c.index]!, tally)), planFacts(b.columns, b.roles), tally.facts, b.roles),
    results: [...freeTextResults(b), ...checkResults(b)],
    ...gapsOf(b),
  };
}

function gapsOf(b: BuildInput): { calendarGaps?: string[] } {
  const years = new Set(b.checks.flatMap((p, i) => recordCheck(p.rule).calendarGaps?.(b.tally.checks[i]!.tally) ?? []));
  return years.size > 0 ? { calendarGaps: [...years].sort() } : {};
}

function roleName(role: ColumnRole): string | null {
  if (role.kind === 'none') return null;
  return role.kind === 'event-date' ? `event-date:${role.event}` : role.kind;
}

/**
 * Values of the column's kind: masked and hashed ones, plus the plaintext ones in the proportion the
 * validation sample passed (all of them for an item known by header only); free text: cells with a hit.
 */
function matchedOf(c: ColumnPlan, t: ColumnTally): number {
  if (c.kind === 'free-text') return t.hits;
  if (c.kind !== 'pi') return 0;
  const plain = c.detector !== null && t.checked > 0 ? Math.round((t.plain * t.valid) / t.checked) : t.plain;
  return t.masked + t.hashed + plain;
}

function profile(c: ColumnPlan, role: ColumnRole, tally: RangeTallyResult): ColumnProfile {
  const t = tally.columns[c.index]!;
  const matched = matchedOf(c, t);
  return {
    index: c.index,
    name: c.name,
    headerItem: c.headerItem,
    valueItem: c.valueItem,
    item: c.item,
    detector: c.detector,
    kind: c.kind,
    role: roleName(role),
    nonEmpty: t.nonEmpty,
    matched,
    share: t.nonEmpty === 0 ? 0 : Math.round((matched / t.nonEmpty) * 1000) / 1000,
    plain: t.plain,
    masked: t.masked,
    hashed: t.hashed,
    checked: t.checked,
    valid: t.valid,
    rows: t.rows,
    evidence: t.evidence ?? t.maskedEvidence,
  };
}

/** "手机号码 12、居民身份证号 3" / "mobile phone number 12, resident ID 3": most found first. */
function kindsArg(h: HitTally, taxonomy: Taxonomy): LocalizedArg {
  const itemOf = new Map<DetectorId, { en: string; zh: string }>();
  for (const item of taxonomy.items.values()) for (const d of item.detectors) if (!itemOf.has(d)) itemOf.set(d, item);
  const entries = (Object.entries(h.kinds) as [DetectorId, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const label = (d: DetectorId, lang: 'en' | 'zh') => itemOf.get(d)?.[lang] ?? d;
  return {
    en: entries.map(([d, n]) => `${label(d, 'en')} ${n}`).join(', '),
    zh: entries.map(([d, n]) => `${label(d, 'zh')} ${n}`).join('、'),
  };
}

function freeTextResults(b: BuildInput): TableResult[] {
  return b.columns.flatMap((c) => {
    const h = b.tally.freeText[c.index];
    if (!h || h.count === 0) return [];
    return [{ ruleId: 'pii-in-free-text', column: c.name, item: c.item, count: h.count, rows: h.rows, clause: null, evidence: h.evidence, args: { column: c.name, table: b.table, count: h.count, kinds: kindsArg(h, b.taxonomy) } }];
  });
}

/** Each planned check's results from its merged tally, built by its rule's own code. */
function checkResults(b: BuildInput): TableResult[] {
  const ctx = { table: b.table, columns: b.columns, taxonomy: b.taxonomy };
  return b.checks.flatMap((p, i) => recordCheck(p.rule).build(p.check, p.report, b.tally.checks[i]!.tally, ctx));
}
