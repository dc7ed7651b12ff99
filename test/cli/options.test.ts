import { describe, expect, it } from 'vitest';
import { withChoiceHint } from '../../src/cli/options.js';
import { runCli } from '../e2e/helpers.js';

const refused = (value: string, choices: string) => `error: option '--kind <inventory|sdk>' argument '${value}' is invalid. Allowed choices are ${choices}.\n`;

describe('withChoiceHint', () => {
  it("adds the nearest choice to commander's refusal of a value", () => {
    expect(withChoiceHint(refused('sdkk', 'inventory, sdk'))).toBe(`${refused('sdkk', 'inventory, sdk').trimEnd()}\n  hint: did you mean 'sdk'?\n`);
  });

  it('leaves the message alone when no choice is near, and any other message', () => {
    expect(withChoiceHint(refused('zzzzzz', 'inventory, sdk'))).toBe(refused('zzzzzz', 'inventory, sdk'));
    expect(withChoiceHint("error: unknown option '--fromat'\n(Did you mean --format?)\n")).toBe("error: unknown option '--fromat'\n(Did you mean --format?)\n");
  });
});

describe('flags with a fixed set of values', () => {
  it('--kind: commander refuses another value before any work (exit 2), with the nearest in English and Chinese', async () => {
    const en = await runCli(['audit', 'fixtures/inventory/crm-inventory.csv', '--kind', 'sdkk']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`${refused('sdkk', 'inventory, sdk').trimEnd()}\n  hint: did you mean 'sdk'?\n`);
    const zh = await runCli(['audit', 'fixtures/inventory/crm-inventory.csv', '--kind', 'sdkk', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe("错误：选项 '--kind <inventory|sdk>' 的值 'sdkk' 无效。可选值：inventory, sdk。\n  提示：是否为 'sdk'？\n");
  });
});
