/** fast-check generators of valid identifiers, built with the reference algorithms (not with src/detect). */
import fc from 'fast-check';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const PROVINCES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 91];

export function digits(length: number): fc.Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((a) => a.join(''));
}

export function gb11643Check(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return '10X98765432'[sum % 11]!;
}

function yyyymmdd(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

export const residentId: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...PROVINCES),
    digits(4),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }),
    digits(3),
  )
  .map(([p, area, birth, seq]) => {
    const first17 = `${p}${area}${yyyymmdd(birth)}${seq}`;
    return first17 + gb11643Check(first17);
  });

const MOBILE_PREFIXES = ['130', '135', '138', '139', '145', '147', '150', '153', '158', '162', '166', '170', '176', '177', '180', '186', '189', '191', '198', '199'];

export const mobile: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...MOBILE_PREFIXES), digits(8)).map(([p, rest]) => p + rest);

export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** UnionPay-style cards (62…) of 16–19 digits. */
export const bankCard: fc.Arbitrary<string> = fc
  .integer({ min: 16, max: 19 })
  .chain((length) => digits(length - 3))
  .map((body) => {
    const payload = `62${body}`;
    return payload + luhnCheckDigit(payload);
  });

export const imei: fc.Arbitrary<string> = fc.tuple(fc.constantFrom('35', '86', '01', '49'), digits(12)).map(([rbi, body]) => {
  const payload = rbi + body;
  return payload + luhnCheckDigit(payload);
});

/**
 * ISO 7064 MOD 11,10 (the hybrid system) check digit: GS 15-2006 puts it at the end of the 15-digit business
 * registration number (工商注册号) of the pre-2015 licences.
 */
export function mod1110CheckDigit(payload: string): string {
  let p = 10;
  for (const ch of payload) {
    const s = (p + Number(ch)) % 10 || 10;
    p = (s * 2) % 11;
  }
  return String((11 - p) % 10);
}

/** yyMMdd read as 19yyMMdd is a real calendar date (checked with Date, not with src/detect). */
export function isRealYyMmDd(yymmdd: string): boolean {
  const [y, m, d] = [1900 + Number(yymmdd.slice(0, 2)), Number(yymmdd.slice(2, 4)), Number(yymmdd.slice(4, 6))];
  const date = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * 15-digit business registration numbers (GS 15-2006: the registering office's 6-digit division code, an
 * 8-digit sequence, the MOD 11,10 check digit) whose digits 7–12 are no date: what a legacy resident ID can never hold.
 */
export const businessRegNo: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PROVINCES), digits(4), digits(8))
  .map(([p, area, seq]) => `${p}${area}${seq}`)
  .filter((payload) => !isRealYyMmDd(payload.slice(6, 12)))
  .map((payload) => payload + mod1110CheckDigit(payload));
