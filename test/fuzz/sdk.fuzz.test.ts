/**
 * SDK lists (CSV and YAML) and the build files SDKs are read from (Gradle reports and scripts,
 * Podfile.lock), from text and from files of any encoding: records on real lines, or a located InputError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGradleReport, parseGradleScript } from '../../src/load/gradle.js';
import { parsePodfileLock } from '../../src/load/podfile.js';
import { parseSdkCsvText, parseSdkYamlText, readSdkFile } from '../../src/load/sdk-list.js';
import type { SdkFile } from '../../src/load/types.js';
import { loadCatalog } from '../../src/sdk/catalog.js';
import { PLATFORMS } from '../../src/sdk/platform.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { anyString, aroundSeeds, encodedBytes, text } from './arbitraries.js';
import { csvText } from './arb-csv.js';
import { gradleReport, gradleScript, gridCsv, podfileLock, sdkGrid, sdkYaml } from './arb-declarations.js';
import { yamlSoup, yamlText } from './arb-yaml.js';
import { fuzz, testTimeout } from './fuzz.js';
import { lineCount, onlyInputError } from './outcome.js';
import { gradleReportSeeds, gradleScriptSeeds, podfileSeeds, sdkCsvSeeds, sdkYamlSeeds } from './seeds.js';
import { TempFiles } from './temp.js';

const opts = { taxonomy: loadTaxonomy(), catalog: loadCatalog() };
const temp = new TempFiles('sdk');

const platform = fc.constantFrom(undefined, ...PLATFORMS);

/** Every record names the file, a line of it, a platform and an SDK. */
function expectRecordsInside(sdk: SdkFile, file: string, t: string | undefined): void {
  const last = t === undefined ? Infinity : lineCount(t);
  expect(sdk.file).toBe(file);
  for (const p of [...(sdk.droppedRows ?? []), ...sdk.records.flatMap((r) => r.unread ?? [])]) {
    expect(p.loc.file).toBe(file);
    expect(p.loc.line >= 1 && p.loc.line <= last, `problem on line ${p.loc.line} of ${last}`).toBe(true);
  }
  for (const r of sdk.records) {
    expect(r.loc.file).toBe(file);
    expect(r.loc.line >= 1 && r.loc.line <= last, `line ${r.loc.line} of ${last}`).toBe(true);
    expect(PLATFORMS).toContain(r.platform);
    expect(r.sdk.trim()).not.toBe('');
    if (r.sdkId !== null) expect(opts.catalog.sdk(r.sdkId)).toBeDefined();
  }
}

/** Run a text reader on generated text: records inside the text, or a located InputError. */
function readerProperty(target: string, file: string, arb: fc.Arbitrary<string>, read: (file: string, t: string) => SdkFile): void {
  fuzz(target, arb, (t) => {
    const out = onlyInputError(() => read(file, t), { file, text: t });
    if (!(out instanceof Error)) expectRecordsInside(out, file, t);
  });
}

describe('SDK lists', () => {
  it('parseSdkCsvText (with and without --platform)', () =>
    fuzz('load.parseSdkCsvText', fc.tuple(fc.oneof({ weight: 4, arbitrary: gridCsv(sdkGrid) }, { weight: 3, arbitrary: aroundSeeds(sdkCsvSeeds) }, { weight: 1, arbitrary: csvText() }), platform), ([t, p]) => {
      const file = 'fuzz/sdks.csv';
      const out = onlyInputError(() => parseSdkCsvText(file, t, { ...opts, platform: p }), { file, text: t });
      if (!(out instanceof Error)) expectRecordsInside(out, file, t);
    }), testTimeout());

  it('parseSdkYamlText', () =>
    readerProperty('load.parseSdkYamlText', 'fuzz/sdks.yaml', fc.oneof({ weight: 4, arbitrary: sdkYaml }, { weight: 3, arbitrary: aroundSeeds(sdkYamlSeeds) }, { weight: 1, arbitrary: yamlText() }, { weight: 1, arbitrary: yamlSoup }), (f, t) => parseSdkYamlText(f, t, opts)), testTimeout());
});

describe('build files', () => {
  it('parseGradleReport', () =>
    readerProperty('load.parseGradleReport', 'fuzz/dependencies.txt', fc.oneof(gradleReport, aroundSeeds(gradleReportSeeds), text), (f, t) => parseGradleReport(f, t, opts)), testTimeout());

  it('parseGradleScript', () =>
    readerProperty('load.parseGradleScript', 'fuzz/build.gradle.kts', fc.oneof(gradleScript, aroundSeeds(gradleScriptSeeds), text), (f, t) => parseGradleScript(f, t, opts)), testTimeout());

  it('parsePodfileLock', () =>
    readerProperty('load.parsePodfileLock', 'fuzz/Podfile.lock', fc.oneof(podfileLock, aroundSeeds(podfileSeeds), yamlSoup), (f, t) => parsePodfileLock(f, t, opts)), testTimeout());
});

const NAMES = ['sdks.csv', 'sdks.tsv', 'sdks.yaml', 'dependencies.txt', 'build.gradle', 'app.gradle.kts', 'Podfile.lock', 'list.txt'];
const sdkBytes = encodedBytes(fc.oneof(gridCsv(sdkGrid), sdkYaml, gradleReport, gradleScript, podfileLock, anyString));

describe('readSdkFile on a file of any bytes and name', () => {
  it('records on real lines, or a located InputError', () =>
    fuzz('load.readSdkFile', fc.tuple(sdkBytes, fc.constantFrom(...NAMES), platform), ([bytes, name, p]) => {
      const file = temp.write(name, bytes);
      const out = onlyInputError(() => readSdkFile(file, { ...opts, platform: p }), { file });
      if (!(out instanceof Error)) expect(out.file).toBe(file);
    }, { cost: 'disk' }), testTimeout('disk'));
});
