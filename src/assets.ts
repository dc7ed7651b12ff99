/**
 * Bundled data files (policies/, schemas/) read from the package root, or from the
 * single executable's embedded assets when running as a Node SEA binary.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function seaApi(): { isSea(): boolean; getAsset(key: string, encoding: string): string } | null {
  try {
    const sea = require('node:sea');
    return sea.isSea() ? sea : null;
  } catch {
    return null;
  }
}

let root: string | undefined;

/** The folder holding package.json: two levels up from src/ or dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('privaudit: cannot find its package root');
    dir = up;
  }
  return (root = dir);
}

/** Read a bundled text file by its path relative to the package root, e.g. `policies/taxonomy.yaml`. */
export function readAsset(relPath: string): string {
  const sea = seaApi();
  if (sea) return sea.getAsset(relPath, 'utf8');
  return readFileSync(join(packageRoot(), relPath), 'utf8');
}

/** Absolute path of a bundled file (for error messages); under SEA, the asset key. */
export function assetPath(relPath: string): string {
  return seaApi() ? relPath : join(packageRoot(), relPath);
}

/** Names in a bundled folder. Under SEA the list comes from the embedded manifest. */
export function listAssets(folder: string): string[] {
  const sea = seaApi();
  if (sea) return (JSON.parse(sea.getAsset('assets.json', 'utf8')) as string[]).filter((p) => p.startsWith(folder + '/')).map((p) => p.slice(folder.length + 1));
  return readdirSync(join(packageRoot(), folder)).sort();
}
