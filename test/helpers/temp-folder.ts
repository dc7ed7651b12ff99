/**
 * Temp folders for tests, removed when the test file ends: importing this module registers the clean-up
 * (vitest runs each test file in its own module graph, so every file that uses it gets its own).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder under the OS temp dir, e.g. tempFolder('privaudit-scan-'). */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
