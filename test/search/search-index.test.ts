// The bigram index on its own: substring semantics, ranking, graph replacement and compaction.
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchRecord } from '../../src/search/search-index.ts';
import { bigrams, indexableText, queryTerms } from '../../src/search/text.ts';

const rec = (n: number, title: string, more: Partial<SearchRecord> = {}): SearchRecord => ({
  iri: `urn:r:${n}`,
  graph: `urn:g:${n}`,
  kind: 'approval-document',
  title,
  classifications: [],
  identifiers: [],
  withheld: false,
  text: [],
  ...more,
});
const find = (index: SearchIndex, text: string, page = 1) =>
  index.search({ text, filters: {}, page, pageSize: 2, facetLimit: 10 });

describe('text', () => {
  it('folds width and case, splits on punctuation, drops the mask token', () => {
    expect(queryTerms('ＡＢＣ-１２３  예산')).toEqual(['abc', '123', '예산']);
    expect(indexableText('민원 결과([비공개])')).toBe('민원 결과');
    expect([...bigrams('예산안 편성')]).toEqual(['예산', '산안', '편성']);
  });
});

describe('SearchIndex', () => {
  it('matches substrings inside Hangul compounds, all terms required, title matches first', () => {
    const index = new SearchIndex();
    index.replaceGraphs(
      [],
      [
        rec(1, '2025년도 예산안 편성', { date: '2024-01-02' }),
        rec(2, '예산집행 실적', { date: '2024-03-01' }),
        rec(3, '청사 관리', { text: ['예산담당관'], date: '2024-05-01' }),
        rec(4, '예', { date: '2024-06-01' }),
      ],
    );
    expect(find(index, '예산').total).toBe(3);
    expect(find(index, '집행').hits.map((h) => h.iri)).toEqual(['urn:r:2']);
    expect(find(index, '예산 편성').hits.map((h) => h.iri)).toEqual(['urn:r:1']);
    // Title matches rank above a match in other text; then newest first.
    expect(find(index, '예산').hits.map((h) => h.iri)).toEqual(['urn:r:2', 'urn:r:1']);
    expect(find(index, '예산', 2).hits.map((h) => h.iri)).toEqual(['urn:r:3']);
    expect(find(index, '예').total).toBe(4);
    expect(find(index, '없는말').total).toBe(0);
  });

  it('replacing a graph replaces its records; compaction keeps answers the same', () => {
    const index = new SearchIndex();
    index.replaceGraphs(
      [],
      Array.from({ length: 3000 }, (_, i) => rec(i, `문서 ${i} 예산`)),
    );
    for (let i = 0; i < 2000; i++) index.replaceGraphs([`urn:g:${i}`], []);
    index.replaceGraphs(['urn:g:2500'], [rec(2500, '바뀐 제목')]);
    expect(index.size).toBe(1000);
    expect(find(index, '예산').total).toBe(999);
    expect(find(index, '바뀐').hits.map((h) => h.iri)).toEqual(['urn:r:2500']);
    expect(find(index, '문서 1999').total).toBe(0);
  });
});
