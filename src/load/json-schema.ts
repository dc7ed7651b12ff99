/**
 * JSON Schema validation (ajv), loaded on first use: importing ajv costs about 35 ms of start-up, and a
 * typical run (bundled packs, no config file) validates nothing.
 */
import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv';

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
