/**
 * Merging the tallies of consecutive byte ranges, in file order: counts add up, line numbers shift by
 * the lines of the ranges before, the first rows and the first evidence come from the earliest range.
 * So one worker and several give the same result, byte for byte.
 */
import type { DetectorId } from '../taxonomy/types.js';
import { mergeFacts, shiftFacts } from './column-facts.js';
import { MAX_ROWS, type ColumnTally, type CountTally, type HitTally, type RangeTallyResult } from './tally.js';

export interface RangePart {
  tally: RangeTallyResult;
  /** Physical lines of the file before this range. */
  lineOffset: number;
}

function mergeRows(target: number[], rows: number[], offset: number): void {
  for (const r of rows) {
    if (target.length >= MAX_ROWS) return;
    target.push(r + offset);
  }
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

function mergeCount(a: CountTally, b: CountTally, offset: number): void {
  a.count += b.count;
  mergeRows(a.rows, b.rows, offset);
}

function shifted(t: RangeTallyResult, offset: number): RangeTallyResult {
  const rows = (r: number[]) => r.map((x) => x + offset);
  return {
    records: t.records,
    ragged: t.ragged,
    raggedRows: rows(t.raggedRows),
    columns: t.columns.map((c) => ({ ...c, rows: rows(c.rows) })),
    freeText: t.freeText.map((h) => (h ? { ...h, rows: rows(h.rows), kinds: { ...h.kinds } } : null)),
    retention: t.retention.map((c) => ({ count: c.count, rows: rows(c.rows) })),
    minors: t.minors ? { count: t.minors.count, rows: rows(t.minors.rows) } : null,
    facts: shiftFacts(t.facts, offset),
  };
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
    t.retention.forEach((c, i) => mergeCount(out.retention[i]!, c, lineOffset));
    if (t.minors && out.minors) mergeCount(out.minors, t.minors, lineOffset);
    mergeFacts(out.facts ?? null, t.facts, lineOffset);
  }
  return out;
}
