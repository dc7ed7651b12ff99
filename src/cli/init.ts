/** `privaudit init`: a starter config, example inventory and waiver file in the current folder. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../report/types.js';
import { wordsFor } from '../text/words/index.js';
import type { CliIO } from './io.js';

const CONFIG = `# privaudit configuration — see README.md. Editors: schemas/config.schema.json
policies:
  - jdcloud-privacy-2020-07
failOn: error            # error | warning | info | never
# lang: zh               # zh | en (default: from the locale)
inputs:
  - inventory.example.csv
recipients:              # who you share with, and their role (undeclared-recipient)
  - name: Example Cloud Services Ltd.
    aliases: [Example Cloud, 示例云]
    role: processor
rules: {}                # e.g. retention-missing: off, sdk-not-present: warning
# baseline: privaudit-baseline.json
# waivers: waivers.yaml
`;

const INVENTORY = `system,table,field,category,sensitive,encrypted,masked,storage_region,retention,retention_trigger,shared_with,consent,purpose
crm,users,real_name,basic.name,no,AES-256,yes,cn-north-1,3 working days,account-cancellation,,explicit,account management
crm,users,mobile,basic.phone,yes,AES-256,yes,cn-north-1,3 working days,account-cancellation,Example Cloud,explicit,login verification
crm,users,password,network-identity.password,yes,bcrypt,yes,cn-north-1,3 working days,account-cancellation,,explicit,login
billing,orders,order_amount,property.transaction,yes,AES-256,yes,cn-north-1,5y,transaction,,explicit,billing
`;

const WAIVERS = `# Accepted findings, each with a reason, an approver and an expiry (privaudit waivers).
waivers: []
#  - rule: retention-missing
#    file: inventory.example.csv
#    field: order_amount
#    reason: retention schedule under legal review
#    approver: jane.doe@example.com
#    expires: 2027-03-31
#    reference: DPIA-2026-014
`;

export function runInit(io: CliIO, force: boolean, lang: Lang = 'en'): number {
  const words = wordsFor(lang).init;
  const files: [string, string][] = [
    ['privaudit.config.yaml', CONFIG],
    ['inventory.example.csv', INVENTORY],
    ['waivers.example.yaml', WAIVERS],
  ];
  const existing = files.map(([name]) => name).filter((name) => existsSync(join(io.cwd, name)));
  if (existing.length && !force) throw new InputError(`${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}`, undefined, 'remove them or rerun with --force to overwrite');
  for (const [name, content] of files) {
    writeFileSync(join(io.cwd, name), content);
    io.stdout(`${words.wrote(name)}\n`);
  }
  io.stdout(`${words.next}\n`);
  return 0;
}
