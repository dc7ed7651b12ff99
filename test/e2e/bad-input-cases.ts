/** The bad-input cases of the end-to-end suite, shared with the --lang zh coverage run (test/cli/zh-runs.ts). */
export const BAD = 'fixtures/bad';

export interface Case {
  name: string;
  argv: (good: string) => string[];
  /** What precedes the message: `file:line[:col]`, `file`, or null for a flag (no file involved). */
  where: string | null;
  message: string | RegExp;
  /** The fix the message offers. */
  fix: string | RegExp;
}

const audit = (file: string, ...rest: string[]) => (_good: string) => ['audit', file, ...rest];
const withPolicy = (pack: string) => (good: string) => ['audit', good, '--policy', pack];

export const FILE_CASES: Case[] = [
  { name: 'missing file', argv: audit(`${BAD}/does-not-exist.csv`), where: `${BAD}/does-not-exist.csv`, message: 'file not found', fix: 'check the path' },
  { name: 'empty file', argv: audit(`${BAD}/empty.csv`), where: `${BAD}/empty.csv:1`, message: 'no records: the file is empty', fix: 'add a header row and at least one record' },
  { name: 'header and no records', argv: audit(`${BAD}/header-only.csv`), where: `${BAD}/header-only.csv:1`, message: 'no records', fix: 'add at least one data row' },
  // An Excel workbook is read by its bytes whatever its name; this one is cut short after 62 bytes.
  {
    name: 'damaged workbook under a .csv name',
    argv: audit(`${BAD}/binary-xlsx-renamed.csv`),
    where: `${BAD}/binary-xlsx-renamed.csv`,
    message: 'not a readable Excel workbook: the ZIP archive is damaged or cut short',
    fix: 'open it in Excel and save it again',
  },
  { name: 'unterminated quote (line where the record began)', argv: audit(`${BAD}/unterminated-quote.csv`), where: `${BAD}/unterminated-quote.csv:3`, message: 'unterminated quoted field', fix: 'close the quote' },
  { name: 'ragged row', argv: audit(`${BAD}/ragged-row.csv`), where: `${BAD}/ragged-row.csv:4`, message: 'ragged row: 12 fields where the header has 13', fix: 'one cell per header column' },
  // The wording of YAML syntax errors is the yaml library's; the location and the fix are ours.
  { name: 'invalid YAML', argv: audit(`${BAD}/invalid-yaml.yaml`), where: `${BAD}/invalid-yaml.yaml:11:11`, message: /sufficiently indented and end with a \]/, fix: 'fix the YAML syntax' },
  { name: 'duplicate YAML key', argv: audit(`${BAD}/duplicate-key.yaml`), where: `${BAD}/duplicate-key.yaml:11:13`, message: /unique|duplicate/i, fix: 'each key may appear once per mapping' },
  { name: 'YAML alias bomb in an inventory', argv: audit(`${BAD}/alias-bomb.yaml`), where: `${BAD}/alias-bomb.yaml:3:15`, message: 'too many YAML aliases', fix: 'at most 100 aliases are resolved per file' },
  {
    name: 'YAML alias bomb in a custom pack',
    argv: withPolicy(`${BAD}/pack-alias-bomb.yaml`),
    where: `${BAD}/pack-alias-bomb.yaml:9:67`,
    message: 'too many YAML aliases',
    fix: 'at most 100 aliases are resolved per file',
  },
  {
    name: 'custom pack failing the schema',
    argv: withPolicy(`${BAD}/pack-schema-error.yaml`),
    where: `${BAD}/pack-schema-error.yaml:10:7`,
    message: "/collects/0/cite: must have required property 'quote'",
    fix: "add 'quote:' here",
  },
  // Schema-valid, but an item id the taxonomy does not know would be ignored silently (policies lint: unknown-item).
  {
    name: 'custom pack naming an unknown taxonomy item',
    argv: withPolicy(`${BAD}/pack-unknown-item.yaml`),
    where: `${BAD}/pack-unknown-item.yaml:9:12`,
    message: "invalid policy pack 'acme-typo': collects[22].items: unknown item 'location.gpz'; did you mean 'location.gps'",
    fix: `\`privaudit policies lint ${BAD}/pack-unknown-item.yaml\` lists every problem`,
  },
  {
    name: 'circular extends (at the extends that closes the loop)',
    argv: withPolicy(`${BAD}/circular-extends-a.yaml`),
    where: `${BAD}/circular-extends-b.yaml:6:10`,
    message: `circular extends: ${BAD}/circular-extends-a.yaml → ${BAD}/circular-extends-b.yaml → ${BAD}/circular-extends-a.yaml`,
    fix: 'remove one of the extends',
  },
  { name: 'unknown bundled pack id', argv: withPolicy('jdcloud-privacy-2020-7'), where: null, message: "unknown policy pack 'jdcloud-privacy-2020-7'", fix: "did you mean 'jdcloud-privacy-2020-07'" },
  { name: 'bad config file', argv: (good) => ['audit', good, '-c', `${BAD}/bad-config.yaml`], where: `${BAD}/bad-config.yaml:5:1`, message: "unknown setting 'faillOn'", fix: "did you mean 'failOn'" },
];

export const FLAG_CASES: Case[] = [
  { name: '--fail-on bogus', argv: (good) => ['audit', good, '--fail-on', 'bogus'], where: null, message: "--fail-on: 'bogus' is not one of error, warning, info, never", fix: 'use one of: error, warning, info, never' },
  { name: '--as-of 2023-02-30', argv: (good) => ['audit', good, '--as-of', '2023-02-30'], where: null, message: "--as-of: '2023-02-30' is not a calendar date", fix: 'YYYY-MM-DD' },
  { name: '--lang fr', argv: (good) => ['audit', good, '--lang', 'fr'], where: null, message: "--lang: 'fr' is not one of zh, en", fix: 'use --lang zh or --lang en' },
];

/** Commander's own messages ("error: …"): no file, but the allowed values or the nearest name. */
export const COMMANDER_CASES: Case[] = [
  { name: 'unknown format', argv: (good) => ['audit', good, '--format', 'jsn'], where: null, message: "argument 'jsn' is invalid", fix: "Allowed choices are pretty, json, sarif, junit, markdown, html, csv, github.\n  hint: did you mean 'json', 'csv'?" },
  { name: '--kind bogus', argv: (good) => ['audit', good, '--kind', 'sdkk'], where: null, message: "argument 'sdkk' is invalid", fix: "Allowed choices are inventory, sdk.\n  hint: did you mean 'sdk'?" },
  { name: 'unknown command', argv: () => ['audti', 'x.csv'], where: null, message: "unknown command 'audti'", fix: '(Did you mean audit?)' },
  { name: 'unknown option', argv: (good) => ['audit', good, '--formt', 'json'], where: null, message: "unknown option '--formt'", fix: '(Did you mean --format?)' },
];

