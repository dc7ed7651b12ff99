import { InputError } from '../errors.js';
import type { Lang } from '../report/types.js';
import { didYouMean } from '../text/suggest.js';
import { localizeStderr } from './zh-messages.js';

/** Where the CLI writes and what it knows of its environment: injectable so tests run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The language of messages once decided (languageFor records it); a localizedIO's stderr follows it. */
  lang?: Lang;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
  };
}

/** NO_COLOR / FORCE_COLOR / --no-color / TTY, as the ecosystem expects (no-color.org, force-color.org). */
export function useColor(io: CliIO, flag: boolean | undefined, forTTY = io.stdoutIsTTY): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return forTTY && io.env.TERM !== 'dumb';
}

/** The locale's language (LC_ALL, LC_MESSAGES, LANG); null when none is set. */
export function localeLang(env: CliIO['env']): Lang | null {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!locale) return null;
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

const isLang = (value: string | undefined): value is Lang => value === 'zh' || value === 'en';

/** The one order of precedence: --lang, else the config's, else the locale's, else English. */
function resolveLang(flag: Lang | undefined, config: Lang | null, env: CliIO['env']): Lang {
  return flag ?? config ?? localeLang(env) ?? 'en';
}

/** The language of messages (resolveLang); recorded on io, so stderr speaks it from then on. */
export function languageFor(flag: string | undefined, config: Lang | null, io: CliIO): Lang {
  if (flag !== undefined && !isLang(flag)) {
    throw new InputError(`--lang: '${flag}' is not one of zh, en`, undefined, didYouMean(flag, ['zh', 'en']) || 'use --lang zh or --lang en');
  }
  return (io.lang = resolveLang(flag, config, io.env));
}

/** The language before any config is read (a bad flag, a missing file): resolveLang without the config; a bad --lang is ignored here (languageFor refuses it). */
function argvLang(argv: readonly string[], env: CliIO['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? undefined : argv[i]!.startsWith('--lang=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  return resolveLang(isLang(value) ? value : undefined, null, env);
}

/** The io the commands get: its stderr is translated into io.lang, known from argv at first and from the config once read. */
export function localizedIO(io: CliIO, argv: readonly string[]): CliIO {
  const out: CliIO = { ...io, lang: io.lang ?? argvLang(argv, io.env), stderr: (text) => io.stderr(localizeStderr(text, out.lang ?? 'en')) };
  return out;
}
