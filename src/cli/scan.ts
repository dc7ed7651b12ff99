/** `privaudit scan`: exported tables, value by value (the engine lives in src/scan). */
import { availableParallelism } from 'node:os';
import { checkOutputPath } from '../report/write.js';
import { scanFiles } from '../scan/index.js';
import { loadSuppressions } from '../suppress/apply.js';
import { finish, inputsOrConfig, type AuditFlags } from './audit.js';
import { buildContext } from './context.js';
import type { CliIO } from './io.js';
import { parseFormat, parsePositiveInt } from './options.js';

export interface ScanFlags extends AuditFlags {
  sample?: string;
  workers?: string;
  mapping?: string;
  maxFieldBytes?: string;
}

export async function runScan(paths: string[], flags: ScanFlags, io: CliIO): Promise<number> {
  parseFormat(flags.format);
  if (flags.output) checkOutputPath(flags.output);
  const ctx = buildContext(flags, io);
  // A bad baseline or waiver file should fail before a long scan, not after it.
  const sources = loadSuppressions(flags, ctx.config, io.cwd);
  const workers = flags.workers ? parsePositiveInt('--workers', flags.workers) : 1;
  warnAboveProcessors(workers, io);
  const files = await scanFiles(inputsOrConfig(paths, ctx, 'scan'), {
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
  });
  // Ragged rows in a large export are counted and reported, not fatal (issue 4).
  for (const f of files) {
    if (f.ragged > 0) io.stderr(`privaudit: ${f.file}: ${f.ragged} ragged row${f.ragged === 1 ? '' : 's'} (a different number of fields from the header), first at line${f.raggedRows.length === 1 ? '' : 's'} ${f.raggedRows.join(', ')}\n`);
  }
  return finish(files, ctx, flags, io, sources);
}

/** Threads beyond the processors only take turns on them, and each has its own heap. */
function warnAboveProcessors(workers: number, io: CliIO): void {
  const processors = availableParallelism();
  if (workers <= processors) return;
  io.stderr(`privaudit: --workers ${workers} is more than the ${processors} processors here: each thread adds about 55 MB of memory and no speed\n`);
}
