// Development only (running privaudit from its TypeScript sources, e.g. under vitest): a worker thread
// cannot load .ts files on Node 20, so this bootstrap registers dev-ts-hooks.mjs and then imports the
// TypeScript worker. Built code (dist/) starts dist/scan/worker.js directly and never loads this file.
import { register } from 'node:module';
import { workerData } from 'node:worker_threads';

register(new URL('./dev-ts-hooks.mjs', import.meta.url));
await import(workerData.entry);
