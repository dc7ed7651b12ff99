// What SIGINT and SIGTERM do, one copy for bin/privaudit.js and the single executable's entry
// (scripts/build-binary.mjs): remove the report's temporary file, say why the run stopped, exit 130 or 143.
// Like bin/privaudit.js, the only code that exits the process.

/** @param {() => void} removePendingTempFiles src/io/write.ts's, from whichever build the caller runs. */
export function exitOnSignals(removePendingTempFiles) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      removePendingTempFiles();
      // A scan's progress line has erased itself by now (it listens ahead of this); on a terminal the line may
      // still hold the ^C the terminal echoed, so the message starts on a clean line either way.
      process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}privaudit: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'} (${signal})\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
