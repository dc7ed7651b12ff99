/**
 * The layers of src/ (README "Layout"): each folder sits in one layer, and a file imports only its own
 * layer and those below. An import into a higher layer is allowed only under a `// layer: <reason>`
 * comment on the line above it (one comment may head a run of imports from the same folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Bottom up; the folders of one layer may import each other. '.' is src/ itself (errors, location, assets). */
const LAYERS: readonly (readonly string[])[] = [
  ['.', 'text', 'text/words'],
  ['calendar', 'detect', 'detect/detectors'],
  ['io'],
  ['normalize'],
  ['taxonomy'],
  ['policy'],
  ['sdk'],
  ['config'],
  ['load', 'load/exports'],
  ['scan', 'scan/events', 'crosscheck'],
  ['check', 'check/rules'],
  ['suppress'],
  ['report', 'report/formatters'],
  ['cli'],
];

/** Files in the bottom layer, not their folder's: the shapes SPEC.md defines (a pack, a report and its severities), which every layer names. */
const SHARED = ['policy/types.ts', 'report/types.ts', 'report/severity.ts'];

const LAYER_OF = new Map(LAYERS.flatMap((folders, rank) => folders.map((f) => [f, rank] as const)));
const MARK = /^\s*\/\/ layer: \S/;

interface SourceFile {
  /** Relative to src/. */
  file: string;
  text: string;
}

interface Import {
  /** 1-based: the statement's first and last line. */
  line: number;
  end: number;
  /** The imported file, relative to src/ (`.ts`). */
  target: string;
}

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [relative(SRC, join(dir, e.name))] : [],
  );
}

function layerOf(file: string): number {
  return SHARED.includes(file) ? 0 : LAYER_OF.get(dirname(file))!;
}

/** Every relative import of a file: import/export declarations, `import()` calls and `import('…')` types. */
function importsOf({ file, text }: SourceFile): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const found: Import[] = [];
  const add = (node: ts.Node, spec: ts.Node | undefined) => {
    if (!spec || !ts.isStringLiteralLike(spec) || !spec.text.startsWith('.')) return;
    const target = join(dirname(file), spec.text).replace(/\.js$/, '.ts');
    found.push({ line: lineOf(node.getStart(source)), end: lineOf(node.getEnd()), target });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Is the import under a `// layer:` comment, directly or through a run of imports from the same folder? */
function marked(lines: readonly string[], imports: readonly Import[], at: Import): boolean {
  const folder = dirname(at.target);
  for (let i: Import | undefined = at; i && dirname(i.target) === folder; i = imports.find((p) => p.end === i!.line - 1)) {
    if (MARK.test(lines[i.line - 2] ?? '')) return true;
  }
  return false;
}

/** `src/file:line → target` for each import into a higher layer without its reason. */
function upwardImports(files: readonly SourceFile[]): string[] {
  return files.flatMap((f) => {
    const lines = f.text.split('\n');
    const imports = importsOf(f);
    return imports.filter((i) => layerOf(i.target) > layerOf(f.file) && !marked(lines, imports, i)).map((i) => `src/${f.file}:${i.line} → ${i.target}`);
  });
}

const FILES: SourceFile[] = sourceFiles().map((file) => ({ file, text: readFileSync(join(SRC, file), 'utf8') }));

describe('layers of src/', () => {
  it('puts every folder in the table, and names no folder or file that is gone', () => {
    const folders = [...new Set(FILES.map((f) => dirname(f.file)))].sort();
    expect([...LAYER_OF.keys()].sort()).toEqual(folders);
    expect(SHARED.filter((file) => !FILES.some((f) => f.file === file))).toEqual([]);
  });

  it('imports into a higher layer only with a `// layer:` reason above the import', () => {
    expect(upwardImports(FILES)).toEqual([]);
  });
});

describe('the layer check', () => {
  const file = (text: string): SourceFile[] => [{ file: 'normalize/x.ts', text }];

  it('names the file and line of an import into a higher layer, in every form of import', () => {
    const text = [
      "import { a } from './text.js';",
      "import type { Rule } from '../check/types.js';",
      "export { b } from '../scan/types.js';",
      '',
      "type T = import('../report/build.js').Built;",
      "const lazy = () => import('../cli/main.js');",
    ].join('\n');
    expect(upwardImports(file(text))).toEqual([
      'src/normalize/x.ts:2 → check/types.ts',
      'src/normalize/x.ts:3 → scan/types.ts',
      'src/normalize/x.ts:5 → report/build.ts',
      'src/normalize/x.ts:6 → cli/main.ts',
    ]);
  });

  it('allows imports of its own layer, lower layers and the shared shapes', () => {
    const text = ["import { a } from './text.js';", "import { b } from '../io/yaml.js';", "import type { Finding } from '../report/types.js';"].join('\n');
    expect(upwardImports(file(text))).toEqual([]);
  });

  it('takes a reason on the line above, for a run of imports from one folder only', () => {
    const text = [
      '// layer: the reason',
      'import {',
      '  a,',
      "} from '../check/a.js';",
      "import { b } from '../check/b.js';",
      "import { c } from '../scan/c.js';",
      '',
      "import { d } from '../check/d.js';",
    ].join('\n');
    expect(upwardImports(file(text))).toEqual(['src/normalize/x.ts:6 → scan/c.ts', 'src/normalize/x.ts:8 → check/d.ts']);
  });

  it('does not take a comment without a reason', () => {
    expect(upwardImports(file("// layer:\nimport { a } from '../check/a.js';"))).toEqual(['src/normalize/x.ts:2 → check/a.ts']);
  });
});
