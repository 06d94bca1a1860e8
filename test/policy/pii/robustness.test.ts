// Inputs built to make a backtracking detector crawl, and the shortcut for text with no cue.
// No timing assertion: a catastrophic regex would show up as a test timeout.
import { describe, expect, it } from 'vitest';
import { containsPii, detectPii } from '../../../src/policy/pii/detect.ts';

const HUGE: Record<string, string> = {
  digits: '0'.repeat(200_000),
  'digits and hyphens': '1-'.repeat(100_000),
  'digits and spaces': '1 '.repeat(100_000),
  hangul: '가'.repeat(200_000),
  surnames: '김이박'.repeat(60_000),
  'at signs': 'a@'.repeat(100_000),
  'long local part': `${'a'.repeat(200_000)}@`,
  'long domain': `a@${'b.'.repeat(100_000)}`,
  'nested parentheses': '((((('.repeat(40_000),
  'lot-like': '신길동 1-'.repeat(30_000),
  'road-like': '자택 도봉로 1길 '.repeat(20_000),
  'plus signs': '+82 '.repeat(50_000),
  'zero-width': '0\u200b'.repeat(100_000),
};

describe('robustness', () => {
  it.each(Object.keys(HUGE))('scans a 200k-character string of %s', (name) => {
    expect(() => detectPii(HUGE[name] ?? '')).not.toThrow();
  });

  it('finds every repetition in long repetitive text', () => {
    expect(detectPii('민원인 홍길동 씨, '.repeat(5_000))).toHaveLength(5_000);
    expect(detectPii('(김민수)'.repeat(5_000), { field: 'title' })).toHaveLength(5_000);
    expect(detectPii('010-0123-4567 '.repeat(5_000))).toHaveLength(5_000);
  });

  it('answers the empty string and cue-less text at once', () => {
    expect(detectPii('')).toEqual([]);
    expect(detectPii('정보공개 운영 실태 점검 결과 보고')).toEqual([]);
    expect(containsPii('Plaza public graph')).toBe(false);
  });

  it('returns findings ordered by start, without overlaps of the same kind', () => {
    const findings = detectPii(
      '민원인 홍길동(010-0123-4567), 신한은행 110-123-456789, a@example.com',
    );
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(findings.map((f) => f.kind)).toEqual(['person-name', 'phone', 'bank-account', 'email']);
  });
});
