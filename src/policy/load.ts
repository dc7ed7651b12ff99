/**
 * Loading policy packs: a bundled id (`jdcloud-privacy-2020-07`) or a file path, parsed with
 * positions, validated against schemas/pack.schema.json and merged along its `extends:` chain; for
 * a run, its item and category ids are checked against the taxonomy (lint.ts assertUsablePack).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, resolve } from 'node:path';
import { listAssets } from '../assets.js';
import { InputError } from '../errors.js';
import { quote } from '../normalize/text.js';
import type { Location } from '../location.js';
import { didYouMean } from '../text/suggest.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { assertUsablePack } from './lint.js';
import { mergePack, type PackFile } from './merge.js';
import type { Pack } from './types.js';
import { validatePackSource } from './validate.js';
import { readBundledYaml } from '../io/bundled.js';
import { parseYamlSource, statementLocations, type ParsedYaml } from '../io/yaml.js';

/** Files in policies/ that are shared data, not packs. */
const NOT_PACKS = new Set(['taxonomy', 'sdk-catalog', 'regions']);
const PACK_FILE = /\.ya?ml$/;

export interface LoadPackOptions {
  /** Folder relative paths are resolved against; defaults to process.cwd(). */
  cwd?: string;
  /** Where the reference is written (an entry of a config file's `policies:`): errors about it point there. */
  where?: Location;
  /**
   * For a pack to audit with: its item and category ids are checked against the taxonomy, and an unknown one
   * is an invalid pack. Without it (`policies lint`, `show`, `diff`) the pack loads as written, so lint can report them.
   */
  taxonomy?: Taxonomy;
}

/** A pack file to read: bundled (read through assets, so it works in the single executable) or on disk. */
interface PackSource {
  /** Identity for cycle detection. */
  key: string;
  /** How messages name the file: `policies/<id>.yaml`, or the path as the user wrote it. */
  display: string;
  bundledId?: string;
  /** The data with its statement locations: a bundled file's snapshot, or a user's file parsed and validated. */
  read(): { data: PackFile; locations: Record<string, Location> };
  /** Where a relative `extends:` path starts from. */
  base: { kind: 'bundled'; dir: string } | { kind: 'file'; dir: string; displayDir: string };
}

/** Ids of the bundled packs, sorted. */
export function listBundledPacks(): string[] {
  return listAssets('policies')
    .filter((name) => PACK_FILE.test(name))
    .map((name) => name.replace(PACK_FILE, ''))
    .filter((id) => !NOT_PACKS.has(id))
    .sort();
}

/** Load, validate and resolve a pack. Every problem is an InputError naming file and line. */
export function loadPack(ref: string, opts: LoadPackOptions = {}): Pack {
  const cwd = opts.cwd ?? process.cwd();
  const source = resolveRef(ref, { kind: 'file', dir: cwd, displayDir: '' }, opts.where);
  const pack = loadChain(source, []);
  if (opts.taxonomy) assertUsablePack(pack, opts.taxonomy);
  return pack;
}

/** A reference is a path when it looks like one or names an existing file; otherwise a bundled id. */
export function isPathRef(ref: string, dir: string): boolean {
  return /[/\\]/.test(ref) || /\.(ya?ml|json)$/i.test(ref) || isFile(resolve(dir, ref));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function resolveRef(ref: string, base: PackSource['base'], where?: Location): PackSource {
  if (base.kind === 'bundled') {
    return isBundledPathRef(ref) ? bundledFileSource(ref, base.dir, where) : bundledSource(ref, where);
  }
  return isPathRef(ref, base.dir) ? fileSource(ref, base, where) : bundledSource(ref, where);
}

function isBundledPathRef(ref: string): boolean {
  return /[/\\]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);
}

function bundledSource(id: string, where?: Location): PackSource {
  const ids = listBundledPacks();
  if (!ids.includes(id)) {
    const near = didYouMean(id, ids);
    throw new InputError(`unknown policy pack ${quote(id)}`, where, `${near ? `${near} ` : ''}bundled packs: ${ids.join(', ')}; or give the path of a pack file (.yaml, .yml or .json)`);
  }
  const rel = bundledFileName(id);
  return { key: `bundled:${rel}`, display: rel, bundledId: id, read: () => readBundled(rel), base: { kind: 'bundled', dir: 'policies' } };
}

function bundledFileName(id: string): string {
  const file = listAssets('policies').find((name) => PACK_FILE.test(name) && name.replace(PACK_FILE, '') === id);
  return `policies/${file ?? `${id}.yaml`}`;
}

/** A bundled pack extending another bundled file by relative path (kept inside policies/). */
function bundledFileSource(ref: string, dir: string, where?: Location): PackSource {
  const rel = posix.normalize(posix.join(dir, ref.replace(/\\/g, '/')));
  if (!rel.startsWith('policies/')) throw new InputError(`a bundled pack cannot extend '${ref}' outside policies/`, where);
  return { key: `bundled:${rel}`, display: rel, read: () => readBundled(rel), base: { kind: 'bundled', dir: posix.dirname(rel) } };
}

function fileSource(ref: string, base: { dir: string; displayDir: string }, where?: Location): PackSource {
  const abs = resolve(base.dir, ref);
  const display = isAbsolute(ref) || !base.displayDir ? ref : join(base.displayDir, ref);
  if (!isFile(abs)) {
    const hint = `give a bundled pack id (${listBundledPacks().join(', ')}) or the path of a pack file${where ? ', relative to the file that names it' : ''}`;
    throw new InputError(where ? `policy pack file not found: ${shownPath(display)}` : 'policy pack file not found', where ?? { file: display }, hint);
  }
  return { key: `file:${abs}`, display, read: () => parseUserPack(display, readPackFile(abs, display)), base: { kind: 'file', dir: dirname(abs), displayDir: dirname(display) } };
}

/** A path for a message, masked; a long one by its end, which names the file. */
function shownPath(path: string): string {
  return quote(path.length > 40 ? `…${path.slice(-39)}` : path);
}

function readPackFile(abs: string, display: string): string {
  try {
    return readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new InputError(`cannot read policy pack: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file: display }, 'check the path and its permissions');
  }
}

/** Parse, validate, and merge onto the parent; `chain` holds the files already being loaded. */
function loadChain(source: PackSource, chain: { source: PackSource; extendsAt: Location }[]): Pack {
  const loop = chain.findIndex((c) => c.source.key === source.key);
  if (loop >= 0) {
    const names = [...chain.slice(loop).map((c) => c.source.display), source.display];
    throw new InputError(`circular extends: ${names.join(' → ')}`, chain[chain.length - 1]!.extendsAt, 'a pack may not extend itself, directly or through other packs; remove one of the extends');
  }
  const { data, locations } = source.read();
  const at = (key: string): Location => locations[key] ?? { file: source.display, line: 1 };
  if (source.bundledId && data.id !== source.bundledId) {
    throw new InputError(`pack id '${data.id}' does not match its file name`, at('id'), `a bundled pack's id is its file name: ${source.bundledId}`);
  }
  if (data.extends === undefined) return { ...(data as Pack), locations };
  const extendsAt = at('extends');
  const parent = loadChain(resolveRef(data.extends, source.base, extendsAt), [...chain, { source, extendsAt }]);
  return mergePack(parent, data, locations);
}

/** Bundled packs are schema-checked by the tests (test/policy/validate.test.ts): compiling the schema is most of start-up. */
function readBundled(rel: string): { data: PackFile; locations: Record<string, Location> } {
  const { data, locations } = readBundledYaml(rel);
  return { data: data as PackFile, locations };
}

function parseUserPack(display: string, text: string): { data: PackFile; locations: Record<string, Location> } {
  const parsed = parseYamlSource(display, text);
  validatePackSource(parsed);
  return { data: parsed.data as PackFile, locations: statementLocations(parsed) };
}

/** For tools that already hold a parsed file (lint): the same validation the loader applies. */
export function parsePackText(file: string, text: string): { parsed: ParsedYaml; pack: PackFile } {
  const parsed = parseYamlSource(file, text);
  validatePackSource(parsed);
  return { parsed, pack: parsed.data as PackFile };
}
