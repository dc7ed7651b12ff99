import { formatLocation, type Location } from './location.js';

/**
 * A problem with what the user gave us (file, flag, config, pack).
 * The CLI prints it without a stack trace and exits 2.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly where?: Location | { file: string; line?: number; column?: number; cell?: string },
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** `file:line:col: message` (`file:Sheet1!D7: message` in a workbook) followed by the hint on its own line. */
  describe(): string {
    const w = this.where;
    const prefix = !w ? '' : w.line || w.cell ? `${formatLocation(w as Location)}: ` : `${w.file}: `;
    return prefix + this.message + (this.hint ? `\n  hint: ${this.hint}` : '');
  }
}

/** A value a normaliser could not read: the reader adds the location. */
export class ValueError extends Error {
  constructor(
    message: string,
    /** The forms that are accepted, for the hint. */
    readonly accepted: string,
    /** The nearest accepted forms, best first, when the normaliser knows them better than its `accepted` text. */
    readonly near?: string[],
  ) {
    super(message);
    this.name = 'ValueError';
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
