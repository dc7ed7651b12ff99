/**
 * What `npm pack` ships (package.json `files`): the bundle bin/privaudit.js runs, the policy snapshots,
 * the packs and schemas, and nothing else: not the compiled modules the bundle is made of, and never the
 * single executable (build/privaudit, about 100 MiB) or its blob. The packed files alone must run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readSync, closeSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from './helpers/temp-folder.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Today about 0.46 MB packed and 2.2 MB unpacked: room to grow, not to carry a binary. */
const MAX_PACKED = 1_000_000;
const MAX_UNPACKED = 4_000_000;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackFile {
  path: string;
  size: number;
  mode: number;
}

interface Pack {
  size: number;
  unpackedSize: number;
  files: PackFile[];
}

/** The first bytes of executables: ELF, Mach-O (both byte orders, 32/64-bit, fat) and PE. */
const EXECUTABLE_MAGIC = [Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.from([0xce, 0xfa, 0xed, 0xfe]), Buffer.from([0xfe, 0xed, 0xfa, 0xcf]), Buffer.from([0xca, 0xfe, 0xba, 0xbe]), Buffer.from('MZ')];

function head(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4);
    return buf.subarray(0, readSync(fd, buf, 0, 4, 0));
  } finally {
    closeSync(fd);
  }
}

let pack: Pack;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'main.js'))) execFileSync(NPM, ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  // --ignore-scripts: list what is there now, without running prepare's build again.
  const out = execFileSync(NPM, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  pack = (JSON.parse(out) as Pack[])[0]!;
}, 300_000);

describe('npm pack', () => {
  it(`stays small: under ${MAX_PACKED / 1e6} MB packed, ${MAX_UNPACKED / 1e6} MB unpacked`, () => {
    expect(pack.size).toBeLessThan(MAX_PACKED);
    expect(pack.unpackedSize).toBeLessThan(MAX_UNPACKED);
  });

  it('holds no executable: only bin/ scripts are executable, and no file is a native binary', () => {
    expect(pack.files.filter((f) => f.mode & 0o111).map((f) => f.path)).toEqual(['bin/privaudit.js']);
    const native = pack.files.filter((f) => EXECUTABLE_MAGIC.some((m) => head(join(ROOT, f.path)).subarray(0, m.length).equals(m)));
    expect(native.map((f) => f.path)).toEqual([]);
  });

  it('ships the bundle, not the compiled modules it is made of', () => {
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('dist/') && !p.startsWith('dist/bundle/') && !p.startsWith('dist/snapshots/'))).toEqual([]);
    for (const needed of ['bin/privaudit.js', 'bin/signals.js', 'dist/bundle/main.js', 'dist/bundle/write.js', 'dist/bundle/worker.js', 'dist/snapshots/policies/taxonomy.yaml.json', 'policies/taxonomy.yaml', 'schemas/pack.schema.json']) {
      expect(paths, needed).toContain(needed);
    }
  });

  it('runs from the packed files alone (with its dependencies installed)', () => {
    const dir = tempFolder('privaudit-pack-');
    for (const f of pack.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      copyFileSync(join(ROOT, f.path), join(dir, f.path));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    copyFileSync(join(ROOT, 'fixtures', 'inventory', 'crm-inventory.csv'), join(dir, 'crm.csv'));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'privaudit.js'), 'audit', 'crm.csv', '--as-of', '2024-06-01', '--format', 'json', '--fail-on', 'never'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });
});
