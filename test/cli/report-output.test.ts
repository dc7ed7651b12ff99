/** The report's format: --format, else the output file's extension (`-o report.html` writes HTML), else pretty. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFormat, formatOfPath } from '../../src/cli/options.js';
import { emitReport } from '../../src/cli/report-output.js';
import type { CliIO } from '../../src/cli/io.js';
import type { Format } from '../../src/report/formatters/types.js';
import type { Report } from '../../src/report/types.js';
import { ROWS, runCli, tempDir, writeInventory } from '../e2e/helpers.js';

describe('formatOfPath', () => {
  it.each([
    ['report.html', 'html'],
    ['out/Report.HTM', 'html'],
    ['report.json', 'json'],
    ['scan.sarif', 'sarif'],
    ['scan.sarif.json', 'sarif'],
    ['junit.xml', 'junit'],
    ['TEST-privaudit.xml', 'junit'],
    ['audit.md', 'markdown'],
    ['audit.markdown', 'markdown'],
    ['findings.csv', 'csv'],
  ])('%s → %s', (path, format) => expect(formatOfPath(path)).toBe(format));

  it.each(['report.txt', 'report.log', 'report', 'report.html.bak', 'json', '.html/report'])('%s → none', (path) => expect(formatOfPath(path)).toBeNull());
});

describe('chooseFormat', () => {
  it('follows the extension when --format is not given, else pretty', () => {
    expect(chooseFormat(undefined, 'report.html')).toEqual({ format: 'html', conflict: null });
    expect(chooseFormat(undefined, 'report.txt')).toEqual({ format: 'pretty', conflict: null });
    expect(chooseFormat(undefined, undefined)).toEqual({ format: 'pretty', conflict: null });
  });

  it('lets an explicit --format win, naming the conflict', () => {
    expect(chooseFormat('json', 'report.html')).toEqual({ format: 'json', conflict: { flag: 'json', extension: 'html' } });
    expect(chooseFormat('pretty', 'report.md')).toEqual({ format: 'pretty', conflict: { flag: 'pretty', extension: 'markdown' } });
  });

  it('sees no conflict where the flag fits the file: the same format, SARIF in .json, or an extension that says nothing', () => {
    for (const [flag, output] of [['html', 'r.htm'], ['sarif', 'results.json'], ['github', 'r.log'], ['json', undefined]] as [Format, string | undefined][]) {
      expect(chooseFormat(flag, output)).toEqual({ format: flag, conflict: null });
    }
  });

  it('refuses an unknown --format before any work (commander checks it), naming the nearest', async () => {
    const r = await runCli(['audit', 'fixtures/inventory/crm-inventory.csv', '--format', 'htm']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: option '-f, --format <name>' argument 'htm' is invalid. Allowed choices are pretty, json, sarif, junit, markdown, html, csv, github.\n  hint: did you mean 'html'?\n");
  });
});

describe('emitReport', () => {
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'privaudit', version: '0.0.0' },
    policies: [],
    asOf: '2026-01-05',
    inputs: [],
    summary: { error: 0, warning: 0, info: 0, suppressed: 0 },
    findings: [],
  } as unknown as Report;

  function io() {
    const err: string[] = [];
    const out: string[] = [];
    const cliIO: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), env: {}, cwd: process.cwd(), stdoutIsTTY: false, stderrIsTTY: false };
    return { cliIO, err, out };
  }

  it('writes HTML to report.html without --format, silently', () => {
    const target = join(tempDir('privaudit-output-'), 'report.html');
    const { cliIO, err } = io();
    expect(emitReport(report, { format: undefined, output: target }, 'en', 'error', cliIO)).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(err).toEqual([]);
  });

  it.each([
    ['en', /^privaudit: warning: --format json does not match the extension of .*report\.html \(html\); writing json as --format says\n$/],
    ['zh', /^privaudit: 警告：--format json 与输出文件 .*report\.html 的扩展名（html）不符，按 --format 写入 json\n$/],
  ] as const)('writes what --format says when it conflicts, with one warning on stderr (%s)', (lang, warning) => {
    const target = join(tempDir('privaudit-output-'), 'report.html');
    const { cliIO, err } = io();
    emitReport(report, { format: 'json', output: target }, lang, 'error', cliIO);
    expect(JSON.parse(readFileSync(target, 'utf8')).schemaVersion).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(warning);
  });
});

describe('privaudit audit -o <file>', () => {
  it.each([
    ['report.html', /^<!doctype html>/i],
    ['report.json', /^\{\n {2}"schemaVersion": 1/],
    ['report.sarif', /"\$schema": ".*sarif/],
    ['report.xml', /^<\?xml/],
    ['report.md', /^# /],
  ])('%s without -f is written in the format of its extension', async (name, content) => {
    const dir = tempDir('privaudit-output-');
    const inv = writeInventory(dir, 'inv.csv', [ROWS.clean]);
    const r = await runCli(['audit', inv, '--as-of', '2026-01-05', '-o', join(dir, name)]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, name), 'utf8')).toMatch(content);
  });

  it('keeps an explicit -f that conflicts, and warns', async () => {
    const dir = tempDir('privaudit-output-');
    const inv = writeInventory(dir, 'inv.csv', [ROWS.clean]);
    const r = await runCli(['audit', inv, '--as-of', '2026-01-05', '-f', 'json', '-o', join(dir, 'report.html')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^privaudit: warning: --format json does not match the extension of .*report\.html \(html\)/);
    expect(JSON.parse(readFileSync(join(dir, 'report.html'), 'utf8')).schemaVersion).toBe(1);
  });

  it('prints pretty to the terminal without -o or -f', async () => {
    const dir = tempDir('privaudit-output-');
    const r = await runCli(['audit', writeInventory(dir, 'inv.csv', [ROWS.clean]), '--as-of', '2026-01-05']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).not.toMatch(/^[{<]/);
  });
});
