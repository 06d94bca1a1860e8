// Check-digit algorithms against published examples and the test-side generators.
import { describe, expect, it } from 'vitest';
import {
  businessChecksumOk,
  corporateChecksumOk,
  foreignerChecksumOk,
  isCalendarDate,
  issnChecksumOk,
  luhnOk,
  residentChecksumOk,
} from '../../../src/policy/pii/checksums.ts';
import { invalid, valid } from './check-digits.ts';

const digits = (s: string): string => s.replace(/\D/g, '');

describe('Luhn', () => {
  it.each([
    '4111111111111111',
    '5555555555554444',
    '378282246310005',
    '6011111111111117',
    '3530111333300000',
  ])('accepts the published test card %s', (card) => expect(luhnOk(card)).toBe(true));
  it('rejects a one-digit change and a transposition', () => {
    expect(luhnOk('4111111111111112')).toBe(false);
    expect(luhnOk('4111111111111121')).toBe(false);
  });
});

describe('registration-number check digits', () => {
  it('resident: (11 − Σ mod 11) mod 10 over weights 2…9,2…5', () => {
    // 900101-123456?: Σ = 2·9+3·0+4·0+5·1+6·0+7·1+8·1+9·2+2·3+3·4+4·5+5·6 = 124; 11 − 124 mod 11 = 8
    expect(residentChecksumOk('9001011234568')).toBe(true);
    expect(residentChecksumOk('9001011234567')).toBe(false);
  });
  it('foreigner (before Oct 2020): (13 − Σ mod 11) mod 10', () => {
    expect(foreignerChecksumOk(digits(valid('frn', '850315-512345')))).toBe(true);
    expect(foreignerChecksumOk(digits(invalid('frn', '850315-512345')))).toBe(false);
  });
  it('business: the National Tax Service rule with the ⌊9th·5/10⌋ term', () => {
    // 123-45-6789?: Σ = 1+6+21+4+15+42+7+24+45 = 165, + ⌊9·5/10⌋ = 4 → 169; (10 − 9) mod 10 = 1
    expect(businessChecksumOk('1234567891')).toBe(true);
    expect(businessChecksumOk('1234567890')).toBe(false);
    expect(businessChecksumOk(digits(valid('brn', '214-86-1234')))).toBe(true);
  });
  it('corporate: weights 1,2 alternating, (10 − Σ mod 10) mod 10', () => {
    // 110111-123456?: Σ = 1+2+0+2+1+2+1+4+3+8+5+12 = 41; (10 − 1) mod 10 = 9
    expect(corporateChecksumOk('1101111234569')).toBe(true);
    expect(corporateChecksumOk(digits(valid('crn', '134211-000123')))).toBe(true);
    expect(corporateChecksumOk(digits(invalid('crn', '110111-123456')))).toBe(false);
  });
  it('checks lengths before digits', () => {
    expect(residentChecksumOk('900101123456')).toBe(false);
    expect(businessChecksumOk('220816251')).toBe(false);
    expect(corporateChecksumOk('11011112345')).toBe(false);
  });
});

describe('ISSN and calendar dates', () => {
  it('accepts ISSN 1975-0447 and rejects a changed digit', () => {
    expect(issnChecksumOk('19750447')).toBe(true);
    expect(issnChecksumOk('19750446')).toBe(false);
  });
  it('knows leap years', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(2023, 4, 31)).toBe(false);
    expect(isCalendarDate(2023, 13, 1)).toBe(false);
    expect(isCalendarDate(2023, 12, 0)).toBe(false);
  });
});
