#!/usr/bin/env node
// The only place that exits the process; everything else returns its exit code.
// dist/bundle/ is dist/ joined by esbuild (scripts/bundle.mjs): it loads in half the time.
import { main } from '../dist/bundle/main.js';
import { removePendingTempFiles } from '../dist/bundle/write.js';

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    removePendingTempFiles();
    // A scan's progress line has erased itself by now (it listens ahead of this); on a terminal the line may
    // still hold the ^C the terminal echoed, so the message starts on a clean line either way.
    process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}privaudit: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'} (${signal})\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

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
