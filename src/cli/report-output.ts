/** Format the report, write it (whole or not at all), and decide the exit code. */
import { RULES } from '../check/registry.js';
import { FORMATTERS } from '../report/formatters/index.js';
import { summaryLine } from '../report/formatters/pretty.js';
import type { Format } from '../report/formatters/types.js';
import { failsAt, type FailOn } from '../report/severity.js';
import type { Lang, Report } from '../report/types.js';
import { writeAtomic } from '../io/write.js';
import { useColor, type CliIO } from './io.js';
import { chooseFormat } from './options.js';
import { localizeStderr } from './zh-messages.js';

export interface OutputFlags {
  /** --format; undefined when not given: the output file's extension chooses, else pretty. */
  format: Format | undefined;
  output?: string;
  color?: boolean;
}

export function emitReport(report: Report, flags: OutputFlags, lang: Lang, failOn: FailOn, io: CliIO): number {
  const { format, conflict } = chooseFormat(flags.format, flags.output);
  // Written in English and translated by the zh catalog, as every stderr line is; here by lang, as io may be anyone's.
  if (conflict) io.stderr(localizeStderr(`privaudit: warning: --format ${conflict.flag} does not match the extension of ${flags.output} (${conflict.extension}); writing ${conflict.flag} as --format says\n`, lang));
  const formatter = FORMATTERS[format];
  const toFile = !!flags.output;
  const text = formatter(report, { lang, color: !toFile && useColor(io, flags.color), rules: [...RULES].map((r) => r.meta) });
  if (toFile) {
    writeAtomic(flags.output!, text);
    io.stdout(summaryLine(report, lang) + ` → ${flags.output}\n`);
  } else {
    io.stdout(text);
  }
  return report.findings.some((f) => failsAt(f.severity, failOn)) ? 1 : 0;
}

