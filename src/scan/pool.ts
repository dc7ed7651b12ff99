/**
 * Worker threads for multi-range scans. Built code starts worker.js next to this file; from the
 * TypeScript sources (development, tests) a small bootstrap compiles the worker on the fly. When no
 * worker can be started (e.g. a single-executable build without the file), the caller scans in-process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProgressCallback, RangeReport, RangeRunner } from './range.js';
import { deserializeError, type WorkerReply } from './worker-protocol.js';

function workerSpec(): { url: URL; workerData?: { entry: string } } | null {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url);
  if (entry.protocol !== 'file:' || !existsSync(fileURLToPath(entry))) return null;
  if (!fromSources) return { url: entry };
  return { url: new URL('./dev-worker-boot.mjs', import.meta.url), workerData: { entry: entry.href } };
}

/** A job sent to a worker and not yet answered; the worker answers in the order it was sent jobs. */
interface Pending {
  resolve: (report: RangeReport) => void;
  reject: (e: Error) => void;
  onProgress: ProgressCallback;
}

/** One worker thread and the jobs it was sent: the worker runs them one after the other. */
class WorkerLane {
  private readonly pending: Pending[] = [];

  constructor(readonly worker: Worker) {
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'progress') return this.pending[0]?.onProgress(m.bytes, m.records);
      const job = this.pending.shift();
      if (m.type === 'done') job?.resolve(m.report);
      else job?.reject(deserializeError(m.error));
    });
    worker.on('error', (e: Error) => this.failAll(e));
    worker.on('exit', (code: number) => this.failAll(new Error(`scan worker stopped unexpectedly (exit code ${code})`)));
  }

  readonly run: RangeRunner = (job, onProgress) =>
    new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject, onProgress });
      this.worker.postMessage(job);
    });

  private failAll(e: Error): void {
    for (const job of this.pending.splice(0)) job.reject(e);
  }
}

export class WorkerPool {
  private constructor(private readonly lanes: WorkerLane[]) {}

  /** Up to `size` workers, or null when workers are not available. */
  static start(size: number): WorkerPool | null {
    const spec = workerSpec();
    if (!spec || size < 1) return null;
    return new WorkerPool(Array.from({ length: size }, () => new WorkerLane(new Worker(spec.url, { workerData: spec.workerData }))));
  }

  get size(): number {
    return this.lanes.length;
  }

  /** One runner per worker thread; a runner may be handed a job before its last one is done (it queues). */
  runners(): RangeRunner[] {
    return this.lanes.map((lane) => lane.run);
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.worker.terminate()));
  }
}
