/**
 * `scan --shard i/N` + `privaudit merge`: whatever N, the merged result is the unsharded one. The
 * library test cuts a large CSV into many small ranges (quoted line breaks across the cuts included);
 * the CLI test compares report bytes for N = 1, 2, 3, 7 on a folder of mixed formats.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignUnits, parseShard, planUnits, scanShard } from '../../src/scan/shard.js';
import { mergeParts } from '../../src/scan/shard-merge.js';
import type { ShardPart } from '../../src/scan/shard-part.js';
import { runCli } from '../e2e/helpers.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { AS_OF, ctx, membersParquet, scan } from './helpers.js';

const COUNTS = [1, 2, 3, 7];

/** A CSV of `rows` records whose remarks hold quoted line breaks and commas, so cuts fall inside quotes. */
function bigCsv(rows: number): string {
  const lines = ['id,mobile,email,remark'];
  for (let i = 0; i < rows; i++) {
    const mobile = `1${3 + (i % 7)}${String(10000000 + ((i * 7919) % 90000000)).padStart(9, '0')}`;
    const remark = i % 5 === 0 ? `"第 ${i} 条，客户说:\n""请回电 ${mobile}""\n谢谢"` : `备注${i}`;
    lines.push(`${i},${mobile},user${i}@example.com,${remark}`);
  }
  return lines.join('\n') + '\n';
}

/** A folder of every export format in the fixtures (more join as readers land). */
function mixedFolder(): string {
  const dir = tempFolder('privaudit-shard-');
  const pick = (from: string, re: RegExp) => readdirSync(from).filter((n) => re.test(n) && !n.includes('expected')).forEach((n) => copyFileSync(join(from, n), join(dir, n)));
  pick('fixtures/exports', /^(users\.csv|orders\.csv\.gz|device_log\.tsv|members\.psv)$/);
  pick('fixtures/formats', /\.(csv|sql|jsonl|parquet|xlsx|zst|zip)$/);
  writeFileSync(join(dir, 'big.csv'), bigCsv(4000));
  // Parquet of 6,000 rows in 14 row groups (about 55 KB): cut into spans of row groups like the CSV's byte ranges.
  membersParquet(dir, 600, 450);
  // A quoted note of 400 KB without a quote inside: the cuts in it cannot be told from record starts,
  // so their ranges end inside quotes and are read again joined with the next.
  const note = `"${'客户来电，说明情况\n'.repeat(16_000)}"`;
  writeFileSync(join(dir, 'notes.csv'), `id,mobile,note\n1,13812345678,短\n2,13912345678,${note}\n3,13712345678,短\n`);
  return dir;
}

describe('--shard i/N', () => {
  it('reads i/N, 1-based', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '-1/2']) expect(() => parseShard(bad)).toThrow(/i\/N/);
  });

  it('deals units to the least-loaded shard, the same way every time', () => {
    const units = [10, 10, 30, 5, 5, 5].map((bytes, id) => ({ id, file: `f${id}`, range: null, bytes }));
    expect(assignUnits(units, 2)).toEqual([1, 2, 1, 2, 2, 2]);
    expect(assignUnits(units, 3)).toEqual(assignUnits(units, 3));
    expect(assignUnits(units, 1).every((s) => s === 1)).toBe(true);
  });

  it('cuts a large plain CSV into ranges, and a large Parquet file into spans of row groups, and never a compressed file', async () => {
    const dir = mixedFolder();
    const units = await planUnits([join(dir, 'big.csv'), join(dir, 'members-big.parquet'), join(dir, 'orders.csv.gz')], { sample: null, unitBytes: 16 * 1024 });
    expect(units.filter((u) => u.file.endsWith('big.csv')).length).toBeGreaterThan(10);
    expect(units.filter((u) => u.file.endsWith('members-big.parquet')).length).toBeGreaterThan(1);
    expect(units.filter((u) => u.file.endsWith('.gz')).map((u) => u.range)).toEqual([null]);
  });
});

describe('merged parts equal the unsharded scan', () => {
  it.each(COUNTS)('N = %i, with a CSV cut into 16 KiB ranges', async (count) => {
    const dir = mixedFolder();
    const c = ctx({ asOf: AS_OF });
    const opts = { policy: c.policy, taxonomy: c.taxonomy, calendar: c.calendar, asOf: AS_OF, progress: false };
    const parts: ShardPart[] = [];
    for (let i = 1; i <= count; i++) {
      const part = await scanShard([dir], opts, { index: i, count }, 16 * 1024);
      // Parts cross machines as JSON.
      parts.push(JSON.parse(JSON.stringify({ privauditShard: 1, tool: { name: 'privaudit', version: 'test' }, run: {}, ...part })) as ShardPart);
    }
    const ranges = parts.flatMap((p) => p.units).filter((u) => u.kind === 'range');
    expect(ranges.length).toBeGreaterThan(10);
    // Cuts inside the long note were wrong guesses: their ranges were read again with the next.
    expect(ranges.some((u) => u.file.endsWith('notes.csv') && 'covers' in u && u.covers > 1)).toBe(true);
    expect(ranges.filter((u) => u.file.endsWith('members-big.parquet') && 'tally' in u).length).toBeGreaterThan(1);
    expect(mergeParts(parts, { sample: null, taxonomy: c.taxonomy })).toEqual(await scan([dir]));
  });

  it('a merge that drops a range is not the unsharded scan (the comparison can fail)', async () => {
    const dir = mixedFolder();
    const c = ctx({ asOf: AS_OF });
    const opts = { policy: c.policy, taxonomy: c.taxonomy, calendar: c.calendar, asOf: AS_OF, progress: false };
    const part = JSON.parse(JSON.stringify({ privauditShard: 1, tool: { name: 'privaudit', version: 'test' }, run: {}, ...(await scanShard([dir], opts, { index: 1, count: 1 }, 16 * 1024)) })) as ShardPart;
    const range = part.units.find((u) => u.kind === 'range' && u.range.index === 3 && 'tally' in u)!;
    if ('tally' in range && range.tally) range.tally.records -= 1;
    expect(mergeParts([part], { sample: null, taxonomy: c.taxonomy })).not.toEqual(await scan([dir]));
  });
});

describe('privaudit merge (CLI)', () => {
  const FORMATS = ['json', 'sarif', 'html', 'csv'];

  it.each(COUNTS)('N = %i: every format is byte-identical to the unsharded report', async (count) => {
    const dir = mixedFolder();
    const out = tempFolder('privaudit-shard-out-');
    const common = ['--as-of', AS_OF, '--fail-on', 'never'];
    const parts: string[] = [];
    for (let i = 1; i <= count; i++) {
      const part = join(out, `part-${i}.json`);
      const r = await runCli(['scan', dir, '--shard', `${i}/${count}`, '-o', part, ...common]);
      expect(r.stderr).toContain(`shard ${i}/${count}`);
      expect(r.code).toBe(0);
      parts.push(part);
    }
    for (const format of FORMATS) {
      const single = await runCli(['scan', dir, '-f', format, ...common]);
      // Given in reverse: the merge orders the parts itself.
      const merged = await runCli(['merge', ...[...parts].reverse(), '-f', format]);
      expect(merged.code, merged.stderr).toBe(single.code);
      expect(merged.stdout).toBe(single.stdout);
    }
  });

  it('with --inventory, the coverage and the declaration rules are the unsharded ones', async () => {
    const dir = mixedFolder();
    const out = tempFolder('privaudit-shard-out-');
    const common = ['--as-of', AS_OF, '--fail-on', 'never', '--inventory', 'fixtures/inventory/crm-inventory.csv'];
    const parts = [1, 2].map((i) => join(out, `inv-${i}.json`));
    for (const [i, part] of parts.entries()) expect((await runCli(['scan', dir, '--shard', `${i + 1}/2`, '-o', part, ...common])).code).toBe(0);
    const single = await runCli(['scan', dir, '-f', 'json', ...common]);
    expect(JSON.parse(single.stdout).coverage).toBeDefined();
    expect((await runCli(['merge', ...parts, '-f', 'json'])).stdout).toBe(single.stdout);
  });

  it('exits 1 on findings as the unsharded scan does, and takes --fail-on', async () => {
    const dir = mixedFolder();
    const out = tempFolder('privaudit-shard-out-');
    const part = join(out, 'p.json');
    await runCli(['scan', dir, '--shard', '1/1', '-o', part, '--as-of', AS_OF]);
    expect((await runCli(['merge', part, '-f', 'json'])).code).toBe(1);
    expect((await runCli(['merge', part, '-f', 'json', '--fail-on', 'never'])).code).toBe(0);
  });

  it('refuses parts that are not one whole scan, naming the file', async () => {
    const dir = mixedFolder();
    const out = tempFolder('privaudit-shard-out-');
    const p = (n: string) => join(out, n);
    await runCli(['scan', dir, '--shard', '1/2', '-o', p('a1.json'), '--as-of', AS_OF]);
    await runCli(['scan', dir, '--shard', '2/2', '-o', p('a2.json'), '--as-of', '2024-01-01']);
    await runCli(['scan', dir, '-f', 'json', '-o', p('report.json'), '--as-of', AS_OF, '--fail-on', 'never']);
    writeFileSync(p('broken.json'), '{"privauditShard": 1,');
    const older = JSON.parse(readFileSync(p('a1.json'), 'utf8')) as { tool: { version: string } };
    older.tool.version = '0.0.9';
    writeFileSync(p('older.json'), JSON.stringify(older));
    writeFileSync(p('unversioned.json'), JSON.stringify({ ...older, tool: undefined }));
    const cases: [string[], RegExp][] = [
      [[p('a1.json')], /shard 2\/2 missing/],
      [[p('a1.json'), p('a1.json')], /given twice/],
      [[p('older.json')], /older\.json.*written by privaudit 0\.0\.9, and this is privaudit \d/s],
      [[p('unversioned.json')], /does not say which privaudit version wrote it/],
      [[p('a1.json'), p('a2.json')], /other options.*asOf/],
      [[p('report.json')], /finished report, not a part/],
      [[p('broken.json')], /not JSON/],
      [[p('nope.json')], /cannot read the file/],
    ];
    for (const [files, message] of cases) {
      const r = await runCli(['merge', ...files]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('--shard writes JSON parts only', async () => {
    const r = await runCli(['scan', 'fixtures/exports/users.csv', '--shard', '1/2', '-f', 'sarif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shard writes a part/);
    expect(readFileSync('fixtures/exports/users.csv', 'utf8')).toContain('user_id');
  });
});
