// Search at 100k records: builds the index from generated approval documents (in the index's
// input shape) and times queries against a linear String.includes scan over the same titles,
// measured in the same run. `npx tsx bench/search.ts` alone, or as part of `npm run bench`.
import { pathToFileURL } from 'node:url';
import { generateApprovalRows } from '../src/generate/approval-rows.ts';
import type { Grade } from '../src/search/kinds.ts';
import { SearchIndex, type SearchRecord } from '../src/search/search-index.ts';
import { normalizeText, queryTerms } from '../src/search/text.ts';

const RECORDS = Number(process.env['BENCH_SEARCH_RECORDS'] ?? 100_000);
const RUNS = 60;
const BASE = 'https://plaza.example/';
const GRADES: Readonly<Record<string, Grade>> = {
  공개: 'public',
  부분공개: 'restricted',
  비공개: 'non-public',
};

function records(n: number): SearchRecord[] {
  return generateApprovalRows(n, 7).map((row, i) => {
    const id = row['package_id'] ?? String(i);
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 40) * 86_400_000);
    const dept = row['rspnber_dept_nm'] ?? '';
    return {
      iri: `${BASE}id/document/${id}`,
      graph: `${BASE}graph/document/${id}`,
      kind: 'approval-document',
      title: row['title'],
      date: day.toISOString().slice(0, 10),
      year: String(day.getUTCFullYear()),
      department: dept,
      departmentName: dept,
      classifications: [`${BASE}id/concept/unit-task/${row['tkcrd_nm'] ?? ''}`],
      grade: GRADES[(row['othbc_se'] ?? '').slice(0, 4)] ?? 'not-stated',
      identifiers: [id, row['src_dept_doc_no'] ?? ''],
      withheld: false,
      text: [dept, row['tkcrd_nm'] ?? ''],
    };
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

function time(fn: () => void): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

export function runSearchBench(): void {
  const input = records(RECORDS);
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const index = new SearchIndex();
  index.replaceGraphs([], input);
  const buildMs = performance.now() - t0;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const titles = input.map((r) => normalizeText(r.title ?? ''));
  const sampleNumber = input[RECORDS >> 1]?.identifiers[1] ?? '';
  const queries: [string, string][] = [
    ['compound part', '집행'],
    ['common word', '예산'],
    ['two words', '정기 점검'],
    ['document number', sampleNumber],
    ['one syllable', '세'],
    ['no match', '수달서식지'],
  ];
  console.log(
    `search: ${RECORDS} records indexed in ${(buildMs / 1000).toFixed(2)} s (${Math.round(RECORDS / (buildMs / 1000))} records/s), heap +${heapMb.toFixed(0)} MB`,
  );
  const p50s: number[] = [];
  const scans: number[] = [];
  for (const [label, text] of queries) {
    const terms = queryTerms(text);
    let hits = 0;
    const indexed = time(() => {
      hits = index.search({ text, filters: {}, page: 1, pageSize: 20, facetLimit: 50 }).total;
    });
    // Baseline: the cheapest search there is — a scan of the titles alone, no ranking, no facets.
    const scan = time(() => {
      let n = 0;
      for (const title of titles) if (terms.every((t) => title.includes(t))) n++;
      if (n < 0) throw new Error('unreachable');
    });
    p50s.push(indexed.p50);
    scans.push(scan.p50);
    console.log(
      `  ${label.padEnd(16)} ${String(hits).padStart(6)} hits | index p50 ${indexed.p50.toFixed(2)} ms, p95 ${indexed.p95.toFixed(2)} ms | scan p50 ${scan.p50.toFixed(2)} ms | ratio ${(indexed.p50 / scan.p50).toFixed(2)}×`,
    );
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
  console.log(
    `search ratio: median index p50 ${median(p50s).toFixed(2)} ms / median scan p50 ${median(scans).toFixed(2)} ms = ${(median(p50s) / median(scans)).toFixed(2)}× (index includes ranking, facet counts and paging; the scan only counts title matches)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runSearchBench();
