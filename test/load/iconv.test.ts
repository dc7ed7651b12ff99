/** iconv-lite is loaded on first use (src/load/iconv.ts); GBK text still decodes through it. */
import { describe, expect, it } from 'vitest';
import { decodeBuffer } from '../../src/load/encoding.js';
import { iconv } from '../../src/load/iconv.js';

describe('iconv (iconv-lite on first use)', () => {
  it('loads the module once', () => {
    expect(iconv()).toBe(iconv());
    expect(typeof iconv().decode).toBe('function');
  });

  it('decodes a GBK file through it', () => {
    const bytes = iconv().encode('姓名,身份证号\n张三,110101199003071233\n', 'gbk');
    expect(decodeBuffer(bytes)).toBe('姓名,身份证号\n张三,110101199003071233\n');
  });
});
