#!/usr/bin/env node
/**
 * build/privaudit: one executable file, a Node single executable application (SEA), built offline. It is
 * built outside dist/ so that `npm pack` never ships it (package.json `files`; test/package.test.ts).
 *
 *   npm run build:binary   (= npm run build && node scripts/build-binary.mjs; the tsc build is the type gate)
 *
 * 1. esbuild bundles the ESM TypeScript sources (src/, the same modules tsc compiles to dist/) into one
 *    CommonJS script: SEA runs a single CJS file. Bundling src/ means the binary can never be built from a
 *    stale dist/.
 * 2. The bundled data files (package.json, policies/*, schemas/*) become SEA assets, with an
 *    `assets.json` manifest so src/assets.ts can list a folder (listAssets) without a file system.
 * 3. `node --experimental-sea-config` makes the blob; postject injects it into a copy of this node.
 *
 * Only the node binary running this script is used: no download, so it works offline.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'build', 'sea');
const OUTPUT = join(ROOT, 'build', process.platform === 'win32' ? 'privaudit.exe' : 'privaudit');
/** Node's documented fuse: postject flips it so node knows a blob is inside. */
const SENTINEL_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
/** Folders src/assets.ts reads with readAsset()/listAssets(), plus single files; the snapshots come from `npm run build`. */
const ASSET_FOLDERS = ['policies', 'schemas', 'dist/snapshots/policies'];
const ASSET_FILES = ['package.json'];

/**
 * Modules the sources load through createRequire() (a call esbuild cannot follow), to be bundled:
 * src/calendar/holidays.ts reads chinese-days' JSON data file this way; src/io/json-schema.ts (ajv),
 * src/io/iconv.ts (iconv-lite) and the JUnit formatter (xmlbuilder2) load theirs on first use. A module
 * missing here would be looked up on disk at run time, where a single executable has none:
 * test/binary.test.ts runs the binary from outside the repository to catch that.
 */
const CREATE_REQUIRE_MODULES = ['chinese-days/dist/chinese-days.json', 'xmlbuilder2', 'ajv', 'ajv-formats', 'iconv-lite', '@e965/xlsx/dist/xlsx.mini.min.js'];

/** The entry: bin/privaudit.js without top-level await, which CommonJS cannot have; its signal handling is bin/'s own. */
const ENTRY = `
import { main } from './src/cli/main.ts';
import { removePendingTempFiles } from './src/io/write.ts';
import { exitOnSignals } from './bin/signals.js';
exitOnSignals(removePendingTempFiles);
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
`;

function fail(message) {
  console.error(`build-binary: ${message}`);
  process.exit(1);
}

/** Every asset key (path relative to the package root, with /) in a stable order. */
function assetKeys() {
  const keys = [...ASSET_FILES];
  for (const folder of ASSET_FOLDERS) {
    for (const name of readdirSync(join(ROOT, folder)).sort()) {
      if (statSync(join(ROOT, folder, name)).isFile()) keys.push(`${folder}/${name}`);
    }
  }
  return keys;
}

/** esbuild plugin: `node:module` for the bundle, whose createRequire() serves the modules listed above. */
function createRequireShim() {
  const imports = CREATE_REQUIRE_MODULES.map((m, i) => `import m${i} from ${JSON.stringify(m)};`).join('\n');
  const table = CREATE_REQUIRE_MODULES.map((m, i) => `${JSON.stringify(m)}: m${i}`).join(', ');
  const contents = `${imports}
import * as real from 'module';
const BUNDLED = { ${table} };
export function createRequire(from) {
  const req = real.createRequire(from);
  return (id) => (Object.prototype.hasOwnProperty.call(BUNDLED, id) ? BUNDLED[id] : req(id));
}
export default { ...real, createRequire };
`;
  return {
    name: 'privaudit-create-require',
    setup(build) {
      // Only our sources: dependencies keep the real module.
      build.onResolve({ filter: /^node:module$/ }, (args) => (args.importer.startsWith(join(ROOT, 'src')) ? { path: 'node:module', namespace: 'privaudit-module' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'privaudit-module' }, () => ({ contents, resolveDir: ROOT, loader: 'js' }));
    },
  };
}

async function bundle(outfile) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'sea-entry.mjs', loader: 'js' },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // import.meta does not exist in CommonJS: give the code a file URL (the executable's, under SEA).
    define: { 'import.meta.url': '__privauditImportMetaUrl' },
    banner: { js: "var __privauditImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [createRequireShim()],
    legalComments: 'none',
    logLevel: 'warning',
  });
}

function seaConfig(main, blob, manifest) {
  const assets = Object.fromEntries(assetKeys().map((key) => [key, join(ROOT, key)]));
  assets['assets.json'] = manifest;
  return { main, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false, assets };
}

/** LIEF (inside postject) warns about ELF note sections it does not name; the injection is unaffected. */
const HARMLESS_WARNING = /^warning: Can't find string offset for section name/;

async function inject(binary, blob) {
  const { inject: postject } = require('postject');
  const warn = console.warn;
  console.warn = (...args) => void (HARMLESS_WARNING.test(String(args[0])) || warn(...args));
  try {
    await postject(binary, 'NODE_SEA_BLOB', readFileSync(blob), {
      sentinelFuse: SENTINEL_FUSE,
      machoSegmentName: process.platform === 'darwin' ? 'NODE_SEA' : undefined,
      overwrite: true,
    });
  } finally {
    console.warn = warn;
  }
}

async function run() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 12)) fail(`Node ${process.versions.node} has no SEA assets; use Node >= 20.12`);

  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const script = join(WORK, 'privaudit.cjs');
  const blob = join(WORK, 'privaudit.blob');
  const manifest = join(WORK, 'assets.json');
  const configFile = join(WORK, 'sea-config.json');

  await bundle(script);
  writeFileSync(manifest, JSON.stringify(assetKeys(), null, 2) + '\n');
  writeFileSync(configFile, JSON.stringify(seaConfig(script, blob, manifest), null, 2) + '\n');
  execFileSync(process.execPath, ['--experimental-sea-config', configFile], { cwd: ROOT, stdio: 'inherit' });

  rmSync(OUTPUT, { force: true });
  copyFileSync(process.execPath, OUTPUT);
  chmodSync(OUTPUT, 0o755);
  if (process.platform === 'darwin') execFileSync('codesign', ['--remove-signature', OUTPUT], { stdio: 'inherit' });
  await inject(OUTPUT, blob);
  if (process.platform === 'darwin') execFileSync('codesign', ['--sign', '-', OUTPUT], { stdio: 'inherit' });
  console.log(`build-binary: ${OUTPUT} (${(statSync(OUTPUT).size / 1048576).toFixed(0)} MiB, node ${process.versions.node})`);
}

await run();
