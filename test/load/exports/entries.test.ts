/**
 * Files → entries: plain, gzip, zstd and ZIP, each told by its bytes whatever its name; a ZIP's members
 * one by one in name order, the Finder's and Explorer's extras skipped; damage named where it is.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { HEAD_BYTES, openEntries } from '../../../src/load/exports/entries.js';
import type { ExportEntry } from '../../../src/load/exports/types.js';
import { frameWindow, MAX_ZSTD_WINDOW } from '../../../src/load/exports/zstd.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const dir = tempFolder('privaudit-entries-');
const MTIME = new Date('2024-06-01T00:00:00Z');

function write(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

function zstd(data: string | Buffer, ...flags: string[]): Buffer {
  return execFileSync('zstd', ['-q', '-c', ...flags], { input: data });
}

const zip = (files: Zippable) => zipSync(files, { mtime: MTIME });

async function entries(file: string): Promise<ExportEntry[]> {
  const out: ExportEntry[] = [];
  for await (const e of openEntries(file)) out.push(e);
  return out;
}

async function content(e: ExportEntry): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of e.chunks()) parts.push(c);
  return Buffer.concat(parts).toString('utf8');
}

/** Reads every entry of the file as openEntries gives them (each before the next is asked for). */
async function contents(file: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const e of openEntries(file)) out[e.member ?? e.file] = await content(e);
  return out;
}

async function rejection(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

const CSV = 'id,mobile\n1,13812345678\n2,13912345678\n';
/** More than HEAD_BYTES of text, so the head is a part. */
const BIG = 'id,note\n' + Array.from({ length: 40_000 }, (_, i) => `${i},row number ${i} of a table that goes on`).join('\n') + '\n';

describe('a plain or single-stream file', () => {
  it('plain: the file itself, which a reader may open itself', async () => {
    const [e, ...more] = await entries(write('plain.csv', CSV));
    expect(more).toEqual([]);
    expect(e).toMatchObject({ member: null, compression: 'none', plain: true, complete: true, size: CSV.length });
    expect(e!.head.toString()).toBe(CSV);
    expect(await content(e!)).toBe(CSV);
    expect(e!.bytesRead()).toBe(CSV.length);
  });

  it('gzip, whatever the name says', async () => {
    const gz = gzipSync(BIG);
    const [e] = await entries(write('gzipped.csv', gz));
    expect(e).toMatchObject({ compression: 'gzip', plain: false, complete: false, size: gz.length });
    expect(e!.head.length).toBe(HEAD_BYTES);
    expect(await content(e!)).toBe(BIG);
    expect(e!.bytesRead()).toBe(gz.length);
  });

  it('zstd, several frames and a skippable frame included', async () => {
    const skippable = Buffer.from([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]);
    const zst = Buffer.concat([zstd(BIG.slice(0, 300_000), '-9'), skippable, zstd(BIG.slice(300_000), '-1')]);
    const [e] = await entries(write('users.csv.zst', zst));
    expect(e).toMatchObject({ member: null, compression: 'zstd', plain: false, complete: false, size: zst.length });
    expect(e!.head.toString()).toBe(BIG.slice(0, HEAD_BYTES));
    expect(await content(e!)).toBe(BIG);
    expect(e!.bytesRead()).toBe(zst.length);
  });

  it('a zstd file cut short: the head holds what came before the break, reading names the file', async () => {
    const zst = zstd(BIG, '-3');
    const path = write('cut.csv.zst', zst.subarray(0, Math.floor(zst.length * 0.7)));
    const [e] = await entries(path);
    expect(e!.complete).toBe(false);
    expect(BIG.startsWith(e!.head.toString())).toBe(true);
    const err = await rejection(content(e!));
    expect(err.message).toMatch(/^not a readable zstd file \(/);
    expect(err.where).toEqual({ file: path });
    expect(err.hint).toMatch(/\.zst file is complete/);
  });

  it('a zstd frame asking for a window above the bound is refused before anything is allocated', async () => {
    const huge = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xa0, 0, 0, 0, 0]); // window descriptor: 2^30
    expect(frameWindow(huge)).toBe(2 ** 30);
    expect(frameWindow(zstd(BIG.slice(0, 1000), '--stream-size=1000'))).toBe(1000); // single segment: the content size
    expect(frameWindow(zstd(BIG, '-3', '--no-content-size'))).toBeLessThanOrEqual(MAX_ZSTD_WINDOW);
    const [e] = await entries(write('huge.zst', huge));
    const err = await rejection(content(e!));
    expect(err.message).toBe('not readable within the memory bound: its frames need a 1024 MiB window (more than 64 MiB)');
  });
});

describe('a ZIP archive', () => {
  it('each member an entry, by name, as a folder’s files are (others and the Finder’s extras skipped), nested .gz undone', async () => {
    const path = write('export.zip', zip({
      'z/users.csv': strToU8(CSV),
      'a.csv': [strToU8('x\n1\n'), { level: 0 }],
      '2024/06/orders.csv.gz': [gzipSync('order\n7\n'), { level: 0 }],
      '__MACOSX/z/._users.csv': strToU8('resource fork'),
      'z/.DS_Store': strToU8('\x00\x00\x00\x01Bud1'),
      'README.pdf': strToU8('%PDF-1.4'),
      'inner.zip': zip({ 'b.csv': strToU8(CSV) }),
      'z/.hidden/c.csv': strToU8(CSV),
      '~$book.xlsx': strToU8('owner'),
      'empty/': {},
    }));
    const list = await entries(path);
    expect(list.map((e) => [e.file, e.member, e.compression, e.plain])).toEqual([
      [path, '2024/06/orders.csv.gz', 'zip', false],
      [path, 'a.csv', 'zip', false],
      [path, 'z/users.csv', 'zip', false],
    ]);
    expect(list.map((e) => e.head.toString())).toEqual(['order\n7\n', 'x\n1\n', CSV]);
    expect(await contents(path)).toEqual({ '2024/06/orders.csv.gz': 'order\n7\n', 'a.csv': 'x\n1\n', 'z/users.csv': CSV });
  });

  it('a member bigger than the head streams, counted in stored bytes', async () => {
    const path = write('big.zip', zip({ 'big.csv': strToU8(BIG) }));
    for await (const e of openEntries(path)) {
      expect(e.complete).toBe(false);
      expect(e.size).toBeLessThan(BIG.length);
      expect(await content(e)).toBe(BIG);
      expect(e.bytesRead()).toBe(e.size);
    }
    expect.assertions(4);
  });

  it('names as Chinese Windows writes them (GB18030 without the UTF-8 flag) and as UTF-8', async () => {
    const utf8 = zip({ '会员.csv': strToU8(CSV) });
    // fflate marks non-ASCII names as UTF-8 (flag bit 11): write GBK bytes over an ASCII name instead.
    const gbkName = Buffer.from([0xbb, 0xe1, 0xd4, 0xb1, 0x2e, 0x63, 0x73, 0x76]); // 会员.csv in GBK
    const gbk = Buffer.from(zip({ 'XXXX.csv': strToU8(CSV) }));
    for (let at = gbk.indexOf('XXXX.csv'); at >= 0; at = gbk.indexOf('XXXX.csv', at + 1)) gbkName.copy(gbk, at);
    expect(Object.keys(await contents(write('utf8.zip', utf8)))).toEqual(['会员.csv']);
    expect(Object.keys(await contents(write('gbk.zip', gbk)))).toEqual(['会员.csv']);
  });

  it('an empty archive has nothing to read', async () => {
    const path = write('empty.zip', zip({}));
    const err = await rejection(entries(path));
    expect(err.message).toBe('the ZIP archive holds no exported table');
    expect(err.where).toEqual({ file: path });
    expect(err.hint).toMatch(/^a ZIP is read for the files a folder is read for/);
  });

  it('an archive of folders, extras and other files only has nothing to read, and says what it holds', async () => {
    const err = await rejection(entries(write('folders.zip', zip({ 'a/': {}, '__MACOSX/._a.csv': strToU8('x'), 'a/scan.pdf': strToU8('%PDF') }))));
    expect(err.message).toBe('the ZIP archive holds no exported table (its files: __MACOSX/._a.csv, a/scan.pdf)');
  });

  it('an archive cut short (its directory lost) cannot be read at all', async () => {
    const whole = zip({ 'a.csv': strToU8(BIG) });
    const path = write('cut.zip', whole.subarray(0, whole.length - 40));
    const err = await rejection(entries(path));
    expect(err.message).toMatch(/^not a readable ZIP archive \(/);
    expect(err.hint).toMatch(/damaged or cut short/);
  });

  it('a damaged member is named; the members around it are read', async () => {
    const bytes = Buffer.from(zip({ 'a.csv': strToU8(CSV), 'b.csv': strToU8(BIG), 'c.csv': strToU8(CSV) }));
    // Garble the middle of b.csv's deflate stream.
    const at = bytes.indexOf('b.csv') + 'b.csv'.length + 2000;
    bytes.fill(0xff, at, at + 64);
    const path = write('damaged.zip', bytes);
    const got: Record<string, string> = {};
    for await (const e of openEntries(path)) {
      try {
        got[e.member!] = await content(e);
      } catch (x) {
        expect(x).toBeInstanceOf(InputError);
        got[e.member!] = `${(x as InputError).message} | ${(x as InputError).hint}`;
      }
    }
    expect(got['a.csv']).toBe(CSV);
    expect(got['c.csv']).toBe(CSV);
    expect(got['b.csv']).toMatch(/^archive member 'b\.csv' cannot be read: .+ \| the archive is damaged or cut short: the other members are read/);
  });

  it('an encrypted member is named with what to do', async () => {
    const bytes = Buffer.from(zip({ 'a.csv': strToU8(CSV) }));
    // Set the "encrypted" flag (bit 0) in the local and central headers.
    bytes[6]! |= 1;
    bytes[bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 8]! |= 1;
    const err = await rejection(contents(write('locked.zip', bytes)));
    expect(err.message).toBe("archive member 'a.csv' cannot be read: it is encrypted with a password");
    expect(err.hint).toMatch(/password/);
  });

  it('a Zstandard-compressed member (ZIP method 93) is read', async () => {
    const bytes = Buffer.from(zip({ 'a.csv': [strToU8(CSV), { level: 0 }] }));
    const packed = zstd(CSV);
    // Rebuild the one member as method 93 with the zstd bytes: local header, data, central header.
    const cd = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    const local = Buffer.from(bytes.subarray(0, 30 + 5));
    const central = Buffer.from(bytes.subarray(cd, bytes.indexOf(Buffer.from([0x50, 0x4b, 5, 6]))));
    local.writeUInt16LE(93, 8);
    local.writeUInt32LE(packed.length, 18);
    central.writeUInt16LE(93, 10);
    central.writeUInt32LE(packed.length, 20);
    const end = Buffer.from(bytes.subarray(bytes.indexOf(Buffer.from([0x50, 0x4b, 5, 6]))));
    end.writeUInt32LE(local.length + packed.length, 16);
    expect(await contents(write('zstd-member.zip', Buffer.concat([local, packed, central, end])))).toEqual({ 'a.csv': CSV });
  });

  it('an Office workbook is one entry, the file itself, not its XML parts', async () => {
    const path = write('book.xlsx', zip({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }));
    const list = await entries(path);
    expect(list.map((e) => [e.member, e.compression, e.plain])).toEqual([[null, 'none', true]]);
    expect([...list[0]!.head.subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
  });
});
