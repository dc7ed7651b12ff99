/** `privaudit audit`: declarations (inventories, SDK lists) against the packs. */
import { runRules } from '../check/engine.js';
import { RULES } from '../check/registry.js';
import type { LoadedFile } from '../check/types.js';
import { InputError } from '../errors.js';
import { loadDeclarations, type DeclarationKind } from '../load/index.js';
import type { Platform } from '../policy/types.js';
import { parsePlatform, PLATFORMS_ACCEPTED } from '../sdk/platform.js';
import { buildReport } from '../report/build.js';
import type { Coverage } from '../crosscheck/coverage.js';
import type { Format } from '../report/formatters/types.js';
import type { InputSummary } from '../report/types.js';
import { buildContext, type CommonFlags, type RunContext } from './context.js';
import type { CliIO } from './io.js';
import { checkOutputPath, writeAtomic } from '../io/write.js';
import { serializeBaseline } from '../suppress/baseline.js';
import { loadSuppressions, suppress } from '../suppress/apply.js';
import { emitReport } from './report-output.js';
import { toolVersion } from './version.js';

export interface AuditFlags extends CommonFlags {
  /** Undefined when -f is not given: the output file's extension chooses (report-output.ts). commander checks it. */
  format?: Format;
  output?: string;
  color?: boolean;
  kind?: DeclarationKind;
  platform?: string;
  /** `--sheet <name>`: the sheet of each Excel workbook to read (default: the first visible one). */
  sheet?: string;
  baseline?: string;
  writeBaseline?: string;
  waivers?: string;
}

function parsePlatformFlag(value: string | undefined): Platform | undefined {
  if (value === undefined) return undefined;
  const platform = parsePlatform(value);
  if (!platform) throw new InputError(`--platform: '${value}' is not a platform`, undefined, `use one of: ${PLATFORMS_ACCEPTED}`);
  return platform;
}

export function inputSummaries(files: LoadedFile[]): InputSummary[] {
  return files.map((f) => ({ file: f.file, kind: f.kind, records: f.kind === 'export' ? f.records : f.records.length }));
}

/** Shared tail of audit and scan: rules → waivers and baseline → report → output → exit code. */
export function finish(files: LoadedFile[], ctx: RunContext, flags: AuditFlags, io: CliIO, sources = loadSuppressions(flags, ctx.config, io.cwd), coverage: Coverage | null = null): number {
  // The fingerprints start from the root the suppressions chose (the baseline's), so they compare.
  const rooted = { ...ctx, root: sources.root };
  const { findings, suppressed, newBaseline, notes } = suppress(runRules(files, RULES, rooted), sources, rooted, io.cwd);
  const gaps = files.flatMap((f) => (f.kind === 'export' ? (f.calendarGaps ?? []) : []));
  const uncovered = [...new Set([...ctx.calendar.uncovered(), ...gaps])].sort();
  if (uncovered.length) {
    const { from, to } = ctx.calendar.coverage();
    io.stderr(`privaudit: warning: the holiday calendar covers ${from}–${to}; working days in ${uncovered.join(', ')} were counted as plain weekdays\n`);
  }
  if (newBaseline && sources.writeBaseline) {
    writeAtomic(sources.writeBaseline, serializeBaseline(newBaseline));
    io.stderr(`privaudit: baseline of ${newBaseline.entries.length} finding(s) written to ${sources.writeBaseline}\n`);
  }
  for (const note of notes) io.stderr(note);
  for (const f of files) for (const note of f.kind === 'export' ? [] : (f.notes ?? [])) io.stderr(`privaudit: note: ${note}\n`);
  const report = buildReport({ version: toolVersion(), policy: ctx.policy, asOf: ctx.asOf, inputs: inputSummaries(files), findings, suppressed, coverage });
  return emitReport(report, { format: flags.format, output: flags.output, color: flags.color }, ctx.lang, ctx.failOn, io);
}

/** What to try with no inputs: a name of the user's own (fixtures/ is not in the published package). */
const NO_INPUTS_HINT = {
  audit: 'e.g. privaudit audit inventory.csv, or set inputs: in privaudit.config.yaml (privaudit init writes one, with a starter inventory)',
  scan: 'e.g. privaudit scan exports/, or set inputs: in privaudit.config.yaml',
};

export function inputsOrConfig(paths: string[], ctx: RunContext, command: keyof typeof NO_INPUTS_HINT): string[] {
  const inputs = paths.length ? paths : ctx.config.inputs;
  if (inputs.length === 0) throw new InputError(`no inputs: name the files or folders to ${command}`, undefined, NO_INPUTS_HINT[command]);
  return inputs;
}

export async function runAudit(paths: string[], flags: AuditFlags, io: CliIO): Promise<number> {
  if (flags.output) checkOutputPath(flags.output);
  const ctx = buildContext(flags, io);
  const skipped: string[] = [];
  const reports: string[] = [];
  const files = loadDeclarations(inputsOrConfig(paths, ctx, 'audit'), {
    taxonomy: ctx.taxonomy,
    kind: flags.kind,
    platform: parsePlatformFlag(flags.platform),
    sheet: flags.sheet,
    onSkip: (file, _reason, what) => (what === 'report' ? reports : skipped).push(file),
    // Written by this run: a folder's copy is the last run's, and would be audited as an inventory.
    exclude: [flags.output, flags.writeBaseline].filter((f): f is string => f !== undefined),
  });
  // One note, not one line per file: folders often hold READMEs, answer files and the like.
  if (skipped.length) io.stderr(`privaudit: skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} that ${skipped.length === 1 ? 'is' : 'are'} neither an inventory nor an SDK list: ${skipped.join(', ')}\n`);
  if (reports.length) io.stderr(`privaudit: skipped ${reports.length} privaudit CSV report${reports.length === 1 ? '' : 's'}, not audited: ${reports.join(', ')}\n`);
  return finish(files, ctx, flags, io);
}
