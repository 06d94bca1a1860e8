// The /search request's parameters, checked: every fault is a 400 naming the parameter, and
// nothing the user typed reaches anything but the in-memory index (no SPARQL is built from it).
import { GRADES, isGrade, isRecordKind, RECORD_KINDS, type Lang } from '../search/kinds.ts';
import { FACETS, type FacetFilters, type FacetName } from '../search/search-index.ts';
import { MAX_QUERY_LENGTH } from '../search/text.ts';
import { HttpError } from './errors.ts';

/** Results per page (fixed: a client pages, it does not ask for everything at once). */
export const PAGE_SIZE = 20;
/** Facet values listed per facet, most frequent first. */
export const FACET_LIMIT = 50;
/** Values one facet may be filtered on at once. */
const MAX_FILTER_VALUES = 20;
const MAX_FILTER_LENGTH = 500;

export interface SearchParams {
  readonly q: string;
  readonly filters: FacetFilters;
  readonly page: number;
  readonly format: 'html' | 'json' | undefined;
  readonly lang: Lang | undefined;
}

const KNOWN = new Set<string>(['q', 'page', 'format', 'lang', ...FACETS]);

function bad(code: string, message: string): HttpError {
  return new HttpError(400, code, message);
}

export function parseSearchParams(url: URL): SearchParams {
  const params = url.searchParams;
  for (const name of new Set(params.keys()))
    if (!KNOWN.has(name))
      throw bad(
        'UNKNOWN_PARAMETER',
        `unknown parameter "${name.slice(0, 40)}" (known: ${[...KNOWN].join(', ')})`,
      );
  for (const name of ['q', 'page', 'format', 'lang'])
    if (params.getAll(name).length > 1) throw bad('REPEATED_PARAMETER', `"${name}" given twice`);
  const q = params.get('q') ?? '';
  if ([...q].length > MAX_QUERY_LENGTH)
    throw bad('QUERY_TOO_LONG', `"q" is longer than ${MAX_QUERY_LENGTH} characters`);
  return {
    q,
    filters: filtersOf(params),
    page: pageOf(params.get('page')),
    format: oneOf(params.get('format'), ['html', 'json'], 'format'),
    lang: oneOf(params.get('lang'), ['ko', 'en'], 'lang'),
  };
}

/** A page past the results is an empty page (200), however large; only a non-number is a 400. */
function pageOf(raw: string | null): number {
  if (raw === null || raw === '') return 1;
  if (!/^\d{1,30}$/.test(raw) || Number(raw) < 1)
    throw bad('BAD_PAGE', '"page" must be a whole number from 1');
  return Math.min(Number(raw), Number.MAX_SAFE_INTEGER);
}

function oneOf<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (raw === null || raw === '') return undefined;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw bad(`BAD_${name.toUpperCase()}`, `"${name}" must be one of: ${allowed.join(', ')}`);
}

function filtersOf(params: URLSearchParams): FacetFilters {
  const filters: Partial<Record<FacetName, string[]>> = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter((v) => v !== ''))];
    if (values.length === 0) continue;
    if (values.length > MAX_FILTER_VALUES)
      throw bad('TOO_MANY_FILTERS', `at most ${MAX_FILTER_VALUES} values of "${facet}"`);
    for (const value of values) checkFacetValue(facet, value);
    filters[facet] = values;
  }
  return filters;
}

function checkFacetValue(facet: FacetName, value: string): void {
  if (value.length > MAX_FILTER_LENGTH)
    throw bad('BAD_FILTER', `a "${facet}" value is longer than ${MAX_FILTER_LENGTH} characters`);
  if (facet === 'kind' && !isRecordKind(value))
    throw bad('BAD_FILTER', `"kind" must be one of: ${RECORD_KINDS.join(', ')}`);
  if (facet === 'grade' && !isGrade(value))
    throw bad('BAD_FILTER', `"grade" must be one of: ${GRADES.join(', ')}`);
  if (facet === 'year' && !/^\d{4}$/.test(value))
    throw bad('BAD_FILTER', '"year" must be four digits');
}
