/**
 * Validation of one pack file against schemas/pack.schema.json, with ajv's errors turned into
 * located, readable problems (`policies/x.yaml:12:5: /collects/3/cite: must have required property 'quote'`).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { readAsset } from '../assets.js';
import { InputError } from '../errors.js';
import { quote } from '../normalize/text.js';
import { allowedValuesOf, compileSchema, schemaErrorLocation, unknownKeyOf } from '../io/json-schema.js';
import { formatLocation, type Location } from '../location.js';
import { didYouMean } from '../text/suggest.js';
import type { ParsedYaml } from '../io/yaml.js';

/** How many problems one error message lists, within how many characters; the rest are counted. */
const MAX_REPORTED = 5;
const MAX_MESSAGE_CHARS = 500;

export interface PackProblem {
  location: Location;
  /** JSON pointer of the offending value, `/` for the whole pack. */
  path: string;
  message: string;
  hint?: string;
}

let compiled: ValidateFunction | undefined;

/** One compiled validator per process: compiling the schema costs more than validating a pack. */
export function packValidator(): ValidateFunction {
  if (compiled) return compiled;
  const options = { allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false };
  compiled = compileSchema(JSON.parse(readAsset('schemas/pack.schema.json')) as object, options, ['date']);
  return compiled;
}

/** Throws an InputError naming file, line and column of the first few schema violations. */
export function validatePackSource(parsed: ParsedYaml): void {
  const problems = packProblems(parsed);
  const first = problems[0];
  if (!first) return;
  let message = `${first.path}: ${first.message}`;
  let shown = 1;
  for (const p of problems.slice(1, MAX_REPORTED)) {
    const line = `\n  ${formatLocation(p.location)}: ${p.path}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
    if (message.length + line.length > MAX_MESSAGE_CHARS) break;
    message += line;
    shown++;
  }
  const hidden = problems.length - shown;
  if (hidden > 0) message += `\n  … and ${hidden} more problem${hidden === 1 ? '' : 's'}`;
  throw new InputError(message, first.location, first.hint ?? 'see schemas/pack.schema.json for the pack format');
}

/** Every schema violation of the file, in file order. */
export function packProblems(parsed: ParsedYaml): PackProblem[] {
  if (parsed.data === null || parsed.data === undefined) {
    return [{ location: { file: parsed.file, line: 1, column: 1 }, path: '/', message: 'the pack is empty', hint: 'a pack is a mapping with id, title, version, language, doc and its statements' }];
  }
  const validate = packValidator();
  if (validate(parsed.data)) return [];
  const problems = (validate.errors ?? []).filter(isReportable).map((e) => toProblem(parsed, e));
  return dedupe(problems).sort(byPosition);
}

/** `if` only says which branch failed, and anyOf's branches repeat what the anyOf error says. */
function isReportable(e: ErrorObject): boolean {
  return e.keyword !== 'if' && !e.schemaPath.includes('/anyOf/');
}

function toProblem(parsed: ParsedYaml, e: ErrorObject): PackProblem {
  const location = schemaErrorLocation(parsed, e);
  const where = e.instancePath || '/';
  const schema = (e.parentSchema ?? {}) as { properties?: Record<string, unknown>; description?: string };
  const prop = unknownKeyOf(e);
  if (prop !== undefined) {
    const allowed = Object.keys(schema.properties ?? {});
    const hint = didYouMean(prop, allowed) || `allowed here: ${allowed.join(', ')}`;
    return { location, path: where, message: `unknown property ${quote(prop)}`, hint };
  }
  switch (e.keyword) {
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      return { location, path: where, message: `must have required property '${missing}'`, hint: `add '${missing}:' here` };
    }
    case 'anyOf':
      return { location, path: where, message: "must list 'items' or 'categories'", hint: 'name taxonomy item ids (e.g. device.imei) or category ids (e.g. location)' };
    default:
      return { location, path: where, message: valueMessage(e), hint: valueHint(e, schema.description) };
  }
}

function valueMessage(e: ErrorObject): string {
  const shown = typeof e.data === 'string' || typeof e.data === 'number' || typeof e.data === 'boolean' ? `${quote(String(e.data))} ` : '';
  if (e.keyword === 'minLength' || e.keyword === 'minItems') return 'must not be empty';
  if (e.keyword === 'enum') return `${shown}is not one of the allowed values`;
  if (e.keyword === 'const') return `${shown}must be '${String(allowedValuesOf(e)![0])}'`;
  return `${shown}${e.message ?? 'is invalid'}`;
}

function valueHint(e: ErrorObject, description: string | undefined): string | undefined {
  if (e.keyword === 'enum') {
    const allowed = allowedValuesOf(e)!.map(String);
    const near = typeof e.data === 'string' ? didYouMean(e.data, allowed) : '';
    return near || `allowed: ${allowed.join(', ')}`;
  }
  if (e.keyword === 'type' && (e.params as { type: string }).type === 'string' && typeof e.data !== 'object') return `quote the value: ${quote(String(e.data))}`;
  if (e.keyword === 'format' && (e.params as { format: string }).format === 'date') return 'write dates as YYYY-MM-DD (a real calendar date)';
  return description;
}

function byPosition(a: PackProblem, b: PackProblem): number {
  return a.location.line - b.location.line || (a.location.column ?? 0) - (b.location.column ?? 0) || a.message.localeCompare(b.message);
}

function dedupe(problems: PackProblem[]): PackProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
