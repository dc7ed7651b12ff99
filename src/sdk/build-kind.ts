/** Which build file is this? Gradle dependency reports and scripts (Android), Podfile.lock (iOS). */
import { basename } from 'node:path';

export type BuildFileKind = 'gradle-report' | 'gradle-script' | 'podfile-lock';

/** A `gradle dependencies` tree line: `+--- g:a:v`, `|    \--- g:a:v (*)`. */
export const GRADLE_TREE_LINE = /^([|\s]*)[+\\]---\s+(.*)$/;

/** Decide from the name first, then from the text (a report saved under any name). */
export function detectBuildFileKind(file: string, text: string): BuildFileKind | null {
  const name = basename(file);
  if (name === 'Podfile.lock' || (/^PODS:\s*$/m.test(text) && /^COCOAPODS:/m.test(text))) return 'podfile-lock';
  if (/\.gradle(\.kts)?$/i.test(name)) return 'gradle-script';
  const lines = text.split(/\r?\n/, 2000);
  if (lines.some((l) => GRADLE_TREE_LINE.test(l) && /[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+|project\s+:/.test(l))) return 'gradle-report';
  return null;
}
