/**
 * The one rule every fuzz target checks: a reader either returns, or throws the project's own input
 * error pointing at a real place in the input. ValueError is the bare value parsers' equivalent (the
 * reader adds the place). Anything else — a TypeError, a RangeError from a library, a plain Error —
 * is an uncaught crash the CLI would print as "internal error", and fails the property.
 */
import { InputError, ValueError } from '../../src/errors.js';
import { findInText } from '../../src/detect/index.js';

/** What an error's wording may get wrong: echo a huge input back, or print an identifier whole. */
export type WordingProblem = 'length' | 'identifier';

/** A known bug (known-bugs.ts) that explains a wording problem of this error. */
export type WordingExcuse = (e: InputError | ValueError, problem: WordingProblem) => boolean;

export interface Expected {
  /** The path the error must name (as the caller passed it). */
  file?: string;
  /** The text that was read: a line number past its end is a made-up location. */
  text?: string;
  /** A known bug (known-bugs.ts) explains this wording problem: do not fail on it. */
  excuse?: WordingExcuse;
  /** What was read, when `text` is not given (files): identifiers in it must not reappear in a message. */
  source?: string;
}

/** An error may say what is wrong and how to fix it; it may not echo a huge cell back. */
const MAX_MESSAGE_CHARS = 600;
const MAX_HINT_CHARS = 3000;

/** Physical lines as any reader may count them (CRLF, CR, LF), plus one for a last line without a break. */
export function lineCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2028 || c === 0x2029 || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) n++;
  }
  return n;
}

/** `Name: message` and the top stack frames: what a failing property should show. */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return `a thrown ${typeof e}: ${String(e).slice(0, 200)}`;
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 6).join('\n');
  return `${e.name}: ${e.message.slice(0, 300)}\n${frames}`;
}

function wrong(what: string, e: unknown): never {
  throw new Error(`${what}\n${describeError(e)}`, { cause: e });
}

function isPositiveInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

/** Throws (failing the property) unless `e` is a well-formed, located InputError. */
export function checkInputError(e: unknown, expected: Expected): InputError {
  if (!(e instanceof InputError)) wrong('not an InputError: the CLI would report an internal error', e);
  const where = e.where;
  if (!where || typeof where.file !== 'string' || where.file === '') wrong('InputError without a file in `where`', e);
  if (expected.file !== undefined && where.file !== expected.file) wrong(`InputError names '${where.file}', not the file read ('${expected.file}')`, e);
  // A workbook (ZIP or OLE2 container) that cannot be opened has no line or cell to name: the file is the place.
  const wholeWorkbook = /Excel workbook|\.xls\b|workbook/i.test(e.message);
  if (where.line === undefined && !wholeWorkbook) wrong('InputError without a line in `where`', e);
  if (where.line !== undefined && !isPositiveInteger(where.line)) wrong(`InputError with line ${String(where.line)}`, e);
  if (where.column !== undefined && !isPositiveInteger(where.column)) wrong(`InputError with column ${String(where.column)}`, e);
  if (expected.text !== undefined && where.line !== undefined && where.line > lineCount(expected.text)) {
    wrong(`InputError at line ${where.line}, but the input has ${lineCount(expected.text)} lines`, e);
  }
  checkWording(e, e.message, e.hint ?? '', expected.text ?? expected.source, (problem) => expected.excuse?.(e, problem) ?? false);
  return e;
}

/** Identifiers in `text` as findInText sees them (unknown input: none to compare, every hit counts). */
function identifiersIn(text: string | undefined): ((value: string) => boolean) {
  if (text === undefined) return () => true;
  const found = new Set(findInText(text).map((h) => text.slice(h.start, h.end)));
  return (value) => found.has(value);
}

function checkWording(e: Error, message: string, hint: string, input: string | undefined, excused: (p: WordingProblem) => boolean = () => false): void {
  if (message.trim() === '') wrong('error without a message', e);
  if (message.length > MAX_MESSAGE_CHARS && !excused('length')) wrong(`message of ${message.length} characters: it echoes the input back`, e);
  if (hint.length > MAX_HINT_CHARS && !excused('length')) wrong(`hint of ${hint.length} characters: it echoes the input back`, e);
  if (/\n\s+at .+:\d+:\d+\)?$/m.test(message)) wrong('message carries a stack trace', e);
  // Errors travel into CI logs: an identifier from the input printed whole is a leak (issue 6: masked
  // everywhere). A cut value that merely looks like one (a truncated digit run) is not.
  const said = `${message}\n${hint}`;
  const fromInput = identifiersIn(input);
  const leaked = findInText(said).filter((h) => h.detector !== 'ipv4' && fromInput(said.slice(h.start, h.end)));
  if (leaked.length > 0 && !excused('identifier')) wrong(`message prints a ${leaked[0]!.detector} from the input in full`, e);
}

/** Run a reader: its result, or the located InputError it threw. */
export function onlyInputError<R>(call: () => R, expected: Expected): R | InputError {
  try {
    return call();
  } catch (e) {
    return checkInputError(e, expected);
  }
}

export async function onlyInputErrorAsync<R>(call: () => Promise<R>, expected: Expected): Promise<R | InputError> {
  try {
    return await call();
  } catch (e) {
    return checkInputError(e, expected);
  }
}

/** Run a bare value parser: its result, or the ValueError (with the accepted forms) it threw. */
export function onlyValueError<R>(call: () => R, input: string, excuse?: WordingExcuse): R | ValueError {
  try {
    return call();
  } catch (e) {
    if (!(e instanceof ValueError)) wrong('not a ValueError: the reader would rethrow it as an internal error', e);
    if (e.accepted.trim() === '') wrong('ValueError without the accepted forms', e);
    checkWording(e, e.message, e.accepted, input, (problem) => excuse?.(e, problem) ?? false);
    return e;
  }
}
