#!/usr/bin/env node
/**
 * Part of `npm run build`: dist/bundle/, what bin/privaudit.js runs. esbuild joins the ~180 modules tsc
 * writes to dist/ and their dependencies into a few files, which Node loads in about half the time
 * (start-up is paid by every run, and by scans before their worker threads can start).
 *
 * Entries: the CLI, the scan worker (pool.ts starts `./worker.js` next to itself, which in the bundle
 * is dist/bundle/worker.js) and the output writer, whose pending-file list bin/ clears on a signal: with
 * code splitting the three share one copy of every module. Modules loaded through createRequire()
 * (ajv, iconv-lite, xmlbuilder2, the holiday data) stay outside and are found in node_modules as before.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/scan/worker.js', write: 'dist/io/write.js' },
  absWorkingDir: ROOT,
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies bundled into ESM still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __privauditRequire } from 'node:module'; const require = __privauditRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
