/**
 * Android SDKs from the build: a `gradle dependencies` report or build.gradle(.kts) dependency lines.
 * Coordinates map to SDKs through the catalog; dependencies the catalog does not list are libraries
 * (AndroidX, OkHttp…), not recipients of personal data, and are left out. Build files say nothing of
 * fields or organisations, so their records carry none: they are checked for presence only.
 */
import { InputError } from '../errors.js';
import { quote } from '../normalize/text.js';
import type { Location } from '../location.js';
import { GRADLE_TREE_LINE } from '../sdk/build-kind.js';
import { loadCatalog, type Catalog } from '../sdk/catalog.js';
import { readTextFile } from '../io/file.js';
import type { SdkFile, SdkRecord } from './types.js';

export interface BuildReadOptions {
  catalog?: Catalog;
}

interface Dependency {
  group: string;
  artifact: string;
  version: string | null;
  loc: Location;
}

const ID = /^[A-Za-z0-9_.-]+$/;

/** One record per catalog SDK, at the line of its first dependency, in order of appearance. */
export function sdkRecordsFromDependencies(deps: Dependency[], catalog: Catalog): SdkRecord[] {
  const seen = new Map<string, SdkRecord>();
  for (const d of deps) {
    const id = catalog.sdkIdForMaven(`${d.group}:${d.artifact}`);
    if (!id || seen.has(id)) continue;
    const entry = catalog.sdk(id)!;
    seen.set(id, { loc: d.loc, platform: 'android', sdk: entry.en, sdkId: id, organization: null, fields: [], purpose: null, package: `${d.group}:${d.artifact}`, version: d.version });
  }
  return [...seen.values()];
}

// --- `gradle dependencies` reports ---------------------------------------------------------------

/** `g:a:v`, `g:a:v -> v2`, `g:a -> v2`, `g:a:{strictly 1.0} -> 1.0`, with (*) (c) (n) markers. */
const REPORT_DEPENDENCY = /^([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::(\{[^}]*\}|[^\s{}]+))?(?:\s+->\s+(\S+))?$/;

function parseReportDependency(text: string, loc: Location): Dependency | null {
  const dep = text.replace(/\s+\((?:\*|c|n)\)\s*$/, '').replace(/\s+FAILED$/, '').trim();
  if (/^project\s+:/.test(dep)) return null;
  const m = REPORT_DEPENDENCY.exec(dep);
  if (!m) throw new InputError(`cannot read this dependency line: ${quote(dep)}`, loc, 'expected `+--- group:artifact:version` as `gradle dependencies` prints it; save the report unedited');
  return { group: m[1]!, artifact: m[2]!, version: m[4] ?? m[3] ?? null, loc };
}

export function parseGradleReport(file: string, text: string, opts: BuildReadOptions = {}): SdkFile {
  const deps: Dependency[] = [];
  let treeLines = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const m = GRADLE_TREE_LINE.exec(line);
    if (!m) return;
    treeLines++;
    const dep = parseReportDependency(m[2]!, { file, line: i + 1, column: m[1]!.length + 1 });
    if (dep) deps.push(dep);
  });
  if (treeLines === 0) {
    throw new InputError('no dependency tree in this Gradle report', { file, line: 1 }, 'save the output of `./gradlew :app:dependencies --configuration releaseRuntimeClasspath`');
  }
  return { kind: 'sdk', file, headerLine: 1, records: sdkRecordsFromDependencies(deps, opts.catalog ?? loadCatalog()) };
}

// --- build.gradle / build.gradle.kts -------------------------------------------------------------

/** Configurations whose dependencies ship in the app (test configurations do not). */
const CONFIGURATION = /^(?!test|androidTest)(?:[a-z][A-Za-z0-9]*?)?(?:implementation|api|compile|compileOnly|runtimeOnly|kapt|ksp|annotationProcessor|embed)$/i;
// `s`: a CR, U+2028 or U+2029 left in the line must not make `.*$` fail and backtrack over a run of blanks.
const DECLARATION = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(?:\(|\s)\s*(.*)$/s;
const MAP_NOTATION = /group\s*[:=]\s*(['"])([^'"]+)\1\s*,\s*name\s*[:=]\s*(['"])([^'"]+)\3(?:\s*,\s*version\s*[:=]\s*(['"])([^'"]+)\5)?/;

/** The line without a `//` comment (quotes respected, so `"https://…"` survives). */
function stripLineComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

function coordinate(text: string, loc: Location): Dependency {
  const parts = text.replace(/@[A-Za-z]+$/, '').split(':');
  const [group = '', artifact = '', version] = parts;
  if (parts.length < 2 || !ID.test(group) || !ID.test(artifact)) {
    throw new InputError(`${quote(text)} is not a Maven coordinate`, loc, "write dependencies as 'group:artifact:version'");
  }
  return { group, artifact, version: version || null, loc };
}

/** The dependency one declaration names, or null when it is not a plain coordinate (project(), files(), libs.x, "$var"). */
function parseDeclaration(args: string, loc: Location): Dependency | null {
  const map = MAP_NOTATION.exec(args);
  if (map) return { group: map[2]!, artifact: map[4]!, version: map[6] ?? null, loc };
  const quoted = /^\(?\s*(['"])/.exec(args);
  if (!quoted) return null;
  const close = args.indexOf(quoted[1]!, quoted[0].length);
  if (close === -1) throw new InputError('unterminated string in a dependency declaration', loc, 'close the quote');
  const value = args.slice(quoted[0].length, close);
  return value.includes('$') ? null : coordinate(value, loc);
}

export function parseGradleScript(file: string, text: string, opts: BuildReadOptions = {}): SdkFile {
  const deps: Dependency[] = [];
  let inBlockComment = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    let line = raw;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end === -1) return;
      inBlockComment = false;
      line = line.slice(end + 2);
    }
    const start = line.indexOf('/*');
    if (start !== -1 && !line.includes('*/', start)) {
      inBlockComment = true;
      line = line.slice(0, start);
    }
    const m = DECLARATION.exec(stripLineComment(line));
    if (!m || !CONFIGURATION.test(m[1]!)) return;
    const dep = parseDeclaration(m[2]!.trim(), { file, line: i + 1, column: raw.indexOf(m[1]!) + 1 });
    if (dep) deps.push(dep);
  });
  return { kind: 'sdk', file, headerLine: 1, records: sdkRecordsFromDependencies(deps, opts.catalog ?? loadCatalog()) };
}

/** A Gradle file of either kind, decided by its name (`.gradle`, `.gradle.kts` = script) and text. */
export function readGradleFile(file: string, opts: BuildReadOptions = {}): SdkFile {
  const { text } = readTextFile(file);
  return /\.gradle(\.kts)?$/i.test(file) ? parseGradleScript(file, text, opts) : parseGradleReport(file, text, opts);
}
