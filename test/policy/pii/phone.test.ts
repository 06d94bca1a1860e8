// Telephone numbers in their Korean spellings, office numbers, contact fields, and look-alikes.
import { describe, expect, it } from 'vitest';
import { containsPii, detectPii, OFFICE_PHONE_RULE } from '../../../src/policy/pii/detect.ts';
import { rules, spans } from './spans.ts';

describe('phone numbers', () => {
  it.each([
    ['010-0123-4567', 'phone/mobile'],
    ['010.0123.4567', 'phone/mobile'],
    ['010 0123 4567', 'phone/mobile'],
    ['01001234567', 'phone/mobile'],
    ['011-123-4567', 'phone/mobile'],
    ['02-987-6543', 'phone/area-code'],
    ['(02)987-6543', 'phone/area-code'],
    ['031-234-5678', 'phone/area-code'],
    ['064-755-1234', 'phone/area-code'],
    ['070-1234-5678', 'phone/internet'],
    ['0505-123-4567', 'phone/personal-050'],
    ['080-023-5000', 'phone/toll-free'],
    ['+82-10-0123-4567', 'phone/international'],
    ['+82 2 987 6543', 'phone/international'],
    ['1588-1234', 'phone/representative'],
  ])('finds %s (%s)', (number, rule) => {
    const found = detectPii(`연락처 ${number} 입니다`);
    expect(found.map((f) => f.kind)).toEqual(['phone']);
    expect(found[0]?.rule).toBe(rule);
  });

  it('rejects landline exchanges that cannot exist (starting 0 or 1)', () => {
    expect(detectPii('02-123-4567')).toEqual([]);
    expect(detectPii('031-012-3456')).toEqual([]);
  });

  it('reads bare local numbers as phones in a contact field, or after a phone cue', () => {
    expect(spans('2155-0123', { field: 'contact' })).toEqual([['phone', '2155-0123']]);
    expect(spans('☎ 555-1234')).toEqual([['phone', '555-1234']]);
    expect(detectPii('2155-0123')).toEqual([]);
  });

  it('marks the city’s office numbers, which the leak alarm treats as published contacts', () => {
    for (const [text, field] of [
      ['02-2133-5235', 'contact'],
      ['2133-5235', 'contact'],
      ['문의 ☎ 02-2133-5235', 'title'],
      ['02-3146-5234', 'contact'],
    ] as const) {
      expect(rules(text, { field })).toEqual([OFFICE_PHONE_RULE]);
      expect(containsPii(text, { field })).toBe(false);
    }
    expect(containsPii('010-0323-6672', { field: 'contact' })).toBe(true);
  });

  it('takes another institution’s exchanges from the context', () => {
    expect(rules('02-3707-9400', { officeExchanges: ['3707'] })).toEqual([OFFICE_PHONE_RULE]);
    expect(rules('02-2133-5235', { officeExchanges: ['3707'] })).toEqual(['phone/area-code']);
  });

  it.each([
    'ISSN 1598-1231',
    '1598-1231',
    '임진왜란(1592-1598)',
    '1600-1700년대',
    '2020-1208',
    '2024-0035',
    '12000000',
    '20240305',
    '2024.03.05',
    '☎ 120',
  ])('leaves %s alone', (text) => {
    expect(detectPii(text)).toEqual([]);
  });

  it('sees through fullwidth digits, dash variants and zero-width marks', () => {
    for (const text of ['０１０－０１２３－４５６７', '010–0123–4567', '010\u200b-0123-4567']) {
      expect(spans(text)).toEqual([['phone', text]]);
    }
  });

  it('does not find a masked number', () => {
    expect(detectPii('010-****-6672')).toEqual([]);
    expect(detectPii('010-0323-****')).toEqual([]);
  });
});
