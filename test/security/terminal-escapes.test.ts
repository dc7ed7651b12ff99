/**
 * A cell can hold terminal escapes, controls and bidi overrides: `-f pretty`, `github` and `markdown` print
 * them as visible escapes (as stderr notes do), never raw, so a file cannot recolour or rewrite the terminal,
 * forge a workflow command, or reorder what a reviewer reads.
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeInventory } from '../e2e/helpers.js';

/** The field cell of the repro: vertical tab, SOH, then an ESC colour sequence. */
const FIELD = 'id\x0bno\x01\x1b[31m';
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe.each(['pretty', 'github', 'markdown'])('-f %s', (format) => {
  it('prints a field name with control characters as escapes', async () => {
    const file = writeInventory(tempDir(), 'inventory.csv', [`crm,users,"${FIELD}\u202e",identity.resident-id,yes,AES-256,yes,cn-hongkong,30d,account-cancellation,,explicit,identity verification`]);
    const r = await runCli(['audit', file, '-f', format, '--fail-on', 'never', '--as-of', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    // Markdown escapes `[` itself; the escape sequence reads as text either way.
    expect(r.stdout.replace(/\\\[/g, '[').replace(/\\\\/g, '\\')).toContain('id\\u000bno\\u0001\\u001b[31m\\u202e');
  });
});
