// Field decoders: every date format the exports use, grades with items, codes, and the release rule.
import { describe, expect, it } from 'vitest';
import {
  parseGrade,
  parseLicence,
  parseRetention,
  parseSourceUrl,
  parsePaymentMethod,
} from '../../mappings/parse/codes.ts';
import {
  cleanText,
  formatDate,
  formatDateTime,
  parseAmount,
  parseDate,
  parseDateTime,
} from '../../mappings/parse/fields.ts';
import { deriveRelease } from '../../mappings/parse/release.ts';

describe('dates', () => {
  it.each([
    ['20240305', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['2024.03.05.', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['20240305093012', '2024-03-05'],
    [' 2024-03-05 09:30 ', '2024-03-05'],
    ['2023. 12. 11.', '2023-12-11'],
    ['2024-1-5', '2024-01-05'],
    ['2024.3.5', '2024-03-05'],
  ])('%s is %s', (raw, iso) => {
    expect(formatDate(parseDate('d', raw))).toBe(iso);
  });

  it('keeps the time of 14-digit timestamps and hh:mm in Korea Standard Time', () => {
    expect(formatDateTime(parseDateTime('d', '20250114093012'))).toBe('2025-01-14T09:30:12+09:00');
    expect(formatDateTime(parseDateTime('d', '2024-03-14 12:30'))).toBe(
      '2024-03-14T12:30:00+09:00',
    );
  });

  it.each(['20241399', '20230229', '2024-13-01', '2024', 'abc', '2024-03-05 24:10'])(
    'rejects %s',
    (raw) => {
      expect(() => parseDate('doc_prdctn_dt', raw)).toThrow(/doc_prdctn_dt|date|time/);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(formatDate(parseDate('d', '20240229'))).toBe('2024-02-29');
  });
});

describe('grades', () => {
  it.each([
    ['공개', 'public', []],
    [' 부분공개 ', 'restricted', []],
    ['부분공개(6)', 'restricted', [6]],
    ['비공개(5,6)', 'non-public', [5, 6]],
    ['비공개 (6, 5)', 'non-public', [5, 6]],
    ['비공개(5호)', 'non-public', [5]],
    ['', 'not-stated', []],
  ])('%j → %s %j', (raw, grade, items) => {
    expect(parseGrade('othbc_se', raw)).toEqual({ grade, items });
  });

  it.each(['일부공개', '비공개(9)', '공개(6)', 'public'])('rejects %j', (raw) => {
    expect(() => parseGrade('othbc_se', raw)).toThrow();
  });
});

describe('codes', () => {
  it('retention labels', () => {
    expect(
      ['1년', '3년', '5년', '10년', '30년', '준영구', '영구', '10'].map((r) =>
        parseRetention('p', r),
      ),
    ).toEqual(['1y', '3y', '5y', '10y', '30y', 'semi-permanent', 'permanent', '10y']);
    expect(parseRetention('p', '')).toBeUndefined();
  });

  it('licence spellings', () => {
    expect(
      ['CC BY', 'cc-by-nd', 'CC BY-NC', 'CC_BY_NC_ND', ''].map((l) => parseLicence('c', l)),
    ).toEqual(['cc-by', 'cc-by-nd', 'cc-by-nc', 'cc-by-nc-nd', undefined]);
  });

  it('bare source URLs mean the full text is not published', () => {
    expect(parseSourceUrl('url', 'https://opengov.seoul.go.kr/sanction/')).toEqual({
      url: 'https://opengov.seoul.go.kr/sanction/',
      fullTextPublished: false,
    });
    expect(
      parseSourceUrl('url', 'https:\\/\\/opengov.seoul.go.kr\\/sanction\\/2431')?.fullTextPublished,
    ).toBe(true);
    expect(() => parseSourceUrl('url', 'not a url')).toThrow(/not a URL/);
  });

  it('payment methods and amounts', () => {
    expect(['카드', '현금', '제로페이', '법인카드', '상품권'].map(parsePaymentMethod)).toEqual([
      'card',
      'cash',
      'zeropay',
      'card',
      'other',
    ]);
    expect(parseAmount('a', '1,234,000원')).toBe('1234000');
    expect(parseAmount('a', '007')).toBe('7');
  });

  it('text is trimmed, NFC-normalised and fullwidth spaces folded', () => {
    expect(cleanText('\u3000 서울 \u00a0 시청 ')).toBe('서울 시청');
  });
});

describe('scheduled release by the records rules', () => {
  const d = (year: number, month: number, day: number) => ({ year, month, day });

  it('is the next 5-year review after the ingest date', () => {
    expect(deriveRelease(d(2024, 3, 5), d(2026, 11, 27))).toEqual({
      date: d(2029, 3, 5),
      rule: 'five-year-review',
    });
    expect(deriveRelease(d(2015, 6, 1), d(2026, 11, 27))).toEqual({
      date: d(2030, 6, 1),
      rule: 'five-year-review',
    });
  });

  it('never passes 30 years after the end of the production year', () => {
    expect(deriveRelease(d(1996, 7, 1), d(2026, 11, 27))).toEqual({
      date: d(2027, 1, 1),
      rule: 'thirty-year-limit',
    });
  });

  it('a review on the ingest day itself is not the next one; 29 February shifts to the 28th', () => {
    expect(deriveRelease(d(2021, 11, 27), d(2026, 11, 27)).date).toEqual(d(2031, 11, 27));
    expect(deriveRelease(d(2024, 2, 29), d(2026, 1, 1)).date).toEqual(d(2029, 2, 28));
  });
});
