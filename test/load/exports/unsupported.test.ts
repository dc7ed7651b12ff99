/** Markup is no table: XML (mysqldump --xml) and HTML are refused with what to export instead, never read as CSV. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readerFor } from '../../../src/load/exports/registry.js';
import { unsupportedKind } from '../../../src/load/exports/unsupported.js';

const MYSQL_XML = '<?xml version="1.0"?>\n<mysqldump xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<database name="shop">\n';

describe('unsupportedKind', () => {
  it('tells mysqldump --xml, other XML and HTML from their first bytes, whatever the name', () => {
    expect(unsupportedKind(Buffer.from(MYSQL_XML), 'shop.csv')).toBe('mysqldump-xml');
    expect(unsupportedKind(Buffer.from('\ufeff  <?xml version="1.0" encoding="UTF-8"?>\n<rows><row/></rows>'), 'x.txt')).toBe('xml');
    expect(unsupportedKind(Buffer.from('<rows>\n<row id="1"/>\n</rows>\n'), 'rows.xml')).toBe('xml');
    expect(unsupportedKind(Buffer.from('<!DOCTYPE html>\n<html><table><tr><td>手机号</td></tr></table></html>'), '客户.xls')).toBe('html');
    expect(unsupportedKind(Buffer.from('<html xmlns:o="urn:schemas-microsoft-com:office:office">'), '客户.xls')).toBe('html');
  });

  it('leaves text that only looks like markup to the CSV reader', () => {
    expect(unsupportedKind(Buffer.from('<id>,name\n1,x\n'), 'x.csv')).toBeNull();
    expect(unsupportedKind(Buffer.from('id,remark\n1,<b>x</b>\n'), 'x.xml')).toBeNull();
  });
});

describe('readerFor', () => {
  it('refuses markup with an InputError naming the file, the format and what to export instead', () => {
    let e: unknown;
    try {
      readerFor(Buffer.from(MYSQL_XML), 'shop.xml', 'dumps/shop.xml');
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).where).toEqual({ file: 'dumps/shop.xml', line: 1 });
    expect((e as InputError).message).toBe('not a format scan reads: a mysqldump --xml file');
    expect((e as InputError).hint).toMatch(/mysqldump without --xml.*CSV/);
  });

  it('text that is no markup is still read as CSV', () => {
    expect(readerFor(Buffer.from('id,name\n1,x\n'), 'x.csv').format).toBe('csv');
  });
});
