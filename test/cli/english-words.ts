/**
 * The English words left in a `--lang zh` output once what is allowed to stay English is taken out:
 * quoted values, file paths, option names, rule/item/category/pack ids, keys of privaudit's own files,
 * command names and a short list of codes. Everything allowed comes from the project's own registries
 * (rules, taxonomy, packs, schemas, commander's commands), so an English sentence cannot slip through.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/check/registry.js';
import { buildProgram } from '../../src/cli/main.js';
import { FORMAT_NAMES } from '../../src/report/formatters/index.js';
import { SEVERITY_ORDER } from '../../src/report/severity.js';
import { listBundledPacks } from '../../src/policy/load.js';
import { PLATFORMS } from '../../src/sdk/platform.js';
import { SDK_KEYS } from '../../src/sdk/columns.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import type { CliIO } from '../../src/cli/io.js';
import { REPO_ROOT } from '../e2e/helpers.js';

/** Codes, formats and proper names that stay as they are in Chinese text. Keep this list short. */
const CODES = [
  'PIPL', 'GB', 'SARIF', 'JSON', 'CSV', 'TSV', 'PSV', 'YAML', 'HTML', 'SDK', 'UTF-8', 'UTF-16', 'GBK', 'NUL', 'MiB', 'MB',
  'IMEI', 'MEID', 'OAID', 'IDFA', 'IDFV', 'ID', 'IP', 'GPS', 'MAC', 'Android', 'iOS', 'HarmonyOS', 'App',
  'YYYY-MM-DD', 'gzip', 'Gradle', 'Maven', 'Podfile.lock', 'Podfile', 'PODS', 'CocoaPods', 'privaudit', 'zh', 'en',
  'TLS', 'MD5', 'SHA-256', 'AES-256', 'ZIP', 'OLE2', 'Excel', 'WPS', 'Word', 'PowerPoint', 'OpenDocument', 'Kubernetes',
  // Export formats, the tools that write them and the SQL keywords a dump's messages name (issue 15).
  'SQL', 'INSERT', 'COPY', 'CREATE', 'TABLE', 'SET', 'VALUES', 'mysqldump', 'pg_dump', 'mongoexport',
  'JSONL', 'Parquet', 'PAR1', 'zstd', 'Snappy', 'Deflate', 'CRC-32', 'Unicode',
];

/** Every property name and enum value in privaudit's JSON schemas: the keys and values of its config, packs, waivers, baselines. */
function schemaKeys(): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) keys.add(name);
      if (k === 'enum' && Array.isArray(v)) for (const value of v) if (typeof value === 'string') keys.add(value);
      walk(v);
    }
  };
  for (const f of readdirSync(join(REPO_ROOT, 'schemas'))) walk(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', f), 'utf8')));
  return [...keys];
}

function commandNames(): string[] {
  const io: CliIO = { stdout: () => {}, stderr: () => {}, env: {}, cwd: REPO_ROOT, stdoutIsTTY: false, stderrIsTTY: false };
  const names: string[] = [];
  const walk = (cmd: ReturnType<typeof buildProgram>): void => cmd.commands.forEach((c) => (names.push(c.name()), walk(c)));
  walk(buildProgram(io, () => {}));
  return names;
}

let allowed: Set<string> | undefined;

function allowedWords(): Set<string> {
  if (allowed) return allowed;
  const tx = loadTaxonomy();
  return (allowed = new Set([
    ...CODES,
    ...RULES.map((r) => r.meta.id),
    ...tx.items.keys(),
    ...tx.categories.map((c) => c.id),
    // Latin words inside the Chinese names of items (IMEI, MAC地址, GUID): how Chinese writes them.
    ...[...tx.items.values(), ...tx.categories].flatMap((x) => x.zh.match(/[A-Za-z][\w-]*/g) ?? []),
    ...listBundledPacks(),
    ...schemaKeys(),
    ...commandNames(),
    ...FORMAT_NAMES,
    ...SEVERITY_ORDER,
    'never',
    ...PLATFORMS,
    ...SDK_KEYS,
  ]));
}

/** Spans that stay as they are, whatever language they are in. */
const KEPT_SPANS: RegExp[] = [
  /'[^'\n]*'/g, // quote(): a cell value, a key, a name
  /「[^」\n]*」(（[^）\n]*）)?/g, // a name, and what it is (an organisation, an item's name) right after it
  /“[^”\n]*”/g, // a pack's clause, quoted
  /‘[^’\n]*’/g,
  /"[^"\n]*"/g,
  /`[^`\n]*`/g, // code: a key to write, a command to run
  /§\S+(?: [A-Z0-9]\b)?/g, // a clause's section (§Art. 51, §II, §Annex A)
  /证据: \S+/g, // masked evidence from the data
  /\S*[/\\]\S*/g, // a path (and GB/T)
  /\S+\.(?:csv|tsv|txt|psv|tab|yaml|yml|json|jsonl|ndjson|sql|dump|parquet|xlsx|zip|zst|gz|lock|kts|html|sarif)\b/gi, // a file name
  /(?<![\w-])--?[a-z][a-z-]*/g, // an option
  /（[A-Z]{2}）/g, // a country code after a region
];

/** Pretty's second line of a finding names what it is about: the user's own system/table/field or SDK names. */
function withoutSubjects(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.includes(' › ')) return line.split(' · ').slice(1).join(' · ');
      if (new RegExp(`^\\s+.+ \\((?:${PLATFORMS.join('|')})\\)$`).test(line)) return '';
      return line;
    })
    .join('\n');
}

/** A hyphenated lowercase id: a pack's retention rule, a region code (cn-north-1), a pack id. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/** A path of keys as `policies lint` names a pack's statement (`recipients.sdks[0]`): every key an allowed word. */
function isKeyPath(word: string, words: Set<string>): boolean {
  return word.includes('.') && word.split('.').every((part) => words.has(part));
}

/** Each English word left in `text`, with the line it is on. */
export function englishWords(text: string, { pretty = false } = {}): { word: string; line: string }[] {
  const words = allowedWords();
  const out: { word: string; line: string }[] = [];
  for (const line of (pretty ? withoutSubjects(text) : text).split('\n')) {
    let rest = line;
    for (const span of KEPT_SPANS) rest = rest.replace(span, ' ');
    for (const token of rest.match(/(?<![\w.$-])[A-Za-z][\w.-]*/g) ?? []) {
      const word = token.replace(/[.-]+$/, '');
      if (!/[A-Za-z].*[A-Za-z]|^[A-Za-z]$/.test(word) || words.has(word) || ID.test(word) || isKeyPath(word, words)) continue;
      out.push({ word, line });
    }
  }
  return out;
}
