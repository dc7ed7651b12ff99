#!/usr/bin/env node
// bin/ is the only place that exits the process (here and signals.js); everything else returns its exit code.
// dist/bundle/ is dist/ joined by esbuild (scripts/bundle.mjs): it loads in half the time.
import { main } from '../dist/bundle/main.js';
import { removePendingTempFiles } from '../dist/bundle/write.js';
import { exitOnSignals } from './signals.js';

exitOnSignals(removePendingTempFiles);

// A reader that stops early (`privaudit … | head`) closes the pipe: the rest of the output is dropped
// without a stack trace, and the exit code is still the run's.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

const code = await main(process.argv.slice(2));
// Let stdout drain before exiting (large reports piped to another process).
process.exitCode = code;
