/** privaudit.config.yaml, after validation and merging with flags. */
import type { FailOn } from '../report/severity.js';
import type { Lang, Severity } from '../report/types.js';
import type { Location } from '../location.js';
import type { SensitivitySetting } from '../normalize/sensitivity.js';
import type { RecipientRole } from '../policy/types.js';

export interface RegisteredRecipient {
  name: string;
  aliases: string[];
  role: RecipientRole;
}

export interface Config {
  /** The config file, when one was found. */
  file: string | null;
  policies: string[];
  /** Where each entry of `policies` is written in the config file (same order); absent for the default and --policy. */
  policyLocations?: Location[];
  failOn: FailOn;
  lang: Lang;
  recipients: RegisteredRecipient[];
  /** How the inventory's sensitivity grades read (src/normalize/sensitivity.ts); canonical grade → sensitive. */
  sensitivity: SensitivitySetting;
  /** Per-rule severity override, or 'off'. */
  rules: Record<string, Severity | 'off'>;
  baseline: string | null;
  waivers: string | null;
  /** Written relative to the config file; held as named from the working folder, as a report shows an input. */
  inputs: string[];
  /** `scan --inventory`: inventory files or folders the scanned data is checked against (written relative to the config file, held as `inputs`). */
  inventory: string[];
}
