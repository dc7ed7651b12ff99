/**
 * Finding a record start in bytes from the middle of a file: the quotes that can only open (`,"x`) or
 * only close (`x",`) a field tell whether the window starts inside quotes.
 */
import { describe, expect, it } from 'vitest';
import { recordStartIn } from '../../src/scan/record-start.js';

const COMMA = 0x2c;

/** The text after the record start the function picks, or null. */
function startOf(window: string, delimiter = COMMA): string | null {
  const bytes = Buffer.from(window);
  const at = recordStartIn(bytes, bytes.length, delimiter);
  return at === null ? null : bytes.subarray(at).toString();
}

describe('recordStartIn', () => {
  it('a window that starts inside a quoted field skips the line feeds before the field closes', () => {
    // Cut inside "第一行\n第二行\n第三行": the closing quote (`行",`) tells.
    expect(startOf('一行\n第二行\n第三行",正常\n2,李,"x"\n')).toBe('2,李,"x"\n');
  });

  it('a window that starts outside quotes takes the first line feed', () => {
    // The opening quote (`,"第`) tells: before it, outside.
    expect(startOf('9,张,正常\n10,王,"第一行\n第二行"\n11,赵,正常\n')).toBe('10,王,"第一行\n第二行"\n11,赵,正常\n');
  });

  it('counts the quotes before the one that tells', () => {
    // `""` inside a quoted field and a quoted empty field tell nothing; `,"a` then opens.
    const window = 'x ""加急"" y",1\n2,"",3\n4,"a\nb",5\n';
    expect(startOf(window)).toBe('2,"",3\n4,"a\nb",5\n');
  });

  it('a closing quote before a CR LF tells too', () => {
    expect(startOf('尾部"\r\n3,ok\r\n')).toBe('3,ok\r\n');
  });

  it('uses the file\'s delimiter', () => {
    expect(startOf('一行\n二行"\t正常\n2\t李\n', 0x09)).toBe('2\t李\n');
    // With a comma as the delimiter the tab says nothing, and no other quote tells.
    expect(startOf('一行\n二行"\t正常\n2\t李\n', COMMA)).toBeNull();
  });

  it('null when no quote tells (the caller takes the first line feed)', () => {
    expect(startOf('1,张,正常\n2,李,正常\n')).toBeNull();
    expect(startOf('"')).toBeNull();
    expect(startOf('')).toBeNull();
  });

  it('null when the quoted field does not close within the window', () => {
    expect(startOf('一行\n二行\n三行",x')).toBeNull();
  });
});
