/** A scan worker thread: tallies the byte ranges the main thread sends, one at a time, in the order sent. */
import { parentPort } from 'node:worker_threads';
import { scanRange, type ScanJob } from './range.js';
import { serializeError, type WorkerReply } from './worker-protocol.js';

/** Progress messages at most this often: the bar redraws ≤ 10 times a second anyway. */
const PROGRESS_MS = 100;

const port = parentPort;
if (!port) throw new Error('scan worker: must run in a worker thread');

/** Jobs sent while one runs wait here: the main thread sends the next before this one ends, so no time is lost asking. */
const queue: ScanJob[] = [];
let running = false;

port.on('message', (job: ScanJob) => {
  queue.push(job);
  if (!running) void drain();
});

async function drain(): Promise<void> {
  running = true;
  for (let job = queue.shift(); job; job = queue.shift()) await run(job);
  running = false;
}

async function run(job: ScanJob): Promise<void> {
  let last = 0;
  const send = (reply: WorkerReply) => port!.postMessage(reply);
  try {
    const report = await scanRange(job, (bytes, records) => {
      const now = Date.now();
      if (now - last < PROGRESS_MS) return;
      last = now;
      send({ type: 'progress', bytes, records });
    });
    send({ type: 'done', report });
  } catch (e) {
    send({ type: 'error', error: serializeError(e) });
  }
}
