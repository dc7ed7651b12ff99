/**
 * List cells, and the `shared_with` column in particular. Items are separated by `;` `；` `、` `|` and line breaks;
 * commas separate too, except inside a legal name: "Beijing Xiaomi Technology Co., Ltd." and "Meta Platforms, Inc."
 * are one recipient each. Nothing inside brackets splits: "关联公司（京东物流、京东金融）" is one item.
 */
import { memoizeCell } from './memo.js';
import { cellText, lookupWord, wordTable } from './text.js';

const ALWAYS = new Set([';', '；', '、', '|', '\n', '\r']);
const COMMAS = new Set([',', '，']);
const OPEN = new Set(['(', '（', '[', '【', '{', '《']);
const CLOSE = new Set([')', '）', ']', '】', '}', '》']);

/**
 * A piece after a comma that continues a legal name rather than starting a new item: the legal form
 * ("Ltd.", "Co., Ltd.", "Inc", "LLC", "Limited", "Corp.", "GmbH", "S.A.", "PLC", "Pte. Ltd.", "LLP", "L.P.", "AG", "B.V.").
 */
const LEGAL_FORM_CONTINUATION =
  /^(?:co\.?\s*,?\s*)?(?:ltd\.?|limited|inc\.?|incorporated|llc\.?|l\.l\.c\.|corp\.?|corporation|co\.?|company|gmbh|s\.?a\.?|plc|pte\.?(?:\s*ltd\.?)?|llp|l\.?p\.?|ag|b\.?v\.?|n\.?v\.?|k\.?k\.?|s\.?a\.?r\.?l\.?)$/i;

/** The spans between top-level separators (never inside brackets), and whether a comma opened each. */
function spans(text: string): { start: number; end: number; afterComma: boolean }[] {
  const out: { start: number; end: number; afterComma: boolean }[] = [];
  let depth = 0;
  let start = 0;
  let afterComma = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ALWAYS.has(c) || COMMAS.has(c))) {
      out.push({ start, end: i, afterComma });
      afterComma = COMMAS.has(c);
      start = i + 1;
    }
  }
  out.push({ start, end: text.length, afterComma });
  return out;
}

function readList(raw: string | null | undefined): string[] {
  const text = cellText(raw);
  if (text === null) return [];
  const items: { start: number; end: number }[] = [];
  for (const s of spans(text)) {
    const part = text.slice(s.start, s.end).trim();
    if (part === '') continue;
    const last = items[items.length - 1];
    // "Co., Ltd." split at its comma: the piece after the comma belongs to the name before it, as written.
    if (s.afterComma && last && LEGAL_FORM_CONTINUATION.test(part)) last.end = s.end;
    else items.push({ start: s.start, end: s.end });
  }
  return [...new Set(items.map((i) => text.slice(i.start, i.end).trim()))];
}

/** A list cell: split on ; ； 、 | , ， and line breaks (not inside a legal name or brackets), trimmed, duplicates dropped; [] when blank. */
export const parseList = memoizeCell(readList);

/** "No recipient" is an answer (SPEC decision 13): these words mean the field is shared with nobody. */
const NOBODY = wordTable({
  none: [
    'none', 'no', 'nobody', 'no one', 'not shared', 'no sharing', 'no third party', 'no third parties', 'no recipients', 'internal only', 'internal use only',
    '无', '否', '没有', '暂无', '不共享', '未共享', '不对外共享', '不对外提供', '不提供', '不向第三方提供', '不共享给第三方', '无第三方', '无共享', '仅内部使用', '内部使用',
  ],
});

function readRecipients(raw: string | null | undefined): string[] | null {
  if (cellText(raw) === null) return null;
  return parseList(raw).filter((name) => lookupWord(NOBODY, name) === undefined);
}

/**
 * A `shared_with` cell: the recipients it names; [] for 无/none (shared with nobody); null when blank or not
 * stated (N/A, `-`, 不适用).
 */
export const parseRecipients = memoizeCell(readRecipients);
