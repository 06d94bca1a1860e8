// The shapes that pass between readers (decode an export) and mappings (record → quads).

/** The source systems Plaza reads (SOURCES.md). */
export const SOURCE_KINDS = [
  'info_list',
  'public_list',
  'research_list',
  'expense_list',
  'org_chart',
  'meeting_minutes',
  'policy_list',
  'work_process',
  'budget_list',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** `bpmn`: a BPMN 2.0 XML file (work processes), one record per bpmn:process. */
export type SourceFormat = 'csv' | 'json' | 'xml' | 'bpmn';

/**
 * The record log holds the source records and, beside them, the publisher's graph writes (Graph
 * Store protocol and SPARQL Update, mappings/graph-store.ts): one entry per graph, keyed by its
 * IRI, holding its whole new content. Not a source kind: no export file is ever read as one.
 */
export const GRAPH_STORE_KIND = 'graph_store';
export type LogKind = SourceKind | typeof GRAPH_STORE_KIND;
/** `nt`: a graph_store entry's content, canonical N-Triples. */
export type LogFormat = SourceFormat | 'nt';

/** One decoded source record, its field names already canonical (older spellings folded). */
export interface RawRecord {
  readonly kind: SourceKind;
  readonly format: SourceFormat;
  /** File name without directory, as provenance. */
  readonly file: string;
  /** 1-based: the CSV line the row starts on; for JSON/XML the record's 1-based position. */
  readonly line: number;
  /** Canonical field name → value exactly as decoded (entities/escapes resolved, not trimmed). */
  readonly fields: Readonly<Record<string, string>>;
}

/** Why a row was not ingested; line 0: about the whole file (unreadable, or its envelope count is off). */
export interface Reject {
  readonly file: string;
  readonly line: number;
  readonly field?: string;
  readonly reason: string;
}

export type ReadItem =
  | { readonly type: 'record'; readonly record: RawRecord }
  | { readonly type: 'reject'; readonly reject: Reject };
