/** Messages between the main thread and scan workers; errors cross as data and are rebuilt. */
import { InputError } from '../errors.js';
import type { RangeReport } from './range.js';

export interface SerializedError {
  input: boolean;
  message: string;
  where?: { file: string; line?: number; column?: number };
  hint?: string;
  stack?: string;
}

export type WorkerReply =
  | { type: 'progress'; bytes: number; records: number }
  | { type: 'done'; report: RangeReport }
  | { type: 'error'; error: SerializedError };

export function serializeError(e: unknown): SerializedError {
  if (e instanceof InputError) return { input: true, message: e.message, where: e.where ? { ...e.where } : undefined, hint: e.hint };
  const err = e instanceof Error ? e : new Error(String(e));
  return { input: false, message: err.message, stack: err.stack };
}

export function deserializeError(s: SerializedError): Error {
  if (s.input) return new InputError(s.message, s.where, s.hint);
  const err = new Error(s.message);
  if (s.stack) err.stack = s.stack;
  return err;
}
