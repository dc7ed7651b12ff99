/** Issue 14 §4: an export given to `audit`, or an inventory given to `scan`, says which command reads it. */
import { describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME } from './helpers.js';

describe('the other command', () => {
  it('audit given an exported table suggests scan', async () => {
    const r = await runCli(['audit', 'fixtures/exports/users.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/exports/users.csv:1: this looks like an exported table (its columns hold personal information), not an inventory or SDK list');
    expect(r.stderr).toContain('hint: run `privaudit scan` on it to check the data itself');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('audit still reads a table whose columns name no personal information as neither kind', async () => {
    const r = await runCli(['audit', 'fixtures/exports/kehu.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot tell what this file is|looks like an exported table/);
  });

  it('scan given an inventory says it is one and to run audit', async () => {
    const r = await runCli(['scan', 'fixtures/inventory/crm-inventory.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/inventory/crm-inventory.csv:1: this looks like an inventory (its columns declare category, sensitive, encrypted, masked), not an exported table');
    expect(r.stderr).toContain('hint: run `privaudit audit fixtures/inventory/crm-inventory.csv`');
  });

  it('scan of the exports fixtures is not taken for inventories', async () => {
    const r = await runCli(['scan', 'fixtures/exports/users.csv', '--fail-on', 'never', '--format', 'json']);
    expect(r.code).toBe(0);
  });
});
