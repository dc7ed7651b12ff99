/**
 * Every event log of fixtures/events against its `<name>.expected.yaml`, written by make-events.mjs from
 * the plan of each row (late by so many days, on time to the day, still open, not a date): the deadline
 * rules must report exactly those findings — no more, none missing, nothing on the on-time rows — and
 * in whichever format the log comes (CSV, JSON Lines, a mysqldump, an Excel workbook). A data file without its expectation fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Finding } from '../../../src/report/types.js';
import { findings, scanOne } from '../helpers.js';

const DIR = 'fixtures/events';
const DEADLINE_RULES = ['request-reply-overdue', 'cancellation-overdue', 'marketing-after-opt-out', 'termination-notice-short', 'dormant-account'];
const DATA = readdirSync(DIR).filter((n) => /\.(csv|jsonl|sql|xlsx)$/.test(n)).sort();

interface Expected {
  asOf: string;
  policies: string[];
  findings: { ruleId: string; column: string; count: number; rows: number[]; worst?: number; open?: number; histogram?: [number, number | null, number][]; evidence: string; clause: string }[];
}

function comparable(f: Finding): Expected['findings'][number] {
  const late = f.lateness ? { worst: f.lateness.worst, open: f.lateness.open, histogram: f.lateness.histogram.map((h): [number, number | null, number] => [h.from, h.to, h.count]) } : {};
  return { ruleId: f.ruleId, column: f.subject.column!, count: f.count, rows: f.rows, ...late, evidence: f.evidence!, clause: `${f.clause.policy} ${f.clause.section}` };
}

const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe.each(DATA)('event log %s', (name) => {
  const expectedFile = join(DIR, `${name}.expected.yaml`);

  it('has its expected findings beside it', () => {
    expect(existsSync(expectedFile), `${expectedFile} is missing: run node fixtures/events/make-events.mjs`).toBe(true);
  });

  it('reports exactly the planted late, open and unreadable cases', async () => {
    const expected = parse(readFileSync(expectedFile, 'utf8')) as Expected;
    const file = await scanOne(join(DIR, name), { asOf: expected.asOf, packs: expected.policies });
    const all = findings([file], undefined, { asOf: expected.asOf, packs: expected.policies });
    const got = all.filter((f) => DEADLINE_RULES.includes(f.ruleId)).map(comparable);
    expect(sorted(got)).toEqual(sorted(expected.findings));
    // Every deadline finding cites the pack's clause and quotes it.
    for (const f of all.filter((x) => DEADLINE_RULES.includes(x.ruleId))) expect(f.clause.quote.length).toBeGreaterThan(10);
  });
});

describe('the same log in another format', () => {
  it('JSON Lines gives the CSV findings, rows one line up', async () => {
    const run = async (name: string) => {
      const file = await scanOne(join(DIR, name), { asOf: '2026-11-23', packs: ['jdcloud-privacy-2020-07'] });
      return findings([file], undefined, { asOf: '2026-11-23', packs: ['jdcloud-privacy-2020-07'] })
        .filter((f) => DEADLINE_RULES.includes(f.ruleId))
        .map((f) => ({ ...comparable(f), message: f.message }));
    };
    const csv = await run('tickets.csv');
    const jsonl = await run('tickets.jsonl');
    expect(jsonl).toEqual(csv.map((f) => ({ ...f, rows: f.rows.map((r) => r - 1) })));
  });
});
