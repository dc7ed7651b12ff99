/**
 * YAML (and JSON, which is YAML 1.2) parsed with positions kept, so schema errors, lint findings and
 * readers can point at `file:line:col`. Duplicate keys, deep nesting and alias bombs are refused, and
 * errors never reprint the source.
 */
import { Composer, Lexer, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq, visit, type CST, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { maskIdentifiers } from '../detect/mask-identifiers.js';
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

/**
 * Nesting refused before the tree is built: yaml's parser, composer and toJS (and everything that walks
 * their result) recurse once per level, so a deep enough file overflows the stack, or worse. Real packs,
 * configs and inventories nest a dozen levels at most.
 */
export const MAX_YAML_NESTING = 200;

/** The library's message is cut at its first `…: ` (what follows quotes the source) and bounded to this. */
const MAX_YAML_MESSAGE = 120;

const SYNTAX_HINT = 'fix the YAML syntax (indentation, quotes, brackets) at that position';

export interface YamlOptions {
  /**
   * YAML 1.1 merge keys (`<<: *defaults`), for declarations: an inventory's systems share their defaults
   * that way. Off for packs, configs and the like: their schemas know no `<<`, and merging would hide it.
   */
  merge?: boolean;
}

/** Parse, refusing syntax errors, duplicate keys, deep nesting and alias bombs with a located InputError. */
export function parseYamlSource(file: string, text: string, opts: YamlOptions = {}): ParsedYaml {
  const lines = new LineCounter();
  const doc = composeDocument(file, text, lines, opts);
  // Errors are not prettified: yaml's code frames rescan the text for every error (quadratic).
  const error = doc.errors[0];
  if (error) throw yamlError(file, lines, error.pos[0], shortYamlMessage(error.message), SYNTAX_HINT);
  checkKeys(file, lines, doc);
  if (opts.merge) checkMerges(file, lines, doc);
  // A fresh tree: anchors/aliases must not make two statements share (and co-mutate) one object.
  return { file, doc, lines, data: structuredClone(toPlainData(file, doc, lines)) };
}

const DUPLICATE_HINT = 'each key may appear once per mapping; merge the two entries or rename one';

function yamlError(file: string, lines: LineCounter, offset: number, message: string, hint: string): InputError {
  const pos = lines.linePos(offset);
  return new InputError(message, { file, line: Math.max(pos.line, 1), column: pos.line >= 1 ? pos.col : 1 }, hint);
}

/** What parseDocument does, with the parser's depth checked after every token. */
function composeDocument(file: string, text: string, lines: LineCounter, opts: YamlOptions): Document.Parsed {
  // yaml's own unique-key check compares each key with every earlier one (quadratic): checkKeys instead.
  // YAML 1.1 tags (!!omap, !!set, !!binary…) stay plain lists, mappings and strings: their converters
  // throw plain errors (an !!omap with a repeated key) and hide keys from checkKeys; no file needs them.
  const composer = new Composer({ uniqueKeys: false, resolveKnownTags: false, merge: opts.merge === true });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(depthCheckedTokens(file, text, lines), true, text.length)) {
    if (!doc) doc = next;
    else if (doc.errors.length > 0) break;
    else throw yamlError(file, lines, next.range[0], 'more than one YAML document in the file', 'remove the `---` line that starts the second: a file holds one document');
  }
  return doc!;
}

function* depthCheckedTokens(file: string, text: string, lines: LineCounter): Generator<CST.Token> {
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0);
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    yield* parser.next(lexeme);
    // The stack holds the document and every open collection (and maybe a scalar on top).
    if (parser.stack.length - 1 > MAX_YAML_NESTING) {
      throw yamlError(file, lines, offset, `YAML nested more than ${MAX_YAML_NESTING} levels deep: refused`, 'flatten the structure: privaudit files need only a few levels of lists and mappings');
    }
  }
  yield* parser.end();
}

/**
 * Every key a plain value, once per mapping (scalars of equal value, as yaml's uniqueKeys compares them).
 * A collection or alias as a key would be stringified by toJS (quadratic in depth, and Node prints it in a
 * warning); no privaudit file needs one.
 */
function checkKeys(file: string, lines: LineCounter, doc: Document): void {
  let first: { offset: number; complex: boolean } | undefined;
  const found = (offset: number, complex: boolean) => {
    if (!first || offset < first.offset) first = { offset, complex };
  };
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) {
          if (key) found(key.range?.[0] ?? 0, true);
          continue;
        }
        if (seen.has(key.value) && !Number.isNaN(key.value)) found(key.range?.[0] ?? 0, false);
        seen.add(key.value);
      }
    },
  });
  if (first?.complex) throw yamlError(file, lines, first.offset, 'a mapping key must be a plain value, not a list, mapping or alias', 'write the key as a string, e.g. `name:`');
  if (first) throw yamlError(file, lines, first.offset, 'Map keys must be unique', DUPLICATE_HINT);
}

/** A merge pair (`<<: *defaults`): with `merge` on, yaml gives its key the value Symbol('<<'). */
export function isMergePair(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol' && pair.key.value.description === '<<';
}

/** What a merge pair's value names: a mapping, an alias of one, or a list of those (resolved; undefined: an alias to no anchor). */
function mergeSources(doc: Document, value: unknown): { node: unknown; source: unknown }[] {
  const items = isSeq(value) ? value.items : [value];
  return items.map((node) => ({ node, source: isAlias(node) ? node.resolve(doc) : node }));
}

/** Every merge names mappings: yaml's toJS throws a plain Error, with no position, on anything else. */
function checkMerges(file: string, lines: LineCounter, doc: Document): void {
  visit(doc, {
    Pair(_key, pair) {
      if (!isMergePair(pair as Pair)) return;
      for (const { node, source } of mergeSources(doc, pair.value)) {
        const offset = (node as Node | null)?.range?.[0] ?? (pair.key as Node).range?.[0] ?? 0;
        if (source === undefined) throw yamlError(file, lines, offset, 'alias to an anchor that is not set before it', 'define the anchor (`&name`) before the alias (`*name`), or write the value out');
        if (!isMap(source)) throw yamlError(file, lines, offset, 'a merge key (<<) takes a mapping, an alias of one, or a list of them', 'write `<<: *name` where `&name` marks a mapping, or quote the key (`"<<":`) to read it as a plain key');
      }
    },
  });
}

/**
 * A mapping's pairs with its merge keys expanded as YAML 1.1 merges them: the mapping's own keys win, then
 * earlier sources over later ones. Merged pairs come first and own pairs last, so a reader that lets a
 * later pair overwrite an earlier one gets that precedence even when two spellings (存储地域,
 * storage_region) name one column. Each pair keeps its nodes: a merged value is located where it is
 * written, in the anchored mapping. Cycles cannot reach here: toJS refused them as alias bombs.
 */
export function mergedPairs(parsed: ParsedYaml, map: YAMLMap): Pair[] {
  const merges = map.items.filter((p) => isMergePair(p as Pair));
  if (merges.length === 0) return map.items as Pair[];
  const own = map.items.filter((p) => !isMergePair(p as Pair)) as Pair[];
  const seen = new Set(own.map(keyText));
  const merged: Pair[][] = [];
  for (const m of merges) {
    for (const { source } of mergeSources(parsed.doc, m.value)) {
      const fresh = mergedPairs(parsed, source as YAMLMap).filter((p) => !seen.has(keyText(p)));
      for (const p of fresh) seen.add(keyText(p));
      merged.push(fresh);
    }
  }
  return [...merged.reverse().flat(), ...own];
}

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : '';
}

function toPlainData(file: string, doc: Document, lines: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    if (/^Unresolved alias/.test(e.message)) {
      throw yamlError(file, lines, firstAliasOffset(doc, true) ?? 0, 'alias to an anchor that is not set before it', 'define the anchor (`&name`) before the alias (`*name`), or write the value out');
    }
    throw yamlError(file, lines, firstAliasOffset(doc, false) ?? 0, 'too many YAML aliases: refused as a possible resource-exhaustion ("billion laughs") attack', `at most ${MAX_ALIAS_COUNT} aliases are resolved per file; write the values out instead of nesting anchors`);
  }
}

/** Offset of the first alias (or the first whose anchor is not set before it), in document order. */
function firstAliasOffset(doc: Document, unresolvedOnly: boolean): number | undefined {
  const anchors = new Set<string>();
  let offset: number | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (unresolvedOnly && anchors.has(node.source)) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.add(anchor);
    return undefined;
  });
  return offset;
}

/**
 * yaml's message without the source it may quote (`Block scalar header includes extra characters: |…`,
 * `Not a YAML token: …`, `Unresolved tag: !…`): cut at the first `word: `, identifiers masked, bounded.
 * Our location prefix says where; the text is the user's to look at, not ours to reprint.
 */
function shortYamlMessage(message: string): string {
  const end = message.search(/[\w)]: |\n/);
  const head = maskIdentifiers((end === -1 ? message : message.slice(0, end + (message[end] === '\n' ? 0 : 1))).slice(0, MAX_YAML_MESSAGE).trim());
  return head.length >= MAX_YAML_MESSAGE ? `${head.slice(0, MAX_YAML_MESSAGE - 1)}…` : head || 'invalid YAML';
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
/** A declaration (inventory, SDK list): merge keys are read (`<<: *defaults`). */
export function parseDeclarationYaml(file: string, text: string): ParsedYaml {
  return parseYamlSource(file, text, { merge: true });
}
export const nodeLocation = locationOf;
export function yamlToJs(y: ParsedYaml): unknown {
  return y.data;
}
export function nodeAtPath(y: ParsedYaml, path: NodePath): Node | null {
  return nodeAt(y.doc, path).node;
}
