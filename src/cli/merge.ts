/** `privaudit merge <parts...>`: the parts of a sharded scan → the report one unsharded scan writes. */
import { readFileSync } from 'node:fs';
import { checkAgainstInventory, inventoryPaths, loadInventory } from '../crosscheck/index.js';
import { InputError } from '../errors.js';
import type { Format } from '../report/formatters/types.js';
import { checkOutputPath } from '../io/write.js';
import { SHARD_FORMAT, type ShardPart } from '../scan/shard-part.js';
import { checkParts, mergeParts } from '../scan/shard-merge.js';
import { loadSuppressions } from '../suppress/apply.js';
import { finish } from './audit.js';
import { buildContext } from './context.js';
import type { CliIO } from './io.js';
import { reportScanNotes } from './scan.js';
import { toolVersion } from './version.js';

export interface MergeFlags {
  format?: Format;
  output?: string;
  failOn?: string;
  color?: boolean;
}

export function runMerge(files: string[], flags: MergeFlags, io: CliIO): number {
  if (flags.output) checkOutputPath(flags.output);
  const parts = files.map((file) => ({ file, part: readPart(file) }));
  checkParts(parts, toolVersion());
  // Sorted by shard, so the merge does not depend on the order the shell listed the files in.
  parts.sort((a, b) => a.part.shard.index - b.part.shard.index);
  const run = parts[0]!.part.run;
  const ctx = buildContext({ policy: run.policy ?? undefined, config: run.config ?? undefined, asOf: run.asOf, lang: run.lang, failOn: flags.failOn ?? run.failOn ?? undefined }, io);
  const sources = loadSuppressions({ baseline: run.baseline ?? undefined, waivers: run.waivers ?? undefined }, ctx.config, io.cwd);
  const exports = mergeParts(
    parts.map((p) => p.part),
    { sample: run.sample, taxonomy: ctx.taxonomy },
  );
  reportScanNotes(exports, io);
  const inventory = loadInventory(inventoryPaths(run.inventory, ctx.config), ctx.taxonomy, io);
  const checked = checkAgainstInventory(exports, inventory, ctx, run.mapping);
  return finish(checked.files, ctx, { format: flags.format, output: flags.output, color: flags.color }, io, sources, checked.coverage);
}

function readPart(file: string): ShardPart {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { file }, 'check the path');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError('not JSON: the text breaks off or is malformed here', { file, ...jsonErrorPosition(text, e as Error) }, 'give the files that privaudit scan --shard i/N wrote, whole');
  }
  const part = data as Partial<ShardPart> & { schemaVersion?: number };
  if (part?.privauditShard === SHARD_FORMAT && part.shard && Array.isArray(part.units) && Array.isArray(part.files) && part.run) return part as ShardPart;
  if (part?.schemaVersion !== undefined) throw new InputError('this is a finished report, not a part of a sharded scan', { file }, 'merge the files that privaudit scan --shard i/N wrote');
  throw new InputError('not a part of a sharded scan', { file }, 'merge the files that privaudit scan --shard i/N wrote');
}

/** Where JSON.parse stopped ("… at position 22"; the end of the text when it ran out), as line and column. */
function jsonErrorPosition(text: string, e: Error): { line: number; column: number } {
  const at = /position (\d+)/.exec(e.message);
  const offset = at ? Number(at[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
