/** YAML through `yaml`: line numbers from its LineCounter, duplicate keys and alias bombs refused. */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { readTextFile } from './file.js';

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Aliases are rare in declarations; a handful is plenty and stops billion-laughs documents early. */
const MAX_ALIASES = 100;

export function parseYamlText(file: string, text: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lines.linePos(first.pos[0]);
    const dup = first.code === 'DUPLICATE_KEY';
    const message = dup ? 'duplicate key in a mapping' : `invalid YAML: ${first.message.split('\n')[0]}`;
    throw new InputError(message, { file, line: pos.line, column: pos.col }, dup ? 'each key may appear once per mapping; remove or rename one' : 'fix the YAML syntax at this position');
  }
  return { file, doc, lines };
}

export function readYamlFile(file: string): YamlFile {
  return parseYamlText(file, readTextFile(file).text);
}

/** Plain JS value of the document; aliases are expanded with a bound so bombs fail fast. */
export function yamlToJs(y: YamlFile): unknown {
  try {
    return y.doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new InputError(`YAML aliases expand too far (${(e as Error).message})`, { file: y.file, line: 1 }, 'remove the recursive or repeated aliases (*name)');
  }
}

export function nodeLocation(y: YamlFile, node: Node | null | undefined): Location {
  const offset = node?.range?.[0] ?? 0;
  const pos = y.lines.linePos(offset);
  return { file: y.file, line: pos.line, column: pos.col };
}

/** Follow a path of keys/indexes (as in an ajv instancePath) to the deepest node that exists. */
export function nodeAtPath(y: YamlFile, path: (string | number)[]): Node | null {
  let node: unknown = y.doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const next = node.items[Number(key)];
      if (!next) return node;
      node = next;
    } else break;
  }
  return (node as Node) ?? null;
}
