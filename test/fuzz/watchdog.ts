/**
 * A hang watchdog. A synchronous parser stuck in a loop blocks the test's own timers, so neither
 * vitest's timeout nor fast-check's can fire. A worker thread (its own event loop) watches a shared
 * "case started at" clock; when one case outlives the limit it prints the case and kills the test
 * process, so the run fails loudly with the input instead of hanging CI.
 */
import { Worker } from 'node:worker_threads';
import { hangLimitMs } from './budget.js';

const TEXT_BYTES = 4096;
// [0] busy flag, [1] description length (Int32); then the start time (Float64); then the description.
const HEADER_BYTES = 16;

const WATCHER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { buffer, limit, headerBytes } = workerData;
const state = new Int32Array(buffer, 0, 2);
const started = new Float64Array(buffer, 8, 1);
const text = new Uint8Array(buffer, headerBytes);
setInterval(() => {
  if (Atomics.load(state, 0) !== 1 || Date.now() - started[0] < limit) return;
  const described = Buffer.from(text.slice(0, Atomics.load(state, 1))).toString('utf8');
  writeSync(2, '\\n[fuzz watchdog] one case ran over ' + limit + ' ms: killing the test process.\\n' + described + '\\n');
  process.kill(process.pid, 'SIGKILL');
}, 200);
`;

export interface Watchdog {
  /** A case is starting; `describe` says which (kept to 4 KiB). */
  begin(describe: () => string): void;
  end(): void;
}

let shared: Watchdog | undefined;

export function watchdog(): Watchdog {
  return (shared ??= startWatchdog(hangLimitMs()));
}

function startWatchdog(limit: number): Watchdog {
  const buffer = new SharedArrayBuffer(HEADER_BYTES + TEXT_BYTES);
  const state = new Int32Array(buffer, 0, 2);
  const started = new Float64Array(buffer, 8, 1);
  const text = new Uint8Array(buffer, HEADER_BYTES);
  const worker = new Worker(WATCHER, { eval: true, workerData: { buffer, limit, headerBytes: HEADER_BYTES } });
  worker.unref();
  const encoder = new TextEncoder();
  return {
    begin(describe) {
      const { written } = encoder.encodeInto(describe().slice(0, TEXT_BYTES), text);
      Atomics.store(state, 1, written);
      started[0] = Date.now();
      Atomics.store(state, 0, 1);
    },
    end() {
      Atomics.store(state, 0, 0);
    },
  };
}
