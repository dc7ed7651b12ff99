#!/usr/bin/env node
/**
 * Part of `npm run build`: a JSON snapshot of every bundled YAML file (policies/*.yaml) under
 * dist/snapshots/, read at start-up instead of parsing the YAML (see src/io/bundled.ts). Each records
 * the hash of its source, so a policy file edited after the build is parsed afresh rather than read stale.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotOf, snapshotPath } from '../dist/io/bundled.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

for (const name of readdirSync(join(ROOT, 'policies')).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const rel = `policies/${name}`;
  const out = join(ROOT, snapshotPath(rel));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(snapshotOf(rel, readFileSync(join(ROOT, rel), 'utf8'))));
}
