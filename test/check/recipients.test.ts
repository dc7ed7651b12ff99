/** Who is a declared recipient (SPEC decision 7): group words, legal-name variants, Chinese legal names. */
import { describe, expect, it } from 'vitest';
import { judgeRecipient } from '../../src/check/recipients.js';
import type { RegisteredRecipient } from '../../src/config/types.js';
import { ctx, P000, P001, P002 } from './helpers.js';

const declared = (name: string, c = ctx()) => judgeRecipient(name, c).declared;

describe('judgeRecipient: group words are affiliates', () => {
  it.each(['affiliates', 'our affiliates', 'Affiliated Companies', 'group companies', 'intra-group', '关联方', '关联公司', '关联企业', '集团内关联企业', '同一集团', '集团内公司'])(
    '%j is an affiliate under 002',
    (word) => expect(judgeRecipient(word, ctx())).toEqual({ declared: true, as: 'affiliate' }),
  );

  it("reads the owner's name before a group word (001: 京东集团内关联企业)", () => {
    expect(judgeRecipient('京东集团内关联企业', ctx({ packs: [P001] }))).toMatchObject({ declared: true });
    expect(judgeRecipient('京东关联公司', ctx({ packs: [P000] }))).toMatchObject({ declared: true });
  });

  it('does not take a word that merely contains a group word', () => {
    expect(declared('关联公司以外的第三方')).toBe(false);
  });
});

describe('judgeRecipient: one entity under its legal-name variants', () => {
  it.each([
    'Beijing Xiaomi Technology Co., Ltd.',
    'Beijing Xiaomi Technology Co.,Ltd',
    'Beijing Xiaomi Technology Co. Ltd',
    'BEIJING XIAOMI TECHNOLOGY COMPANY LIMITED',
    'Beijing Xiaomi Technology Co., Limited',
    '北京小米科技有限责任公司',
    '北京小米科技有限公司',
    'Huawei Technologies Co., Ltd.',
    '华为技术有限公司',
    '深圳市腾讯计算机系统有限公司',
    '世纪龙信息网络有限责任公司',
    '中国移动通信集团有限公司',
  ])('%j is the SDK-table organisation of 002', (name) => expect(judgeRecipient(name, ctx())).toEqual({ declared: true, as: 'sdk' }));

  it('keeps entities of one group apart: Xiaomi Communications is not Beijing Xiaomi Technology', () => {
    expect(declared('Xiaomi Communications Co., Ltd.')).toBe(false);
    expect(declared('小米通讯技术有限公司')).toBe(false);
  });

  it('reads "Corp." and "Corporation" as one legal form for registered recipients', () => {
    const recipients: RegisteredRecipient[] = [{ name: 'Acme Cloud Corporation', aliases: ['阿克米云'], role: 'processor' }];
    expect(judgeRecipient('Acme Cloud Corp.', ctx({ packs: [P002], recipients }))).toEqual({ declared: true, as: 'registered' });
    expect(judgeRecipient('ACME CLOUD CORP', ctx({ packs: [P002], recipients }))).toEqual({ declared: true, as: 'registered' });
  });

  it("matches a registered recipient by its Chinese legal name when the catalog knows the entity", () => {
    const recipients: RegisteredRecipient[] = [{ name: 'Tenpay Payment Technology Co., Ltd.', aliases: [], role: 'processor' }];
    expect(judgeRecipient('财付通支付科技有限公司', ctx({ packs: [P002], recipients }))).toEqual({ declared: true, as: 'registered' });
  });
});

describe('judgeRecipient: examples in brackets after a group word', () => {
  it('reads 关联公司（京东物流、京东金融） as affiliates', () => {
    expect(judgeRecipient('关联公司（京东物流、京东金融）', ctx())).toEqual({ declared: true, as: 'affiliate' });
    expect(judgeRecipient('affiliates (JD Logistics)', ctx())).toEqual({ declared: true, as: 'affiliate' });
  });
});
