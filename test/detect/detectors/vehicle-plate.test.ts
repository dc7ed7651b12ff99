/**
 * Vehicle licence plates, from GA 36-2018《中华人民共和国机动车号牌》: province abbreviation, issuing office letter,
 * serial; I and O never used; ordinary serials of five (last may be 挂 学 警 港 澳 领), new-energy serials of six
 * (small: D/F first — A B C E, G H J K when a city runs out — a letter or digit, four digits; large: five digits, D/F).
 */
import { describe, expect, it } from 'vitest';
import { isVehiclePlate } from '../../../src/detect/detectors/vehicle-plate.js';
import { detectValue, findInText, mask } from '../../../src/detect/index.js';

describe('isVehiclePlate', () => {
  it('accepts ordinary plates with or without the dot, a space or a dash after the office letter', () => {
    for (const p of ['京A·12345', '京A12345', '沪B 6C789', '粤B-A1234', '川A·AB123', '云A·12345', '琼E·00001']) expect(isVehiclePlate(p), p).toBe(true);
  });

  it('accepts the suffixed plates: trailer, driving school, police, Hong Kong, Macao, consulate', () => {
    for (const p of ['鲁B·1234挂', '京A·1234学', '京A·0001警', '粤Z·1234港', '粤Z·1234澳', '沪A·1234领']) expect(isVehiclePlate(p), p).toBe(true);
  });

  it('accepts new-energy plates, small (letter first) and large (letter last)', () => {
    for (const p of ['京AD12345', '京A·F12345', '沪AD12345', '粤BDA1234', '浙AA12345', '苏AK12345', '苏E12345D', '粤B·12345F']) {
      expect(isVehiclePlate(p), p).toBe(true);
    }
  });

  it('rejects I and O, unknown provinces, too many letters and wrong lengths or new-energy letters', () => {
    for (const p of ['京I12345', '京O12345', '京A1234I', '京A12O45', '港A12345', '台A12345', '京A·ABC12', '京A1234', '京A123456', '京AL12345', '京AD1234A', '苏E12345A', '京a12345', '京A·12345学', 'A·12345']) {
      expect(isVehiclePlate(p), p).toBe(false);
    }
  });
});

describe('vehicle plates in exports', () => {
  it('are recognised without a column name', () => {
    for (const p of ['京A·12345', '粤BDA1234', '鲁B·1234挂']) expect(detectValue(p)).toEqual({ detector: 'vehicle-plate', form: 'plain' });
    for (const p of ['京A股份', '北京A12345', '京A·12345号']) expect(detectValue(p)?.detector ?? null, p).not.toBe('vehicle-plate');
  });

  it('are masked to the region and the serial’s last character', () => {
    expect(mask('京A·12345')).toBe('京A·****5');
    expect(mask('京AD12345')).toBe('京A*****5');
    expect(mask('粤Z·1234港')).toBe('粤Z·****港');
    expect(findInText(mask('京A·12345'))).toEqual([]);
    expect(detectValue('京A·****5', ['vehicle-plate'])).toEqual({ detector: 'vehicle-plate', form: 'masked' });
  });
});
