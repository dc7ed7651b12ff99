/**
 * YAML-like text. A small node tree rendered by hand (so it can carry what serialisers never emit:
 * undefined and recursive aliases, merge keys, odd tags, mixed flow and block styles), token soup
 * for the parser's corners, and nesting deep enough to find recursion limits.
 */
import fc from 'fast-check';
import { cellValue, KNOWN_NAMES, PROTO_KEYS, text } from './arbitraries.js';

export type YNode =
  | { kind: 'scalar'; text: string; style: 'plain' | 'double' | 'single' | 'literal'; props: string }
  | { kind: 'map'; entries: [string, YNode][]; flow: boolean; props: string }
  | { kind: 'seq'; items: YNode[]; flow: boolean; props: string }
  | { kind: 'alias'; name: string };

const ANCHORS = ['a', 'b', 'c'];

/** Anchor and tag properties a node may carry: `&a`, `!!str`, `!custom` … mostly none. */
const props = fc.oneof(
  { weight: 12, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom(...ANCHORS).map((a) => `&${a} `) },
  { weight: 1, arbitrary: fc.constantFrom('!!str ', '!!int ', '!!float ', '!!bool ', '!!null ', '!!binary ', '!!timestamp ', '!!set ', '!!omap ', '!!pairs ', '!custom ', '!<tag:yaml.org,2002:str> ', '!!js/function ') },
);

export interface TreeOptions {
  keys?: fc.Arbitrary<string>;
  scalars?: fc.Arbitrary<string>;
  maxDepth?: number;
}

export const yamlKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KNOWN_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_KEYS, '<<', '? x', '- a', 'a: b', '', '~', 'null', 'true', '1', '1.0') },
  { weight: 2, arbitrary: text },
);

/** A node tree (depth-bounded) of the given keys and scalars. */
export function yamlTree(opts: TreeOptions = {}): fc.Arbitrary<YNode> {
  const keys = opts.keys ?? yamlKey;
  const scalars = opts.scalars ?? cellValue;
  const { node } = fc.letrec<{ node: YNode; scalar: YNode; map: YNode; seq: YNode; alias: YNode }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', maxDepth: opts.maxDepth ?? 5 }, tie('scalar'), tie('map'), tie('seq'), tie('alias')),
    scalar: fc.record({ kind: fc.constant('scalar' as const), text: scalars, style: fc.constantFrom('plain', 'plain', 'double', 'single', 'literal'), props }),
    map: fc.record({ kind: fc.constant('map' as const), entries: fc.array(fc.tuple(keys, tie('node')), { maxLength: 5 }), flow: fc.boolean(), props }),
    seq: fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('node'), { maxLength: 4 }), flow: fc.boolean(), props }),
    alias: fc.record({ kind: fc.constant('alias' as const), name: fc.constantFrom(...ANCHORS) }),
  }));
  return node;
}

function scalarText(n: Extract<YNode, { kind: 'scalar' }>, indent: string): string {
  switch (n.style) {
    case 'plain':
      return n.text;
    case 'double':
      return JSON.stringify(n.text);
    case 'single':
      return `'${n.text.replace(/'/g, "''")}'`;
    case 'literal':
      return `|\n${n.text.split('\n').map((l) => `${indent}  ${l}`).join('\n')}`;
  }
}

function keyText(k: string): string {
  return /^[\w\u4e00-\u9fff$.-]+$/.test(k) ? k : JSON.stringify(k);
}

function flowText(n: YNode): string {
  if (n.kind === 'alias') return `*${n.name}`;
  if (n.kind === 'scalar') return n.props + (n.style === 'literal' || n.style === 'plain' ? JSON.stringify(n.text) : scalarText(n, ''));
  if (n.kind === 'seq') return `${n.props}[${n.items.map(flowText).join(', ')}]`;
  return `${n.props}{${n.entries.map(([k, v]) => `${keyText(k)}: ${flowText(v)}`).join(', ')}}`;
}

const isBlockCollection = (n: YNode) => (n.kind === 'map' || n.kind === 'seq') && !n.flow && (n.kind === 'map' ? n.entries.length : n.items.length) > 0;

/** After `key:` or `-`: inline for scalars, aliases and flow; on the next lines for block collections. */
function childText(n: YNode, indent: string): string {
  if (!isBlockCollection(n)) return ` ${n.kind === 'scalar' ? n.props + scalarText(n, indent) : flowText(n)}`;
  const p = (n as { props: string }).props.trim();
  return `${p ? ` ${p}` : ''}\n${renderYamlNode(n, indent + '  ')}`;
}

export function renderYamlNode(n: YNode, indent = ''): string {
  if (!isBlockCollection(n)) return indent + (n.kind === 'scalar' ? n.props + scalarText(n, indent) : flowText(n));
  if (n.kind === 'map') return n.entries.map(([k, v]) => `${indent}${keyText(k)}:${childText(v, indent)}`).join('\n');
  return (n as Extract<YNode, { kind: 'seq' }>).items.map((v) => `${indent}-${childText(v, indent)}`).join('\n');
}

export function yamlText(opts: TreeOptions = {}): fc.Arbitrary<string> {
  return yamlTree(opts).map((n) => renderYamlNode(n) + '\n');
}

/** Lines of YAML tokens in any order: directives, document markers, anchors, tags, indicators, tabs. */
export const yamlSoup: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 8 }),
      fc.array(
        fc.oneof(
          fc.constantFrom('- ', 'key: ', '? ', ': ', '&a ', '*a', '*b', '<<: *a', '<<: [*a, *b]', '!!str ', '!!binary ', '!t ', '{', '}', '[', ']', ', ', '"', "'", '|', '>-', '|+2', '# c', '---', '...', '%YAML 1.2', '%YAML 1.1', '%TAG ! tag:x,2000:', '\t', '__proto__: ', 'constructor: ', '~', 'null', '.inf', '-.NaN', '0o17', '0x_1', '2001-12-14t21:59:43.10-05:00', '\\', '\uFEFF', '\u0000', '\r'),
          fc.constantFrom(...KNOWN_NAMES).map((k) => `${k}: `),
          text,
        ),
        { maxLength: 6 },
      ),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.map(([indent, tokens]) => ' '.repeat(indent) + tokens.join('')).join('\n'));

/** Nesting a few thousand levels deep, in the three ways YAML nests. */
export const deepYaml: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('flow-seq', 'flow-map', 'block-seq', 'mixed'), fc.integer({ min: 1, max: 3000 }))
  .map(([kind, depth]) => {
    if (kind === 'flow-seq') return '['.repeat(depth) + ']'.repeat(depth);
    if (kind === 'flow-map') return '{a: '.repeat(depth) + '1' + '}'.repeat(depth);
    if (kind === 'block-seq') return '- '.repeat(depth) + 'x\n';
    return 'k: ' + '[{a: '.repeat(depth) + '1' + '}]'.repeat(depth) + '\n';
  });

/** Recursive and exponential aliases: a document that refers to itself, and a small "billion laughs". */
export const aliasShapes: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a: &x [*x]\n', '&x {k: *x}\n', 'a: &x\n  b: *x\n', '- &x\n  - *x\n', 'systems: &s\n  - name: x\n    datasets: *s\n', 'x: *undefined\n', 'a: &a 1\nb: &a 2\nc: *a\n'),
  fc.integer({ min: 2, max: 12 }).map((levels) => {
    const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
    return lines.join('\n') + '\n';
  }),
);
