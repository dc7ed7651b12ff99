/** `privaudit rules` and `privaudit explain <rule-id>`. */
import { RULES, findRule } from '../check/registry.js';
import { resolveClause } from '../check/engine.js';
import { InputError } from '../errors.js';
import type { Policy } from '../policy/policy.js';
import type { Lang } from '../report/types.js';
import { SEVERITIES } from '../report/severity.js';
import { didYouMean } from '../text/suggest.js';
import type { CliIO } from './io.js';

export function listRules(lang: Lang, io: CliIO): number {
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  for (const r of RULES) {
    io.stdout(`${r.meta.id.padEnd(width)}  ${SEVERITIES[r.meta.defaultSeverity].label[lang].padEnd(7)}  ${r.meta.appliesTo.join(',').padEnd(22)}  ${r.meta.description[lang]}\n`);
  }
  return 0;
}

export function explainRule(id: string, lang: Lang, policy: Policy | null, io: CliIO): number {
  const rule = findRule(id);
  if (!rule) throw new InputError(`unknown rule '${id}'`, undefined, didYouMean(id, RULES.map((r) => r.meta.id)) || 'run `privaudit rules` for the list');
  const m = rule.meta;
  const clause = policy ? resolveClause(m, policy) : m.clause.law;
  const label = lang === 'zh' ? { sev: '默认级别', applies: '适用于', cites: '引用条款' } : { sev: 'default severity', applies: 'applies to', cites: 'cites' };
  io.stdout(`${m.explain[lang]}\n\n${label.sev}: ${m.defaultSeverity} · ${label.applies}: ${m.appliesTo.join(', ')}\n${label.cites}: ${clause.policy} §${clause.section} “${clause.quote}”\n`);
  return 0;
}
