import { describe, expect, it } from 'vitest';
import { parseGradleReport, parseGradleScript, readGradleFile } from '../../src/load/gradle.js';
import { detectBuildFileKind } from '../../src/load/sdk-list.js';
import { inputErrorOf as inputError } from '../helpers/input-error.js';
import { sdkRows } from '../sdk/helpers.js';

const REPORT = `releaseRuntimeClasspath - Runtime classpath of compilation 'release'.
+--- project :common
|    \\--- androidx.core:core-ktx:1.10.1
+--- com.huawei.hms:push:6.10.0.300 -> 6.11.0.300
|    \\--- com.huawei.hms:base:6.11.0.300
+--- com.umeng.umsdk:common:9.6.3
+--- com.umeng.umsdk:push:6.6.3 (*)
+--- org.jetbrains.kotlin:kotlin-stdlib:{strictly 1.8.22} -> 1.8.22 (c)
\\--- com.google.firebase:firebase-messaging -> 23.4.0
`;

describe('detectBuildFileKind', () => {
  it('tells the three kinds apart', () => {
    expect(detectBuildFileKind('app/build.gradle', '')).toBe('gradle-script');
    expect(detectBuildFileKind('app/build.gradle.kts', '')).toBe('gradle-script');
    expect(detectBuildFileKind('deps.txt', REPORT)).toBe('gradle-report');
    expect(detectBuildFileKind('ios/Podfile.lock', 'PODS:\n  - Bugly (2.6.1)\n')).toBe('podfile-lock');
    expect(detectBuildFileKind('lock.yaml', 'PODS:\n  - Bugly (2.6.1)\n\nCOCOAPODS: 1.15.2\n')).toBe('podfile-lock');
  });

  it('leaves SDK lists and inventories alone', () => {
    expect(detectBuildFileKind('sdks.csv', 'platform,sdk\nandroid,MiPush\n')).toBeNull();
    expect(detectBuildFileKind('sdks.yaml', '- sdk: MiPush\n  platform: android\n')).toBeNull();
  });
});

describe('gradle dependencies report', () => {
  const f = parseGradleReport('deps.txt', REPORT);

  it('maps catalog coordinates to SDKs, one record each, at the first line', () => {
    expect(sdkRows(f)).toEqual([
      ['huawei-push', 4, 'com.huawei.hms:push', '6.11.0.300'],
      ['umeng-analytics', 6, 'com.umeng.umsdk:common', '9.6.3'],
      ['umeng-push', 7, 'com.umeng.umsdk:push', '6.6.3'],
      ['firebase', 9, 'com.google.firebase:firebase-messaging', '23.4.0'],
    ]);
  });

  it('gives android records with no fields and no organisation', () => {
    expect(f.records[0]).toMatchObject({ platform: 'android', sdk: 'HUAWEI Push Kit', organization: null, fields: [] });
  });

  it('names the line it cannot read', () => {
    const e = inputError(() => parseGradleReport('deps.txt', 'x\n+--- com.huawei.hms:push:6.11\n|    \\--- what is this\n'));
    expect(e.message).toMatch(/cannot read this dependency line: 'what is this'/);
    expect(e.where).toMatchObject({ file: 'deps.txt', line: 3 });
  });

  it('masks an identifier in a line it cannot read, and bounds it', () => {
    const e = inputError(() => parseGradleReport('deps.txt', '+--- 110101199003074514 x\n'));
    expect(e.message).toMatch(/^cannot read this dependency line: '\d+\*{4,}4514 x'$/);
    const long = inputError(() => parseGradleReport('deps.txt', `+--- ${'a b'.repeat(5000)}\n`));
    expect(long.message.length).toBeLessThan(100);
  });

  it('refuses a report without a dependency tree', () => {
    expect(inputError(() => parseGradleReport('deps.txt', 'BUILD FAILED\n')).message).toMatch(/no dependency tree/);
  });
});

describe('build.gradle(.kts)', () => {
  it('reads Groovy and Kotlin declarations, map notation, classifiers and @aar', () => {
    const text = [
      'dependencies {',
      "    implementation 'com.huawei.hms:push:6.11.0.300'",
      '    api("com.getui:gtsdk:3.3.12.0")',
      "    releaseImplementation group: 'com.tencent.bugly', name: 'crashreport', version: '4.1.9'",
      "    implementation 'com.sina.weibo.sdk:core:4.3.4:openDefaultRelease@aar'",
      '    implementation("androidx.core:core-ktx:1.10.1")',
      '}',
    ].join('\n');
    const f = parseGradleScript('build.gradle', text);
    expect(f.records.map((r) => [r.sdkId, r.loc.line, r.version])).toEqual([
      ['huawei-push', 2, '6.11.0.300'],
      ['getui-push', 3, '3.3.12.0'],
      ['bugly', 4, '4.1.9'],
      ['weibo-sdk', 5, '4.3.4'],
    ]);
  });

  it('skips comments, test configurations and references it cannot resolve', () => {
    const text = [
      '// implementation "com.huawei.hms:push:6.11.0.300"',
      '/* implementation "com.tencent.bugly:crashreport:4.1.9"',
      '   still a comment */',
      'testImplementation "com.tencent.bugly:crashreport:4.1.9"',
      'androidTestImplementation "cn.jiguang.sdk:jpush:5.0.0"',
      'implementation libs.wechat',
      'implementation project(":push")',
      'implementation "com.getui:gtsdk:$getuiVersion"',
      'implementation platform("com.google.firebase:firebase-bom:32.7.0")',
      'implementation "com.umeng.umsdk:push:6.6.3" // https://developer.umeng.com',
    ].join('\n');
    expect(parseGradleScript('build.gradle', text).records.map((r) => r.sdkId)).toEqual(['umeng-push']);
  });

  it('names a declaration that is not a coordinate', () => {
    const e = inputError(() => parseGradleScript('build.gradle', 'dependencies {\n  implementation "okhttp"\n}\n'));
    expect(e.message).toBe("'okhttp' is not a Maven coordinate");
    expect(e.where).toMatchObject({ line: 2, column: 3 });
  });

  it('masks an identifier written where a coordinate should be', () => {
    const e = inputError(() => parseGradleScript('build.gradle', 'dependencies {\n  implementation "user@example.com"\n}\n'));
    expect(e.message).not.toContain('user@example.com');
    expect(e.message).toMatch(/is not a Maven coordinate$/);
  });

  it('names an unterminated string', () => {
    expect(inputError(() => parseGradleScript('build.gradle', "implementation 'com.huawei.hms:push:6.11\n")).where).toMatchObject({ line: 1 });
  });

  it('reads the fixtures', () => {
    expect(readGradleFile('fixtures/sdk/build.gradle.kts').records.map((r) => r.sdkId)).toEqual(['huawei-push', 'xiaomi-push', 'wechat-opensdk', 'jpush', 'amap']);
    expect(readGradleFile('fixtures/sdk/gradle-dependencies.txt').records.map((r) => r.sdkId)).toEqual(['huawei-push', 'xiaomi-push', 'wechat-opensdk', 'bugly', 'firebase']);
  });
});

describe('parseGradleScript: hostile lines', () => {
  it('reads a long run of blanks followed by a U+2029 in linear time (the default test timeout catches a regression)', () => {
    // Found by the fuzzer: `.*$` failing on U+2029 made the declaration pattern backtrack over the blanks (47 s).
    const line = `status${'\u00a0 '.repeat(3000)}1789\u2029users.cancelled_at`;
    expect(parseGradleScript('build.gradle', line).records).toEqual([]);
  });
});
