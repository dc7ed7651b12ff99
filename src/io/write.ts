/** Writing a report: whole or not at all (temp file in the same folder, then rename). */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';

const pending = new Set<string>();

/** Remove half-written temp files if the process is interrupted (SIGINT/SIGTERM are wired in bin/). */
export function removePendingTempFiles(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

export function checkOutputPath(path: string): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(`the output folder '${dirname(path)}' does not exist`, { file: path }, 'create the folder first, or write to an existing one');
  }
  if (existsSync(path) && statSync(path).isDirectory()) throw new InputError('the output path is a folder', { file: path }, 'name a file, e.g. report.json');
}

export function writeAtomic(path: string, content: string): void {
  checkOutputPath(path);
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.privaudit-tmp-${process.pid}`);
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'w', 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
    pending.delete(tmp);
  }
}
