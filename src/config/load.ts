/** privaudit.config.yaml: discovered upward from the working folder, validated, merged with flags. */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { allowedValuesOf, compileSchema, schemaErrorLocation, unknownKeyOf } from '../io/json-schema.js';
import { readAsset } from '../assets.js';
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { quote } from '../normalize/text.js';
import { gradeOf, knownGrades } from '../normalize/sensitivity.js';
import { readTextFile } from '../io/file.js';
// layer: a config's `rules:` keys are checked against the registry, so a mistyped rule id is an error where it is written
import { RULES } from '../check/registry.js';
import { locate, pointerToPath, pathKey, keyNodeAt, locationOf, parseYamlSource, type ParsedYaml } from '../io/yaml.js';
import { didYouMean } from '../text/suggest.js';
import type { Config, RegisteredRecipient } from './types.js';

type GradeReading = 'sensitive' | 'general' | boolean;

export const CONFIG_NAMES = ['privaudit.config.yaml', 'privaudit.config.yml', 'privaudit.config.json'];

export const DEFAULT_POLICY = 'jdcloud-privacy-2020-07';

export function defaultConfig(): Config {
  return { file: null, policies: [DEFAULT_POLICY], failOn: 'error', lang: 'en', recipients: [], sensitivity: { grades: {} }, rules: {}, baseline: null, waivers: null, inputs: [], inventory: [] };
}

/** The nearest config file from `cwd` upward, or null. */
export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return null;
  }
}

let validator: ValidateFunction | undefined;

function configValidator(): ValidateFunction {
  return (validator ??= compileSchema(JSON.parse(readAsset('schemas/config.schema.json')) as object, { allErrors: true, strict: false }));
}

interface RawConfig {
  policies?: string[];
  /** Not in the file: where its `policies` entries are, for messages about them. */
  policyLocations?: Location[];
  failOn?: Config['failOn'];
  lang?: Config['lang'];
  inputs?: string[];
  inventory?: string | string[];
  recipients?: { name: string; aliases?: string[]; role: RegisteredRecipient['role'] }[];
  /** Not in the file: the grades of `sensitivity.grades` in canonical form. */
  grades?: Record<string, boolean>;
  sensitivity?: { grades?: Record<string, GradeReading> };
  rules?: Record<string, Config['rules'][string]>;
  baseline?: string;
  waivers?: string;
}

function validate(file: string, text: string): RawConfig {
  const parsed = parseYamlSource(file, text);
  const data = parsed.data ?? {};
  const check = configValidator();
  if (check(data)) return withPolicyLocations(parsed, checkGrades(parsed, checkRuleIds(parsed, data as RawConfig)));
  const e = check.errors![0]!;
  const path = pointerToPath(e.instancePath);
  const prop = unknownKeyOf(e);
  if (prop !== undefined) {
    const allowed = path.length === 0 ? Object.keys((JSON.parse(readAsset('schemas/config.schema.json')) as { properties: object }).properties) : path[0] === 'sensitivity' ? ['grades'] : ['name', 'aliases', 'role'];
    throw new InputError(`unknown setting ${quote(prop)}`, schemaErrorLocation(parsed, e), didYouMean(prop, allowed) || `settings: ${allowed.join(', ')}`);
  }
  const allowed = allowedValuesOf(e);
  throw new InputError(`${e.instancePath ? quote(pathKey(path)) : 'config'} ${e.message ?? 'is invalid'}`, schemaErrorLocation(parsed, e), allowed ? `allowed: ${allowed.map(String).join(', ')}` : 'see schemas/config.schema.json');
}

/** A misspelt rule id in `rules:` would silently keep the default severity: refuse it, at its key. */
function checkRuleIds(parsed: ParsedYaml, raw: RawConfig): RawConfig {
  const known = RULES.map((r) => r.meta.id);
  for (const id of Object.keys(raw.rules ?? {})) {
    if (!known.includes(id)) throw new InputError(`unknown rule ${quote(id)} in rules:`, locationOf(parsed, keyNodeAt(parsed.doc, ['rules'], id)), didYouMean(id, known) || 'run `privaudit rules` for the rule ids');
  }
  return raw;
}

/** Grades are keyed as the inventory writes them (`3级`, `L3`, `重要数据`): each must be a grade privaudit reads, and one grade is set once. */
function checkGrades(parsed: ParsedYaml, raw: RawConfig): RawConfig {
  const grades: Record<string, boolean> = {};
  for (const [key, reading] of Object.entries(raw.sensitivity?.grades ?? {})) {
    const at = () => locationOf(parsed, keyNodeAt(parsed.doc, ['sensitivity', 'grades'], key));
    const grade = gradeOf(key);
    if (grade === null) throw new InputError(`unknown sensitivity grade ${quote(key)}`, at(), didYouMean(key, knownGrades()) || `grades: ${knownGrades().join(', ')} (or 3级, 第三级, 重要数据, 高…)`);
    if (Object.hasOwn(grades, grade)) throw new InputError(`sensitivity grade ${quote(key)} is set twice (as ${grade})`, at(), 'keep one entry per grade');
    grades[grade] = reading === true || reading === 'sensitive';
  }
  return { ...raw, grades };
}

function withPolicyLocations(parsed: ParsedYaml, raw: RawConfig): RawConfig {
  return raw.policies ? { ...raw, policyLocations: raw.policies.map((_, i) => locate(parsed, ['policies', i])) } : raw;
}

/** Paths in a config are relative to the config file's folder. */
function relativeTo(file: string, p: string | undefined): string | null {
  if (!p) return null;
  return isAbsolute(p) ? p : join(dirname(file), p);
}

/**
 * A path the report shows (an input, an inventory): named from `cwd`, as it would be typed there, so a
 * report or baseline never carries the folder the project happens to be checked out in. An absolute
 * one stays as written; without `cwd`, relativeTo. The same name opens the file, so a relative one only
 * when `cwd` is the process's own folder (the CLI run in-process elsewhere, as tests do, gets absolute).
 */
function shownFrom(cwd: string | undefined, file: string, p: string): string {
  if (cwd === undefined || isAbsolute(p) || resolve(cwd) !== process.cwd()) return relativeTo(file, p)!;
  return relative(cwd, resolve(dirname(file), p)) || '.';
}

/** The config, and the language only if the file sets one (the locale comes before the default). */
/**
 * `file` names the config in messages; `path` is where it is read (and what its relative paths are relative to);
 * `cwd`, the working folder the inputs are named from (shownFrom).
 */
export function loadConfig(file: string, path = file, cwd?: string): { config: Config; lang: Config['lang'] | null } {
  const raw = validate(file, readTextFile(file, path).text);
  return { config: fromRaw(path, raw, cwd), lang: raw.lang ?? null };
}

function fromRaw(file: string, raw: RawConfig, cwd: string | undefined): Config {
  const d = defaultConfig();
  const isBundledId = (p: string) => !/[\\/]|\.(ya?ml|json)$/i.test(p);
  return {
    file,
    policies: raw.policies?.map((p) => (isBundledId(p) ? p : relativeTo(file, p)!)) ?? d.policies,
    ...(raw.policyLocations ? { policyLocations: raw.policyLocations } : {}),
    failOn: raw.failOn ?? d.failOn,
    lang: raw.lang ?? d.lang,
    recipients: (raw.recipients ?? []).map((r) => ({ name: r.name, aliases: r.aliases ?? [], role: r.role })),
    sensitivity: { grades: raw.grades ?? {} },
    rules: raw.rules ?? {},
    baseline: relativeTo(file, raw.baseline),
    waivers: relativeTo(file, raw.waivers),
    inputs: (raw.inputs ?? []).map((p) => shownFrom(cwd, file, p)),
    inventory: (typeof raw.inventory === 'string' ? [raw.inventory] : (raw.inventory ?? [])).map((p) => shownFrom(cwd, file, p)),
  };
}

/** The explicit --config, else the discovered file, else defaults. */
export function resolveConfig(explicit: string | undefined, cwd: string): { config: Config; lang: Config['lang'] | null } {
  if (explicit) {
    if (!existsSync(resolve(cwd, explicit))) throw new InputError('config file not found', { file: explicit }, 'check the --config path');
    return loadConfig(explicit, resolve(cwd, explicit), cwd);
  }
  const found = findConfig(cwd);
  return found ? loadConfig(found, found, cwd) : { config: defaultConfig(), lang: null };
}
