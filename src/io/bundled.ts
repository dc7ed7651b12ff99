/**
 * The bundled YAML files (taxonomy, regions, SDK catalog, packs) as plain data with statement locations.
 * Parsing them with the yaml library is most of start-up (≈ 0.3 s, the parser being cold); `npm run build`
 * therefore writes a JSON snapshot of each (scripts/snapshot-data.mjs), which JSON.parse reads in about
 * a millisecond. A snapshot is used only when the hash it records matches the file's text, so an edited
 * policy file is never read stale: it is parsed again instead.
 */
import { createHash } from 'node:crypto';
import { readAsset } from '../assets.js';
import type { Location } from '../location.js';
import { parseYamlSource, statementLocations } from './yaml.js';

export interface BundledYaml {
  data: unknown;
  /** `pathKey` → location, as statementLocations gives them; `file` is the path relative to the package. */
  locations: Record<string, Location>;
}

interface Snapshot extends BundledYaml {
  sha256: string;
}

/** Where the build writes the snapshot of a bundled file, relative to the package root. */
export function snapshotPath(relPath: string): string {
  return `dist/snapshots/${relPath}.json`;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What the build writes for a bundled file (scripts/snapshot-data.mjs), and the fallback when it is stale. */
export function snapshotOf(relPath: string, text: string): Snapshot {
  const parsed = parseYamlSource(relPath, text);
  return { sha256: hashOf(text), data: parsed.data, locations: statementLocations(parsed) };
}

function readSnapshot(relPath: string): Snapshot | undefined {
  try {
    return JSON.parse(readAsset(snapshotPath(relPath))) as Snapshot;
  } catch {
    return undefined;
  }
}

/** A bundled YAML file, e.g. `policies/taxonomy.yaml`: from its snapshot when current, else parsed now. */
export function readBundledYaml(relPath: string): BundledYaml {
  const text = readAsset(relPath);
  const snapshot = readSnapshot(relPath);
  const current = snapshot?.sha256 === hashOf(text) ? snapshot : snapshotOf(relPath, text);
  return { data: current.data, locations: current.locations };
}
