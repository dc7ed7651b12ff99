/**
 * Where and why JSON.parse refused a line, without its message's echo of the line (which may hold
 * personal data). V8 gives either "… in JSON at position N" or "Unexpected token 'x', <context> is not
 * valid JSON", where the context is the whole text (under 21 characters) or 10 characters either side
 * of the token, cut with "..." (V8's JsonParser::ReportUnexpectedToken); the position is recovered from
 * that context.
 */

const CONTEXT = 10;
const SHORT_SOURCE = 2 * CONTEXT + 1;

export interface JsonErrorAt {
  /** 1-based column in the line (UTF-16 units), when known. */
  column: number | undefined;
  /** What is wrong, without the line's text. */
  what: string;
}

export function jsonErrorAt(message: string, text: string): JsonErrorAt {
  const at = /^(.*) (in|after) JSON at position (\d+)/.exec(message);
  if (at) return { column: Number(at[3]) + 1, what: lowerFirst(at[1]!) + (at[2] === 'after' ? ' after the document' : '') };
  if (/^Unexpected end of JSON input/.test(message)) return { column: text.length + 1, what: 'the document ends before it is closed' };
  const token = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (token) return { column: tokenPosition(text, token[1]!, token[3]!, !!token[2], !!token[4]), what: unexpected(token[1]!) };
  // `"NaN" is not valid JSON` and the like quote the line itself: say what, not the text.
  if (/^".*" is not valid JSON$/s.test(message)) return { column: 1, what: 'the line is not a JSON value' };
  return { column: undefined, what: lowerFirst(message.replace(/, ".*$/s, '')) };
}

/** JSON's own punctuation is named; any other character may belong to personal data, so it is not. */
function unexpected(token: string): string {
  return /^[{}[\],:"\\]$/.test(token) ? `unexpected character '${token}'` : 'unexpected character';
}

function tokenPosition(text: string, token: string, context: string, cutBefore: boolean, cutAfter: boolean): number | undefined {
  let pos: number;
  if (text.length < SHORT_SOURCE) pos = text.indexOf(token);
  else if (cutBefore && cutAfter) pos = text.indexOf(context) + CONTEXT;
  else if (cutAfter) pos = context.length - CONTEXT;
  else pos = text.length - context.length + CONTEXT;
  return pos >= 0 && pos < text.length ? pos + 1 : undefined;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
