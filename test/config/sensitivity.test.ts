import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../../src/config/load.js';
import { sensitiveForGrade } from '../../src/normalize/sensitivity.js';
import { inputErrorOf } from '../helpers/input-error.js';
import { tempFolder } from '../helpers/temp-folder.js';

const dir = tempFolder('privaudit-config-sensitivity-');

let n = 0;
function load(text: string) {
  const file = join(dir, `c${n++}.yaml`);
  writeFileSync(file, text);
  return loadConfig(file).config;
}

describe('config sensitivity.grades', () => {
  it('is empty by default: every grade reads through the documented mapping', () => {
    expect(defaultConfig().sensitivity).toEqual({ grades: {} });
    expect(load('failOn: warning\n').sensitivity).toEqual({ grades: {} });
  });

  it('keys grades as the inventory writes them, in canonical form', () => {
    const config = load('sensitivity:\n  grades:\n    2级: sensitive\n    第三级: general\n    中: sensitive\n    C1: true\n    重要数据: false\n');
    expect(config.sensitivity.grades).toEqual({ L2: true, L3: false, medium: true, C1: true, important: false });
    expect(sensitiveForGrade('L2', config)).toBe(true);
    expect(sensitiveForGrade('L3', config)).toBe(false);
    expect(sensitiveForGrade('L4', config)).toBe(true);
  });

  it('refuses an unknown grade at its key, suggesting the known ones', () => {
    const e = inputErrorOf(() => load('sensitivity:\n  grades:\n    L9: sensitive\n'));
    expect(e.message).toBe("unknown sensitivity grade 'L9'");
    expect(e.where).toMatchObject({ line: 3, column: 5 });
    expect(e.hint).toContain('L1');
  });

  it('refuses one grade set twice under two spellings', () => {
    const e = inputErrorOf(() => load('sensitivity:\n  grades:\n    L3: sensitive\n    3级: general\n'));
    expect(e.message).toBe("sensitivity grade '3级' is set twice (as L3)");
    expect(e.where).toMatchObject({ line: 4 });
  });

  it('refuses a reading other than sensitive/general, and an unknown setting under sensitivity', () => {
    expect(inputErrorOf(() => load('sensitivity:\n  grades:\n    L3: maybe\n')).hint).toContain('sensitive, general');
    const e = inputErrorOf(() => load('sensitivity:\n  grade:\n    L3: sensitive\n'));
    expect(e.message).toBe("unknown setting 'grade'");
    expect(e.hint).toContain("did you mean 'grades'?");
  });
});
