/**
 * YAML (and JSON, which is YAML 1.2) parsed with positions kept, so schema errors, lint findings and
 * readers can point at `file:line:col`. Duplicate keys and alias bombs are refused.
 */
import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { readTextFile } from './file.js';

/** Aliases resolved per document before we give up: packs need few; a "billion laughs" needs many. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  /** The path as the user gave it (or `policies/<id>.yaml` for a bundled pack). */
  file: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

export type NodePath = readonly (string | number)[];

/** Parse, refusing syntax errors, duplicate keys and alias bombs with a located InputError. */
export function parseYamlSource(file: string, text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const hint = error.code === 'DUPLICATE_KEY' ? 'each key may appear once per mapping; merge the two entries or rename one' : 'fix the YAML syntax (indentation, quotes, brackets) at that position';
    throw new InputError(shortYamlMessage(error.message), { file, line: pos?.line ?? 1, column: pos?.col }, hint);
  }
  // A fresh tree: anchors/aliases must not make two statements share (and co-mutate) one object.
  return { file, doc, lines, data: structuredClone(toPlainData(file, doc, lines)) };
}

function toPlainData(file: string, doc: Document, lines: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const where = firstAliasOffset(doc);
    const pos = where === undefined ? { line: 1, col: 1 } : lines.linePos(where);
    throw new InputError('too many YAML aliases: refused as a possible resource-exhaustion ("billion laughs") attack', { file, line: pos.line, column: pos.col }, `at most ${MAX_ALIAS_COUNT} aliases are resolved per file; write the values out instead of nesting anchors`);
  }
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** yaml's pretty messages append " at line L, column C:" and a code frame; we print our own prefix. */
function shortYamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
}

/** The node at a path of map keys and sequence indexes, or the deepest existing ancestor. */
export function nodeAt(doc: Document, path: NodePath): { node: Node | null; depth: number } {
  let node: unknown = doc.contents;
  let depth = 0;
  for (const seg of path) {
    const next = childOf(node, seg);
    if (!next) break;
    node = next;
    depth++;
  }
  return { node: (node as Node | null) ?? null, depth };
}

function childOf(node: unknown, seg: string | number): Node | undefined {
  if (isAlias(node)) return undefined;
  if (isSeq(node) && typeof seg === 'number') return node.items[seg] as Node | undefined;
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
    return (pair?.value ?? pair?.key) as Node | undefined;
  }
  return undefined;
}

/** The key node of `key` in the mapping at `path` (to point at an unknown property itself). */
export function keyNodeAt(doc: Document, path: NodePath, key: string): Node | undefined {
  const { node, depth } = nodeAt(doc, path);
  if (depth !== path.length || !isMap(node)) return undefined;
  const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return pair?.key as Node | undefined;
}

export function locationOf(parsed: ParsedYaml, node: Node | null | undefined): Location {
  const offset = node?.range?.[0];
  if (offset === undefined) return { file: parsed.file, line: 1, column: 1 };
  const { line, col } = parsed.lines.linePos(offset);
  return { file: parsed.file, line, column: col };
}

/** Location of the value at `path`, falling back to its nearest existing ancestor. */
export function locate(parsed: ParsedYaml, path: NodePath): Location {
  return locationOf(parsed, nodeAt(parsed.doc, path).node);
}

/** `collects[3]`, `recipients.sdks[0]`, `consent.minors`: the key style lint messages use. */
export function pathKey(path: NodePath): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

/** JSON pointer (ajv's instancePath) → path segments; array indexes become numbers. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Locations of every node down to `maxDepth` segments (`storage`, `collects[3]`,
 * `recipients.sdks[2].fields[0].items[1]`, `consent.minors`), for lint messages.
 */
export function statementLocations(parsed: ParsedYaml, maxDepth = 6): Record<string, Location> {
  const out: Record<string, Location> = {};
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (path.length > 0) out[pathKey(path)] = locationOf(parsed, node as Node);
    if (path.length >= maxDepth) return;
    if (isMap(node)) for (const p of node.items) if (isScalar(p.key)) walk(p.value ?? p.key, [...path, String(p.key.value)]);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(parsed.doc.contents, []);
  return out;
}

export function readYamlFile(file: string): ParsedYaml {
  return parseYamlSource(file, readTextFile(file).text);
}

// Short names used by the readers.
export type YamlFile = ParsedYaml;
export const parseYamlText = parseYamlSource;
export const nodeLocation = locationOf;
export function yamlToJs(y: ParsedYaml): unknown {
  return y.data;
}
export function nodeAtPath(y: ParsedYaml, path: NodePath): Node | null {
  return nodeAt(y.doc, path).node;
}
