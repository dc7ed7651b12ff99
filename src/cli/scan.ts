/** `privaudit scan`: exported tables, value by value (the scan engine lives in src/scan). */
import { InputError } from '../errors.js';
import type { AuditFlags } from './audit.js';
import type { CliIO } from './io.js';

export interface ScanFlags extends AuditFlags {
  sample?: string;
  workers?: string;
  mapping?: string;
  maxFieldBytes?: string;
}

export async function runScan(_paths: string[], _flags: ScanFlags, _io: CliIO): Promise<number> {
  throw new InputError('scan is being wired to the scan engine');
}
