// Look-alike characters fold to one spelling, and offsets still point into the original string.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src/policy/pii/detect.ts';
import { normalizeText } from '../../../src/policy/pii/normalize.ts';

describe('normalizeText', () => {
  it('returns plain text untouched, with identity offsets', () => {
    const n = normalizeText('정보공개 2024');
    expect(n.text).toBe('정보공개 2024');
    expect([n.start(3), n.end(3)]).toEqual([3, 4]);
  });

  it('folds fullwidth forms, dashes and spaces one for one', () => {
    expect(normalizeText('０１０－１２３４\u3000（홍）').text).toBe('010-1234 (홍)');
    expect(normalizeText('010\u2013\u2212\u00a0').text).toBe('010-- ');
  });

  it('drops zero-width marks and composes decomposed Hangul, mapping offsets back', () => {
    const original = `a\u200bb${'홍'.normalize('NFD')}c`;
    const n = normalizeText(original);
    expect(n.text).toBe('ab홍c');
    expect([n.start(2), n.end(2)]).toEqual([3, 6]);
    expect(n.start(3)).toBe(6);
  });
});

describe('detector offsets', () => {
  it('point into the original string when it was decomposed or carried invisible marks', () => {
    const text = '민원인 홍길동 면담'.normalize('NFD');
    const [finding] = detectPii(text);
    expect(finding && text.slice(finding.start, finding.end).normalize('NFC')).toBe('홍길동');
    const zw = '연락처 010\u200b-0123-4567 끝';
    const [phone] = detectPii(zw);
    expect(phone && zw.slice(phone.start, phone.end)).toBe('010\u200b-0123-4567');
  });

  it('never include the matched text in a finding', () => {
    for (const f of detectPii('민원인 홍길동(010-0123-4567)')) {
      expect(Object.keys(f).sort()).toEqual(['confidence', 'end', 'kind', 'rule', 'start']);
      expect(JSON.stringify(f)).not.toMatch(/홍길동|0123/);
    }
  });
});
