// What /search answers, as one plain object: the JSON body itself, and what the HTML page renders.
import { GRADE_LABELS, isGrade, isRecordKind, KIND_LABELS, type Lang } from '../search/kinds.ts';
import {
  FACETS,
  type FacetFilters,
  type FacetName,
  type SearchAnswer,
  type SearchRecord,
} from '../search/search-index.ts';

export interface SearchResult {
  readonly iri: string;
  /** null when the title is withheld (the public graph holds a placeholder). */
  readonly title: string | null;
  readonly kind: string;
  readonly kindLabel: string;
  readonly date: string | null;
  readonly department: string | null;
  readonly departmentIri: string | null;
  readonly grade: string | null;
  readonly gradeLabel: string | null;
  readonly withheld: boolean;
}

export interface FacetEntry {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

export interface SearchResponse {
  readonly query: string;
  readonly filters: FacetFilters;
  readonly lang: Lang;
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly results: readonly SearchResult[];
  readonly facets: Readonly<Record<FacetName, readonly FacetEntry[]>>;
}

export interface Labeller {
  label(iri: string, lang: Lang): string | undefined;
}

export function searchResponse(
  input: { q: string; filters: FacetFilters; page: number; pageSize: number; lang: Lang },
  answer: SearchAnswer,
  labels: Labeller,
): SearchResponse {
  const { lang } = input;
  const labelOf = (facet: FacetName, value: string): string => {
    if (facet === 'kind' && isRecordKind(value)) return KIND_LABELS[value][lang];
    if (facet === 'grade' && isGrade(value)) return GRADE_LABELS[value][lang];
    if (facet === 'department' || facet === 'classification')
      return labels.label(value, lang) ?? value;
    return value;
  };
  const facets = Object.fromEntries(
    FACETS.map((facet) => {
      const selected = input.filters[facet] ?? [];
      const listed = answer.facets[facet].map((f) => ({
        value: f.value,
        label: labelOf(facet, f.value),
        count: f.count,
        selected: selected.includes(f.value),
      }));
      // A chosen value that matches nothing is still shown, so it can be taken off again.
      for (const value of selected)
        if (!listed.some((f) => f.value === value))
          listed.push({ value, label: labelOf(facet, value), count: 0, selected: true });
      return [facet, listed];
    }),
  ) as Record<FacetName, FacetEntry[]>;
  return {
    query: input.q,
    filters: input.filters,
    lang,
    total: answer.total,
    page: input.page,
    pageSize: input.pageSize,
    results: answer.hits.map((r) => resultOf(r, lang, labels)),
    facets,
  };
}

function resultOf(r: SearchRecord, lang: Lang, labels: Labeller): SearchResult {
  const unit = r.department?.includes('/') ? r.department : undefined;
  return {
    iri: r.iri,
    title: r.title ?? null,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind][lang],
    date: r.date ?? null,
    department: r.departmentName ?? (unit && labels.label(unit, lang)) ?? null,
    departmentIri: unit ?? null,
    grade: r.grade ?? null,
    gradeLabel: r.grade ? GRADE_LABELS[r.grade][lang] : null,
    withheld: r.withheld,
  };
}
