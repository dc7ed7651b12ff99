import { describe, expect, it } from 'vitest';
import { parsePodfileLock } from '../../src/load/podfile.js';
import { inputErrorOf as inputError } from '../helpers/input-error.js';
import { sdkRows } from '../sdk/helpers.js';

const LOCK = `PODS:
  - Firebase/Analytics (10.18.0):
    - Firebase/Core
  - FirebaseAnalytics (10.18.0)
  - GTSDK (3.0.5.0)
  - SDWebImage (5.18.5)
  - UMCommon (7.4.7)
  - UMPush (4.0.1)
  - WechatOpenSDK (2.0.2)

DEPENDENCIES:
  - Firebase/Analytics
  - GTSDK

COCOAPODS: 1.15.2
`;

describe('Podfile.lock', () => {
  const f = parsePodfileLock('Podfile.lock', LOCK);

  it('maps installed pods to SDKs, subspecs to their pod, one record per SDK', () => {
    expect(sdkRows(f)).toEqual([
      ['firebase', 2, 'Firebase', '10.18.0'],
      ['getui-push', 5, 'GTSDK', '3.0.5.0'],
      ['umeng-analytics', 7, 'UMCommon', '7.4.7'],
      ['umeng-push', 8, 'UMPush', '4.0.1'],
      ['wechat-opensdk', 9, 'WechatOpenSDK', '2.0.2'],
    ]);
    expect(f.records.every((r) => r.platform === 'ios' && r.fields.length === 0 && r.organization === null)).toBe(true);
  });

  it('names a PODS entry it cannot read', () => {
    const e = inputError(() => parsePodfileLock('Podfile.lock', 'PODS:\n  - Bugly (2.6.1)\n  - Masonry 1.1.0\n'));
    expect(e.message).toBe("not a pod entry: 'Masonry 1.1.0'");
    expect(e.where).toMatchObject({ file: 'Podfile.lock', line: 3 });
  });

  it('masks identifiers in an entry it cannot read', () => {
    const e = inputError(() => parsePodfileLock('Podfile.lock', 'PODS:\n  - Bugly (user@example.com))\n'));
    expect(e.message).toMatch(/^not a pod entry: '/);
    expect(e.message).not.toContain('user@example.com');
  });

  it('names a YAML syntax error', () => {
    expect(inputError(() => parsePodfileLock('Podfile.lock', 'PODS:\n  - Bugly (2.6.1)\n - [oops\n')).where).toMatchObject({ file: 'Podfile.lock' });
  });

  it('refuses a file without PODS', () => {
    expect(inputError(() => parsePodfileLock('Podfile.lock', 'DEPENDENCIES:\n  - Bugly\n')).message).toMatch(/no `PODS:` list/);
  });
});
