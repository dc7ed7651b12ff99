/**
 * Documents → one table: the columns are the keys met in the first KEY_WINDOW documents (held until
 * then), and every document is then flattened against them. Shared by JSON Lines and JSON arrays.
 */
import { InputError } from '../../errors.js';
import { entryTableName } from './csv.js';
import { jsonErrorAt } from './jsonl-errors.js';
import { Flattener } from './jsonl-flatten.js';
import type { ExportEntry, ReadProblem, TableSink } from './types.js';

/** Documents whose keys make the columns (the driver's sample size). */
export const KEY_WINDOW = 1000;
/** Records handed to the sink at a time. */
const BATCH = 1024;
/** Late keys remembered by name (more are counted). */
const MAX_LATE_KEYS = 100;
const UNREAD = Symbol('unread');

/** A run of 16+ digits outside strings: a JSON integer JSON.parse would round. Strings are matched first and kept. */
const BIG_INTEGER = /"(?:[^"\\]|\\.)*"|(?<![\w.+-])(-?\d{16,})(?![\w.])/g;

/** The line with long integers quoted, so they are read as written. */
export function keepBigIntegers(text: string): string {
  return text.replace(BIG_INTEGER, (m, digits: string | undefined) => (digits === undefined ? m : `"${digits}"`));
}

/** Documents → one table: the key window, then every document against the columns it fixed. */
export class DocumentTable {
  private readonly columns: string[] = [];
  private readonly index = new Map<string, number>();
  private frozen = false;
  private readonly flattener = new Flattener((p) => this.columnOf(p));
  /** The key window's records, held until the columns are known. */
  private held: string[][] = [];
  private heldLines: number[] = [];
  private batch: string[][] = [];
  private lines = new Int32Array(BATCH);
  private readonly late = new Map<string, number>();
  private lateCount = 0;
  private documents = 0;
  private currentLine = 0;
  private readonly early: ReadProblem[] = [];

  constructor(
    private readonly entry: ExportEntry,
    private readonly sink: TableSink,
  ) {}

  /** Documents read so far (JSON objects: anything else is a problem, not a document). */
  get documentCount(): number {
    return this.documents;
  }

  /** One line of JSON Lines; false when the sink wants no more. */
  text(text: string, line: number): boolean {
    if (text.length === 0 || /^\s*$/.test(text)) return true;
    const doc = this.parse(text, line);
    return doc === UNREAD || this.document(doc, line, text);
  }

  /** A parsed document (`source`: its JSON text, to read again when a long integer was rounded); false when the sink wants no more. */
  document(doc: unknown, line: number, source?: string): boolean {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      this.problem({ line, column: 1, message: `not a JSON object (${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc}): not read`, hint: 'each document must be a JSON object' });
      return true;
    }
    this.currentLine = line;
    this.documents++;
    let height = this.flattener.flatten(doc as Record<string, unknown>, this.columns.length);
    // JSON.parse rounds integers past 2^53 (a card number held as a number): read the line again with them quoted.
    if (this.flattener.rounded && source !== undefined) height = this.flattener.flatten(JSON.parse(keepBigIntegers(source)) as Record<string, unknown>, this.columns.length);
    for (let r = 0; r < height; r++) this.push(this.flattener.rows[r]!.slice(), line);
    if (!this.frozen && this.documents >= KEY_WINDOW) this.begin();
    return !(this.frozen && this.sink.full);
  }

  /** The line's document, or UNREAD when it does not parse (reported). */
  private parse(text: string, line: number): unknown {
    try {
      return JSON.parse(text);
    } catch (e) {
      const { column, what } = jsonErrorAt((e as Error).message, text);
      this.problem({ line, column, message: `not valid JSON: ${what}; the line is not read`, hint: 'each line must be one complete JSON document' });
      return UNREAD;
    }
  }

  problem(p: ReadProblem): void {
    if (this.frozen) this.sink.problem(p);
    else this.early.push(p);
  }

  private columnOf(path: string): number {
    const i = this.index.get(path);
    if (i !== undefined) return i;
    if (!this.frozen) {
      this.index.set(path, this.columns.length);
      this.columns.push(path);
      return this.columns.length - 1;
    }
    if (!this.late.has(path)) {
      this.lateCount++;
      if (this.late.size < MAX_LATE_KEYS) this.late.set(path, this.currentLine);
    }
    return -1;
  }

  private push(record: string[], line: number): void {
    if (!this.frozen) {
      this.held.push(record);
      this.heldLines.push(line);
      return;
    }
    this.lines[this.batch.length] = line;
    this.batch.push(record);
    if (this.batch.length === BATCH) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.sink.records(this.batch, this.lines.subarray(0, this.batch.length));
    this.batch = [];
  }

  /** The columns are known: the table begins, with the held records padded to its width. */
  private begin(): void {
    this.frozen = true;
    const width = this.columns.length;
    this.sink.begin({ name: entryTableName(this.entry), columns: this.columns.slice(), line: 1 });
    for (const p of this.early) this.sink.problem(p);
    const held = this.held;
    const lines = this.heldLines;
    this.held = [];
    this.heldLines = [];
    for (let i = 0; i < held.length; i++) {
      const r = held[i]!;
      for (let c = 0; c < width; c++) if (r[c] === undefined) r[c] = '';
      this.push(r, lines[i]!);
    }
  }

  end(): void {
    if (!this.frozen) {
      if (this.documents === 0) this.nothingRead();
      this.begin();
    }
    this.flush();
    if (this.lateCount > 0) this.sink.problem(this.lateProblem());
  }

  private nothingRead(): never {
    const first = this.early[0];
    if (!first) throw new InputError('no records: the file holds no JSON document', { file: this.entry.file, line: 1 }, 'export the collection as JSON Lines, one document a line');
    throw new InputError(`no line could be read as a JSON document; line ${first.line}: ${first.message}`, { file: this.entry.file, line: first.line, column: first.column }, first.hint);
  }

  private lateProblem(): ReadProblem {
    const named = [...this.late].map(([k, line]) => `${k} (line ${line})`);
    const more = this.lateCount > named.length ? ` and ${this.lateCount - named.length} more` : '';
    return {
      line: this.late.values().next().value as number,
      message: `${this.lateCount} key(s) first met after the first ${KEY_WINDOW} documents were not scanned: ${named.join(', ')}${more}`,
      hint: 'the columns are the keys of the first documents: export so that documents holding every key come first (mongoexport --sort), or export these keys separately',
    };
  }
}
