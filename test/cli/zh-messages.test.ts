/**
 * The zh catalog stays in step with the messages it translates: every entry still has an English message
 * to translate. An entry is proven by a real run that used it (the `--lang zh` runs of lang-zh.test.ts), or,
 * for messages those runs do not reach, by its longest literal wording still being in the sources that
 * print it (src/, and the yaml, commander and ajv libraries whose messages pass through).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { localizeError, localizeStderr, translate, ZH_ENTRIES, type ZhEntry } from '../../src/cli/zh-messages.js';
import { REPO_ROOT } from '../e2e/helpers.js';
import { englishWords } from './english-words.js';
import { runZh, zhRuns } from './zh-runs.js';

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** Where the English comes from: our sources and the libraries whose messages we print. */
function sourceText(): string {
  const roots: [string, RegExp][] = [
    ['src', /\.ts$/],
    ['node_modules/yaml/dist', /\.js$/],
    ['node_modules/commander/lib', /\.js$/],
    ['node_modules/ajv/dist/vocabularies', /\.js$/],
  ];
  return roots
    .flatMap(([dir, ext]) => filesUnder(join(REPO_ROOT, dir), ext))
    .filter((f) => !f.endsWith('zh-messages.ts'))
    .map((f) => readFileSync(f, 'utf8').replace(/\\`/g, '`')) // a backtick inside a template literal
    .join('\n');
}

/**
 * The longest run of plain text in a pattern: what a message must say word for word. A character made
 * optional by `?`, `*` or `+` ends the run before it; classes and escapes like \d end it too.
 */
export function longestLiteral(re: RegExp): string {
  const src = re.source;
  const runs: string[] = [];
  let run = '';
  const end = () => (runs.push(run), (run = ''));
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[++i]!;
      if (/[dDsSwWbB]/.test(next)) end();
      else run += next;
    } else if (c === '?' || c === '*' || c === '+') {
      run = run.slice(0, -1);
      end();
    } else if (c === '[') {
      end();
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(i))) {
      run = run.slice(0, -1);
      end();
      i = src.indexOf('}', i);
    } else if (c === '(' && src[i + 1] === '?') {
      end();
      i += /^\(\?<?[=!:]?/.exec(src.slice(i))![0].length - 1; // (?: (?= (?<= …: a group, not text
    } else if ('()|^$.'.includes(c)) {
      end();
    } else run += c;
  }
  end();
  return runs.reduce((a, b) => (b.trim().length > a.trim().length ? b : a), '').trim();
}

describe('the zh catalog', () => {
  it('every entry translates a real message: one the zh runs printed, or one still written in the sources', async () => {
    const used = new Set<ZhEntry>();
    const originals = ZH_ENTRIES.map((e) => e.zh);
    ZH_ENTRIES.forEach((e, i) => (e.zh = (m) => (used.add(e), originals[i]!(m))));
    try {
      for (const run of zhRuns()) await runZh(run);
    } finally {
      ZH_ENTRIES.forEach((e, i) => (e.zh = originals[i]!));
    }
    const text = sourceText();
    const stale = ZH_ENTRIES.filter((e) => !used.has(e)).filter((e) => {
      const literal = longestLiteral(e.en);
      return literal.length < 6 || !text.includes(literal);
    });
    expect(stale.map((e) => `${e.en.source}  (longest literal: '${longestLiteral(e.en)}')`)).toEqual([]);
    // The runs reach a good share of the catalog; the rest is vouched for by its wording alone.
    expect(used.size).toBeGreaterThan(30);
  }, 120_000);

  it('no entry leaves English in what it writes', () => {
    // Each entry's output with every capture standing in as a number.
    const leftovers = ZH_ENTRIES.flatMap((e) => {
      const out = e.zh(Object.assign(Array(8).fill('1'), { index: 0, input: '' }) as unknown as RegExpExecArray);
      return englishWords(out.replace(/undefined/g, '')).map((w) => `${e.en.source} → ${out}: ${w.word}`);
    });
    expect(leftovers).toEqual([]);
  });

  it('keeps file names, quoted values, ids and numbers as they are', () => {
    expect(translate("unknown policy pack 'jdcloud-privacy-2020-7'")).toBe("未知的策略包 'jdcloud-privacy-2020-7'");
    expect(translate('ragged row: 12 fields where the header has 13')).toBe('行不齐：本行有 12 个字段，表头有 13 个');
    expect(localizeStderr("privaudit: note: fixtures/a.csv: ignored column(s) privaudit does not use: '序号', 'storage_regoin' (did you mean 'storage_region'?)\n", 'zh')).toBe(
      "privaudit: 注意：fixtures/a.csv：已忽略 privaudit 不使用的列：'序号', 'storage_regoin'（是否为 'storage_region'？）\n",
    );
  });

  it('an InputError keeps its location prefix and puts its hint on its own line', () => {
    const e = new InputError('no records: the file is empty', { file: 'a.csv', line: 1 }, 'add a header row and at least one record');
    expect(localizeError(e, 'zh')).toBe('a.csv:1: 没有记录：文件为空\n  提示：请添加表头行和至少一条记录');
    expect(localizeError(e, 'en')).toBe(e.describe());
  });

  it('a multi-line pack message is translated line by line', () => {
    const e = new InputError("/collects/0/cite: must have required property 'quote'\n  p.yaml:12:5: /doc: 'x' is not one of the allowed values (allowed: a, b)\n  … and 2 more problems", { file: 'p.yaml', line: 10, column: 7 }, "add 'quote:' here");
    expect(localizeError(e, 'zh')).toBe(
      "p.yaml:10:7: /collects/0/cite：缺少必需的属性 'quote'\n  p.yaml:12:5: /doc：'x' 不是允许的值之一（允许的值：a, b）\n  … 另有 2 个问题\n  提示：请在此处添加 'quote:'",
    );
  });

  it('English stays English, and an unknown line passes unchanged', () => {
    expect(localizeStderr('privaudit: note: x\n', 'en')).toBe('privaudit: note: x\n');
    expect(localizeStderr('something new\n', 'zh')).toBe('something new\n');
  });
});
