// The one If-None-Match check and weak ETag maker every conditional GET uses.
import { describe, expect, it } from 'vitest';
import { ifNoneMatch, weakEtag } from '../../src/http/etag.ts';

describe('ifNoneMatch', () => {
  it.each([
    [undefined, '"a"', false],
    ['"a"', '"a"', true],
    ['"b"', '"a"', false],
    ['"b", "a"', '"a"', true],
    ['"b",W/"a"', '"a"', true], // weak comparison: W/ on either side does not matter
    ['"a"', 'W/"a"', true],
    ['*', '"a"', true],
    ['"ab"', '"a"', false], // a whole tag, not a substring
    ['"a', '"a"', false],
  ])('%s against %s: %s', (header, etag, expected) => {
    expect(ifNoneMatch(header, etag)).toBe(expected);
  });
});

describe('weakEtag', () => {
  it('is weak, stable for the same parts, and different when a part moves across a boundary', () => {
    const tag = weakEtag(['7', 'ko', 'css']);
    expect(tag).toMatch(/^W\/"[\w-]{22}"$/);
    expect(weakEtag(['7', 'ko', 'css'])).toBe(tag);
    expect(weakEtag(['7', 'en', 'css'])).not.toBe(tag);
    expect(weakEtag(['ab', 'c'])).not.toBe(weakEtag(['a', 'bc']));
  });
});
