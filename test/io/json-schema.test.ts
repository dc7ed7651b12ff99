import { describe, expect, it } from 'vitest';
import { allowedValuesOf, compileSchema, schemaErrorLocation, unknownKeyOf } from '../../src/io/json-schema.js';
import { parseYamlSource } from '../../src/io/yaml.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    kind: { enum: ['a', 'b'] },
    version: { const: 1 },
    'a/b': { type: 'object', properties: { n: { type: 'number' } } },
    list: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

/** The first ajv error for this YAML text, and the text parsed with positions. */
function firstError(text: string) {
  const parsed = parseYamlSource('x.yaml', text);
  const validate = compileSchema(schema);
  expect(validate(parsed.data)).toBe(false);
  return { parsed, e: validate.errors![0]! };
}

describe('schemaErrorLocation', () => {
  it('points an unknown key at the key itself', () => {
    const { parsed, e } = firstError('name: x\n  \nnmae: y\n');
    expect(unknownKeyOf(e)).toBe('nmae');
    expect(schemaErrorLocation(parsed, e)).toEqual({ file: 'x.yaml', line: 3, column: 1 });
  });

  it('points a bad value at the value', () => {
    const { parsed, e } = firstError('name: x\nkind:   c\n');
    expect(allowedValuesOf(e)).toEqual(['a', 'b']);
    expect(schemaErrorLocation(parsed, e)).toEqual({ file: 'x.yaml', line: 2, column: 9 });
  });

  it('points a missing key at the mapping that lacks it', () => {
    const { parsed, e } = firstError('list:\n  - id: a\n  - other: 1\n');
    expect(schemaErrorLocation(parsed, e)).toEqual({ file: 'x.yaml', line: 3, column: 5 });
  });

  it('reads escaped JSON pointers (a key holding a slash)', () => {
    const { parsed, e } = firstError('a/b:\n  n: "three"\n');
    expect(e.instancePath).toBe('/a~1b/n');
    expect(schemaErrorLocation(parsed, e)).toEqual({ file: 'x.yaml', line: 2, column: 6 });
  });

  it('names the single value a const allows', () => {
    const { e } = firstError('version: 2\n');
    expect(allowedValuesOf(e)).toEqual([1]);
    expect(unknownKeyOf(e)).toBeUndefined();
  });

  it('points at line 1 when the document is empty', () => {
    const parsed = parseYamlSource('x.yaml', '');
    const validate = compileSchema(schema);
    validate(parsed.data);
    expect(schemaErrorLocation(parsed, validate.errors![0]!)).toEqual({ file: 'x.yaml', line: 1, column: 1 });
  });
});
