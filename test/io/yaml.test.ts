import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Node, Scalar, YAMLMap } from 'yaml';
import { locationOf, MAX_YAML_NESTING, mergedPairs, parseDeclarationYaml, parseYamlSource } from '../../src/io/yaml.js';
import { inputErrorOf } from '../helpers/input-error.js';

const parse = (text: string) => parseYamlSource('x.yaml', text);

function timed(fn: () => unknown): number {
  const started = performance.now();
  try {
    fn();
  } catch {
    // only the time matters
  }
  return performance.now() - started;
}

/** Run `f` from `frames` frames further down the stack, as a reader called from deep inside the CLI. */
function withStackUsed<T>(frames: number, f: () => T): T {
  return frames === 0 ? f() : withStackUsed(frames - 1, f);
}

const deep = (depth: number) => ({
  'flow sequences': '['.repeat(depth) + ']'.repeat(depth),
  'flow mappings': '{a: '.repeat(depth) + '1' + '}'.repeat(depth),
  'compact block sequences': '- '.repeat(depth) + 'x\n',
  'explicit keys': '? '.repeat(depth) + 'x\n',
  'indented mappings': Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n',
});

describe('parseYamlSource: nesting limit', () => {
  for (const [shape, text] of Object.entries(deep(MAX_YAML_NESTING + 1))) {
    it(`refuses ${shape} nested past ${MAX_YAML_NESTING} levels, at the place the limit is passed`, () => {
      const e = inputErrorOf(() => parse(text));
      expect(e.message).toBe(`YAML nested more than ${MAX_YAML_NESTING} levels deep: refused`);
      expect(e.hint).toMatch(/flatten/);
      expect(e.where).toMatchObject({ file: 'x.yaml', line: expect.any(Number), column: expect.any(Number) });
      // On the line of the innermost levels, not at the start of the file.
      expect(e.where!.line! > 1 || e.where!.column! > MAX_YAML_NESTING).toBe(true);
    });
  }

  it('reads nesting up to the limit', () => {
    expect(parse('['.repeat(MAX_YAML_NESTING) + ']'.repeat(MAX_YAML_NESTING)).data).toBeInstanceOf(Array);
    expect(parse('- '.repeat(MAX_YAML_NESTING - 1) + 'x\n').data).toBeInstanceOf(Array);
  });

  it('does not count brackets inside quoted scalars, comments and block scalars', () => {
    const brackets = '[{'.repeat(5000);
    const text = `a: "${brackets}"\nb: '${brackets}'\n# ${brackets}\nc: |\n  ${brackets}\nd: plain ${brackets}\n`;
    expect(parse(text).data).toMatchObject({ a: brackets, b: brackets, c: `${brackets}\n`, d: `plain ${brackets}` });
  });

  it('refuses 100 000 levels fast, with an InputError (not the stack overflow) however deep the caller is', () => {
    for (const frames of [0, 3000]) {
      for (const text of Object.values(deep(100_000))) {
        const e = withStackUsed(frames, () => inputErrorOf(() => parse(text)));
        expect(e.message).toMatch(/nested more than/);
      }
    }
    expect(timed(() => parse('['.repeat(10_000_000)))).toBeLessThan(1000);
  });

  it('reads the deepest accepted document with little stack left', () => {
    const text = '- '.repeat(MAX_YAML_NESTING - 1) + 'x\n';
    expect(withStackUsed(3000, () => parse(text).data)).toBeInstanceOf(Array);
  });

  it('refuses no YAML file of the repository for its nesting (packs, configs, inventories, fixtures)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ya?ml|json)$/.test(name)) files.push(path);
      }
    };
    ['policies', 'fixtures', 'schemas'].forEach(walk);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      try {
        parseYamlSource(file, readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      } catch (e) {
        expect((e as Error).message, file).not.toMatch(/nested more than/);
      }
    }
  });
});

describe('parseYamlSource: errors in linear time', () => {
  it('locates a syntax error before 64 000 blank lines without rescanning the text per error', () => {
    const text = ' a: \n|+2\n  x\n' + '\n'.repeat(64_000) + 'y\n';
    const e = inputErrorOf(() => parse(text));
    expect(e.where).toMatchObject({ file: 'x.yaml', line: 2, column: 1 });
    expect(e.hint).toMatch(/fix the YAML syntax/);
    expect(timed(() => parse(text))).toBeLessThan(1000);
  });

  it('finds a duplicate among 50 000 keys without comparing every pair (the yaml check: 12 s)', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    let e: InputError | undefined;
    // Generous: the pairwise check takes 12 s here, the linear one about 1 s, and CI machines are busy.
    expect(timed(() => (e = inputErrorOf(() => parse(`${keys}\nk17: again\n`))))).toBeLessThan(10_000);
    expect(e!.describe()).toMatch(/^x\.yaml:50001:1: Map keys must be unique\n {2}hint: each key may appear once/);
  }, 60_000);
});

describe('parseYamlSource: messages', () => {
  it("keeps yaml's words but not the source it quotes, bounded", () => {
    const e = inputErrorOf(() => parse(`a: |${'1'.repeat(700)} 13812345678\n`));
    expect(e.message).toBe('Block scalar header includes extra characters');
    expect(e.where).toMatchObject({ line: 1, column: 6 });
  });

  it('masks identifiers and bounds messages that interpolate the source without a colon', () => {
    for (const text of [`a: !foo!13812345678 1\n`, `a: !foo!${'x'.repeat(5000)} 1\n`, `%TAG !e! ${'x'.repeat(5000)}13812345678\n--- \na: 1\n`]) {
      try {
        parse(text);
      } catch (e) {
        expect((e as Error).message).not.toMatch(/13812345678|x{200}/);
        expect((e as Error).message.length).toBeLessThanOrEqual(120);
      }
    }
  });

  it('reports duplicate keys at the earliest repeated key, nested ones included', () => {
    expect(inputErrorOf(() => parse('a: 1\nb:\n  x: 1\n  x: 2\na: 3\n')).where).toMatchObject({ line: 4, column: 3 });
    expect(inputErrorOf(() => parse('{"a": 1, "a": 2}')).message).toBe('Map keys must be unique');
  });

  it('refuses keys that are lists, mappings or aliases (no privaudit file needs one; toJS would stringify them)', () => {
    for (const text of ['? [a, b]\n: 1\n', '? {a: 1}\n: 1\n', 'a: &x k\n*x : 1\n']) {
      expect(inputErrorOf(() => parse(text)).message).toBe('a mapping key must be a plain value, not a list, mapping or alias');
    }
  });

  it('reads YAML 1.1 tags (!!omap, !!set, !!binary…) as plain data: their converters throw and hide keys', () => {
    // Found by the fuzzer: an !!omap with a repeated key threw yaml's own Error out of toJS.
    expect(parse('a: !!omap [{x: 1}, {x: 1}]\n').data).toEqual({ a: [{ x: 1 }, { x: 1 }] });
    expect(parse('a: !!binary aGVsbG8=\nb: !!timestamp 2001-12-14\n').data).toEqual({ a: 'aGVsbG8=', b: '2001-12-14' });
    expect(inputErrorOf(() => parse('a: !!set {? [1]}\n')).message).toBe('a mapping key must be a plain value, not a list, mapping or alias');
    expect(() => parse('&b {__proto__: !!omap [*b, *b]}\n')).not.toThrow();
  });

  it('tells an alias without an anchor apart from an alias bomb', () => {
    const e = inputErrorOf(() => parse('a: *nope\nb: &nope 1\n'));
    expect(e.message).toBe('alias to an anchor that is not set before it');
    expect(e.where).toMatchObject({ line: 1, column: 4 });
  });

  it('refuses a second document at its start', () => {
    const e = inputErrorOf(() => parse('a: 1\n---\nb: 2\n'));
    expect(e.message).toBe('more than one YAML document in the file');
    expect(e.where).toMatchObject({ line: 2, column: 1 });
  });
});

describe('parseDeclarationYaml: YAML 1.1 merge keys', () => {
  const decl = (text: string) => parseDeclarationYaml('x.yaml', text);
  const keysOf = (text: string, path: string) => {
    const y = decl(text);
    return mergedPairs(y, y.doc.getIn(path.split('.'), true) as YAMLMap).map((p) => [String((p.key as Scalar).value), String((p.value as Scalar).value), locationOf(y, p.value as Node).line]);
  };

  it('merges in toJS, and packs and configs (parseYamlSource) keep `<<` a plain key', () => {
    const text = 'd: &d {a: 1}\ne:\n  <<: *d\n  b: 2\n';
    expect(decl(text).data).toEqual({ d: { a: 1 }, e: { a: 1, b: 2 } });
    expect(parse(text).data).toEqual({ d: { a: 1 }, e: { '<<': { a: 1 }, b: 2 } });
  });

  it('mergedPairs: own keys win, then earlier sources; merged values keep the line of the anchored mapping', () => {
    const text = 'x: &x {a: x, b: x, c: x}\ny: &y {a: y, d: y}\ne:\n  <<: [*y, *x]\n  b: own\n';
    // y is first, so its `a` beats x's; own `b` beats x's; merged pairs come before own ones, last source first.
    expect(keysOf(text, 'e')).toEqual([
      ['c', 'x', 1],
      ['a', 'y', 2],
      ['d', 'y', 2],
      ['b', 'own', 5],
    ]);
  });

  it('a merge that names no mapping is refused at its place, not with a bare library error', () => {
    const notMap = inputErrorOf(() => decl('a:\n  <<: 1\n'));
    expect(notMap.message).toBe('a merge key (<<) takes a mapping, an alias of one, or a list of them');
    expect(notMap.where).toMatchObject({ file: 'x.yaml', line: 2, column: 7 });
    const unset = inputErrorOf(() => decl('a:\n  <<: [*nowhere]\n'));
    expect(unset.message).toBe('alias to an anchor that is not set before it');
    expect(unset.where).toMatchObject({ line: 2, column: 8 });
  });

  it('a mapping merged into itself is refused as an alias loop', () => {
    expect(inputErrorOf(() => decl('a: &a {x: 1, <<: *a}\n')).message).toMatch(/too many YAML aliases/);
  });
});
