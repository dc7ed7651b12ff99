import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../src/report/formatters/junit.js';
import type { FormatOptions } from '../../../src/report/formatters/types.js';
import { CLEAN_FILE, emptyReport, EXPORT_FILE, hostileReport, INVENTORY_FILE, sampleReport, sampleRules, SDK_FILE } from './sample-report.js';

const en: FormatOptions = { lang: 'en', color: false, rules: sampleRules };
const zh: FormatOptions = { lang: 'zh', color: false, rules: sampleRules };

interface Element {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses the XML back into a plain tree with a real parser (xmlbuilder2's DOM). */
function parseXml(xml: string): Element {
  const doc = create(xml);
  return toElement(doc.root().node as unknown as globalThis.Element);
}

function toElement(node: globalThis.Element): Element {
  const attrs: Record<string, string> = {};
  for (const attr of Array.from(node.attributes)) attrs[attr.name] = attr.value;
  const children = Array.from(node.childNodes).filter((c) => c.nodeType === 1) as globalThis.Element[];
  return { name: node.nodeName, attrs, text: node.textContent ?? '', children: children.map(toElement) };
}

function suites(xml: string): Element[] {
  return parseXml(xml).children.filter((c) => c.name === 'testsuite');
}

function cases(suite: Element): Element[] {
  return suite.children.filter((c) => c.name === 'testcase');
}

describe('formatJunit', () => {
  const xml = formatJunit(sampleReport, en);
  const root = parseXml(xml);

  it('has a testsuites root with totals: 8 findings + 1 clean file = 9 tests, 8 failures', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ name: 'privaudit', tests: '9', failures: '8', errors: '0', skipped: '0' });
  });

  it('has one testsuite per input file, in input order', () => {
    const all = suites(xml);
    expect(all.map((s) => s.attrs['name'])).toEqual([INVENTORY_FILE, SDK_FILE, EXPORT_FILE, CLEAN_FILE]);
    expect(all.map((s) => s.attrs['failures'])).toEqual(['4', '2', '2', '0']);
  });

  it('gives a clean file one passing testcase', () => {
    const clean = suites(xml)[3]!;
    expect(cases(clean)).toHaveLength(1);
    expect(cases(clean)[0]!.attrs['name']).toBe('No findings');
    expect(cases(clean)[0]!.children.filter((c) => c.name === 'failure')).toEqual([]);
  });

  it('names each testcase by rule and location, with a failure carrying message, severity and clause', () => {
    const inventory = cases(suites(xml)[0]!);
    expect(inventory.map((c) => c.attrs['name'])).toEqual([
      'cross-border-storage at fixtures/inventory.csv:7',
      'sensitive-unencrypted at fixtures/inventory.csv:7',
      'credential-not-hashed at fixtures/inventory.csv:12',
      'retention-missing at fixtures/inventory.csv:15',
    ]);
    expect(inventory[0]!.attrs['classname']).toBe('cross-border-storage');
    const failure = inventory[0]!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attrs['type']).toBe('error');
    expect(failure.attrs['message']).toBe(sampleReport.findings[2]!.message);
    expect(failure.text).toContain('Clause: jdcloud-privacy-2020-07 §6.2.1');
    expect(failure.text).toContain("“Your personal information will be entirely stored within the People's Republic of China.”");
    expect(cases(suites(xml)[0]!)[3]!.children[0]!.attrs['type']).toBe('warning');
  });

  it('keeps Chinese text and masked evidence intact', () => {
    const exportCases = cases(suites(formatJunit(sampleReport, zh))[2]!);
    const failure = exportCases[1]!.children[0]!;
    expect(failure.attrs['message']).toBe('列“身份证号”中有 1180 条记录以明文保存居民身份证号');
    expect(failure.text).toContain('证据（已脱敏）: 110101********123X');
    expect(failure.text).toContain('条款: jdcloud-privacy-2020-03 §6.1.1');
    expect(failure.text).toContain('数量: 1180 (2, 3, 4, 5, 6, …)');
    expect(cases(suites(formatJunit(sampleReport, zh))[3]!)[0]!.attrs['name']).toBe('未发现问题');
  });

  it('survives XML-special characters in messages and file names', () => {
    const report = hostileReport();
    const out = formatJunit(report, en);
    const hostile = suites(out).find((s) => s.attrs['name'] === 'fixtures/a,b:c.csv')!;
    const failure = cases(hostile)[0]!.children[0]!;
    expect(failure.attrs['message']).toBe(report.findings[0]!.message);
    expect(failure.text).toContain('</script><script>alert("x")</script> & <b>bold</b>');
    expect(out).not.toContain('<script>');
  });

  it('replaces control characters XML 1.0 cannot carry', () => {
    const report = { ...sampleReport, findings: [{ ...sampleReport.findings[0]!, message: 'bell\u0007here' }] };
    const failure = cases(suites(formatJunit(report, en))[2]!)[0]!.children[0]!;
    expect(failure.attrs['message']).toBe('bell\uFFFDhere');
  });

  it('writes a valid document for zero findings', () => {
    const out = formatJunit(emptyReport, en);
    expect(parseXml(out).attrs).toMatchObject({ tests: '1', failures: '0' });
    expect(suites(out)).toHaveLength(1);
  });

  it('is deterministic', () => {
    expect(formatJunit(sampleReport, en)).toBe(xml);
  });
});
