/** `privaudit scan`: exported tables, value by value (the engine lives in src/scan). */
import { availableParallelism } from 'node:os';
import { checkAgainstInventory, inventoryPaths, loadInventory, withoutInventories } from '../crosscheck/index.js';
import { InputError } from '../errors.js';
import { checkOutputPath, writeAtomic } from '../io/write.js';
import { scanFiles, type ScanOptions } from '../scan/index.js';
import { SHARD_FORMAT, type ShardPart, type ShardRun } from '../scan/shard-part.js';
import { parseShard, scanShard } from '../scan/shard.js';
import type { ExportFile } from '../scan/types.js';
import { loadSuppressions } from '../suppress/apply.js';
import { finish, inputsOrConfig, type AuditFlags } from './audit.js';
import { buildContext, type RunContext } from './context.js';
import type { CliIO } from './io.js';
import { parsePositiveInt } from './options.js';
import { toolVersion } from './version.js';

export interface ScanFlags extends AuditFlags {
  sample?: string;
  workers?: string;
  mapping?: string;
  maxFieldBytes?: string;
  shard?: string;
  inventory?: string[];
}

export async function runScan(paths: string[], flags: ScanFlags, io: CliIO): Promise<number> {
  if (flags.output) checkOutputPath(flags.output);
  const shard = flags.shard === undefined ? null : parseShard(flags.shard);
  if (shard && flags.format !== undefined && flags.format !== 'json') throw new InputError(`--shard writes a part for privaudit merge (JSON), not ${flags.format}`, undefined, 'leave out -f here, and give it to privaudit merge');
  const ctx = buildContext(flags, io);
  // A bad baseline or waiver file should fail before a long scan, not after it.
  const sources = loadSuppressions(flags, ctx.config, io.cwd);
  const workers = flags.workers ? parsePositiveInt('--workers', flags.workers) : 1;
  warnAboveProcessors(workers, io);
  const inventory = loadInventory(inventoryPaths(flags.inventory, ctx.config), ctx.taxonomy, io);
  const opts = { ...scanOptions(flags, ctx, io, workers), columnFacts: inventory !== null };
  const inputs = await withoutInventories(inputsOrConfig(paths, ctx, 'scan'), inventory);
  if (shard) {
    const part: ShardPart = { privauditShard: SHARD_FORMAT, tool: { name: 'privaudit', version: toolVersion() }, run: shardRun(flags, ctx, opts), ...(await scanShard(inputs, opts, shard)) };
    return writePart(part, flags, io);
  }
  const files = await scanFiles(inputs, opts);
  reportScanNotes(files, io);
  const checked = checkAgainstInventory(files, inventory, ctx, flags.mapping ?? null);
  return finish(checked.files, ctx, flags, io, sources, checked.coverage);
}

function scanOptions(flags: ScanFlags, ctx: RunContext, io: CliIO, workers: number): ScanOptions {
  return {
    policy: ctx.policy,
    taxonomy: ctx.taxonomy,
    calendar: ctx.calendar,
    asOf: ctx.asOf,
    sample: flags.sample ? parsePositiveInt('--sample', flags.sample) : undefined,
    workers,
    mapping: flags.mapping ?? null,
    maxFieldBytes: flags.maxFieldBytes ? parsePositiveInt('--max-field-bytes', flags.maxFieldBytes) : undefined,
    progress: io.stderrIsTTY,
    lang: ctx.lang,
    rulesOff: Object.keys(ctx.config.rules).filter((id) => ctx.config.rules[id] === 'off'),
  };
}

/** What decides the merged report, resolved here (today's date, the locale) so every shard and the merge agree. */
function shardRun(flags: ScanFlags, ctx: RunContext, opts: ScanOptions): ShardRun {
  return {
    policy: flags.policy?.length ? flags.policy : null,
    config: flags.config ?? null,
    asOf: ctx.asOf,
    lang: ctx.lang,
    failOn: flags.failOn ?? null,
    baseline: flags.baseline ?? null,
    waivers: flags.waivers ?? null,
    inventory: flags.inventory ?? [],
    mapping: flags.mapping ?? null,
    sample: opts.sample ?? null,
  };
}

function writePart(part: ShardPart, flags: ScanFlags, io: CliIO): number {
  const text = JSON.stringify(part) + '\n';
  const tables = part.units.reduce((n, u) => n + (u.kind === 'tables' ? u.tables.length : 1), 0);
  if (!flags.output) {
    io.stdout(text);
    return 0;
  }
  writeAtomic(flags.output, text);
  io.stderr(`privaudit: shard ${part.shard.index}/${part.shard.count}: ${part.units.length} of ${part.unitCount} units (${tables} table${tables === 1 ? '' : 's'} or ranges) written to ${flags.output}; merge all ${part.shard.count} parts with privaudit merge\n`);
  return 0;
}

/** Ragged rows and unreadable parts of a large export are counted and reported, not fatal (issue 4). */
export function reportScanNotes(files: readonly ExportFile[], io: CliIO): void {
  for (const f of files) {
    const where = f.format === 'csv' ? f.file : `${f.file} (${f.table})`;
    if (f.ragged > 0) io.stderr(`privaudit: ${where}: ${f.ragged} ragged row${f.ragged === 1 ? '' : 's'} (a different number of fields from the header), first at line${f.raggedRows.length === 1 ? '' : 's'} ${f.raggedRows.join(', ')}\n`);
    if (f.widerRecords) io.stderr(widerNote(f, f.widerRecords));
    for (const p of f.problems) io.stderr(`privaudit: ${f.file}${p.line ? `:${p.line}` : ''}${p.line && p.column ? `:${p.column}` : ''}: ${p.message} (the rest was scanned)\n  hint: ${p.hint}\n`);
  }
}

/** Most records are wider than the header: the values past it are not scanned, and the header is likely not the table's. */
function widerNote(f: ExportFile, w: NonNullable<ExportFile['widerRecords']>): string {
  return (
    `privaudit: ${f.file}:${w.line}: ${w.fields} fields where the header (line ${f.headerLine}) has ${w.columns}, as in most records: the fields past column ${w.columns} are not scanned\n` +
    `  hint: is the header a title line or a record? give the table a header line naming every column\n`
  );
}

/** Threads beyond the processors only take turns on them, and each has its own heap. */
function warnAboveProcessors(workers: number, io: CliIO): void {
  const processors = availableParallelism();
  if (workers <= processors) return;
  io.stderr(`privaudit: --workers ${workers} is more than the ${processors} processors here: each thread adds about 55 MB of memory and no speed\n`);
}
