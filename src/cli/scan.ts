/** `privaudit scan`: exported tables, value by value (the engine lives in src/scan). */
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
  const files = await scanFiles(inputsOrConfig(paths, ctx, 'scan'), {
    policy: ctx.policy,
    taxonomy: ctx.taxonomy,
    calendar: ctx.calendar,
    asOf: ctx.asOf,
    sample: flags.sample ? parsePositiveInt('--sample', flags.sample) : undefined,
    workers: flags.workers ? parsePositiveInt('--workers', flags.workers) : 1,
    mapping: flags.mapping ?? null,
    maxFieldBytes: flags.maxFieldBytes ? parsePositiveInt('--max-field-bytes', flags.maxFieldBytes) : undefined,
    progress: io.stderrIsTTY,
  });
  return finish(files, ctx, flags, io, sources);
}
