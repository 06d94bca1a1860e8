// The in-memory search index: records of the public graph under character-bigram posting lists,
// matched by substring (every query term must occur in the record's text), with facet counts.
import type { Grade, Lang, RecordKind } from './kinds.ts';
import { Postings } from './postings.ts';
import { bigrams, indexableText, normalizeText, queryTerms } from './text.ts';

/** One record as the index takes it (read from the public graph by record-reader.ts). */
export interface SearchRecord {
  readonly iri: string;
  /** The named graph that holds it: re-publishing the graph replaces its records. */
  readonly graph: string;
  readonly kind: RecordKind;
  /** Absent when the title itself is withheld (a placeholder stands in the public graph). */
  readonly title?: string | undefined;
  /** An xsd date, dateTime, gYearMonth or gYear lexical form. */
  readonly date?: string | undefined;
  readonly year?: string | undefined;
  /** The responsible unit's IRI, or the department name when no unit was resolved. */
  readonly department?: string | undefined;
  readonly departmentName?: string | undefined;
  readonly classifications: readonly string[];
  readonly grade?: Grade | undefined;
  /** dct:identifier, document number: a query that is one of them ranks its record first. */
  readonly identifiers: readonly string[];
  /** Whether the record is a withheld stub (its content is left out of the public graph). */
  readonly withheld: boolean;
  /** Further searchable text: identifiers, document numbers, department, category … */
  readonly text: readonly string[];
}

export const FACETS = ['kind', 'department', 'year', 'classification', 'grade'] as const;
export type FacetName = (typeof FACETS)[number];
export type FacetFilters = Partial<Record<FacetName, readonly string[]>>;

export interface SearchQuery {
  readonly text: string;
  readonly filters: FacetFilters;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
  /** Facet values listed per facet, most frequent first. */
  readonly facetLimit: number;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface SearchAnswer {
  readonly total: number;
  readonly hits: readonly SearchRecord[];
  readonly facets: Readonly<Record<FacetName, readonly FacetCount[]>>;
}

interface Entry {
  readonly record: SearchRecord;
  /** Every searchable field, normalised, joined by spaces (a term has none, so never spans two). */
  readonly text: string;
  readonly title: string;
  readonly identifiers: readonly string[];
  /** The date's digits as a number (20240131), 0 without one: a cheap sort key. */
  readonly dateKey: number;
}

/** Compaction runs once this many entries are tombstones and they are half of all entries. */
const COMPACT_AFTER = 1024;

export class SearchIndex {
  private entries: (Entry | undefined)[] = [];
  private readonly byIri = new Map<string, number>();
  private readonly byGraph = new Map<string, Set<string>>();
  private postings = new Map<string, Postings>();
  private dead = 0;
  /** Labels of the concepts and units records point to (facet labels), by language. */
  private readonly labels = new Map<string, Partial<Record<Lang, string>>>();
  /** A unit's name as records give it: the label of a unit the public graph does not describe. */
  private readonly unitNames = new Map<string, string>();

  get size(): number {
    return this.byIri.size;
  }

  /** Replaces everything the given graphs held with `records` (which come from those graphs). */
  replaceGraphs(graphs: Iterable<string>, records: Iterable<SearchRecord>): void {
    for (const graph of graphs) {
      for (const iri of this.byGraph.get(graph) ?? []) this.remove(iri);
      this.byGraph.delete(graph);
    }
    for (const record of records) this.add(record);
    if (this.dead >= COMPACT_AFTER && this.dead * 2 >= this.entries.length) this.compact();
  }

  setLabel(iri: string, lang: Lang, label: string): void {
    this.labels.set(iri, { ...this.labels.get(iri), [lang]: label });
  }

  label(iri: string, lang: Lang): string | undefined {
    const labels = this.labels.get(iri);
    return labels?.[lang] ?? labels?.ko ?? labels?.en ?? this.unitNames.get(iri);
  }

  search(query: SearchQuery): SearchAnswer {
    const terms = queryTerms(query.text);
    const matches: Entry[] = [];
    for (const id of this.candidates(terms)) {
      const entry = this.entries[id];
      if (!entry || !terms.every((t) => entry.text.includes(t))) continue;
      if (passes(entry.record, query.filters)) matches.push(entry);
    }
    const scored = matches.map((entry) => ({ entry, score: score(entry, terms) }));
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        b.entry.dateKey - a.entry.dateKey ||
        (a.entry.record.iri < b.entry.record.iri ? -1 : 1),
    );
    const start = (query.page - 1) * query.pageSize;
    const hits =
      start < scored.length
        ? scored.slice(start, start + query.pageSize).map((s) => s.entry.record)
        : [];
    return { total: matches.length, hits, facets: facetCounts(matches, query.facetLimit) };
  }

  private add(record: SearchRecord): void {
    if (this.byIri.has(record.iri)) this.remove(record.iri);
    const title = record.title === undefined ? '' : indexableText(record.title);
    const identifiers = record.identifiers.map(normalizeText);
    const text = [title, ...identifiers, ...record.text.map(indexableText)]
      .filter((t) => t !== '')
      .join(' ');
    if (record.department !== undefined && record.departmentName !== undefined)
      this.unitNames.set(record.department, record.departmentName);
    const id = this.entries.length;
    const dateKey = Number((record.date ?? '').replace(/\D/g, '').slice(0, 8).padEnd(8, '0'));
    this.entries.push({ record, text, title, identifiers, dateKey });
    this.byIri.set(record.iri, id);
    let iris = this.byGraph.get(record.graph);
    if (!iris) this.byGraph.set(record.graph, (iris = new Set()));
    iris.add(record.iri);
    for (const gram of bigrams(text)) {
      let list = this.postings.get(gram);
      if (!list) this.postings.set(gram, (list = new Postings()));
      list.push(id);
    }
  }

  /** Tombstones the entry; its ids stay in the posting lists until the next compaction. */
  private remove(iri: string): void {
    const id = this.byIri.get(iri);
    if (id === undefined) return;
    const graph = this.entries[id]?.record.graph;
    this.entries[id] = undefined;
    this.byIri.delete(iri);
    if (graph !== undefined) this.byGraph.get(graph)?.delete(iri);
    this.dead++;
  }

  private compact(): void {
    const live = this.entries.filter((e): e is Entry => e !== undefined);
    this.entries = [];
    this.postings = new Map();
    this.byIri.clear();
    this.byGraph.clear();
    this.dead = 0;
    for (const entry of live) this.add(entry.record);
  }

  /**
   * Ids that may match: the shortest posting list among the terms' bigrams (the substring check
   * decides). A one-character term has no bigram: then every entry is a candidate.
   */
  private candidates(terms: readonly string[]): Iterable<number> {
    let best: Postings | undefined;
    for (const term of terms) {
      for (const gram of bigrams(term)) {
        const list = this.postings.get(gram);
        if (!list) return [];
        if (!best || list.length < best.length) best = list;
      }
    }
    return best ? best.ids() : this.entries.keys();
  }
}

function passes(record: SearchRecord, filters: FacetFilters): boolean {
  for (const facet of FACETS) {
    const wanted = filters[facet];
    if (!wanted || wanted.length === 0) continue;
    if (!facetValues(record, facet).some((v) => wanted.includes(v))) return false;
  }
  return true;
}

export function facetValues(record: SearchRecord, facet: FacetName): readonly string[] {
  switch (facet) {
    case 'kind':
      return [record.kind];
    case 'classification':
      return record.classifications;
    case 'department':
    case 'year':
    case 'grade': {
      const value = record[facet];
      return value === undefined ? [] : [value];
    }
  }
}

function facetCounts(
  matches: readonly Entry[],
  limit: number,
): Record<FacetName, readonly FacetCount[]> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  const bump = (map: Map<string, number>, value: string | undefined): void => {
    if (value !== undefined) map.set(value, (map.get(value) ?? 0) + 1);
  };
  for (const { record } of matches) {
    bump(counts.kind, record.kind);
    bump(counts.department, record.department);
    bump(counts.year, record.year);
    bump(counts.grade, record.grade);
    for (const c of record.classifications) bump(counts.classification, c);
  }
  const listed = (facet: FacetName): FacetCount[] =>
    [...counts[facet]]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) =>
        facet === 'year'
          ? compareText(b.value, a.value)
          : b.count - a.count || compareText(a.value, b.value),
      )
      .slice(0, limit);
  const result = {} as Record<FacetName, readonly FacetCount[]>;
  for (const facet of FACETS) result[facet] = listed(facet);
  return result;
}

/** Title matches first (a whole-title or identifier match above all), then the rest. */
function score(entry: Entry, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  const phrase = terms.join(' ');
  let s = 0;
  if (entry.title === phrase) s += 8;
  else if (entry.title.startsWith(phrase)) s += 4;
  if (terms.every((t) => entry.title.includes(t))) s += 2;
  if (entry.identifiers.includes(phrase)) s += 16;
  return s;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
