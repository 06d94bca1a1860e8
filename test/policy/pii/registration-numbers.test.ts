// Resident, foreigner, corporate and business registration numbers: dates, centuries, checksums,
// digit boundaries and the cues that tell them apart.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src/policy/pii/detect.ts';
import { invalid, valid } from './check-digits.ts';
import { rules, spans } from './spans.ts';

describe('resident registration numbers', () => {
  const n = valid('rrn', '900101-123456');

  it('are found with or without the hyphen, high with a valid checksum', () => {
    expect(spans(`주민등록번호 ${n}`)).toEqual([['resident-registration-number', n]]);
    expect(spans(n.replace('-', ''))).toEqual([
      ['resident-registration-number', n.replace('-', '')],
    ]);
    expect(detectPii(n)[0]?.confidence).toBe('high');
  });

  it('are still found with a random tail (issued since Oct 2020), at medium confidence', () => {
    const tail = invalid('rrn', '210505-412398');
    expect(detectPii(tail)).toEqual([
      expect.objectContaining({
        kind: 'resident-registration-number',
        confidence: 'medium',
        rule: 'resident-number/date',
      }),
    ]);
  });

  it.each([
    ['900230-1234567', 'February 30th'],
    ['901301-1234567', 'month 13'],
    ['900100-1234567', 'day 0'],
    ['010229-3234567', '2001 is no leap year (gender 3 → 2000s)'],
    ['000229-1234567', '1900 is no leap year (gender 1 → 1900s)'],
    ['900431-2234567', 'April 31st'],
  ])('rejects %s (%s)', (number) => {
    expect(detectPii(number)).toEqual([]);
  });

  it('accepts 29 February where the gender digit’s century has it', () => {
    expect(spans(valid('rrn', '000229-312345'))[0]?.[0]).toBe('resident-registration-number');
    expect(spans(invalid('rrn', '960229-212345'))[0]?.[0]).toBe('resident-registration-number');
  });

  it('reads gender digits 9 and 0 as the 1800s', () => {
    expect(spans(valid('rrn', '991231-912345'))[0]?.[0]).toBe('resident-registration-number');
    // 1899 was no leap year (and the tail is no corporate checksum either)
    expect(detectPii(invalid('crn', '990229-912345'))).toEqual([]);
  });

  it('keeps digit boundaries: 15-digit ids and 14-digit timestamps are not numbers inside numbers', () => {
    const digits = n.replace('-', '');
    expect(detectPii(`1${digits}`)).toEqual([]);
    expect(detectPii(`${digits}1`)).toEqual([]);
    expect(detectPii(`12${digits}`)).toEqual([]);
    expect(detectPii('20240305093012')).toEqual([]);
    expect(detectPii('202404435886677')).toEqual([]);
    expect(detectPii(`2024-${n}`)).toEqual([]);
    expect(detectPii(`${n}-12`)).toEqual([]);
  });

  it('does not find a masked number', () => {
    expect(detectPii('900101-1******')).toEqual([]);
    expect(detectPii('900101-*******')).toEqual([]);
  });
});

describe('foreigner registration numbers', () => {
  it('are told apart by gender digits 5–8', () => {
    for (const g of ['5', '6', '7', '8']) {
      const number = valid('frn', `850315-${g}12345`);
      expect(spans(number)).toEqual([['foreigner-registration-number', number]]);
    }
  });

  it('accept the pre-2020 foreigner checksum (high) and random tails (medium)', () => {
    expect(rules(valid('frn', '850315-512345'))).toEqual(['foreigner-number/date+checksum']);
    expect(rules(invalid('frn', '211014-812345'))[0]).toMatch(/^foreigner-number\//);
  });
});

describe('corporate registration numbers', () => {
  const corp = valid('crn', '110111-123456');

  it('take a number the text calls 법인 (even though 110111 is a valid "birth date")', () => {
    expect(spans(`법인등록번호 ${corp}`)).toEqual([['corporate-registration-number', corp]]);
    expect(rules(`법인등록번호 ${corp}`)).toEqual(['corporate-number/context+checksum']);
  });

  it('yield to the nearer person cue (법인 대표자 주민등록번호 …)', () => {
    const person = valid('rrn', '760415-112233');
    expect(spans(`법인 대표자 주민등록번호 ${person}`)[0]?.[0]).toBe(
      'resident-registration-number',
    );
  });

  it('without a cue, count only when the "birth date" is impossible and the checksum holds', () => {
    const noDate = valid('crn', '134511-000987');
    expect(spans(noDate)).toEqual([['corporate-registration-number', noDate]]);
    expect(detectPii(invalid('crn', '134511-000987'))).toEqual([]);
    expect(spans(corp)[0]?.[0]).toBe('resident-registration-number');
  });
});

describe('business registration numbers', () => {
  it('need the National Tax Service checksum when grouped', () => {
    const b = valid('brn', '214-86-1234');
    expect(spans(`㈜한빛(${b})`)).toEqual([['business-registration-number', b]]);
    expect(detectPii(invalid('brn', '214-86-1234'))).toEqual([]);
  });

  it('without the checksum are medium, and only next to 사업자', () => {
    const bad = invalid('brn', '110-22-3333');
    expect(detectPii(`사업자등록번호 ${bad}`)).toEqual([
      expect.objectContaining({ kind: 'business-registration-number', confidence: 'medium' }),
    ]);
  });

  it('as ten plain digits need the cue', () => {
    const plain = valid('brn', '101821234');
    expect(spans(`사업자 ${plain}`)).toEqual([['business-registration-number', plain]]);
    expect(detectPii(plain)).toEqual([]);
  });

  it('never match inside an ISBN', () => {
    expect(detectPii('978-89-6980-123-4')).toEqual([]);
    expect(detectPii('ISBN 979-11-6599-181-4')).toEqual([]);
  });
});
