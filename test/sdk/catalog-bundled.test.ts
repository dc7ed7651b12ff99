/** The bundled catalog's schema is checked here, not on every run (loadCatalog skips it for speed). */
import { describe, expect, it } from 'vitest';
import { loadCatalog, validateBundledCatalog } from '../../src/sdk/catalog.js';

describe('bundled SDK catalog file', () => {
  it('matches schemas/sdk-catalog.schema.json', () => {
    expect(() => validateBundledCatalog()).not.toThrow();
  });

  it('loads to the same catalog with or without the schema check', () => {
    const checked = validateBundledCatalog();
    const loaded = loadCatalog();
    expect(loaded.sdks).toEqual(checked.sdks);
    expect(loaded.organizations).toEqual(checked.organizations);
    expect(loaded.fieldLabels).toEqual(checked.fieldLabels);
  });
});
