/**
 * The sharded-scan recipes in docs/recipes: valid for the systems they target (GitHub's own workflow
 * parser; the Kubernetes batch/v1 schema), N the same in every place it is written, and their
 * commands, expanded by a real shell as the runner would, giving a merged report identical to an
 * unsharded scan.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { runCli } from '../e2e/helpers.js';
import { tempFolder } from '../helpers/temp-folder.js';

const GITHUB = 'docs/recipes/github-actions-sharded-scan.yml';
const K8S = 'docs/recipes/k8s-indexed-job.yaml';
const AS_OF = '2024-06-01';

/** The argv a shell makes of `command` after `privaudit`, with `env` set: expanded by sh itself. */
function shellArgv(command: string, env: Record<string, string>, cwd?: string): string[] {
  const at = command.indexOf('privaudit ');
  const script = `printf '%s\\0' ${command.slice(at + 'privaudit '.length)}`;
  const out = execFileSync('sh', ['-c', script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', cwd });
  return out.split('\0').slice(0, -1);
}

/** Paths of the recipe's machine → folders of this test. */
function relocate(argv: string[], map: Record<string, string>): string[] {
  return argv.map((a) => Object.entries(map).reduce((s, [from, to]) => s.replaceAll(from, to), a));
}

function exportsFolder(): string {
  const dir = tempFolder('privaudit-recipe-');
  for (const f of ['users.csv', 'device_log.tsv', 'orders.csv.gz', 'members.psv']) cpSync(join('fixtures/exports', f), join(dir, f));
  return dir;
}

async function unsharded(dir: string, format: string): Promise<string> {
  const r = await runCli(['scan', dir, '--as-of', AS_OF, '-f', format, '--fail-on', 'never']);
  return r.stdout;
}

describe('GitHub Actions recipe', () => {
  const text = readFileSync(GITHUB, 'utf8');
  const workflow = parse(text) as { jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; steps: { run?: string }[] }> };

  it('is a valid workflow for GitHub’s parser', () => {
    const result = parseWorkflow({ name: GITHUB, content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it('installs one pinned version in every job (merge refuses parts of another version)', () => {
    const installs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? '').filter((r) => r.includes('npm install')));
    expect(installs.length).toBe(2);
    for (const run of installs) expect(run).toMatch(/npm install --global "privaudit@\$PRIVAUDIT_VERSION"/);
    expect((parse(text) as { env: Record<string, string> }).env.PRIVAUDIT_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('the parser check can fail: a job without runs-on is refused', () => {
    const broken = text.replace(/(  scan:\n    needs: prepare\n)    runs-on: ubuntu-latest\n/, '$1');
    expect(broken).not.toBe(text);
    const result = parseWorkflow({ name: GITHUB, content: broken }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it('scans N shards with --shard i/N and merges them; the commands give the unsharded report', async () => {
    const shards = workflow.jobs.scan!.strategy!.matrix.shard;
    const scanRun = workflow.jobs.scan!.steps.find((s) => s.run?.includes('--shard'))!.run!;
    expect(scanRun).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    const mergeRun = workflow.jobs.merge!.steps.find((s) => s.run?.startsWith('privaudit merge'))!.run!;

    const dir = exportsFolder();
    const work = tempFolder('privaudit-recipe-run-');
    // Each job's part lands in parts/, as the artifact download of the merge job puts them.
    mkdirSync(join(work, 'parts'));
    for (const shard of shards) {
      const command = scanRun.replaceAll('${{ matrix.shard }}', String(shard)).replaceAll('${{ needs.prepare.outputs.as-of }}', AS_OF);
      const argv = relocate(shellArgv(command, {}), { 'exports/': dir + '/', 'part-': join(work, 'parts', 'part-') });
      const r = await runCli(argv);
      expect(r.code, r.stderr).toBe(0);
    }
    const merge = shellArgv(mergeRun, {}, work).map((a) => (a.startsWith('parts/') || a.endsWith('.sarif') ? join(work, a) : a));
    expect(merge.filter((a) => a.endsWith('.json'))).toHaveLength(shards.length);
    const merged = await runCli(merge);
    expect(merged.code).toBe(1);
    expect(readFileSync(join(work, 'privaudit.sarif'), 'utf8')).toBe(await unsharded(dir, 'sarif'));
  });
});

describe('Kubernetes Indexed Job recipe', () => {
  const docs = parseAllDocuments(readFileSync(K8S, 'utf8')).map((d) => d.toJS() as Record<string, any>);

  it('is two valid batch/v1 Jobs', () => {
    expect(docs.map((d) => d.metadata.name)).toEqual(['privaudit-scan', 'privaudit-merge']);
    for (const d of docs) expect(() => new Job(d as never).validate()).not.toThrow();
  });

  it('the schema check can fail: a bad completionMode is refused', () => {
    const bad = structuredClone(docs[0]!);
    bad.spec.completionMode = 'Sharded';
    expect(() => new Job(bad as never).validate()).toThrow();
  });

  it('indexes 0…N−1 become --shard 1/N…N/N; the commands give the unsharded report', async () => {
    const scanJob = docs[0]!;
    const n = scanJob.spec.completions as number;
    expect(scanJob.spec.completionMode).toBe('Indexed');
    expect(scanJob.spec.parallelism).toBe(n);
    const [, , scanCommand] = scanJob.spec.template.spec.containers[0].command as string[];
    const asOf = (scanJob.spec.template.spec.containers[0].env as { name: string; value: string }[]).find((e) => e.name === 'AS_OF')!.value;
    const [, , mergeCommand] = docs[1]!.spec.template.spec.containers[0].command as string[];

    const dir = exportsFolder();
    const parts = tempFolder('privaudit-recipe-parts-');
    const seen: string[] = [];
    for (let index = 0; index < n; index++) {
      const argv = relocate(shellArgv(scanCommand!, { JOB_COMPLETION_INDEX: String(index), AS_OF: asOf }), { '/data/exports': dir, '/parts': parts });
      seen.push(argv[argv.indexOf('--shard') + 1]!);
      const r = await runCli(argv.map((a) => (a === asOf ? AS_OF : a)));
      expect(r.code, r.stderr).toBe(0);
    }
    expect(seen).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}/${n}`));
    const merge = execFileSync('sh', ['-c', `printf '%s\\0' ${mergeCommand!.slice('privaudit '.length).replaceAll('/parts', parts)}`], { encoding: 'utf8' }).split('\0').slice(0, -1);
    const merged = await runCli(merge);
    expect(merged.code).toBe(1);
    expect(readFileSync(join(parts, 'report.json'), 'utf8')).toBe(await unsharded(dir, 'json'));
  });
});
