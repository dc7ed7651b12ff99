/** What audit and scan share: config, language, packs, calendar — resolved from flags and config. */
import { createCalendar, type PrcCalendar } from '../calendar/calendar.js';
import type { CheckContext } from '../check/types.js';
import { resolveConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { loadPack } from '../policy/load.js';
import { Policy } from '../policy/policy.js';
import type { FailOn } from '../report/severity.js';
import { loadTaxonomy } from '../taxonomy/load.js';
import { languageFor, type CliIO } from './io.js';
import { parseAsOf, parseFailOn, today } from './options.js';

export interface CommonFlags {
  policy?: string[];
  failOn?: string;
  asOf?: string;
  lang?: string;
  config?: string;
}

export interface RunContext extends CheckContext {
  calendar: PrcCalendar;
  failOn: FailOn;
}

export function buildContext(flags: CommonFlags, io: CliIO): RunContext {
  const { config: base, lang: configLang } = resolveConfig(flags.config, io.cwd);
  const lang = languageFor(flags.lang, configLang, io);
  // --policy replaces the config's list, and its locations with it: a flag has no line to point at.
  const config: Config = flags.policy?.length ? { ...base, lang, policies: flags.policy, policyLocations: undefined } : { ...base, lang };
  const taxonomy = loadTaxonomy();
  const packs = config.policies.map((ref, i) => loadPack(ref, { cwd: io.cwd, where: config.policyLocations?.[i], taxonomy }));
  return {
    config,
    lang,
    taxonomy,
    policy: new Policy(packs, taxonomy),
    calendar: createCalendar(),
    asOf: flags.asOf ? parseAsOf(flags.asOf) : today(),
    failOn: flags.failOn ? parseFailOn(flags.failOn) : config.failOn,
  };
}
