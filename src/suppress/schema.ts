/** Baseline and waiver files: parsed with positions kept, validated by their JSON Schema (ajv), errors located. */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { readAsset } from '../assets.js';
import { InputError } from '../errors.js';
import { quote } from '../normalize/text.js';
import { readTextFile } from '../io/file.js';
import { allowedValuesOf, compileSchema, schemaErrorLocation, unknownKeyOf } from '../io/json-schema.js';
import { parseYamlSource, pathKey, pointerToPath, type ParsedYaml } from '../io/yaml.js';
import { didYouMean } from '../text/suggest.js';

const validators = new Map<string, ValidateFunction>();

function validatorFor(schemaAsset: string): ValidateFunction {
  let v = validators.get(schemaAsset);
  if (!v) {
    // verbose: errors carry their parent schema, so an unknown key can be answered with the known ones.
    v = compileSchema(JSON.parse(readAsset(schemaAsset)) as object, { allErrors: true, strict: false, verbose: true });
    validators.set(schemaAsset, v);
  }
  return v;
}

/** What the caller says about its file kind, for messages. */
export interface SchemaHints {
  /** e.g. 'the baseline', 'the waiver file' */
  what: string;
  /** The fix for anything else that does not fit, e.g. 'rerun --write-baseline'. */
  fallback: string;
}

/** Read and parse a YAML or JSON file (JSON is YAML 1.2), keeping positions; located errors for bad syntax. */
export function readParsed(file: string): ParsedYaml {
  return parseYamlSource(file, readTextFile(file).text);
}

/** The data if it fits the schema; otherwise an InputError at the first offending node. */
export function validateParsed<T>(parsed: ParsedYaml, schemaAsset: string, hints: SchemaHints): T {
  const check = validatorFor(schemaAsset);
  if (check(parsed.data)) return parsed.data as T;
  throw schemaError(parsed, pickError(check.errors ?? []), hints);
}

/**
 * The most useful error: an unknown key (often a misspelt required one: answered with "did you mean"),
 * then a missing key, then the deepest value error.
 */
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) => (e.keyword === 'additionalProperties' ? 0 : e.keyword === 'required' ? 1 : 2);
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0]!;
}

/** The schemas' patterns in words: ajv would print the regular expression. */
const PATTERN_WORDS: Record<string, string> = {
  '\\S': 'must not be empty',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'must be a date written YYYY-MM-DD, e.g. 2027-03-31',
  '^[0-9a-f]{32}(-[0-9]+)?$': 'is not a privaudit fingerprint (32 hex digits)',
};

function schemaError(parsed: ParsedYaml, e: ErrorObject, hints: SchemaHints): InputError {
  const path = pointerToPath(e.instancePath);
  const at = path.length ? quote(pathKey(path)) : hints.what;
  const location = schemaErrorLocation(parsed, e);
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return new InputError(`${at} has no '${missing}'`, location, hints.fallback);
  }
  const prop = unknownKeyOf(e);
  if (prop !== undefined) {
    const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
    return new InputError(`unknown key ${quote(prop)} in ${at}`, location, didYouMean(prop, known) || `known keys: ${known.join(', ')}`);
  }
  const allowed = allowedValuesOf(e);
  const what = (e.keyword === 'pattern' && PATTERN_WORDS[(e.params as { pattern: string }).pattern]) || (e.message ?? 'is invalid');
  return new InputError(`${at} ${what}`, location, allowed ? `allowed: ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : hints.fallback);
}
