import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { ruleDoc } from '../../src/check/rule-doc.js';

describe('docs/rules', () => {
  for (const { meta } of RULES) {
    it(`${meta.id}.md is up to date (npm run docs)`, () => {
      const path = `docs/rules/${meta.id}.md`;
      expect(existsSync(path), `${path} is missing: run npm run docs`).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(ruleDoc(meta));
    });
  }
});
