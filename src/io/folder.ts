/**
 * What a folder on the command line means, for `audit` and `scan` alike (issue 17): the files in it whose
 * name the command takes, each folder's entries sorted by name. Hidden files and folders (.git,
 * .DS_Store), the `~$name.xlsx` owner files Excel keeps beside an open workbook, and node_modules are
 * skipped. `audit` also walks the subfolders, depth first (a declaration sits anywhere in an app's
 * repository: app/build.gradle, ios/Podfile.lock); `scan` reads the folder itself (see scan/inputs.ts).
 * A folder reached again through a link is read once.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A file or folder a folder walk passes over: hidden ones (.DS_Store, the Finder's ._ copies), Office owner files (~$), node_modules. */
export function skippedName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || name === 'node_modules';
}

/** The path with links resolved, to tell one file under two spellings; absolute as given when it does not exist. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function filesInFolder(dir: string, accept: (name: string) => boolean, opts: { recursive: boolean }): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (folder: string) => {
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(folder).sort()) {
      if (skippedName(name)) continue;
      const path = join(folder, name);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (stats?.isDirectory()) {
        if (opts.recursive) walk(path);
      } else if (stats?.isFile() && accept(name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}
