/**
 * Merging the tallies of consecutive byte ranges, in file order: counts add up, line numbers shift by
 * the lines of the ranges before, the first rows and the first evidence come from the earliest range.
 * So one worker and several give the same result, byte for byte.
 */
import type { Undecodable } from '../load/exports/csv-stream.js';
import type { DetectorId } from '../taxonomy/types.js';
import { mergeFacts, shiftFacts } from './column-facts.js';
import { mergeRows, shiftRows } from './record-check-tally.js';
import { recordCheck } from './record-checks.js';
import type { ColumnTally, HitTally, RangeTallyResult } from './tally.js';

export interface RangePart {
  tally: RangeTallyResult;
  /** Physical lines of the file before this range. */
  lineOffset: number;
}

function mergeColumn(a: ColumnTally, b: ColumnTally, offset: number): void {
  a.nonEmpty += b.nonEmpty;
  a.plain += b.plain;
  a.masked += b.masked;
  a.hashed += b.hashed;
  a.checked += b.checked;
  a.valid += b.valid;
  a.hits += b.hits;
  mergeRows(a.rows, b.rows, offset);
  a.evidence ??= b.evidence;
  a.maskedEvidence ??= b.maskedEvidence;
}

function mergeHits(a: HitTally, b: HitTally, offset: number): void {
  a.count += b.count;
  mergeRows(a.rows, b.rows, offset);
  a.evidence ??= b.evidence;
  for (const [kind, n] of Object.entries(b.kinds) as [DetectorId, number][]) a.kinds[kind] = (a.kinds[kind] ?? 0) + n;
}

function shifted(t: RangeTallyResult, offset: number): RangeTallyResult {
  const rows = (r: number[]) => shiftRows(r, offset);
  return {
    records: t.records,
    ragged: t.ragged,
    raggedRows: rows(t.raggedRows),
    columns: t.columns.map((c) => ({ ...c, rows: rows(c.rows) })),
    freeText: t.freeText.map((h) => (h ? { ...h, rows: rows(h.rows), kinds: { ...h.kinds } } : null)),
    checks: t.checks.map((c) => ({ rule: c.rule, tally: recordCheck(c.rule).shift(c.tally, offset) })),
    facts: shiftFacts(t.facts, offset),
    undecodable: t.undecodable ? { ...t.undecodable, line: t.undecodable.line + offset } : null,
  };
}

/** Bytes not decoded in either: counts add up, the first line is the earlier range's. */
function mergeUndecodable(a: Undecodable | null | undefined, b: Undecodable | null | undefined, offset: number): Undecodable | null {
  if (!b) return a ?? null;
  if (!a) return { count: b.count, line: b.line + offset };
  return { count: a.count + b.count, line: a.line };
}

export function mergeTallies(parts: RangePart[]): RangeTallyResult {
  const [first, ...rest] = parts;
  if (!first) throw new Error('mergeTallies: no ranges');
  const out = shifted(first.tally, first.lineOffset);
  for (const { tally: t, lineOffset } of rest) {
    out.records += t.records;
    out.ragged += t.ragged;
    mergeRows(out.raggedRows, t.raggedRows, lineOffset);
    t.columns.forEach((c, i) => mergeColumn(out.columns[i]!, c, lineOffset));
    t.freeText.forEach((h, i) => h && mergeHits(out.freeText[i]!, h, lineOffset));
    t.checks.forEach((c, i) => recordCheck(c.rule).merge(out.checks[i]!.tally, c.tally, lineOffset));
    mergeFacts(out.facts ?? null, t.facts, lineOffset);
    out.undecodable = mergeUndecodable(out.undecodable, t.undecodable, lineOffset);
  }
  return out;
}
