/**
 * JSON Schema validation (ajv), loaded on first use: importing ajv costs about 35 ms of start-up, and a
 * typical run (bundled packs, no config file) validates nothing. Every schema's errors are located here.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type { Location } from '../location.js';
import { keyNodeAt, locate, locationOf, pointerToPath, type ParsedYaml } from './yaml.js';

const require = createRequire(import.meta.url);

/** A compiled validator; `formats` adds ajv-formats' formats of those names (e.g. `date`). */
export function compileSchema(schema: object, options: Options = {}, formats: string[] = []): ValidateFunction {
  const { Ajv } = require('ajv') as typeof import('ajv');
  const ajv = new Ajv(options);
  if (formats.length > 0) {
    const plugin = require('ajv-formats') as { default: (ajv: unknown, formats: string[]) => void };
    plugin.default(ajv, formats);
  }
  return ajv.compile(schema);
}

/** The key ajv's `additionalProperties` error names, else undefined. */
export function unknownKeyOf(e: ErrorObject): string | undefined {
  return e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty: unknown }).additionalProperty) : undefined;
}

/** The values an `enum` (or `const`) error allows, else undefined. */
export function allowedValuesOf(e: ErrorObject): unknown[] | undefined {
  const params = e.params as { allowedValues?: unknown[]; allowedValue?: unknown };
  return params.allowedValues ?? (e.keyword === 'const' ? [params.allowedValue] : undefined);
}

/**
 * Where an ajv error points in the YAML (or JSON) it was read from: an unknown key at the key itself,
 * anything else at the offending value, or its nearest existing ancestor.
 */
export function schemaErrorLocation(parsed: ParsedYaml, e: ErrorObject): Location {
  const path = pointerToPath(e.instancePath);
  const key = unknownKeyOf(e);
  const keyNode = key === undefined ? undefined : keyNodeAt(parsed.doc, path, key);
  return keyNode ? locationOf(parsed, keyNode) : locate(parsed, path);
}
