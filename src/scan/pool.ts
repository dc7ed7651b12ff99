/**
 * Worker threads for multi-range scans. Built code starts worker.js next to this file; from the
 * TypeScript sources (development, tests) a small bootstrap compiles the worker on the fly. When no
 * worker can be started (e.g. a single-executable build without the file), the caller scans in-process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProgressCallback, RangeJob, RangeReport, RangeRunner } from './range.js';
import { deserializeError, type WorkerReply } from './worker-protocol.js';

function workerSpec(): { url: URL; workerData?: { entry: string } } | null {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url);
  if (entry.protocol !== 'file:' || !existsSync(fileURLToPath(entry))) return null;
  if (!fromSources) return { url: entry };
  return { url: new URL('./dev-worker-boot.mjs', import.meta.url), workerData: { entry: entry.href } };
}

export class WorkerPool {
  private constructor(private readonly workers: Worker[]) {}

  /** Up to `size` workers, or null when workers are not available. */
  static start(size: number): WorkerPool | null {
    const spec = workerSpec();
    if (!spec || size < 1) return null;
    const workers = Array.from({ length: size }, () => new Worker(spec.url, { workerData: spec.workerData }));
    return new WorkerPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** One runner per worker thread: each runs its jobs one at a time (parallel.ts hands them out). */
  runners(): RangeRunner[] {
    return this.workers.map((worker) => (job, onProgress) => runOn(worker, job, onProgress));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function runOn(worker: Worker, job: RangeJob, onProgress: ProgressCallback): Promise<RangeReport> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (m: WorkerReply) => {
      if (m.type === 'progress') return onProgress(m.bytes, m.records);
      cleanup();
      if (m.type === 'done') resolve(m.report);
      else reject(deserializeError(m.error));
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`scan worker stopped unexpectedly (exit code ${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}
