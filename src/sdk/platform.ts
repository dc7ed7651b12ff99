/** Platform names as SDK lists write them (SPEC decision 2: case-insensitive; 鸿蒙 is HarmonyOS). */
import type { Platform } from '../policy/types.js';
import { fold } from '../text/suggest.js';
import { inBothEach } from '../text/words/index.js';

export const PLATFORMS: readonly Platform[] = ['android', 'ios', 'harmonyos', 'web', 'miniprogram'];

const WORDS: Record<Platform, string[]> = {
  android: ['android', '安卓', 'Android端', '安卓端'],
  ios: ['ios', 'iPhone', 'iPadOS', '苹果', 'iOS端', '苹果端'],
  harmonyos: ['harmonyos', 'harmony', 'HarmonyOS NEXT', '鸿蒙', '鸿蒙端', '鸿蒙系统'],
  web: ['web', 'h5', 'website', '网页', '网站', 'Web端', 'H5端'],
  miniprogram: ['miniprogram', 'mini program', 'mini-program', 'mini app', '小程序', '微信小程序'],
};

const BY_WORD = new Map<string, Platform>();
for (const p of PLATFORMS) for (const w of WORDS[p]) BY_WORD.set(fold(w), p);

/** The platform a cell names, or null. */
export function parsePlatform(raw: string): Platform | null {
  return BY_WORD.get(fold(raw)) ?? null;
}

/** For hints: `android (安卓), ios (苹果), harmonyos (鸿蒙), web (网页), miniprogram (小程序)`. */
export const PLATFORMS_ACCEPTED = 'android (安卓), ios (苹果), harmonyos (鸿蒙), web (网页/H5), miniprogram (小程序)';

/** How messages name a platform, in both languages (the words are in src/text/words/). */
export const PLATFORM_NAMES: Record<Platform, { en: string; zh: string }> = inBothEach((w) => w.platforms);
