/**
 * Hostile inputs, each run in its own `node` child with a heap limit (see hostile.fuzz.test.ts): huge
 * single fields and lines, deep nesting, alias bombs, slow-to-refuse YAML, and a custom pack whose
 * retention period makes the scan's date arithmetic long. `prepare` writes the input (not timed);
 * `run` reads it the way the CLI would.
 */
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip, constants } from 'node:zlib';
import { createCalendar } from '../../../src/calendar/calendar.js';
import { loadConfig } from '../../../src/config/load.js';
import { InputError } from '../../../src/errors.js';
import { parseYamlSource } from '../../../src/io/yaml.js';
import { loadDeclaration } from '../../../src/load/index.js';
import { loadPack } from '../../../src/policy/load.js';
import { Policy } from '../../../src/policy/policy.js';
import { scanFiles } from '../../../src/scan/index.js';
import { loadTaxonomy } from '../../../src/taxonomy/load.js';

export interface HostileCase {
  /** Writes the input of the given size; returns what `run` needs. */
  prepare(dir: string, size: number): Promise<string> | string;
  run(path: string): Promise<unknown> | unknown;
}

const MB = 1024 * 1024;

function file(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** `head` + `size` bytes of `fill` + `tail`, without holding the whole thing as one string. */
function bigFile(dir: string, name: string, head: string, fill: string, size: number, tail = ''): string {
  return file(dir, name, Buffer.concat([Buffer.from(head), Buffer.alloc(size, fill), Buffer.from(tail)]));
}

/** A gzipped export of `size` bytes of one field on one line, streamed (1 GB compresses to about 1 MB). */
async function bigGzip(dir: string, name: string, head: string, size: number): Promise<string> {
  const path = join(dir, name);
  const gzip = createGzip({ level: constants.Z_BEST_SPEED });
  const done = new Promise<void>((resolve, reject) => gzip.pipe(createWriteStream(path)).on('finish', resolve).on('error', reject));
  gzip.write(head);
  const chunk = Buffer.alloc(MB, 'a');
  for (let left = size; left > 0; left -= MB) {
    if (!gzip.write(left >= MB ? chunk : chunk.subarray(0, left))) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end('\n');
  await done;
  return path;
}

let taxonomy: ReturnType<typeof loadTaxonomy> | undefined;
const tx = () => (taxonomy ??= loadTaxonomy());
const declaration = (path: string) => loadDeclaration(path, true, { taxonomy: tx() });

async function scan(path: string, pack = 'jdcloud-privacy-2020-07'): Promise<unknown> {
  return scanFiles([path], { taxonomy: tx(), policy: new Policy([loadPack(pack)], tx()), calendar: createCalendar(), asOf: '2024-06-01', progress: false });
}

/** Ten times as many references per level: `levels` levels expand to 10^levels nodes. */
function billionLaughs(levels: number, root: string): string {
  const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n${root}: *l${levels - 1}\n`;
}

/** Call `f` from `frames` frames further down the stack: a reader may be called from deep inside the CLI. */
function withStackUsed(frames: number, f: () => void): void {
  if (frames === 0) return f();
  withStackUsed(frames - 1, f);
}

/**
 * YAML nested in the ways that recurse, at depths from 300 to 10 000, parsed from several stack depths:
 * each must be an InputError that says the nesting is too deep (not the parser's own stack overflow),
 * however much stack the caller has already used.
 */
function nestingProbe(): void {
  for (const frames of [0, 1000, 3000]) {
    for (const depth of [300, 1000, 3000, 10_000]) {
      for (const t of ['- '.repeat(depth) + 'x\n', '['.repeat(depth) + ']'.repeat(depth), '{a: '.repeat(depth) + '1' + '}'.repeat(depth)]) {
        withStackUsed(frames, () => {
          try {
            parseYamlSource('deep.yaml', t);
          } catch (e) {
            const what = `depth ${depth} of ${JSON.stringify(t.slice(0, 4))} (${frames} frames in): ${(e as Error).name}: ${(e as Error).message}`;
            if (!(e instanceof InputError) || /call stack/i.test(e.message)) throw new Error(what);
          }
        });
      }
    }
  }
}

export const HOSTILE_CASES: Record<string, HostileCase> = {
  'YAML nesting probe': {
    prepare: () => '',
    run: nestingProbe,
  },
  'inventory CSV with one huge field': {
    prepare: (dir, size) => bigFile(dir, 'huge-field.csv', 'field,description\nname,', 'a', size, '\n'),
    run: declaration,
  },
  'inventory CSV of one huge line without a line break': {
    prepare: (dir, size) => bigFile(dir, 'one-line.csv', 'field,', 'a', size),
    run: declaration,
  },
  'inventory CSV with a huge unknown column name': {
    prepare: (dir, size) => bigFile(dir, 'huge-header.csv', 'field,', 'x', Math.min(size, 10 * MB), '\nname,1\n'),
    run: declaration,
  },
  'inventory CSV with a huge storage region': {
    prepare: (dir, size) => bigFile(dir, 'huge-region.csv', 'field,storage_region\nname,', 'y', Math.min(size, MB), '\n'),
    run: declaration,
  },
  'inventory YAML nested 100 000 deep (flow sequences)': {
    prepare: (dir, size) => file(dir, 'deep.yaml', 'systems: ' + '['.repeat(size) + ']'.repeat(size) + '\n'),
    run: declaration,
  },
  'inventory YAML nested 100 000 deep (flow mappings)': {
    prepare: (dir, size) => file(dir, 'deep-map.yaml', 'systems: ' + '{a: '.repeat(size) + '1' + '}'.repeat(size) + '\n'),
    run: declaration,
  },
  'inventory YAML nested 100 000 deep (block sequences)': {
    prepare: (dir, size) => file(dir, 'deep-block.yaml', 'systems:\n' + '- '.repeat(size) + 'x\n'),
    run: declaration,
  },
  'inventory YAML alias bomb': {
    prepare: (dir) => file(dir, 'bomb.yaml', billionLaughs(9, 'systems')),
    run: declaration,
  },
  'policy pack alias bomb': {
    prepare: (dir) => file(dir, 'bomb-pack.yaml', `id: bomb\ntitle: t\nextends: jdcloud-privacy-2020-07\n${billionLaughs(9, 'x-bomb')}`),
    run: (path) => loadPack(path),
  },
  'config alias bomb': {
    prepare: (dir) => file(dir, 'privaudit.config.yaml', billionLaughs(9, 'inputs')),
    run: (path) => loadConfig(path),
  },
  'YAML whose syntax error sits before 64 000 blank lines': {
    prepare: (dir, size) => file(dir, 'slow-error.yaml', ' a: \n|+2\n  x\n' + '\n'.repeat(Math.min(size, 64_000)) + 'y\n'),
    run: declaration,
  },
  'scan: gzipped export of one huge single-line field': {
    prepare: (dir, size) => bigGzip(dir, 'huge.csv.gz', 'id,remark\n1,', size),
    run: (path) => scan(path),
  },
  'scan: plain export with one huge field': {
    prepare: (dir, size) => bigFile(dir, 'huge.csv', 'id,remark\n1,', 'a', size, '\n'),
    run: (path) => scan(path),
  },
  'scan: custom pack keeping data for many working days': {
    prepare: (dir, size) => {
      const pack = file(
        dir,
        'pack.yaml',
        `id: long-retention\ntitle: t\nextends: jdcloud-privacy-2020-07\nretention:\n  - id: long\n    kind: maximum\n    period: ${size} working days\n    from: account-cancellation\n    items: [basic.phone]\n    cite: { doc: x.md, section: '1', quote: q }\n`,
      );
      file(dir, 'users.csv', 'phone,cancelled_at\n13812345678,2020-01-01\n');
      return pack;
    },
    run: (pack) => scan(join(pack, '..', 'users.csv'), pack),
  },
};

/** A case's folder, inside the one the parent test made (HOSTILE_DIR): a child killed mid-case leaves nothing behind. */
export function caseFolder(): string {
  return mkdtempSync(join(process.env.HOSTILE_DIR ?? tmpdir(), 'case-'));
}
