// Korean-aware text for the search index: one normalisation for documents and queries, and the
// character bigrams the inverted index is keyed on (Hangul compounds have no spaces: 예산 ⊂ 예산안).
import { PII_MASK_TOKEN } from '../policy/pii/mask.ts';

/** Longest query text accepted (characters); longer is a 400, not a truncation the user cannot see. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many terms are matched (each must occur in a hit). */
export const MAX_QUERY_TERMS = 8;

/**
 * NFKC (full-width digits and compatibility jamo fold to their usual forms), lower case, and every
 * run of characters that are neither letters nor digits becomes one space: punctuation separates
 * terms the way a space does, so `요금관리과-241` is found by `요금관리과 241` and by `241`.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Text as indexed: the redactor's in-text mask token is a placeholder, never a word to find. */
export function indexableText(text: string): string {
  return normalizeText(text.split(PII_MASK_TOKEN).join(' '));
}

/** A query's terms: normalised, distinct, in order, at most MAX_QUERY_TERMS. */
export function queryTerms(query: string): string[] {
  const terms = normalizeText(query)
    .split(' ')
    .filter((t) => t !== '');
  return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
}

/** The distinct character bigrams of normalised text (never across a space). */
export function bigrams(normalized: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalized.split(' ')) {
    const chars = [...word];
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return grams;
}
