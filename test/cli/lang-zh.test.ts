/**
 * Issue 14 §5: `--lang zh` covers input errors, hints, notes and every label. Each run's stderr, and its
 * pretty report, may hold no English word but ids, codes, option names, keys, paths and quoted values.
 */
import { describe, expect, it } from 'vitest';
import { englishWords } from './english-words.js';
import { runZh, zhRuns } from './zh-runs.js';

describe('--lang zh prints no English outside ids and codes', () => {
  it.each(zhRuns())('$name', async (run) => {
    const r = await runZh(run);
    expect(r.code, r.stderr).toBe(run.code);
    if (run.code === 2) expect(r.stderr).not.toBe('');
    expect(offending(englishWords(r.stderr)), r.stderr).toEqual([]);
    expect(offending(englishWords(r.stdout, { pretty: true })), r.stdout).toEqual([]);
  });
});

/** Each line holding English, once, with its English words: what a failure shows. */
function offending(found: { word: string; line: string }[]): string[] {
  const byLine = new Map<string, string[]>();
  for (const { word, line } of found) byLine.set(line, [...(byLine.get(line) ?? []), word]);
  return [...byLine].map(([line, words]) => `${line.trim()}   ← ${words.join(' ')}`);
}
