#!/usr/bin/env node
// The only place that exits the process; everything else returns its exit code.
import { main } from '../dist/cli/main.js';
import { removePendingTempFiles } from '../dist/report/write.js';

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    removePendingTempFiles();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

const code = await main(process.argv.slice(2));
// Let stdout drain before exiting (large reports piped to another process).
process.exitCode = code;
