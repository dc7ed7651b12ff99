/** `privaudit policies list|show|lint|diff`. */
import { InputError } from '../errors.js';
import { formatLocation } from '../location.js';
import { diffPacks } from '../policy/diff.js';
import { lintPack, type LintLevel } from '../policy/lint.js';
import { listBundledPacks, loadPack } from '../policy/load.js';
import { formatPackDiff } from '../policy/show-diff.js';
import { formatPackSummary } from '../policy/show.js';
import type { Lang } from '../report/types.js';
import { loadTaxonomy } from '../taxonomy/load.js';
import { wordsFor } from '../text/words/index.js';
import type { CliIO } from './io.js';

export function policiesList(io: CliIO): number {
  const rows = listBundledPacks().map((id) => loadPack(id));
  const width = Math.max(...rows.map((p) => p.id.length));
  for (const p of rows) io.stdout(`${p.id.padEnd(width)}  ${p.language}  ${p.version.padEnd(10)}  ${p.title}  (${p.doc})\n`);
  return 0;
}

export function policiesShow(ref: string, lang: Lang, json: boolean, io: CliIO): number {
  const pack = loadPack(ref, { cwd: io.cwd });
  io.stdout(json ? JSON.stringify({ ...pack, locations: undefined }, null, 2) + '\n' : formatPackSummary(pack, loadTaxonomy(), lang));
  return 0;
}

/** Exit 1 when the pack has lint errors, so CI can gate custom packs. */
export function policiesLint(ref: string, lang: Lang, io: CliIO): number {
  const pack = loadPack(ref, { cwd: io.cwd });
  const findings = lintPack(pack, loadTaxonomy(), { lang });
  const words = wordsFor(lang);
  for (const f of findings) {
    const where = f.location ? `${formatLocation(f.location)}: ` : '';
    const cites = f.cites.map((c) => `\n    ${c.doc} §${c.section}: “${c.quote}”`).join('');
    io.stdout(`${where}${words.severity[f.level]} ${f.code}: ${f.message}${cites}\n`);
  }
  const count = (level: LintLevel) => findings.filter((f) => f.level === level).length;
  io.stdout(`${words.lint.summary(pack.id, count('error'), count('warning'), count('info'))}\n`);
  return count('error') > 0 ? 1 : 0;
}

export function policiesDiff(a: string, b: string, lang: Lang, io: CliIO): number {
  if (!a || !b) throw new InputError('policies diff needs two packs', undefined, 'e.g. privaudit policies diff jdcloud-privacy-2020-03 jdcloud-privacy-2020-07');
  const tx = loadTaxonomy();
  io.stdout(formatPackDiff(diffPacks(loadPack(a, { cwd: io.cwd }), loadPack(b, { cwd: io.cwd }), tx), lang));
  return 0;
}
