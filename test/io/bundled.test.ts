import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const fakeAssets = new Map<string, string>();
vi.mock('../../src/assets.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/assets.js')>();
  return { ...real, readAsset: (rel: string) => fakeAssets.get(rel) ?? real.readAsset(rel) };
});

const { readBundledYaml, snapshotOf, snapshotPath } = await import('../../src/io/bundled.js');
const { parseYamlSource, statementLocations } = await import('../../src/io/yaml.js');

const BUNDLED = readdirSync('policies').filter((n) => n.endsWith('.yaml')).map((n) => `policies/${n}`);

describe('readBundledYaml', () => {
  it.each(BUNDLED)('%s: the same data and locations as parsing the YAML', (rel) => {
    const parsed = parseYamlSource(rel, readFileSync(rel, 'utf8'));
    const read = readBundledYaml(rel);
    expect(read.data).toEqual(parsed.data);
    expect(read.locations).toEqual(statementLocations(parsed));
  });

  it('uses a snapshot whose hash matches the text', () => {
    const rel = 'policies/regions.yaml';
    const snapshot = snapshotOf(rel, readFileSync(rel, 'utf8'));
    fakeAssets.set(snapshotPath(rel), JSON.stringify({ ...snapshot, data: { from: 'snapshot' } }));
    try {
      expect(readBundledYaml(rel).data).toEqual({ from: 'snapshot' });
    } finally {
      fakeAssets.clear();
    }
  });

  it('parses the file again when its snapshot is stale (the file was edited after the build)', () => {
    const rel = 'policies/regions.yaml';
    fakeAssets.set(snapshotPath(rel), JSON.stringify({ sha256: 'stale', data: { from: 'snapshot' }, locations: {} }));
    try {
      expect(readBundledYaml(rel).data).toEqual(parseYamlSource(rel, readFileSync(rel, 'utf8')).data);
    } finally {
      fakeAssets.clear();
    }
  });

  it('parses the file when there is no snapshot or it is not JSON', () => {
    const rel = 'policies/regions.yaml';
    fakeAssets.set(snapshotPath(rel), '{ truncated');
    try {
      expect(readBundledYaml(rel).data).toEqual(parseYamlSource(rel, readFileSync(rel, 'utf8')).data);
    } finally {
      fakeAssets.clear();
    }
  });
});
