import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { runCli } from '../e2e/helpers.js';

const tx = loadTaxonomy();

describe('privaudit taxonomy', () => {
  it('lists the 13 categories with every item, its names and its flags', async () => {
    const { code, stdout, stderr } = await runCli(['taxonomy']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const c of tx.categories) expect(stdout).toContain(`\n${c.id}  ${c.zh} · ${c.en}`);
    for (const i of tx.items.values()) expect(stdout).toMatch(new RegExp(`^  ${i.id.replace('.', '\\.')} +[S ] [C ]  ${i.zh.replace(/[()]/g, '\\$&')} · `, 'm'));
    expect(stdout).toMatch(/^ {2}identity\.resident-id +S {4}身份证 · resident identity card$/m);
    expect(stdout).toMatch(/^ {2}biometric\.face +S C {2}面部识别特征 · facial features$/m);
    expect(stdout).toMatch(/^ {2}basic\.phone +  {3}个人电话号码 · phone number$/m);
    expect(stdout).toContain('device-identifiers  设备标识信息 · device identification information\n    → device.imei, device.meid');
  });

  it('fits a terminal: one line per item, no line past 100 columns', async () => {
    const { stdout } = await runCli(['taxonomy']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(tx.items.size + 2 * tx.categories.length + 2 * tx.groups.length + 6);
    for (const line of lines.slice(1)) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('prints its labels in Chinese with --lang zh', async () => {
    const { code, stdout } = await runCli(['taxonomy', '--lang', 'zh']);
    expect(code).toBe(0);
    expect(stdout).toContain('敏 = 敏感个人信息');
    expect(stdout).toMatch(/^ {2}biometric\.face +敏 同 {2}面部识别特征/m);
    expect(stdout).not.toContain('sensitive (GB/T');
  });

  it('shows the entries matching a query, with their synonyms', async () => {
    const { code, stdout } = await runCli(['taxonomy', '身份证号']);
    expect(code).toBe(0);
    expect(stdout.startsWith('identity.resident-id  身份证 · resident identity card  (category 个人身份信息 · identity)\n  sensitive\n')).toBe(true);
    expect(stdout).toMatch(/field-name synonyms: .*sfzh/);
    expect((await runCli(['taxonomy', '人脸'])).stdout).toMatch(/^biometric\.face .*\n {2}sensitive · separate consent\n/);
  });

  it('matches folded parts of names and ids', async () => {
    const { stdout } = await runCli(['taxonomy', 'Device_Unique']);
    expect(stdout).toContain('group device-identifiers  设备标识信息');
    expect(stdout).toContain('items: device.imei, device.meid, device.android-id, device.oaid, device.idfa, device.idfv');
    const ids = await runCli(['taxonomy', 'passport']);
    expect(ids.stdout).toContain('identity.passport  护照 · passport');
  });

  it('reads a category cell as the audit would', async () => {
    const { stdout } = await runCli(['taxonomy', '个人身份信息/身份证']);
    expect(stdout.startsWith('identity.resident-id')).toBe(true);
  });

  it('explains an ambiguous term, in the chosen language', async () => {
    const en = await runCli(['taxonomy', '网络信息']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('names more than one entry; write one of: network-identity, internet-records, device.carrier');
    const zh = await runCli(['taxonomy', '儿童个人信息', '--lang', 'zh']);
    expect(zh.stdout).toContain('主体');
  });

  it('exits 1 with the nearest names when nothing matches', async () => {
    const { code, stdout } = await runCli(['taxonomy', '银行卡好']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^no category, item or name contains '银行卡好'; nearest names: .*银行卡/);
    expect((await runCli(['taxonomy', 'qqqqqqqq'])).stdout).toBe("no category, item or name contains 'qqqqqqqq'\n");
  });

  it('masks identifiers typed as a query', async () => {
    const { stdout } = await runCli(['taxonomy', '11010519491231002X']);
    expect(stdout).not.toContain('11010519491231002X');
    expect((await runCli(['taxonomy', '11010519491231002X', '-f', 'json'])).stdout).not.toContain('11010519491231002X');
  });

  it('writes JSON for machines', async () => {
    const whole = JSON.parse((await runCli(['taxonomy', '--format', 'json'])).stdout) as { categories: { id: string; items: { id: string }[] }[]; groups: unknown[] };
    expect(whole.categories.map((c) => c.id)).toEqual(tx.categories.map((c) => c.id));
    expect(whole.categories.flatMap((c) => c.items.map((i) => i.id))).toEqual([...tx.items.keys()]);
    const query = JSON.parse((await runCli(['taxonomy', '设备标识信息', '-f', 'json'])).stdout) as { reads: unknown; entries: { id: string }[] };
    expect(query.reads).toMatchObject({ item: null, category: 'device', group: 'device-identifiers' });
    expect(query.entries[0]!.id).toBe('device-identifiers');
  });

  it('refuses an unknown format', async () => {
    const { code, stderr } = await runCli(['taxonomy', '-f', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/xml/);
  });
});
