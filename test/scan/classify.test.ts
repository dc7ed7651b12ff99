/** Column classification from headers and values (the first records). */
import { describe, expect, it } from 'vitest';
import type { SampleRecord } from '../../src/load/exports/csv-probe.js';
import { classifyColumns, dominantDetector, hashProbeOf, VALUE_SHARE } from '../../src/scan/classify.js';
import { roleForHeader } from '../../src/scan/roles.js';
import { taxonomy } from './helpers.js';

function classify(header: string[], rows: string[][]) {
  const sample: SampleRecord[] = rows.map((cells, i) => ({ line: i + 2, cells }));
  return classifyColumns({ header, sample, mapped: new Map(), roles: header.map((h) => roleForHeader(h)), taxonomy });
}

const IDS = ['110101199003071233', '11010519491231002X', '440524188001010014', '610104620927690'];

describe('classifyColumns', () => {
  it('classifies by header synonyms, in Chinese, English and pinyin', () => {
    const cols = classify(['身份证号', 'mobile', 'sjhm', 'remark'], [[IDS[0]!, '13812345678', '13912345678', '备注']]);
    expect(cols.map((c) => [c.item, c.detector, c.kind])).toEqual([
      ['identity.resident-id', 'resident-id', 'pi'],
      ['basic.phone', 'mobile', 'pi'],
      ['basic.phone', 'mobile', 'pi'],
      ['internet-records.free-text', null, 'free-text'],
    ]);
  });

  it(`classifies an unnamed column by its values when ${VALUE_SHARE * 100}% of them pass one detector`, () => {
    const cols = classify(['c1', 'c2'], [
      [IDS[0]!, '13812345678'],
      [IDS[1]!, 'n/a'],
      [IDS[2]!, '-'],
      [IDS[3]!, '无'],
      ['110101********123X', '13912345678'],
    ]);
    expect(cols[0]).toMatchObject({ headerItem: null, valueItem: 'identity.resident-id', item: 'identity.resident-id', detector: 'resident-id', kind: 'pi' });
    // 2 of 5 mobiles: not enough.
    expect(cols[1]).toMatchObject({ item: null, kind: 'other' });
  });

  it('classifies unnamed columns of Excel-guarded, full-width and grouped identifiers by their values', () => {
    const cols = classify(['c1', 'c2', 'c3'], [
      ['="110101199003071233"', '１３８１２３４５６７８', '440305 20020904 5979'],
      ["'11010519491231002X", '１３９１２３４５６７８', '440305-20020904-5979'],
      ['="440524188001010014"', '１３７１２３４５６７０', '="440524188001010014"'],
    ]);
    expect(cols.map((c) => [c.item, c.detector, c.kind])).toEqual([
      ['identity.resident-id', 'resident-id', 'pi'],
      ['basic.phone', 'mobile', 'pi'],
      ['identity.resident-id', 'resident-id', 'pi'],
    ]);
  });

  it('does not take 18-digit order numbers for resident IDs', () => {
    const orders = Array.from({ length: 50 }, (_, i) => [`2024050${i % 10}${String(123456789 + i * 7919).padStart(10, '0')}`]);
    expect(classify(['order_no'], orders)[0]).toMatchObject({ item: null, kind: 'other' });
  });

  it('lets the header win, and the values choose among its detectors', () => {
    const cols = classify(['login_ip'], [['fe80::1:2'], ['2001:db8::8a2e:370:7334'], ['2408:8000::1']]);
    expect(cols[0]).toMatchObject({ item: 'network-identity.ip', detector: 'ipv6', hint: ['ipv4', 'ipv6'] });
  });

  it('finds unnamed free text by its values, but not timestamps', () => {
    const cols = classify(['c1', 'c2'], [
      ['客户来电说明了退货的原因和地址', '2024-05-01 08:00:00'],
      ['用户反馈物流太慢希望尽快处理', '2024-05-02 09:00:00'],
      ['请在工作日下午联系客户确认', '2024-05-03 10:00:00'],
    ]);
    expect(cols.map((c) => c.kind)).toEqual(['free-text', 'other']);
  });

  it('leaves role columns (dates, status, consent) out of personal information', () => {
    const cols = classify(['cancelled_at', 'status', 'guardian_consent'], [['2024-01-01', '已注销', '是']]);
    expect(cols.map((c) => c.kind)).toEqual(['other', 'other', 'other']);
  });
});

describe('dominantDetector and hashProbeOf', () => {
  it('needs a few values', () => {
    expect(dominantDetector(['13812345678', '13912345678'], [])).toBeNull();
    expect(dominantDetector(['13812345678', '13912345678', '13712345678'], [])).toBe('mobile');
  });

  it('learns the hash form of a column of hashes', () => {
    const sha = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    expect(hashProbeOf([sha, sha, sha, 'Passw0rd!'])).toEqual({ length: 64, prefix: '' });
    const bcrypt = '$2b$12$KIXQJ7mYBqCqH3xQzFv2XeQ6t1rW0pV5oYb9sN3dL8aG4hU2iR7Su';
    expect(hashProbeOf([bcrypt, bcrypt, bcrypt])).toEqual({ length: 60, prefix: '$2b$' });
    expect(hashProbeOf(['a', 'b', sha])).toBeNull();
  });
});
