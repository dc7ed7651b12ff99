/**
 * Prototype pollution checks: the built-in prototypes look exactly as they did before any input was
 * read, and a result with `__proto__`/`constructor` keys can be compared with the result of the same
 * input where those keys carry a harmless name.
 */
import { expect } from 'vitest';

const WATCHED: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

type Snapshot = Map<string | symbol, unknown>;

function snapshot(target: object): Snapshot {
  const out: Snapshot = new Map();
  for (const key of Reflect.ownKeys(target)) {
    const d = Object.getOwnPropertyDescriptor(target, key)!;
    out.set(key, 'value' in d ? d.value : d.get);
  }
  return out;
}

const BEFORE = WATCHED.map(([name, target]) => ({ name, target, keys: snapshot(target) }));

export function expectPrototypesUntouched(): void {
  for (const { name, target, keys } of BEFORE) {
    const now = snapshot(target);
    const changed = [...new Set([...keys.keys(), ...now.keys()])].filter((k) => keys.get(k) !== now.get(k));
    expect(changed.map(String), `${name} was modified`).toEqual([]);
  }
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/**
 * Names an attacker would use, each with a harmless stand-in: one vowel changed, so length, first
 * letter and letter classes stay (`prototype` and `protatype` read alike to a grammar such as ISO
 * durations' P…T). A Map, because `__proto__` is a real key here.
 */
export const PROTO_RENAMES = new Map([
  ['__proto__', '__prato__'],
  ['__defineGetter__', '__defineGatter__'],
  ['constructor', 'constructar'],
  ['prototype', 'protatype'],
  ['toString', 'toStrang'],
  ['toLocaleString', 'toLocaleStrang'],
  ['hasOwnProperty', 'hasOwnPraperty'],
  ['isPrototypeOf', 'isPratotypeOf'],
  ['valueOf', 'valueAf'],
]);

const PROTO_WORD = new RegExp([...PROTO_RENAMES.keys()].join('|'), 'g');

/** The text with every prototype key replaced by its stand-in. */
export function renameProtoKeys(text: string): string {
  return text.replace(PROTO_WORD, (k) => PROTO_RENAMES.get(k)!);
}

/** The message of an outcome with the stand-ins put back, so the two runs can be compared. */
export function outcomeShape(out: unknown): unknown {
  if (out instanceof Error) return { error: out.constructor.name, message: withoutSuggestions(restoreNames(out.message)), where: (out as { where?: unknown }).where };
  // Unreadable cells and ignored columns (SPEC decision 12) carry suggestions, which a stand-in name changes.
  const noSuggestions = (key: string, v: unknown) =>
    key === 'near' ? undefined : key === 'notes' && Array.isArray(v) ? v.map((n) => String(n).replace(/ \(did you mean [^)]*\)|; did you mean [^)]*/g, '').replace(/'[^']*…'/g, "'…'")) : v;
  return JSON.parse(restoreNames(JSON.stringify(out, noSuggestions) ?? 'null'));
}

/**
 * Suggestions are ranked by edit distance and quoted values are cut at a fixed length, both of which a
 * stand-in name changes: compare messages without them (and without the list of allowed values given
 * when there is no suggestion). How many further problems a pack message lists depends on their length
 * (validate.ts keeps it under a budget), so only the first problem is compared.
 */
function withoutSuggestions(message: string): string {
  return message
    .split('\n')
    .filter((line) => !/^ {2}(?:\S+:\d+(?::\d+)?: |… and \d+ more problem)/.test(line))
    .join('\n')
    .replace(/\s*\((?:did you mean|allowed here|allowed:)[^)]*\)/g, '')
    .replace(/;? ?did you mean [^\n]*/g, '')
    .replace(/'[^'\n]*…'/g, "'…'");
}

function restoreNames(text: string): string {
  let out = text;
  for (const [key, stand] of PROTO_RENAMES) out = out.split(stand).join(key);
  return out;
}
