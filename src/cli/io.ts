import { InputError } from '../errors.js';
import { didYouMean } from '../text/suggest.js';

/** Where the CLI writes and what it knows of its environment: injectable so tests run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
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

/** The language of messages: --lang, config, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function localeLang(env: CliIO['env']): 'zh' | 'en' | null {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!locale) return null;
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** --lang, else the config's, else the locale's, else English. */
export function languageFor(flag: string | undefined, config: 'zh' | 'en' | null, io: CliIO): 'zh' | 'en' {
  if (flag === undefined) return config ?? localeLang(io.env) ?? 'en';
  if (flag === 'zh' || flag === 'en') return flag;
  throw new InputError(`--lang: '${flag}' is not one of zh, en`, undefined, didYouMean(flag, ['zh', 'en']) || 'use --lang zh or --lang en');
}
