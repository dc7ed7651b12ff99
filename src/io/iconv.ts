/**
 * iconv-lite, loaded on first use: its code pages are about 560 KB of bundled source that every run and
 * every scan worker would load and parse, while UTF-8 and UTF-16 files (most of them) and GB18030
 * exports (decoded by the platform's TextDecoder) never need it.
 */
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');

const require = createRequire(import.meta.url);
let loaded: Iconv | null = null;

export function iconv(): Iconv {
  return (loaded ??= require('iconv-lite') as Iconv);
}
