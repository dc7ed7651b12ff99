/** One temp folder per fuzz file, a fresh sub-folder per case (so file names may repeat), removed when the file ends. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tempFolder } from '../helpers/temp-folder.js';

export class TempFiles {
  private dir: string | null = null;
  private count = 0;

  constructor(private readonly prefix: string) {}

  /** A new empty folder for one case. */
  folder(): string {
    this.dir ??= tempFolder(`privaudit-fuzz-${this.prefix}-`);
    const folder = join(this.dir, String(this.count++));
    mkdirSync(folder);
    return folder;
  }

  /** Write `content` to a new file called `name`; returns its path. */
  write(name: string, content: string | Uint8Array, opts: { gzip?: boolean } = {}): string {
    const path = join(this.folder(), name);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    writeFileSync(path, opts.gzip ? gzipSync(bytes) : bytes);
    return path;
  }
}
