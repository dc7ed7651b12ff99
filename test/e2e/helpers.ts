/**
 * Running the CLI in-process for end-to-end tests: `main(argv, io)` with an injected CliIO that
 * captures stdout/stderr, plus temp folders and small inventories written on the fly.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { tempFolder } from '../helpers/temp-folder.js';

/** The repository root: the process cwd of the tests, and the io.cwd unless a test says otherwise. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The environment the CLI sees; empty by default (no locale, no colour variables). */
  env?: Record<string, string | undefined>;
  /** Where config discovery starts; input paths still resolve against the process cwd. */
  cwd?: string;
  stdoutIsTTY?: boolean;
}

export async function runCli(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: opts.env ?? {},
    cwd: opts.cwd ?? REPO_ROOT,
    stdoutIsTTY: opts.stdoutIsTTY ?? false,
    stderrIsTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A stack frame line as Node prints them ("    at fn (file:1:2)"). */
export const STACK_FRAME = /^\s+at\s/m;

/** An ANSI colour escape. */
export const ANSI = /\u001b\[\d+(;\d+)*m/;

/** A fresh empty folder under the OS temp dir, removed when the test file ends (test/helpers/temp-folder.ts). */
export function tempDir(prefix = 'privaudit-e2e-'): string {
  return tempFolder(prefix);
}

/** The SPEC's inventory columns, in the order the tests write them. */
export const INVENTORY_HEADER = 'system,table,field,category,sensitive,encrypted,masked,storage_region,retention,retention_trigger,shared_with,consent,purpose';

/** Rows with a known outcome under the default pack (jdcloud-privacy-2020-07). */
export const ROWS = {
  /** No finding. */
  clean: 'crm,users,real_name,basic.name,no,AES-256,yes,cn-north-1,3 working days,account-cancellation,,explicit,account management',
  /** Only a warning: retention-missing. */
  warningOnly: 'crm,users,real_name,basic.name,no,AES-256,yes,cn-north-1,,,,explicit,account management',
  /** Errors: cross-border-storage (Hong Kong) and retention-exceeds-limit (30 days after cancellation). */
  errors: 'crm,users,id_no,identity.resident-id,yes,AES-256,yes,cn-hongkong,30d,account-cancellation,,explicit,identity verification',
  /** undeclared-recipient unless the config registers Acme Data Processing Ltd. as a processor. */
  sharedWithAcme: 'crm,users,real_name,basic.name,no,AES-256,yes,cn-north-1,3 working days,account-cancellation,Acme Data Processing Ltd.,explicit,account management',
} as const;

/** Write an inventory CSV (header + rows) into `dir`; returns its absolute path. */
export function writeInventory(dir: string, name: string, rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, [INVENTORY_HEADER, ...rows].join('\n') + '\n');
  return file;
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every entry of a folder, hidden temp files included (to prove nothing was left behind). */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}
