/**
 * `privaudit merge`: the parts of a sharded scan → the ExportFiles one unsharded run would have built.
 * Whole files come back as their shard scanned them; the byte ranges of a large CSV (and the row-group
 * spans of a large Parquet file) are added up in
 * file order (merge.ts), each range's lines shifted by the lines before it, exactly as the ranges of
 * one run's threads are (parallel.ts). So the report is the same, byte for byte, whatever N was.
 */
import { InputError } from '../errors.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { mergeTallies, type RangePart } from './merge.js';
import { requireRecords } from './scan-file.js';
import type { ShardPart, UnitResult } from './shard-part.js';
import { finishTable, type PlannedTable } from './table-plan.js';
import { finishParts } from './tables.js';
import type { ExportFile } from './types.js';

type RangeResult = Extract<UnitResult, { kind: 'range' }>;

/**
 * The parts, checked to be one whole scan: same N, same inputs and options, every shard once, and
 * written by this version (a part holds tallies, whose shape is the version's own).
 */
export function checkParts(parts: readonly { file: string; part: ShardPart }[], version: string): void {
  const [first, ...rest] = parts;
  if (!first) throw new InputError('no reports to merge', undefined, 'privaudit merge part-1.json part-2.json …');
  const count = first.part.shard.count;
  const seen = new Map<number, string>();
  for (const { file, part } of parts) {
    const wrote = part.tool?.version;
    if (wrote === undefined) throw new InputError(`this part does not say which privaudit version wrote it, and this is privaudit ${version}`, { file }, 'scan again with this version');
    if (wrote !== version) throw new InputError(`this part was written by privaudit ${wrote}, and this is privaudit ${version}`, { file }, 'merge with the privaudit version that scanned, or scan again with this one');
    if (part.shard.count !== count) throw new InputError(`this part is shard ${part.shard.index}/${part.shard.count}, the first is of ${count}`, { file }, 'merge the parts of one sharded scan');
    const other = seen.get(part.shard.index);
    if (other) throw new InputError(`shard ${part.shard.index}/${count} is given twice (also ${other})`, { file }, 'give each part once');
    seen.set(part.shard.index, file);
  }
  for (const { file, part } of rest) {
    if (JSON.stringify(part.files) !== JSON.stringify(first.part.files)) throw new InputError(`this part scanned other inputs than ${first.file}`, { file }, 'run every shard with the same paths, from the same folder');
    if (JSON.stringify(part.run) !== JSON.stringify(first.part.run)) throw new InputError(`this part was scanned with other options than ${first.file} (${differingKey(part.run, first.part.run)})`, { file }, 'run every shard with the same --policy, --config, --as-of, --lang and --inventory');
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new InputError(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing`, undefined, 'merge the reports of all N shards');
}

function differingKey(a: object, b: object): string {
  const keys = Object.keys({ ...a, ...b }) as (keyof typeof a)[];
  return keys.find((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])) ?? 'options';
}

export function mergeParts(parts: readonly ShardPart[], ctx: { sample: number | null; taxonomy: Taxonomy }): ExportFile[] {
  const units = new Map<number, UnitResult>();
  for (const p of parts) for (const u of p.units) units.set(u.id, u);
  const unitCount = parts[0]!.unitCount;
  const out: ExportFile[] = [];
  for (let id = 0; id < unitCount; ) {
    const unit = units.get(id);
    if (!unit) throw new InputError(`the parts lack unit ${id} of the scan`, undefined, 'merge the reports of all N shards');
    if (unit.kind === 'tables') {
      out.push(...unit.tables);
      id++;
      continue;
    }
    const ranges: RangeResult[] = [];
    for (let k = 0; k < unit.range.count; k++) ranges.push(units.get(id + k) as RangeResult);
    out.push(mergeRanges(ranges, ctx));
    id += unit.range.count;
  }
  return out;
}

/** The ranges of one file, in order: each covers itself and maybe the ones after it (a re-read across a quote). */
function mergeRanges(ranges: RangeResult[], ctx: { sample: number | null; taxonomy: Taxonomy }): ExportFile {
  const pieces: RangePart[] = [];
  let planned: PlannedTable | null = null;
  let offset = 0;
  for (let k = 0; k < ranges.length; ) {
    const r = ranges[k];
    if (!r) throw new InputError(`a range of this file is missing from the parts`, { file: ranges.find(Boolean)?.file ?? '' }, 'merge the reports of all N shards');
    if ('error' in r) throw rangeError(r, offset);
    if (r.covers === 0) break;
    planned ??= r.planned!;
    pieces.push({ tally: r.tally!, lineOffset: offset });
    offset += r.lines!;
    k += r.covers;
  }
  const tally = mergeTallies(pieces);
  // Row-group spans carry their reader's problems; a CSV's ranges need records after the header.
  if (planned!.input.format !== 'csv') return finishParts(planned!, tally, ranges.map((r) => ('problems' in r ? r : {})), ctx);
  requireRecords(tally, planned!.input);
  return finishTable(planned!, tally, ctx);
}

/** A range's own error, at its line in the file (the lines of the ranges before added). */
function rangeError(r: Extract<RangeResult, { error: unknown }>, offset: number): InputError {
  const where = r.error.where as { file: string; line?: number; column?: number } | null;
  const shifted = where && where.line !== undefined ? { ...where, line: where.line + offset } : (where ?? undefined);
  return new InputError(r.error.message, shifted, r.error.hint ?? undefined);
}
