/** `privaudit rules` and `privaudit explain <rule-id>`. */
import { RULES, findRule } from '../check/registry.js';
import { resolveClause } from '../check/engine.js';
import { InputError } from '../errors.js';
import type { Policy } from '../policy/policy.js';
import type { Lang } from '../report/types.js';
import { didYouMean } from '../text/suggest.js';
import { wordsFor } from '../text/words/index.js';
import type { CliIO } from './io.js';

export function listRules(lang: Lang, io: CliIO): number {
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  for (const r of RULES) {
    io.stdout(`${r.meta.id.padEnd(width)}  ${wordsFor(lang).severity[r.meta.defaultSeverity].padEnd(7)}  ${r.meta.appliesTo.join(',').padEnd(22)}  ${r.meta.description[lang]}\n`);
  }
  return 0;
}

export function explainRule(id: string, lang: Lang, policy: Policy | null, io: CliIO): number {
  const rule = findRule(id);
  if (!rule) throw new InputError(`unknown rule '${id}'`, undefined, didYouMean(id, RULES.map((r) => r.meta.id)) || 'run `privaudit rules` for the list');
  const m = rule.meta;
  const clause = policy ? resolveClause(m, policy) : m.clause.law;
  const w = wordsFor(lang).explain;
  io.stdout(`${m.explain[lang]}\n\n${w.defaultSeverity}: ${m.defaultSeverity} · ${w.appliesTo}: ${m.appliesTo.join(', ')}\n${w.cites}: ${clause.policy} §${clause.section} “${clause.quote}”\n`);
  return 0;
}
