/**
 * The detector registry: one file per detector in src/detect/detectors, each listed once, sorted, and the
 * taxonomy schema's enum equal to the list. Then a contract every detector keeps, from one example table
 * that must name every detector (a new detector without examples fails here and in the type check).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALONE, DETECTOR_IDS, DETECTORS, detectorOf, type Detector, type DetectorId } from '../../../src/detect/detectors/index.js';
import { only, scanShape, shapeClasses, shapeDigits } from '../../../src/detect/chars.js';
import { detectValue, findInText, mask } from '../../../src/detect/index.js';
import { passesGate } from '../../../src/scan/cell-form.js';
import { loadTaxonomy } from '../../../src/taxonomy/load.js';

const DIR = 'src/detect/detectors';
/** Files of the folder that are not detectors. */
const NOT_DETECTORS = new Set(['index.ts', 'types.ts']);

function isDetector(v: unknown): v is Detector {
  return typeof v === 'object' && v !== null && typeof (v as Detector).id === 'string' && typeof (v as Detector).hinted === 'function';
}

describe('the registry', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !NOT_DETECTORS.has(f)).sort();

  it('lists detectors sorted by id, each once', () => {
    expect(DETECTOR_IDS).toEqual([...DETECTOR_IDS].sort());
    expect(new Set(DETECTOR_IDS).size).toBe(DETECTOR_IDS.length);
  });

  it('lists the detector of every file in the folder, and each file exports exactly that one', async () => {
    for (const file of files) {
      const module = (await import(pathToFileURL(join(process.cwd(), DIR, file)).href)) as Record<string, unknown>;
      const exported = Object.values(module).filter(isDetector);
      expect(exported, `${file} exports one detector`).toHaveLength(1);
      const [detector] = exported;
      expect(detector!.id, `${file} is named after its detector`).toBe(basename(file, '.ts'));
      expect(DETECTORS as readonly unknown[], `${file} is in src/detect/detectors/index.ts`).toContain(detector);
    }
  });

  it('has a file for every detector it lists', () => {
    expect(DETECTOR_IDS.map((id) => `${id}.ts`)).toEqual(files);
  });

  it('is what schemas/taxonomy.schema.json accepts in an item\'s detectors', () => {
    const schema = JSON.parse(readFileSync('schemas/taxonomy.schema.json', 'utf8')) as { definitions: { item: { properties: { detectors: { items: { enum: string[] } } } } } };
    expect(schema.definitions.item.properties.detectors.items.enum).toEqual([...DETECTOR_IDS]);
  });

  it('tries the detectors that work alone in one order, without ties', () => {
    const orders = ALONE.map((d) => d.alone!.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it("never leaves out of a detector's `allowed`/`required` classes a value its `match` takes", () => {
    const value = fc.oneof(
      fc.constantFrom(...Object.values(EXAMPLES).flatMap((e) => e.valid)),
      fc.stringMatching(/^[0-9a-fA-FxXgG.:,\- +@*京A·]{2,24}$/),
    );
    fc.assert(
      fc.property(value, (s) => {
        const shape = scanShape(s);
        const classes = shapeClasses(shape);
        for (const d of ALONE) {
          if (!d.alone!.match(s, classes, shapeDigits(shape))) continue;
          expect(only(classes, d.alone!.allowed) && (classes & d.alone!.required) !== 0, `${d.id}: ${s}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('every detector but the organisation code is named by a taxonomy item (else a scan finds nothing with it)', () => {
    const named = new Set([...loadTaxonomy().items.values()].flatMap((item) => item.detectors));
    expect(DETECTOR_IDS.filter((id) => !named.has(id))).toEqual(['uscc']);
  });
});

/** Valid values, each recognised with its column's hint; `alone` ones also without. Sources: test/detect/<kind>.test.ts. */
const EXAMPLES: Record<DetectorId, { valid: string[]; alone: boolean }> = {
  'android-id': { valid: ['9774d56d682e549c'], alone: false },
  'bank-card': { valid: ['6222021000000005', '6217000000000000004', '6222 0210 0000 0005'], alone: true },
  email: { valid: ['zhang.san@example.com'], alone: true },
  gps: { valid: ['39.904211,116.407395'], alone: true },
  'hk-macao-permit': { valid: ['H12345678', 'M1234567801'], alone: false },
  idfa: { valid: ['6D92078A-8246-4BA4-AE5B-76104861E7DC'], alone: false },
  imei: { valid: ['490154203237518'], alone: true },
  ipv4: { valid: ['192.168.1.23'], alone: true },
  ipv6: { valid: ['2001:db8:85a3::8a2e:370:7334'], alone: true },
  mac: { valid: ['3c:22:fb:12:34:56', '3C-22-FB-12-34-56', '3c22.fb12.3456'], alone: true },
  mobile: { valid: ['13812345678', '+86 138 1234 5678'], alone: true },
  passport: { valid: ['E12345678', 'G12345678'], alone: true },
  'resident-id': { valid: ['110101199003071233', '11010519491231002X', '610104620927690'], alone: true },
  'taiwan-permit': { valid: ['12345678'], alone: false },
  uscc: { valid: ['91350100M000100Y43'], alone: true },
  'vehicle-plate': { valid: ['京A·12345', '粤B12345', '沪AD12345', '苏E12345F', '粤Z·1234港'], alone: true },
};

describe.each(DETECTOR_IDS.map((id) => [id, detectorOf(id)] as const))('detector %s', (id, detector) => {
  const examples = EXAMPLES[id];

  it('has examples here', () => {
    expect(examples?.valid.length).toBeGreaterThan(0);
  });

  it.each(examples?.valid ?? [])('recognises %s with its hint, and alone only if it works alone', (value) => {
    expect(detector.hinted(value)).toBe('plain');
    expect(detectValue(value, [id])).toEqual({ detector: id, form: 'plain' });
    expect(detector.alone !== undefined).toBe(examples!.alone);
    if (examples!.alone) expect(detectValue(value)?.detector).toBe(id);
    else expect(detectValue(value)).toBeNull();
  });

  it.each(examples?.valid ?? [])('passes the scan gate with %s and masks it to something no longer an identifier', (value) => {
    expect(passesGate(detector.gate, value)).toBe(true);
    const masked = mask(value, id);
    expect(masked).not.toBe(value);
    expect(findInText(masked)).toEqual([]);
    expect(detectValue(masked)?.form ?? 'masked').toBe('masked');
  });

  it('rejects what is not one', () => {
    for (const value of ['hello', '12345', '2023-11-23', '张三']) expect(detector.hinted(value), value).toBeNull();
  });
});
