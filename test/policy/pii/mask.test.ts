// Masking: one constant token per masked stretch, overlaps merged, nothing left to find.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src/policy/pii/detect.ts';
import { maskPii, PII_MASK_TOKEN } from '../../../src/policy/pii/mask.ts';
import { CORPUS } from './corpus.ts';

describe('maskPii', () => {
  it('replaces each finding with the same fixed token, whatever its length', () => {
    const text = '연락처 010-0123-4567, 이메일 a@example.com';
    expect(maskPii(text, detectPii(text))).toBe(
      `연락처 ${PII_MASK_TOKEN}, 이메일 ${PII_MASK_TOKEN}`,
    );
    expect(maskPii('12', [{ start: 0, end: 2 }])).toBe(
      maskPii('123456789', [{ start: 0, end: 9 }]),
    );
  });

  it('merges overlapping and touching findings into one token', () => {
    expect(
      maskPii('abcdefgh', [
        { start: 1, end: 4 },
        { start: 3, end: 6 },
      ]),
    ).toBe(`a${PII_MASK_TOKEN}gh`);
    expect(
      maskPii('abcdefgh', [
        { start: 1, end: 3 },
        { start: 3, end: 5 },
      ]),
    ).toBe(`a${PII_MASK_TOKEN}fgh`);
    expect(
      maskPii('abcdefgh', [
        { start: 2, end: 4 },
        { start: 0, end: 8 },
      ]),
    ).toBe(PII_MASK_TOKEN);
  });

  it('keeps the text between findings, ignores empty spans and clamps offsets', () => {
    expect(maskPii('abc', [])).toBe('abc');
    expect(maskPii('abc', [{ start: 1, end: 1 }])).toBe('abc');
    expect(
      maskPii('abc', [
        { start: -5, end: 1 },
        { start: 2, end: 99 },
      ]),
    ).toBe(`${PII_MASK_TOKEN}b${PII_MASK_TOKEN}`);
  });

  it('never keeps part of a value, its length or a digest of it', () => {
    const a = maskPii('민원인 홍길동 면담', detectPii('민원인 홍길동 면담'));
    const b = maskPii('민원인 남궁민수 면담', detectPii('민원인 남궁민수 면담'));
    expect(a).toBe(b);
  });

  it('leaves nothing a re-scan finds, on every corpus string', () => {
    const leftovers = CORPUS.map((e) => maskPii(e.text, detectPii(e.text, e.context)))
      .map((masked, i) => ({ masked, again: detectPii(masked, CORPUS[i]?.context) }))
      .filter((r) => r.again.length > 0);
    expect(leftovers).toEqual([]);
  });

  it('hides every expected fragment of the corpus', () => {
    const visible = CORPUS.flatMap((e) => {
      const masked = maskPii(e.text, detectPii(e.text, e.context));
      return e.expect
        .filter((x) => masked.includes(x.fragment))
        .map((x) => `${x.fragment} in ${e.text}`);
    });
    expect(visible).toEqual([]);
  });
});
