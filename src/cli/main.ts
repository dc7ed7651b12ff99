/** The command-line program. Returns the exit code; only bin/ calls process.exit. */
import { Command, CommanderError, Option } from 'commander';
import { isInputError } from '../errors.js';
import { FORMAT_NAMES } from '../report/formatters/index.js';
import type { AuditFlags } from './audit.js';
import { languageFor, localizedIO, processIO, type CliIO } from './io.js';
import { DECLARATION_KINDS, withChoiceHint } from './options.js';
import type { ScanFlags } from './scan.js';
import { toolVersion } from './version.js';
import { localizeError } from './zh-messages.js';

// Commands are imported when run: a start-up pays only for the command it runs.
const audit = () => import('./audit.js');
const scan = () => import('./scan.js');
const policies = () => import('./policies.js');
const rules = () => import('./rules.js');
const taxonomy = () => import('./taxonomy.js');

const collect = (value: string, previous: string[] = []) => [...previous, value];

function commonOptions(cmd: Command): Command {
  return cmd
    .option('-p, --policy <id|path>', 'policy pack by bundled id or file path (repeatable; replaces the config\'s)', collect)
    .addOption(new Option('-f, --format <name>', "report format (default: from the --output file's extension, else pretty)").choices(FORMAT_NAMES))
    .option('-o, --output <file>', 'write the report there (whole or not at all); the terminal gets a summary')
    .option('--fail-on <level>', 'lowest severity that makes the exit code 1: error, warning, info, never')
    .option('--as-of <YYYY-MM-DD>', 'the day retention deadlines and ages are measured against (default: today)')
    .option('--lang <zh|en>', 'language of messages (default: config, else locale, else en)')
    .option('-c, --config <file>', 'config file (default: privaudit.config.yaml found upward)')
    .option('--baseline <file>', 'suppress findings recorded in this baseline')
    .option('--write-baseline <file>', 'record the current findings as a baseline')
    .option('--waivers <file>', 'waiver file of accepted findings with approver and expiry (default: config waivers:)')
    .option('--no-color', 'no colour (also NO_COLOR; FORCE_COLOR forces it)')
    .option('--debug', 'show stack traces of internal errors');
}

/** The language for commands that take no audit flags: --lang, config, locale. */
async function plainLang(flags: { lang?: string }, io: CliIO) {
  const { resolveConfig } = await import('../config/load.js');
  return languageFor(flags.lang, resolveConfig(undefined, io.cwd).lang, io);
}

export function buildProgram(io: CliIO, setCode: (code: number) => void): Command {
  const program = new Command('privaudit')
    .description('Audit personal-information declarations, SDK lists and exported tables against privacy-policy packs (PIPL, GB/T 35273).')
    .version(toolVersion(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (message, write) => write(withChoiceHint(message)) })
    .showSuggestionAfterError(true);

  commonOptions(program.command('audit').description('audit inventories (CSV/YAML/Excel) and SDK lists against the policy packs').argument('[paths...]', 'files or folders'))
    .addOption(new Option('--kind <inventory|sdk>', 'treat every file as this kind instead of detecting it').choices(DECLARATION_KINDS))
    .option('--platform <name>', 'platform for SDK lists without a platform column (android, ios, harmonyos, web, miniprogram)')
    .option('--sheet <name>', 'the sheet of each Excel workbook to read (default: the first visible one)')
    .action(async (paths: string[], flags: AuditFlags) => setCode(await (await audit()).runAudit(paths, flags, io)));

  commonOptions(program.command('scan').description('scan exported tables (CSV/TSV in any encoding, SQL dumps, JSON Lines, Parquet, Excel; .gz/.zst/.zip) for personal information').argument('[paths...]', 'files or folders'))
    .option('--sample <n>', 'scan only the first n records of each file')
    .option('--workers <n>', 'parallel workers for large files (default 1)')
    .option('--mapping <file>', 'mapping of columns to items and roles, for unrecognisable headers')
    .option('--max-field-bytes <n>', 'largest field accepted (default 1 MiB)')
    .option('--inventory <file|folder>', 'check the data against the inventory that describes it (repeatable; default: config inventory:)', collect)
    .option('--shard <i/N>', 'scan part i of N (files and ranges of large files, dealt the same way on every machine) and write it for privaudit merge')
    .action(async (paths: string[], flags: ScanFlags) => setCode(await (await scan()).runScan(paths, flags, io)));

  program
    .command('merge')
    .description('merge the parts of a sharded scan (scan --shard i/N) into the report one unsharded scan writes')
    .argument('<parts...>', 'the JSON files the shards wrote')
    .addOption(new Option('-f, --format <name>', "report format (default: from the --output file's extension, else pretty)").choices(FORMAT_NAMES))
    .option('-o, --output <file>', 'write the report there (whole or not at all); the terminal gets a summary')
    .option('--fail-on <level>', 'lowest severity that makes the exit code 1 (default: as the shards were run)')
    .option('--no-color', 'no colour (also NO_COLOR; FORCE_COLOR forces it)')
    .option('--debug', 'show stack traces of internal errors')
    .action(async (parts: string[], flags: import('./merge.js').MergeFlags) => setCode((await import('./merge.js')).runMerge(parts, flags, io)));

  const policiesCmd = program.command('policies').description('bundled and custom policy packs');
  policiesCmd.command('list').description('list the bundled packs').action(async () => setCode((await policies()).policiesList(io)));
  policiesCmd
    .command('show')
    .argument('<id|file>')
    .option('--lang <zh|en>')
    .option('--json', 'print the loaded pack as JSON')
    .description('summarise a pack: items, sensitivity, recipients, storage, retention, each with its clause')
    .action(async (ref: string, f: { lang?: string; json?: boolean }) => setCode((await policies()).policiesShow(ref, await plainLang(f, io), !!f.json, io)));
  policiesCmd
    .command('lint')
    .argument('<id|file>')
    .option('--lang <zh|en>')
    .description('check a pack for internal consistency (exit 1 on errors)')
    .action(async (ref: string, f: { lang?: string }) => setCode((await policies()).policiesLint(ref, await plainLang(f, io), io)));
  policiesCmd
    .command('diff')
    .argument('<a>')
    .argument('<b>')
    .option('--lang <zh|en>')
    .description('what one pack collects, shares, keeps that the other does not')
    .action(async (a: string, b: string, f: { lang?: string }) => setCode((await policies()).policiesDiff(a, b, await plainLang(f, io), io)));

  program
    .command('rules')
    .option('--lang <zh|en>')
    .description('the rule catalog')
    .action(async (f: { lang?: string }) => setCode((await rules()).listRules(await plainLang(f, io), io)));
  program
    .command('taxonomy')
    .argument('[query]', 'an id, name or synonym, or part of one')
    .option('--lang <zh|en>')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .description('the categories and items of personal information, their names, synonyms and sensitivity')
    .action(async (query: string | undefined, f: { lang?: string; format: 'text' | 'json' }) => setCode((await taxonomy()).runTaxonomy(query, await plainLang(f, io), f.format, io)));
  program
    .command('explain')
    .argument('<rule-id>')
    .option('--lang <zh|en>')
    .option('-p, --policy <id|path>', 'cite this pack\'s clause', collect)
    .description("a rule's meaning, the clauses behind it, and how to fix a finding")
    .action(async (id: string, f: { lang?: string; policy?: string[] }) => {
      const [{ explainRule }, { buildContext }] = await Promise.all([rules(), import('./context.js')]);
      setCode(explainRule(id, await plainLang(f, io), buildContext({ policy: f.policy, lang: f.lang }, io).policy, io));
    });
  program
    .command('init')
    .option('--force', 'overwrite existing files')
    .option('--lang <zh|en>')
    .description('write a starter config, example inventory and waiver file here')
    .action(async (f: { force?: boolean; lang?: string }) => {
      // Not the config's language: init is how a folder gets one, and --force must overwrite a broken one.
      setCode((await import('./init.js')).runInit(io, !!f.force, languageFor(f.lang, null, io)));
    });
  return program;
}

/** Run the CLI on argv (without node and script). Never throws; never exits. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code = 0;
  const debug = argv.includes('--debug');
  // Everything on stderr in the language of messages (--lang zh covers errors, notes and commander's own).
  const out = localizedIO(io, argv);
  try {
    await buildProgram(out, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      // No command (`privaudit`, `privaudit policies`): help on stderr, and a bad-arguments exit, so an empty
      // $ARGS in CI fails instead of passing; `privaudit help` asked for it (exit code 0 from commander).
      if (e.code === 'commander.help') return e.exitCode === 0 ? 0 : 2;
      return 2; // commander already printed the message
    }
    if (isInputError(e)) {
      io.stderr(`privaudit: ${localizeError(e, out.lang ?? 'en')}\n`);
      if (debug) io.stderr(`${e.stack}\n`);
      return 2;
    }
    // Loaded only on this path: start-up pays nothing for it.
    const { maskIdentifiers } = await import('../detect/mask-identifiers.js');
    out.stderr(internalErrorText(e, debug, maskIdentifiers));
    return 2;
  }
}

/**
 * One line, whatever the error carried (a library message may span lines or quote the data it choked on,
 * so identifiers in it are masked), then the hint; with --debug the stack frames instead of the hint.
 */
export function internalErrorText(e: unknown, debug: boolean, maskIdentifiers: (text: string) => string): string {
  const err = e instanceof Error ? e : null;
  const message = maskIdentifiers((err?.message ?? String(e)).split(/\r?\n/, 1)[0]!.trim());
  const frames = (err?.stack ?? '').split('\n').filter((line) => /^\s+at\s/.test(line));
  const detail = debug ? (frames.length ? frames.join('\n') : '  (no stack trace)') : '  rerun with --debug for details, and report it';
  return `privaudit: internal error: ${message}\n${detail}\n`;
}
